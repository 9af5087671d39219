"""The 机构登记 area: the registry with the actions that start intake work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from workstation.domain.district import DistrictSettings
from workstation.services.registry import IntakeService, LifecycleService, RegistryService, TimelineService
from workstation.ui.common.status import show_status
from workstation.ui.registry.record_dialog import NurseryRecordDialog
from workstation.ui.registry.registry_page import RegistryPage

if TYPE_CHECKING:
    from workstation.ui.registry.intake_dialog import IntakeDialog


class IntakeAreaPage(QWidget):
    """Registry table plus 新增机构 (Ctrl+N); opening a row shows the record and its timeline."""

    nursery_saved = Signal(int)  # after the intake dialog saved or a status act (the event hub tells other pages)

    def __init__(self, registry: RegistryService, intake: IntakeService, timeline: TimelineService,
                 district: DistrictSettings, parent: QWidget | None = None,
                 lifecycle: LifecycleService | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 staff_tab: Callable[[int, QWidget], QWidget] | None = None) -> None:
        super().__init__(parent)
        self._intake, self._timeline, self._district = intake, timeline, district
        self._staff_tab = staff_tab
        self._lifecycle, self._today = lifecycle, today
        self.new_button = QPushButton(self.tr("新增机构(&N)…"), self)
        self.new_button.setToolTip("Ctrl+N")
        self.registry_page = RegistryPage(registry, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.registry_page, self.tr("机构名录(&L)"))
        self._lazy_tabs: dict[int, Callable[[], QWidget]] = {}
        self.tabs.currentChanged.connect(self._build_tab)
        self._lay_out()
        self.new_button.clicked.connect(self.new_nursery)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_nursery)
        self.registry_page.nursery_activated.connect(self.open_record)
        self.record_dialog: NurseryRecordDialog | None = None

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

    def add_lazy_tab(self, title: str, build: Callable[[], QWidget]) -> int:
        """A further tab (推送收件箱) whose page is built on its first visit."""
        index = self.tabs.addTab(QWidget(self.tabs), title)
        self._lazy_tabs[index] = build
        return index

    def is_built(self, index: int) -> bool:
        return index not in self._lazy_tabs

    def tab_page(self, index: int) -> QWidget:
        """The page of tab `index`, built now if it was not yet."""
        self._build_tab(index)
        return self.tabs.widget(index)

    def _build_tab(self, index: int) -> None:
        build = self._lazy_tabs.pop(index, None)
        if build is None:
            return
        title, current = self.tabs.tabText(index), self.tabs.currentIndex()
        old = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, build(), title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        old.deleteLater()

    def new_nursery(self) -> None:
        self._open_editor(None)

    def open_record(self, nursery_id: int, parent: QWidget | None = None) -> None:
        """Show the nursery's record with its timeline (over `parent`, e.g. the entry it is compared with)."""
        dialog = NurseryRecordDialog(self._intake, self._timeline, nursery_id, parent or self,
                                     open_editor=self._open_editor, lifecycle=self._lifecycle, today=self._today,
                                     staff_tab=self._staff_tab)
        dialog.status_changed.connect(self._saved)
        self.record_dialog = dialog
        dialog.open()

    def _open_editor(self, nursery_id: int | None) -> None:
        from workstation.ui.registry.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self._intake, self._district, nursery_id=nursery_id, parent=self)
        dialog.saved.connect(lambda nursery_id: self._edited(dialog, nursery_id))
        dialog.open_existing_requested.connect(lambda nursery_id: self.open_record(nursery_id, dialog))
        self.editor = dialog
        dialog.open()

    def refresh(self) -> None:
        """Re-read the registry and the open record (data changed elsewhere)."""
        self.registry_page.refresh()
        if self.record_dialog is not None and self.record_dialog.isVisible():
            self.record_dialog.refresh()

    def _edited(self, dialog: IntakeDialog, nursery_id: int) -> None:
        name = dialog.draft().name.strip()
        show_status(self, self.tr("已保存“{name}”（记录号 {id}）。").format(name=name, id=nursery_id))
        self._saved(nursery_id)

    def _saved(self, nursery_id: int) -> None:
        self.registry_page.refresh()
        if self.record_dialog is not None and self.record_dialog.nursery_id == nursery_id:
            self.record_dialog.refresh()
        self.nursery_saved.emit(nursery_id)
