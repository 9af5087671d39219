"""At start-up the database (and the ORM with it) opens on a thread of its own while the login is
checked and the window paints; the GUI thread waits for it only when it needs it."""

from __future__ import annotations

import threading

import pytest

from workstation.domain.errors import StorageError
from workstation.ui.accounts.login_flow import DatabaseLoader


def test_started_loader_opens_once_on_its_own_thread():
    opened_on: list[int] = []
    started, release = threading.Event(), threading.Event()

    def open_database():
        opened_on.append(threading.get_ident())
        started.set()
        release.wait(10)
        return "database"

    loader = DatabaseLoader(open_database)
    loader.start()
    assert started.wait(10)  # the thread is opening it
    release.set()
    assert loader() == "database"  # waits for the thread's open
    assert loader() == "database"
    assert len(opened_on) == 1 and opened_on[0] != threading.get_ident()


def test_a_failure_on_the_thread_is_raised_to_the_caller_and_the_next_call_tries_again():
    attempts: list[int] = []
    started = threading.Event()

    def open_database():
        attempts.append(1)
        if len(attempts) == 1:
            started.set()
            raise StorageError("数据库文件被占用")
        return "database"

    loader = DatabaseLoader(open_database)
    loader.start()
    assert started.wait(10)
    with pytest.raises(StorageError, match="被占用"):
        loader()
    assert loader() == "database"


def test_asking_to_be_told_when_it_is_open_does_not_wait_for_the_open():
    """The served window registers for the end of the load while the thread still opens the
    database (it may take the ORM's half second): the window must not freeze meanwhile."""
    started, release, told = threading.Event(), threading.Event(), threading.Event()

    def open_database():
        started.set()
        release.wait(30)
        return "database"

    loader = DatabaseLoader(open_database)
    loader.start()
    assert started.wait(30)
    asking = threading.Thread(target=lambda: loader.when_ready(told.set))
    asking.start()
    asking.join(30)  # (a blocked call is still alive here: the open waits for `release`)
    assert not asking.is_alive() and not told.is_set()
    release.set()
    assert told.wait(30) and loader.database == "database"


def test_told_at_once_when_already_open_and_the_load_starts_when_nobody_started_it():
    loader = DatabaseLoader(lambda: "database")
    told = threading.Event()
    loader.when_ready(told.set)  # not started yet: this starts it
    assert told.wait(30) and loader() == "database"
    again: list[int] = []
    loader.when_ready(lambda: again.append(1))
    assert again == [1]
