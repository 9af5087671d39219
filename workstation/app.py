"""Composition root of the GUI: logging, crash handler, QApplication, language, font, database, windows.

Start-up is shell-first: when the database is a SQLite file already at head, the home page is
served through a stdlib read-only reader and the ORM (about half a second of imports) loads
only after the window's first paint. Any other database takes the full path before the window.
"""

from __future__ import annotations

import sys
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from . import APP_NAME
from .db.readers import quick_reader
from .domain.district import DistrictSettings
from .domain.errors import DomainError, StorageError
from .i18n.translation import install_translator
from .logs import log_exception, setup_logging
from .services.context import Actor, os_actor
from .services.home import HomeService
from .ui.crash import install_excepthook, show_crash_dialog
from .ui.main_window import MainWindow
from .ui.startup import FirstPaintWatcher, apply_app_font

if TYPE_CHECKING:
    from .db.session import Database
    from .services.district import DistrictService

EXIT_OK, EXIT_FAILED, EXIT_STORAGE, EXIT_INTERNAL = 0, 1, 2, 70
SCREENSHOT_DELAY_MS = 300  # let late layout and style polish settle before grabbing


def run_gui(db_path: str, args: Namespace) -> int:
    """Run the workstation window on the database at `db_path`; return the exit code."""
    setup_logging()
    app = _application()
    install_excepthook(log_exception)
    try:
        return _run(app, db_path, args, getattr(args, "lang", None) or "zh")
    except Exception as exc:  # start-up failed: a GUI user has no console, so say it in a dialog
        show_crash_dialog(exc, log_exception(exc))
        return EXIT_INTERNAL


def _run(app: QApplication, db_path: str, args: Namespace, lang: str) -> int:
    install_translator(app, lang)
    apply_app_font(app)
    credentials = getattr(args, "credentials", None)
    reader = quick_reader(db_path)
    if reader is not None:
        # Accounts exist: the login dialog shows at once, the ORM loads while the person types,
        # and the main window's home page is served by the stdlib reader.
        from .ui.auth.sign_in import DatabaseLoader, LazyAuth

        loader = DatabaseLoader(lambda: _open_database(db_path))
        auth = LazyAuth(loader, reader)
        actor, code = _sign_in(auth, True, credentials, preload=loader)
        if actor is None:
            reader.close()
            if loader.database is not None:
                loader.database.close()
            return code
        home = HomeService(reader)
        window = MainWindow(home, home.district(), actor, db_path)
        window.readers = [reader]
        FirstPaintWatcher(window.home_page).painted.connect(
            lambda: QTimer.singleShot(0, lambda: _attach_later(window, loader, auth, actor, lang, args)))
        return _show(app, window, args)
    db = _open(db_path)
    if db is None:
        return EXIT_STORAGE
    from .services.auth import AuthService
    from .services.district import DistrictService

    district = ensure_district(DistrictService(db.factory, os_actor()), lang)
    auth = AuthService(db.factory)
    actor, code = (None, EXIT_OK) if district is None else _sign_in(auth, auth.has_users(), credentials)
    if actor is None:
        db.close()
        return code
    window = MainWindow(HomeService(db.factory), district, actor, db.location)
    _attach(window, db, actor, lang, args)
    return _show(app, window, args)


def _sign_in(auth, has_users: bool, credentials: tuple[str, str] | None,
             preload: Callable[[], object] | None = None) -> tuple[Actor | None, int]:
    """(actor, 0), or (None, exit code): 0 when the person cancelled, 1 when given credentials fail.

    Given credentials on a database without accounts create the first administrator, as the
    first-run dialog would.
    """
    if credentials is None:
        from .ui.auth.sign_in import sign_in

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
    _after_first_paint(app, window, args)
    window.show()
    try:
        return app.exec()
    finally:
        window.ended = True  # an attach still queued for this window must not run
        session = getattr(window, "session", None)
        if session is not None:
            session.end()
        release_database(window)
        window.close()
        window.deleteLater()


def _attach_later(window: MainWindow, loader, auth, actor: Actor, lang: str, args: Namespace) -> None:
    """After the first paint: open the database (if the login did not), record the login, attach."""
    if getattr(window, "ended", False):
        return
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
    _attach(window, db, actor, lang, args)


