"""The audit trail viewer: filter by user, record, date and action; field changes of the selected row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from workstation.domain.errors import DomainError
from workstation.models.audit import AuditTableModel, actor_text, audit_label
from workstation.models.common.domain_text import shown
from workstation.services.audit import (
    ACTION_LABELS,
    DETAIL_LABELS,
    DETAIL_VALUE_LABELS,
    FIELD_NAMING_COLUMNS,
    AuditFilter,
    AuditRow,
    AuditService,
    value_member,
)
from workstation.services.audit import field_label as chinese_field_label
from workstation.ui.common import file_dialogs
from workstation.ui.common.list_views import size_columns_once
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_audit_page import Ui_AuditPage

FIELD_COLUMN, OLD_COLUMN, NEW_COLUMN = range(3)


class AuditPage(QWidget):
    """For roles with AUDIT_VIEW; the service refuses others and the page says so."""

    def __init__(self, service: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service = service
        self.model = AuditTableModel(service, self)
        self.ui.auditView.setModel(self.model)
        self.ui.auditView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fill_choices()
        today = QDate.currentDate()
        self.ui.sinceEdit.setDate(today.addDays(-30))
        self.ui.untilEdit.setDate(today)
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.recordEdit.returnPressed.connect(self.search)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.digestButton.clicked.connect(self.save_digest)
        self.ui.auditView.selectionModel().selectionChanged.connect(self._selection_changed)
        self.search()

    def current_filter(self) -> AuditFilter:
        ui, dated = self.ui, self.ui.dateCheck.isChecked()
        return AuditFilter(
            actor=ui.actorCombo.currentData() or "", record=ui.recordEdit.text().strip(),
            action=ui.actionCombo.currentData() or "",
            since=ui.sinceEdit.date().toPython() if dated else None,
            until=ui.untilEdit.date().toPython() if dated else None)

    def search(self) -> None:
        """Run the query with the current filters; say what went wrong instead of raising."""
        try:
            self.model.set_filter(self.current_filter())
            if self.model.canFetchMore():
                self.model.fetchMore()  # the first page at once; the view asks for more on scrolling
        except DomainError as exc:
            self.ui.countLabel.setText(exc.message)
            return
        self.ui.countLabel.setText(self.tr("共 {count} 条记录").format(count=self.model.total))
        size_columns_once(self.ui.auditView)  # the first screenful, not every row read so far
        self.show_row(None)

    def verify(self) -> None:
        try:
            report = self._service.verify()
        except DomainError as exc:
            self.ui.verifyLabel.setText(exc.message)
            return
        colour = "" if report.ok else "color: #b00020;"
        self.ui.verifyLabel.setStyleSheet(colour)
        self.ui.verifyLabel.setText(report.describe())

    def save_digest(self) -> None:
        """月度审计摘要: ask for the month (last month by default, this one when last month has no row)
        and the file, write the PDF, say where."""
        offered = self._service.digest_month(dt.date.today())
        month, ok = ask_month(self, self.tr("月度审计摘要"), self.tr("月份（YYYY-MM）："), offered)
        if not ok or not month.strip():
            return
        suggested = Path.home() / self.tr("月度审计摘要-{month}.pdf").format(month=month.strip())
        chosen, _ = file_dialogs.save_file_name(self, self.tr("保存 PDF"), str(suggested), "PDF (*.pdf)")
        if not chosen:
            return
        from workstation.exports.audit import write_audit_digest

        try:
            digest = self._service.export_digest(month.strip(), Path(chosen), write_audit_digest)
        except DomainError as exc:
            self.ui.verifyLabel.setStyleSheet("color: #b00020;")
            self.ui.verifyLabel.setText(exc.message)
            return
        self.ui.verifyLabel.setStyleSheet("")
        self.ui.verifyLabel.setText(self.tr("已生成 {month} 月度审计摘要（{rows} 条记录）：{path}").format(
            month=digest.month, rows=digest.rows, path=chosen))

    def show_row(self, row: AuditRow | None) -> None:
        """Summary line and the field changes (old → new) of one audit row."""
        table = self.ui.changesTable
        table.setRowCount(0)
        if row is None:
            self.ui.detailLabel.setText("")
            return
        self.ui.detailLabel.setText(self._summary(row))
        table.setRowCount(len(row.changes))
        for number, change in enumerate(row.changes):
            old, new = (_value(row.entity, change.field, v) for v in (change.old, change.new))
            cells = (field_label(row.entity, change.field), old, new)
            for column, text in enumerate(cells):
                table.setItem(number, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def _summary(self, row: AuditRow) -> str:
        parts = [self.tr("第 {seq} 条：{at} {actor} {action} {record}").format(
            seq=row.seq, at=row.at_local, actor=actor_text(row.actor), action=audit_label(row.action_label),
            record=self.model.record_text(row))]
        if row.entity_uuid:
            parts.append(f"UUID：{row.entity_uuid}")
        if row.reason:
            parts.append(self.tr("原因：{reason}").format(reason=row.reason))
        if row.details:
            parts.append(self.tr("；").join(self.tr("{key}：{value}").format(key=detail_label(row.entity, k), value=_detail(row.entity, k, v))
                                           for k, v in row.details.items()))
        return "\n".join(parts)

    def _fill_choices(self) -> None:
        self.ui.actorCombo.addItem(self.tr("全部用户"), "")
        try:
            for name in filter(None, self._service.actors()):
                self.ui.actorCombo.addItem(actor_text(name), name)
        except DomainError:
            pass  # search() shows the refusal
        self.ui.actionCombo.addItem(self.tr("全部操作"), "")
        for key, text in ACTION_LABELS.items():
            self.ui.actionCombo.addItem(audit_label(text), key)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self.show_row(self.model.row(indexes[0]) if indexes else None)


def field_label(entity: str, name: str) -> str:
    """A column of `entity` by its label in the interface language."""
    return audit_label(chinese_field_label(entity, name))


def detail_label(entity: str, key: str) -> str:
    if key in DETAIL_LABELS:
        return audit_label(DETAIL_LABELS[key])
    return field_label(entity, key)


def _detail(entity: str, key: str, value: Any) -> str:
    """An event's detail; a field name (e.g. the field whose full number was shown) by its label."""
    if key == "field" and isinstance(value, str):
        return field_label(entity, value)
    if isinstance(value, str) and (key, value) in DETAIL_VALUE_LABELS:
        return audit_label(DETAIL_VALUE_LABELS[key, value])
    return _shown(value)


def _value(entity: str, field: str, value: Any) -> str:
    """A recorded value: a code by its enum's name, a column name (a change item's field) by its label."""
    if (entity, field) in FIELD_NAMING_COLUMNS and isinstance(value, str) and value:
        return field_label(FIELD_NAMING_COLUMNS[entity, field], value)
    return _shown(value_member(entity, field, value))


def _shown(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("AuditPage", "（空）")
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditPage", "是") if value else QCoreApplication.translate("AuditPage", "否")
    return shown(value)


def ask_month(parent: QWidget, title: str, label: str, default: str) -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, label, text=default)
