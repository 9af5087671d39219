"""Two desks on a server racing through "read, then insert if missing", interleaved on purpose.

`interleave(url, first, second, table)` runs `first` in a thread until it has read `table` (its first SELECT
from it), then starts `second`; once `second` has read the table too
(the race the old code lost) or waits for a lock on the server (the fix), `first` goes on. Each outcome is
the call's result or the exception it raised.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, create_engine, event, text

PATIENCE = 30.0  # seconds before a stuck race fails the test (never reached when it works)


def interleave(url: str, first: Callable[[], Any], second: Callable[[], Any], table: str) -> tuple[Any, Any]:
    first_read, second_read, go_on = threading.Event(), threading.Event(), threading.Event()
    roles: dict[int, str] = {}

    def paused(_conn, _cursor, statement: str, *_args) -> None:
        if not statement.lstrip().startswith("SELECT") or f"FROM {table}" not in statement:
            return
        role = roles.get(threading.get_ident())
        if role == "first" and not first_read.is_set():
            first_read.set()
            go_on.wait(PATIENCE)
        elif role == "second":
            second_read.set()

    event.listen(Engine, "after_cursor_execute", paused)
    try:
        return _race(url, first, second, roles, first_read, second_read, go_on)
    finally:
        event.remove(Engine, "after_cursor_execute", paused)


def _race(url, first, second, roles, first_read, second_read, go_on) -> tuple[Any, Any]:
    outcomes: dict[str, Any] = {}

    def run(role: str, work: Callable[[], Any]) -> None:
        roles[threading.get_ident()] = role
        try:
            outcomes[role] = work()
        except Exception as exc:  # the outcome under test
            outcomes[role] = exc

    threads = [threading.Thread(target=run, args=("first", first)), threading.Thread(target=run, args=("second", second))]
    threads[0].start()
    assert first_read.wait(PATIENCE), "the first desk never made its read"
    threads[1].start()
    watcher = create_engine(url)
    try:
        deadline = time.monotonic() + PATIENCE
        while not second_read.is_set() and not _someone_waits(watcher):
            assert time.monotonic() < deadline, "the second desk neither read nor waited for a lock"
            time.sleep(0.01)
    finally:
        watcher.dispose()
    go_on.set()
    for thread in threads:
        thread.join(PATIENCE)
    return outcomes.get("first"), outcomes.get("second")


def _someone_waits(engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted"
                                      " AND database = (SELECT oid FROM pg_database"
                                      " WHERE datname = current_database())")).scalar())
