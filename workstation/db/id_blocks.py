"""Ids handed out by the database before the rows are written, for bulk inserts that link rows by id
(the demo: nurseries and their classes, applications and their materials…).

On PostgreSQL they are drawn from the column's own sequence (db/postgres/id_blocks.py), so an ordinary
save after the bulk insert never meets an id already taken and no sequence has to be moved; another desk
inserting meanwhile gets other values. On SQLite the file's next rowid is the largest id + 1, which is
what an INTEGER PRIMARY KEY assigns itself (the write lock is held: no other writer meanwhile).
"""

from __future__ import annotations

from collections import deque

from sqlalchemy import func, select
from sqlalchemy.orm import Session

BLOCK = 500  # ids asked for at a time (one round trip)


class IdSource:
    """`take(model)`: the next id the database assigns to `model`'s table, one at a time."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._server = session.connection().dialect.name == "postgresql"
        self._ready: dict[type, deque[int]] = {}
        self._next: dict[type, int] = {}

    def take(self, model) -> int:
        if not self._server:
            if model not in self._next:
                self._next[model] = (self._session.scalar(select(func.max(model.id))) or 0) + 1
            value = self._next[model]
            self._next[model] = value + 1
            return value
        ready = self._ready.setdefault(model, deque())
        if not ready:
            from workstation.db.postgres.id_blocks import next_ids

            ready.extend(next_ids(self._session.connection(), model.__table__.name, BLOCK))
        return ready.popleft()
