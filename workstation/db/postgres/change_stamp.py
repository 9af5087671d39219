"""A server database's change stamp: the audit trail's last seq, which every committed change moves.

Every write of any desk or of the command line appends audit rows in its own transaction, so the
largest seq (one step down the primary key's index) changes exactly when another commit landed.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

_LAST_SEQ = text("SELECT coalesce(max(seq), 0) FROM audit_log")


class ServerChangeStamp:
    """Asks the server for the last audit seq on a pooled connection of the engine."""

    def __init__(self, engine: Engine) -> None:
        self._engine: Engine | None = engine

    def value(self) -> int | None:
        """The stamp now; None once closed or when the server cannot be asked (then assume a change)."""
        if self._engine is None:
            return None
        try:
            with self._engine.connect() as conn:
                return int(conn.execute(_LAST_SEQ).scalar_one())
        except SQLAlchemyError:
            return None

    def close(self) -> None:
        self._engine = None
