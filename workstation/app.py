"""Composition root of the GUI: logging, crash handler, QApplication, language, font, database, windows.

Start-up is shell-first: when the database is a SQLite file already at head, the home page (figures
and queues) is served through a stdlib read-only reader, so the window is usable before the ORM
(about half a second of imports) has loaded; it loads on a thread (while the person types the
password, or after the window's first paint) and is attached when ready, or at once when a page
other than 首页 is asked for first. Any other database takes the full path before the window.
"""

from __future__ import annotations

import gc
import sys
from argparse import Namespace
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from workstation import APP_NAME
from workstation.db.keyring_path import has_keyring
from workstation.db.locations import is_server, safe_location
from workstation.db.readers import quick_reader
from workstation.domain.district import DistrictSettings
from workstation.domain.errors import DomainError, StorageError
from workstation.home_prefetch import prefetched_home
from workstation.i18n.preference import start_language
from workstation.i18n.translation import install_translator
from workstation.logs import log_exception, setup_logging
from workstation.services.common.context import Actor, os_actor
from workstation.services.home import HomeService
from workstation.ui.crash import install_excepthook, show_crash_dialog
from workstation.ui.main_window import MainWindow
from workstation.ui.startup import FirstPaintWatcher, after_first_paint, apply_app_font
from workstation.window_database import attach_database, release_database

if TYPE_CHECKING:

    from workstation.context import AppContext
    from workstation.db.session import Database
    from workstation.services.district import DistrictService

EXIT_OK, EXIT_FAILED, EXIT_STORAGE, EXIT_INTERNAL = 0, 1, 2, 70
GC_HELD_AT_MOST_MS = 10_000  # the cycle collector's pause from a sign-in to the window's first paint, at most


def run_gui(db_path: str, args: Namespace) -> int:
    """Run the workstation window on the database at `db_path`; return the exit code."""
    setup_logging()
    app = _application()
    install_excepthook(log_exception)
    try:
        return _run(app, db_path, args, start_language(getattr(args, "lang", None)))
    except Exception as exc:  # start-up failed: a GUI user has no console, so say it in a dialog
        show_crash_dialog(exc, log_exception(exc))
        return EXIT_INTERNAL
    finally:
        gc.enable()


def _run(app: QApplication, db_path: str, args: Namespace, lang: str) -> int:
    install_translator(app, lang)
    apply_app_font(app)
    credentials = getattr(args, "credentials", None)
    if credentials is None and is_server(db_path):  # a server database: libpq's password, never in argv
        from workstation.ui.common.server_password import ask_password

        if not ask_password(db_path):
            return EXIT_OK
    if has_keyring(db_path):  # encrypted: the password unwraps the key before anything is read
        return _run_sealed(app, db_path, args, credentials)
    ahead = getattr(args, "sign_in_ahead", None)
    served = ahead.served() if ahead is not None else None  # (begun while Qt loaded: sign_in_ahead)
    reader = served[0] if served is not None else quick_reader(db_path)
    if reader is not None:
        # Accounts exist: the login dialog shows at once, the ORM loads while the person types,
        # and the main window's home page is served by the stdlib reader.
        from workstation.ui.accounts import DatabaseLoader, LazyAuth

        loader = DatabaseLoader(lambda: _open_database(db_path, preload=True))
        if credentials is None:
            loader.start()  # the ORM loads while the person types; given credentials: after the first paint
        home = served[1] if served is not None else prefetched_home(reader, db_path)
        # 首页's figures are read beside the password check (or already are)
        auth = LazyAuth(loader, reader, on_check=home.start if served is None else None,
                        computed=ahead.password_hash if ahead is not None else None)
        actor, code = _sign_in(auth, True, credentials, preload=loader)
        if actor is None:
            home.close()
            reader.close()
            if loader.database is not None:
                loader.database.close()
            return code
        return _show_served(app, reader, loader, auth, actor, db_path, args, home)
    db = _open(db_path)
    if db is None:
        return EXIT_STORAGE
    from workstation.services.accounts import AuthService
    from workstation.services.district import DistrictService
    from workstation.ui.accounts import FirstAdminAuth

    restore: list[bool] = []
    local = "://" not in db_path  # (a server database is restored by its own backup, signed in)
    district = ensure_district(DistrictService(db.factory, os_actor()),
                               (lambda: restore.append(True)) if local else None)
    if restore:
        db.close()
        return _restore_by_recovery(app, db_path, args, credentials)
    auth = AuthService(db.factory)
    has_users = district is not None and auth.has_users()
    first = FirstAdminAuth(auth)
    actor, code = (None, EXIT_OK) if district is None else _sign_in(first, has_users, credentials)
    if actor is not None and first.password is not None and credentials is None:
        from workstation.ui.accounts import seal_first_run

        db = seal_first_run(db, actor, first.password)  # a new district is encrypted from its first use
    if actor is None:
        db.close()
        return code
    window = MainWindow(HomeService(db.factory), district, actor, db.location)
    _attach(window, db, actor, args)
    return _show(app, window, args)


