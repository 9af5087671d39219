"""Who uses this session: the first administrator on a new database, else the login dialog.

The login dialog can show before the ORM has loaded: `LazyAuth` opens the database on first
use, and `preload` (called once the dialog has painted) usually does that while the person types.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from workstation.services.common.context import Actor

if TYPE_CHECKING:
    from workstation.db.readers import SqlReader
    from workstation.db.session import Database
    from workstation.services.accounts import AuthService


class DatabaseLoader:
    """Opens the database once, on first call (or on its own thread after `start`); `database`
    stays None until then."""

    def __init__(self, open_database: Callable[[], Database]) -> None:
        self._open = open_database
        self.database: Database | None = None
        self._lock = threading.Lock()  # held while opening
        self._failure: Exception | None = None
        self._started = self._finished = False
        self._state = threading.Lock()  # guards _finished and _waiting (never held while opening)
        self._waiting: list[Callable[[], None]] = []

    def start(self) -> None:
        """Open it on a thread of its own now (importing the ORM while the login is checked and the
        window paints); whoever calls the loader next waits for it, and gets its failure raised."""
        if not self._started:
            self._started = True
            threading.Thread(target=self._open_quietly, name="database-loader", daemon=True).start()

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the thread has opened the database (or failed), starting it if need be;
        at once when that has happened. It runs on the loading thread: hand it to the GUI thread."""
        with self._state:
            done = self._finished or self.database is not None
            if not done:
                self._waiting.append(callback)
        if done:
            callback()
        else:
            self.start()

    def __call__(self) -> Database:
        with self._lock:
            if self.database is None:
                failure, self._failure = self._failure, None
                if failure is not None:
                    raise failure
                self.database = self._open()
            return self.database

    def _open_quietly(self) -> None:
        with self._lock:
            if self.database is None:
                try:
                    self.database = self._open()
                except Exception as exc:  # (StorageError above all) told on the GUI thread's call
                    self._failure = exc
        with self._state:
            self._finished = True
            waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()


class LazyAuth:
    """An AuthService over a database opened on first use (StorageError surfaces in the dialog).

    With a start-up `reader`, a login is first checked there (services.quick_login); such a login
    is `unrecorded` until record_pending() runs on the opened database.
    """

    def __init__(self, loader: DatabaseLoader, reader: SqlReader | None = None,
                 on_check: Callable[[], object] | None = None,
                 computed: Callable[[str, str], str] | None = None) -> None:
        """`computed(username, password)`: the typed password's hash, computed before it was asked for
        (sign_in_ahead), or ""."""
        self._loader = loader
        self._reader = reader
        self._on_check = on_check  # called as a password check on the reader begins
        self._computed = computed
        self._auth: AuthService | None = None
        self.unrecorded: Actor | None = None

    def login(self, username: str, password: str, password_hash: str = "") -> Actor:
        """`password_hash`: the typed password's hash computed by an encrypted district's unwrap."""
        if self._reader is not None:
            from workstation.services.accounts import quick_login

            if self._on_check is not None:
                self._on_check()
            if not password_hash and self._computed is not None:
                password_hash = self._computed(username, password)
            actor = quick_login(self._reader, username, password, password_hash)
            if actor is not None:
                self.unrecorded = actor
                return actor
        return self._service().login(username, password)

    def record_pending(self) -> None:
        if self.unrecorded is not None:
            self._service().record_login(self.unrecorded)
            self.unrecorded = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service(), name)

    def _service(self) -> AuthService:
        if self._auth is None:
            from workstation.services.accounts import AuthService

            self._auth = AuthService(self._loader().factory)
        return self._auth


def sign_in(auth: AuthService | LazyAuth, has_users: bool, parent: QWidget | None = None,
            preload: Callable[[], object] | None = None) -> Actor | None:
    """The signed-in actor, or None when the person cancels."""
    from workstation.ui.accounts.account_dialogs import AccountDialog
    from workstation.ui.accounts.login_dialog import LoginDialog

    if not has_users:
        dialog = AccountDialog.for_first_admin(auth, parent)  # type: ignore[arg-type]
        return _run(dialog, lambda: dialog.actor)
    login = LoginDialog(auth, parent)  # type: ignore[arg-type]
    if preload is not None:
        from workstation.ui.startup import FirstPaintWatcher

        watcher = login.paint_watcher = FirstPaintWatcher(login)  # keep the Python side alive
        watcher.painted.connect(lambda: QTimer.singleShot(0, lambda: _quietly(preload)))
    return _run(login, lambda: login.actor)


def _run(dialog: QDialog, result: Callable[[], Actor | None]) -> Actor | None:
    try:
        return result() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        watcher = getattr(dialog, "paint_watcher", None)
        if watcher is not None:
            dialog.removeEventFilter(watcher)
        dialog.deleteLater()


def _quietly(preload: Callable[[], object]) -> None:
    try:
        preload()
    except Exception:  # the login attempt opens it again and shows the error
        pass
