"""The main window: navigation list on the left, one page per work area on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QMenu, QToolButton, QWidget

from workstation.db.locations import safe_location
from workstation.domain.district import DistrictSettings
from workstation.services.common.context import Actor
from workstation.services.home import HomeService
from workstation.ui.areas import AREAS, area_index
from workstation.ui.common.first_paint import paint_once_laid_out
from workstation.ui.common.window_shortcuts import QUIT_ACTION
from workstation.ui.forms.ui_main_window import Ui_MainWindow
from workstation.ui.home import HomePage
from workstation.ui.placeholder_page import PlaceholderPage
from workstation.ui.visible_refresh import NOT_POLLED, POLL_MS, refresh_visible


class MainWindow(QMainWindow):
    """Composes the area pages; services come in through the constructor."""

    area_changed = Signal(str)
    lock_requested = Signal()
    logout_requested = Signal()  # 注销 / 切换用户: the session ends, the login dialog shows again
    usable = Signal()  # home page filled, every page reachable (served 首页: the database attaches after)

    def __init__(
        self,
        home: HomeService,
        district: DistrictSettings,
        actor: Actor,
        db_location: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.db_location = db_location
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._usable = False
        self._attach_first: Callable[[], object] | None = None
        self._stamp: Callable[[], int | None] | None = None
        self._polled: object | None = None
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.check_for_changes)
        self._today: Callable[[], dt.date] = dt.date.today
        self.setWindowTitle(self.tr("托育机构登记备案工作站 — {district}").format(district=district.name))
        self.home_page = HomePage(home, district, self, token=self.data_token)
        self._add_pages()
        self._add_shortcuts()
        self._add_status(actor, db_location)
        self.ui.navList.currentRowChanged.connect(self._show_area)
        self.ui.navList.setCurrentRow(0)

    def current_area(self) -> str:
        return AREAS[self.ui.pages.currentIndex()].key

    def show_area(self, key: str) -> None:
        self.ui.navList.setCurrentRow(area_index(key))

    def page(self, key: str) -> QWidget:
        """The area's page; a page with a builder is built here on its first use."""
        if key != "home" and self._attach_first is not None:  # (served 首页: the database first)
            attach, self._attach_first = self._attach_first, None
            attach()
        build = self._builders.pop(key, None)
        if build is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a page may read a large district
            try:
                self.replace_page(key, build())
            finally:
                QApplication.restoreOverrideCursor()
        return self.ui.pages.widget(area_index(key))

    def install_builders(self, builders: dict[str, Callable[[], QWidget]]) -> None:
        """Build each area's page on first visit (or first use); the current area is built now."""
        self._builders.update(builders)
        current = self.current_area()
        if current in self._builders:
            self.page(current)

    def before_first_build(self, attach: Callable[[], object] | None) -> None:
        """`attach()` runs before any page other than 首页 is first shown or used (None: no longer)."""
        self._attach_first = attach

    def built(self, key: str) -> bool:
        """False while the area's page still waits for its first visit."""
        return key not in self._builders

    def watch_changes(self, stamp: Callable[[], int | None], today: Callable[[], dt.date]) -> None:
        """The database's change stamp (db/change_stamp.py): home views then skip reading unchanged data."""
        self._stamp, self._today = stamp, today

    def poll_changes(self, interval_ms: int = POLL_MS) -> None:
        """Look at the change stamp every `interval_ms` (one cheap query) while the window lives."""
        self._polled = self.data_token()
        self._poll.start(interval_ms)

    def check_for_changes(self) -> bool:
        """When anything was committed since the last look (another desk, the command line), the page in
        view reads again; True when it did."""
        token = self.data_token()
        if token is None or token == self._polled:
            return False
        self._polled = token
        refresh_visible(self.ui.pages.currentWidget(), skip=self.current_area() in NOT_POLLED)
        return True

    def data_token(self) -> tuple[int, dt.date] | None:
        """Equal tokens: nothing was committed and the day is the same (None: unknown)."""
        stamp = self._stamp() if self._stamp is not None else None
        return None if stamp is None else (stamp, self._today())

    def mark_usable(self) -> None:
        """Called once the home page is filled and every page can be built (served 首页: before the
        database is attached, a page then attaching it first); emits `usable`."""
        self._usable = True
        self.usable.emit()

    def is_usable(self) -> bool:
        return self._usable

    def set_area_hidden(self, key: str, hidden: bool) -> None:
        """Hide an area a role cannot use (its Ctrl+number shortcut then does nothing)."""
        self.ui.navList.item(area_index(key)).setHidden(hidden)

    def area_hidden(self, key: str) -> bool:
        return self.ui.navList.item(area_index(key)).isHidden()

    def replace_page(self, key: str, page: QWidget) -> None:
        """Put an area's real page in place of its placeholder."""
        self._builders.pop(key, None)
        index = area_index(key)
        old = self.ui.pages.widget(index)
        self.ui.pages.insertWidget(index, page)
        self.ui.pages.removeWidget(old)
        old.deleteLater()
        if self.ui.navList.currentRow() == index:
            self.ui.pages.setCurrentIndex(index)

    def _add_pages(self) -> None:
        for area in AREAS:
            QListWidgetItem(area.title, self.ui.navList)
            page = self.home_page if area.key == "home" else PlaceholderPage(area.title, self)
            self.ui.pages.addWidget(page)

    def _add_shortcuts(self) -> None:
        # Ctrl+1, Ctrl+2 … follow the order of the navigation list.
        for row, _area in enumerate(AREAS):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda row=row: self._go_to_row(row))
            item = self.ui.navList.item(row)
            item.setToolTip(f"Ctrl+{row + 1}")

    def _add_status(self, actor: Actor, db_location: str) -> None:
        self.db_label = QLabel(self.tr("数据库：{location}").format(location=safe_location(db_location)), self)
        self.user_label = QToolButton(self)
        self.user_label.setObjectName("accountButton")
        self.user_label.setText(self.tr("当前用户：{user}").format(user=actor.label))
        self.user_label.setAutoRaise(True)
        # The menu arrow gets room of its own at the right: drawn under the name's last character
        # it read as a full stop ("当前用户：基准测试登记员。").
        self.user_label.setStyleSheet("QToolButton#accountButton { padding-right: 12px; }"
                                      " QToolButton#accountButton::menu-indicator"
                                      " { subcontrol-origin: padding; subcontrol-position: center right; }")
        self.user_label.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.user_label.setMenu(self._account_menu())
        self.ui.statusBar.addWidget(self.db_label, 1)
        self.ui.statusBar.addPermanentWidget(self.user_label)

    def _account_menu(self) -> QMenu:
        menu = QMenu(self)
        entries = (
            ("lockAction", self.tr("锁定"), "Ctrl+L", self.lock_requested.emit),
            ("logoutAction", self.tr("注销 / 切换用户…"), "Ctrl+Shift+L", self.logout_requested.emit),
            (QUIT_ACTION, self.tr("退出程序"), "Ctrl+Q", self.close),
        )
        for name, text, keys, slot in entries:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)  # the shortcut works without opening the menu
            menu.addAction(action)
        return menu

    def _go_to_row(self, row: int) -> None:
        if not self.ui.navList.item(row).isHidden():
            self.ui.navList.setCurrentRow(row)

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        built_now = AREAS[row].key in self._builders
        page = self.page(AREAS[row].key)  # built on first visit
        self.ui.pages.setCurrentIndex(row)
        if built_now:
            paint_once_laid_out(page)
        if AREAS[row].key == "home":
            self.home_page.refresh_if_changed()
        self.area_changed.emit(AREAS[row].key)