def _show_served(app: QApplication, reader, loader, auth, actor: Actor, db_path: str, args: Namespace,
                 home: HomeService | None = None) -> int:
    """The window with its home page from the start-up reader; the database attaches after the first paint."""
    from workstation.ui.home import serve_home

    home = home if home is not None else HomeService(reader)
    window = MainWindow(home, home.district(), actor, db_path)
    window.readers = [reader]

    def attach() -> AppContext | None:
        _attach_later(window, loader, auth, actor, args)
        return window.ui_context.app if getattr(window, "database", None) is not None else None

    serve_home(window, reader, actor, attach, early=getattr(home, "taken", None))  # usable now: 首页 filled
    ready = window.database_ready = _Ready()
    ready.loaded.connect(lambda: _attach_later(window, loader, auth, actor, args), Qt.ConnectionType.QueuedConnection)
    FirstPaintWatcher(window.home_page).painted.connect(
        lambda: QTimer.singleShot(0, lambda: loader.when_ready(ready.loaded.emit)))
    return _show(app, window, args)


class _Ready(QObject):
    loaded = Signal()  # emitted on the loader's thread, received on the GUI thread


def _run_sealed(app: QApplication, db_path: str, args: Namespace, credentials: tuple[str, str] | None) -> int:
    """An encrypted database: the login unwraps the district key, then the usual start."""
    from workstation.ui.accounts import UnlockingAuth

    auth = UnlockingAuth(db_path, preload=credentials is None, home_for=lambda reader: prefetched_home(reader, db_path),
                         ahead=getattr(args, "sign_in_ahead", None))
    actor, code = _sign_in(auth, True, credentials)
    if actor is None:
        auth.close()
        return code
    if auth.reader is not None:  # at head: 首页 served with the key, as on a plain file
        return _show_served(app, auth.reader, auth.loader, auth, actor, db_path, args, auth.home)
    db = _open(db_path, auth.loader)  # (not at head: migrated now, under its key)
    if db is None:
        return EXIT_STORAGE
    from workstation.services.district import DistrictService

    district = DistrictService(db.factory, actor).get()
    if district is None:
        db.close()
        return EXIT_STORAGE
    window = MainWindow(HomeService(db.factory), district, actor, db.location)
    _attach(window, db, actor, args)
    return _show(app, window, args)


def _sign_in(auth, has_users: bool, credentials: tuple[str, str] | None,
             preload: Callable[[], object] | None = None) -> tuple[Actor | None, int]:
    """(actor, 0), or (None, exit code): 0 when the person cancelled, 1 when given credentials fail.

    Given credentials on a database without accounts create the first administrator, as the
    first-run dialog would. Once someone has signed in, Python's cycle collector waits until the window's
    first paint (_show): building it makes thousands of objects and no garbage worth a pause.
    """
    actor, code = _signed_in(auth, has_users, credentials, preload)
    if actor is not None:
        gc.disable()
    return actor, code


def _signed_in(auth, has_users: bool, credentials: tuple[str, str] | None,
               preload: Callable[[], object] | None) -> tuple[Actor | None, int]:
    if credentials is None:
        from workstation.ui.accounts import sign_in

        return sign_in(auth, has_users, preload=preload), EXIT_OK
    username, password = credentials
    try:
        if not has_users:
            return auth.create_first_admin(username, username, password), EXIT_OK
        return auth.login(username, password), EXIT_OK
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return None, EXIT_FAILED


def _show(app: QApplication, window: MainWindow, args: Namespace) -> int:
    """Run the window until the program ends; after 注销 / 切换用户 sign in again on the same database."""
    after_first_paint(app, window, args)
    FirstPaintWatcher(window.home_page).painted.connect(lambda: gc.enable())  # (held since the sign-in)
    QTimer.singleShot(GC_HELD_AT_MOST_MS, gc.enable)  # (a window that never paints: minimised at start)
    while True:
        window.show()
        code, db, actor = _run_window(app, window)
        if db is None:
            return code
        next_window = _sign_in_again(db, args)
        if next_window is None:
            from workstation.ui.session import backup_after_logout  # (the ORM: not before the first paint)

            backup_after_logout(db, actor)  # the ended session left it to the end of the program
            db.close()
            return EXIT_OK
        window = next_window


def _run_window(app: QApplication, window: MainWindow) -> tuple[int, Database | None, Actor | None]:
    """The exit code, and the still open database and who logged out when the session ended with a logout."""
    code = EXIT_INTERNAL
    db, actor = None, None
    try:
        code = app.exec()
    finally:
        window.ended = True  # an attach still queued for this window must not run
        session = getattr(window, "session", None)
        logged_out = session is not None and session.is_logged_out
        if session is not None:
            session.end(backup=not logged_out)
        if logged_out:
            db, window.database = window.database, None
            actor = session.actor
        release_database(window)
        window.close()
        window.deleteLater()
    return code, db, actor