def _attach(window: MainWindow, db: Database, actor: Actor, lang: str, args: Namespace) -> None:
    if getattr(window, "ended", False):
        return
    attach_database(window, db, actor, lang)
    if getattr(args, "screenshot", None) or getattr(args, "quit_after_show", False):
        return  # a measured or pictured start: no idle lock, no automatic backups
    from .ui.session import WorkSession

    window.session = WorkSession.start(window, db, actor)


def release_database(window: MainWindow) -> None:
    """Close every connection the window holds (before a restore, and at exit)."""
    database = getattr(window, "database", None)
    if database is not None:
        database.close()
        window.database = None
    for reader in getattr(window, "readers", []):
        reader.close()
    window.readers = []


def attach_database(window: MainWindow, db: Database, actor: Actor, lang: str = "zh") -> None:
    """Give the window its database and the area pages that need the full service layer."""
    from .db.attachments import Attachments
    from .services.filing import FilingService
    from .services.filing_queues import timeline as filing_timeline
    from .services.inspection_queues import timeline as inspection_timeline
    from .services.intake import IntakeService
    from .services.registry import RegistryService
    from .services.timeline import TimelineEntry, TimelineService
    from .ui.events import AppEvents
    from .ui.filing import FilingPage, HomeQueues
    from .ui.intake.area_page import IntakeAreaPage

    window.database = db
    window.events = events = AppEvents(window)
    district = window.home_page.district
    intake = IntakeService(db.factory, actor)
    timeline = TimelineService(db.factory, actor, providers=[filing_timeline, inspection_timeline])
    intake_page = IntakeAreaPage(RegistryService(db.factory), intake, timeline, district, window, lang=lang)
    window.replace_page("intake", intake_page)
    filing = FilingService(db.factory, actor, Attachments.for_database(db.location))
    filing_page = FilingPage(filing)
    window.replace_page("filing", filing_page)
    filing_page.nursery_requested.connect(intake_page.open_record)
    queues = HomeQueues(filing.queues)
    window.home_page.layout().addWidget(queues)
    queues.refresh()
    queues.application_requested.connect(
        lambda i: (window.show_area("filing"), filing_page.open_application(i)))
    queues.nursery_requested.connect(intake_page.open_record)
    window.area_changed.connect(lambda key: queues.refresh() if key == "home" else None)
    events.calendar_changed.connect(queues.refresh)
    events.calendar_changed.connect(filing_page.refresh)
    fees = _attach_fees(window, db, actor, lang)
    timeline.add_provider(lambda _session, nursery_id: [
        TimelineEntry(e.at, "收费", e.text, e.actor) for e in fees.fee_timeline(nursery_id)])
    _attach_registers(window, db, actor)
    _attach_inspections(window, db, actor, lang, intake_page)
    settings_page = _attach_settings(window, db, actor)
    queues.calendar_requested.connect(lambda: (window.show_area("settings"), settings_page.show_calendar()))
    from .ui.role_view import apply_role

    apply_role(window, actor)


def _attach_inspections(window: MainWindow, db: Database, actor: Actor, lang: str, intake_page) -> None:
    from .db.attachments import Attachments
    from .exports.documents.draw_pdf import write_draw_pdf
    from .exports.documents.rectification_notice import write_rectification_notice
    from .services.inspection_queues import InspectionQueues
    from .services.inspection_templates import TemplateService
    from .services.inspections import InspectionService
    from .services.random_draw import RandomDrawService
    from .services.registry import RegistryService
    from .ui.inspections.home_counts import HomeInspectionCounts
    from .ui.inspections.inspections_page import InspectionServices, InspectionsPage
    from .ui.inspections.new_dialog import registry_search

    queues = InspectionQueues(db.factory, actor)
    services = InspectionServices(
        InspectionService(db.factory, actor, Attachments.for_database(db.location),
                          notice_writer=write_rectification_notice),
        TemplateService(db.factory, actor), queues, registry_search(RegistryService(db.factory)),
        draw=lambda: RandomDrawService(db.factory, actor, write_draw_pdf))
    page = InspectionsPage(services, actor, window, lang=lang)
    window.replace_page("inspections", page)
    page.nursery_requested.connect(intake_page.open_record)
    counts = HomeInspectionCounts(queues.home_counts)
    window.home_page.layout().addWidget(counts)
    counts.refresh()
    counts.open_requested.connect(lambda: window.show_area("inspections"))
    window.area_changed.connect(lambda key: counts.refresh() if key == "home"
                                else page.refresh() if key == "inspections" else None)
    window.events.calendar_changed.connect(page.refresh)


