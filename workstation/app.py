"""Composition root of the GUI: logging, crash handler, QApplication, language, font, database, windows.

Start-up is shell-first: when the database is a SQLite file already at head, the home page is
served through a stdlib read-only reader and the ORM (about half a second of imports) loads
only after the window's first paint. Any other database takes the full path before the window.
"""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from . import APP_NAME
from .db.readers import quick_reader
from .domain.district import DistrictSettings
from .domain.errors import StorageError
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
    actor = os_actor()
    reader = quick_reader(db_path)
    if reader is not None:
        home = HomeService(reader)
        window = MainWindow(home, home.district(), actor, db_path)
        FirstPaintWatcher(window.home_page).painted.connect(
            lambda: QTimer.singleShot(0, lambda: _attach_later(window, db_path, actor, lang)))
        return _show(app, window, args)
    db = _open(db_path)
    if db is None:
        return EXIT_STORAGE
    window = build_main_window(db, actor, lang)
    if window is None:
        db.close()
        return EXIT_OK
    attach_database(window, db, actor, lang)
    return _show(app, window, args)


def _show(app: QApplication, window: MainWindow, args: Namespace) -> int:
    _after_first_paint(app, window, args)
    window.show()
    try:
        return app.exec()
    finally:
        database = getattr(window, "database", None)
        if database is not None:
            database.close()


def _attach_later(window: MainWindow, db_path: str, actor: Actor, lang: str) -> None:
    db = _open(db_path)
    if db is not None:
        attach_database(window, db, actor, lang)


def attach_database(window: MainWindow, db: Database, actor: Actor, lang: str = "zh") -> None:
    """Give the window its database and the area pages that need the full service layer."""
    from .db.attachments import Attachments
    from .services.filing import FilingService
    from .services.filing_queues import timeline as filing_timeline
    from .services.intake import IntakeService
    from .services.registry import RegistryService
    from .services.timeline import TimelineEntry, TimelineService
    from .ui.filing import FilingPage, HomeQueues
    from .ui.intake.area_page import IntakeAreaPage

    window.database = db
    district = window.home_page.district
    intake = IntakeService(db.factory, actor)
    timeline = TimelineService(db.factory, actor, providers=[filing_timeline])
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
    fees = _attach_fees(window, db, actor, lang)
    timeline.add_provider(lambda _session, nursery_id: [
        TimelineEntry(e.at, "收费", e.text, e.actor) for e in fees.fee_timeline(nursery_id)])
    _attach_registers(window, db, actor)


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


def _open(db_path: str) -> Database | None:
    from .db.session import open_database

    try:
        return open_database(db_path)
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
