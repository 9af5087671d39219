"""The 人员 tab of the nursery record: the roster (sortable), its checks, and add / edit / departure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import DomainError
from workstation.domain.masking import mask_id_number
from workstation.models.common.domain_text import error_text, finding_text
from workstation.models.staff import StaffTableModel, sorting_proxy
from workstation.services.staff import SavedStaff, StaffRow, StaffService

ROSTER_ROWS = 8  # rows of the roster always visible
FINDING_LINES = 6  # lines of findings before their box scrolls


class StaffTab(QWidget):
    """Reads the roster on first show (the record dialog opens without it); `changed` after a save."""

    changed = Signal()

    def __init__(self, service: StaffService, nursery_id: int, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self.nursery_id, self._today = service, nursery_id, today
        self.model = StaffTableModel(parent=self, today=today())
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(StaffTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("新增人员(&A)…"), self)
        self.edit_button = QPushButton(self.tr("编辑/添加证书(&C)…"), self)
        self.depart_button = QPushButton(self.tr("登记离职(&L)…"), self)
        self.import_button = QPushButton(self.tr("导入人员名单(&I)…"), self)
        # ID numbers show masked to every role; the full number only through this button, audited
        self.reveal_button = QPushButton(self.tr("显示完整号码"), self)
        self.reveal_button.setToolTip(self.tr("查看完整号码会记入审计日志"))
        self.reveal_button.setVisible(not service.masked)
        self.reveal_button.clicked.connect(self.reveal_id)
        self._revealed = False
        self.table.selectionModel().selectionChanged.connect(self._hide_revealed)
        self.findings_label = QLabel(self)
        self.findings_label.setWordWrap(True)
        self.findings_label.setStyleSheet("color: #9c5700;")
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long list of findings scrolls in its own box: the roster keeps at least ROSTER_ROWS rows.
        self.findings_scroll = QScrollArea(self)
        self.findings_scroll.setWidgetResizable(True)
        self.findings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.findings_scroll.setWidget(self.findings_label)
        self.findings_scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * FINDING_LINES + 8)
        self._keep_roster_rows()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self._lay_out()
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.depart_button.clicked.connect(self.depart_member)
        self.table.activated.connect(lambda _index: self.edit_member())
        editable = service.can_edit()
        for button in (self.add_button, self.edit_button, self.depart_button, self.import_button):
            button.setVisible(editable)
        self.import_button.hide()  # shown when an importer is given (set_importer)
        self.import_button.clicked.connect(self.choose_import)
        self._importer = None
        self.confirm = _confirm  # replaced in tests
        self.dialog: QWidget | None = None
        self.loaded = False

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.depart_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.findings_scroll)
        layout.addWidget(self.message_label)

    def showEvent(self, event) -> None:
        if not self.loaded:
            self.refresh()
        self._keep_roster_rows()  # the row height is final only once the style and font are applied
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_roster_rows()
        super().changeEvent(event)

    def _keep_roster_rows(self) -> None:
        rows = self.table.verticalHeader().defaultSectionSize() * ROSTER_ROWS
        # the horizontal scroll bar appears when the columns outgrow a narrow window: keep its room
        scroll_bar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setMinimumHeight(rows + self.table.horizontalHeader().sizeHint().height()
                                    + scroll_bar + 2 * self.table.frameWidth())

    def refresh(self) -> None:
        self.loaded = True
        try:
            self.model.today = self._today()
            self.model.set_rows([replace(r, id_no=mask_id_number(r.id_no) or "")
                                 for r in self._service.roster(self.nursery_id)])
            findings = self._service.findings(self.nursery_id)
        except DomainError as exc:
            self.findings_label.setText(error_text(exc))
            return
        self.findings_label.setText("\n".join(("✖ " if f.is_error else "⚠ ") + finding_text(f) for f in findings))
        self.findings_scroll.setVisible(bool(findings))
        self._keep_roster_rows()

    def refresh_if_loaded(self) -> None:
        """Another change (the registration's classes and children, a new ban) may change the findings."""
        if self.loaded:
            self.refresh()

    def selected(self) -> StaffRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def reveal_id(self) -> None:
        """The selected member's full ID number, for a role that may see it; the service audits it."""
        member = self.selected()
        if member is None:
            self.message_label.setText(self.tr("请先在列表中选择要查看证件号码的人员。"))
            return
        try:
            number = self._service.reveal_id_number(member.id)
        except DomainError as exc:
            self.message_label.setText(error_text(exc))
            return
        self.message_label.setText(self.tr("{name}的证件号码：{number}（查看已记入审计日志）").format(
            name=member.name, number=number or "—"))
        self._revealed = True

    def _hide_revealed(self) -> None:
        """A full number stays on screen only while its person is selected."""
        if self._revealed:
            self.message_label.clear()
            self._revealed = False

    def add_member(self) -> None:
        from workstation.ui.staff.member_dialog import StaffMemberDialog

        self._open(StaffMemberDialog(self._service, self.nursery_id, self._today(), parent=self))

    def edit_member(self) -> None:
        from workstation.ui.staff.member_dialog import StaffMemberDialog

        member = self.selected()
        if member is None or not self._service.can_edit():
            return
        detail = self._service.detail(member.id)
        self._open(StaffMemberDialog(self._service, self.nursery_id, self._today(), detail, parent=self))

    def depart_member(self) -> None:
        from workstation.ui.staff.record_dialogs import DepartDialog

        member = self.selected()
        if member is None:
            self.message_label.setText(self.tr("请先在列表中选择要登记离职的人员。"))
            return
        if member.left_on is not None:
            self.message_label.setText(self.tr("“{name}”已于 {day} 离职。").format(
                name=member.name, day=member.left_on.isoformat()))
            return
        self._open(DepartDialog(self._service, member, self._today(), parent=self))

    def set_importer(self, importer) -> None:
        """Offer 导入人员名单 (a StaffImporter) to users who may edit."""
        self._importer = importer
        self.import_button.setVisible(self._service.can_edit())

    def choose_import(self) -> None:
        from workstation.ui.common import file_dialogs

        path, _ = file_dialogs.open_file_name(self, self.tr("选择人员名单"), "",
                                              self.tr("电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Check the list, show the row-by-row report, and write it all when every row is good and confirmed."""
        try:
            report = self._importer.dry_run(self.nursery_id, path)
            lines = [self.tr("第{number}行 {name}：{message}").format(number=r.number, name=r.name, message=r.message)
                     for r in report.rows if r.message]
            details = "\n".join(lines)
            if report.rejected:
                self.message_label.setText(report.summary + "\n" + details)
                return
            if not self.confirm(self, self.tr("导入人员名单"), report.summary + ("\n" + details if details else "")
                                + "\n\n" + self.tr("确定导入吗？")):
                return
            report = self._importer.commit(self.nursery_id, path)
        except DomainError as exc:
            self.message_label.setText(error_text(exc))
            return
        self.message_label.setText(report.summary)
        self.refresh()
        self.changed.emit()

    def _open(self, dialog) -> None:
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()

    def _saved(self, result: object) -> None:
        warnings = result.warnings if isinstance(result, SavedStaff) else ()
        self.message_label.setText("\n".join(finding_text(w) for w in warnings))
        self.refresh()
        self.changed.emit()


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
