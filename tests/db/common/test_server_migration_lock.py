"""Two desks opening the same empty server database at once: one migrates, the other waits and opens it."""

from __future__ import annotations

import threading

from workstation.db import migrate
from workstation.db.engine import make_engine


def test_two_processes_opening_an_empty_server_database_both_get_the_schema(request):
    server = request.getfixturevalue("pg_server")  # skips unless WS_TEST_DB=postgresql
    name = server.new_name("race")
    url = server.create(name)
    start = threading.Barrier(2)
    results: list[object] = [None, None]

    def open_it(slot: int) -> None:
        engine = make_engine(url)
        try:
            start.wait()
            results[slot] = migrate.ensure_schema(engine)
        except Exception as exc:  # reported by the assertion below
            results[slot] = exc
        finally:
            engine.dispose()

    desks = [threading.Thread(target=open_it, args=(slot,)) for slot in (0, 1)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(timeout=300)
    server.drop(name)
    assert results == [migrate.HEAD, migrate.HEAD]