def _attach_settings(window: MainWindow, db: Database, actor: Actor):
    from PySide6.QtCore import QThreadPool

    from .services.audit import AuditService
    from .services.auth import AuthService
    from .services.backup_rotation import backups_folder
    from .services.calendar import CalendarService
    from .services.provisional import RECOMPUTERS
    from .services.settings import SettingsService
    from .services.users import UserService
    from .ui.settings import SettingsPage, SettingsServices
    from .ui.settings.settings_page import tell_restart

    settings = SettingsService(db.factory, actor)
    services = SettingsServices(
        auth=AuthService(db.factory), settings=settings, users=UserService(db.factory, actor),
        audit=AuditService(db.factory, actor), db_location=db.location,
        backups_dir=lambda: backups_folder(db.location, settings.get().backup_folder),
        release_database=lambda: release_database(window),
        calendar=CalendarService(db.factory, actor, RECOMPUTERS))
    page = SettingsPage(services, actor, QThreadPool.globalInstance(), window)
    page.calendar_changed.connect(window.events.calendar_changed)
    page.restore_finished.connect(lambda ok: (tell_restart(window, ok), window.close()))
    window.replace_page("settings", page)
    return page


def _attach_registers(window: MainWindow, db: Database, actor: Actor) -> None:
    from PySide6.QtCore import QThreadPool

    from .exports import export_register
    from .services.registers import RegistersService
    from .ui.registers import RegistersPage

    service = RegistersService(db.factory, actor, export_register)
    window.replace_page("registers", RegistersPage(service, window.home_page.district, actor,
                                                   QThreadPool.globalInstance(), window))


def _attach_fees(window: MainWindow, db: Database, actor: Actor, lang: str):
    from .db.attachments import Attachments
    from .services.fees import FeeService
    from .services.fees_rules import FeeRuleService
    from .ui.fees.fees_page import FeesPage

    service = FeeService(db.factory, actor, Attachments.for_database(db.location))
    window.replace_page("fees", FeesPage(service, window, rule_service=FeeRuleService(db.factory, actor), lang=lang))
    return service


def build_main_window(db: Database, actor: Actor, lang: str = "zh") -> MainWindow | None:
    """The main window for `db`, running the first-run dialog first if needed (None: cancelled)."""
    from .services.district import DistrictService

    district = ensure_district(DistrictService(db.factory, actor), lang)
    if district is None:
        return None
    return MainWindow(HomeService(db.factory), district, actor, db.location)


def ensure_district(service: DistrictService, lang: str = "zh") -> DistrictSettings | None:
    """The district settings; on a new database asks for them (None when the user cancels)."""
    settings = service.get()
    if settings is not None:
        return settings
    from .ui.first_run_dialog import FirstRunDialog  # only a new database needs it

    dialog = FirstRunDialog(service, lang)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.settings if accepted else None


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(sys.argv[:1])
    return app  # type: ignore[return-value]


def _open_database(db_path: str) -> Database:
    from .db.session import open_database

    return open_database(db_path)


def _open(db_path: str, opener: Callable[[], Database] | None = None) -> Database | None:
    """The database, or None after telling the person why it cannot be opened."""
    try:
        return opener() if opener is not None else _open_database(db_path)
    except StorageError as exc:
        title = QCoreApplication.translate("Startup", "无法打开数据库")
        text = QCoreApplication.translate("Startup", "{message}\n\n数据库：{path}\n\n程序将退出，数据库文件未作任何改动。")
        QMessageBox.critical(None, title, text.format(message=exc.message, path=db_path))
        return None


def _after_first_paint(app: QApplication, window: MainWindow, args: Namespace) -> None:
    screenshot = getattr(args, "screenshot", None)
    if not screenshot and not getattr(args, "quit_after_show", False):
        return
    watcher = FirstPaintWatcher(window.home_page)
    if screenshot:
        watcher.painted.connect(lambda: QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: _grab(app, window, screenshot)))
    else:
        watcher.painted.connect(app.quit)


def _grab(app: QApplication, window: MainWindow, path: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(path)
    if not saved:
        print(f"无法保存截图：{path}", file=sys.stderr)
    app.exit(EXIT_OK if saved else EXIT_FAILED)
