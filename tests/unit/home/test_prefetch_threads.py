"""首页's readings begun beside the sign-in run side by side, each on a connection of its own: on an
encrypted district each takes about 100 ms of page decryption, so one after the other they outlasted
the password check."""

from __future__ import annotations

import threading

from workstation.services.home import PrefetchedHome


class Reader:
    """Stands in for a start-up reader; `closed` counts the connections closed."""

    closed = 0

    def rows(self, sql, params=()):
        return []

    def close(self) -> None:
        Reader.closed += 1


def test_each_reading_runs_on_a_thread_and_connection_of_its_own_at_the_same_time():
    both_running = threading.Barrier(2, timeout=10)  # broken (an error) if they run one after the other
    seen: dict[str, tuple[int, int]] = {}

    def reading(name: str):
        def read(reader) -> str:
            seen[name] = (threading.get_ident(), id(reader))
            both_running.wait()
            return name
        return read

    opened: list[Reader] = []

    def open_reader() -> Reader:
        opened.append(Reader())
        return opened[-1]

    home = PrefetchedHome(Reader(), open_reader, also={"queues": reading("queues"), "more": reading("more")})
    home.start()
    assert home.taken("queues") == "queues" and home.taken("more") == "more"
    home.close()
    assert seen["queues"][0] != seen["more"][0] and seen["queues"][1] != seen["more"][1]
    assert len(opened) == 3 and Reader.closed == 3  # the figures', and one per reading, each closed after
