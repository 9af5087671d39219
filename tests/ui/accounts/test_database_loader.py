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