def _sign_in_again(db: Database, args: Namespace) -> MainWindow | None:
    """The login dialog after a logout; the next person's window (None: they closed the dialog)."""
    from workstation.services.accounts import AuthService
    from workstation.services.district import DistrictService
    from workstation.ui.accounts import sign_in

    actor = sign_in(AuthService(db.factory), True)
    if actor is None:
        return None
    district = DistrictService(db.factory, actor).get()
    if district is None:
        return None
    window = MainWindow(HomeService(db.factory), district, actor, db.location)
    _attach(window, db, actor, args)
    return window


def _attach_later(window: MainWindow, loader, auth, actor: Actor, args: Namespace) -> None:
    """Once loaded (or asked for first): open the database (if not yet), record the login, attach."""
    if getattr(window, "ended", False) or getattr(window, "attach_started", False):
        return
    window.attach_started = True  # (a dialog below runs an event loop: the other trigger may come meanwhile)
    window.before_first_build(None)
    with _busy():
        db = _open(window.db_location, loader)
    if db is None:
        window.close()
        return
    try:
        auth.record_pending()
    except DomainError as exc:  # deactivated or locked in the meantime
        QMessageBox.critical(window, QCoreApplication.translate("Startup", "无法登录"), exc.message)
        window.close()
        return
    with _busy():
        _attach(window, db, actor, args)


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _attach(window: MainWindow, db: Database, actor: Actor, args: Namespace) -> None:
    if getattr(window, "ended", False):
        return
    attach_database(window, db, actor)
    if getattr(args, "screenshot", None) or getattr(args, "quit_after_show", False):
        return  # a measured or pictured start: no idle lock, no automatic backups
    from workstation.ui.session import WorkSession

    window.session = WorkSession.start(window, db, actor)
    window.session.logged_out.connect(QCoreApplication.quit)


def build_main_window(db: Database, actor: Actor) -> MainWindow | None:
    """The main window for `db`, running the first-run dialog first if needed (None: cancelled)."""
    from workstation.services.district import DistrictService

    district = ensure_district(DistrictService(db.factory, actor))
    if district is None:
        return None
    return MainWindow(HomeService(db.factory), district, actor, db.location)


def ensure_district(service: DistrictService, on_restore: Callable[[], None] | None = None) -> DistrictSettings | None:
    """The district settings; on a new database asks for them (None when the user cancels, or chose
    to restore an encrypted backup instead: then `on_restore` is called)."""
    settings = service.get()
    if settings is not None:
        return settings
    from workstation.ui.first_run_dialog import FirstRunDialog  # only a new database needs it

    dialog = FirstRunDialog(service, offer_restore=on_restore is not None)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.restore_requested and on_restore is not None:
        on_restore()
    return dialog.settings if accepted else None


def _restore_by_recovery(app: QApplication, db_path: str, args: Namespace,
                         credentials: tuple[str, str] | None) -> int:
    """A new computer: the district's encrypted backup restored with its recovery secret, then the usual
    sign-in to the now encrypted database."""
    from workstation.ui.accounts import RecoveryRestoreDialog

    dialog = RecoveryRestoreDialog(db_path)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return EXIT_OK
    return _run_sealed(app, db_path, args, credentials)


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(sys.argv[:1])
    return app  # type: ignore[return-value]


def _open_database(db_path: str, preload: bool = False) -> Database:
    from workstation.db.session import open_database

    db = open_database(db_path)
    if preload:  # (on the loader's thread) what the attach needs next: the models and the login's record
        import workstation.context  # noqa: F401
        from workstation.services.accounts import AuthService  # noqa: F401
    return db


def _open(db_path: str, opener: Callable[[], Database] | None = None) -> Database | None:
    """The database, or None after telling the person why it cannot be opened."""
    if opener is None:
        from workstation.db.migrate import upgrade_pending

        if upgrade_pending(db_path):  # an older file: copied aside and migrated behind a progress window
            from workstation.db.session import open_database
            from workstation.ui.upgrade_progress import open_with_progress

            opener = lambda: open_with_progress(  # noqa: E731
                lambda progress: open_database(db_path, progress=progress))
    try:
        return opener() if opener is not None else _open_database(db_path)
    except StorageError as exc:
        title = QCoreApplication.translate("Startup", "无法打开数据库")
        text = (QCoreApplication.translate("Startup", "{message}\n\n数据库：{path}\n\n程序将退出，数据库未作任何改动。")
                if "://" in db_path else  # a server database: no file here
                QCoreApplication.translate("Startup", "{message}\n\n数据库：{path}\n\n程序将退出，数据库文件未作任何改动。"))
        from workstation.models.common.domain_text import error_text

        QMessageBox.critical(None, title, text.format(message=error_text(exc), path=safe_location(db_path)))
        return None
