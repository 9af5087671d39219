"""Audit rows for a QTableView, loaded page by page as the view scrolls (fetchMore)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workstation.domain.texts import CONTEXT
from workstation.models.audit.actors import actor_text
from workstation.services.audit import AuditFilter, AuditRow, AuditService

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class AuditTableModel(QAbstractTableModel):
    """Newest first; keyset paging on seq, so scrolling deep stays fast."""

    SEQ, AT, ACTOR, ACTION, RECORD, REASON = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "序号"),
        QT_TRANSLATE_NOOP("AuditTableModel", "时间"),
        QT_TRANSLATE_NOOP("AuditTableModel", "用户"),
        QT_TRANSLATE_NOOP("AuditTableModel", "操作"),
        QT_TRANSLATE_NOOP("AuditTableModel", "记录"),
        QT_TRANSLATE_NOOP("AuditTableModel", "原因"),
    )
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    PAGE = 200

    def __init__(self, service: AuditService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._names: dict[int, str] = {}
        self._accounts: dict[str, str] = {}  # user_account rows by entity_id: "姓名（用户名）"
        self._records: dict[tuple[str, str], str] = {}  # other named records: a staff member's name…
        self._asked: set[tuple[str, str]] = set()  # records already looked up (deleted ones stay unnamed)
        self._more = False
        self.total = 0

    def set_filter(self, where: AuditFilter) -> None:
        """Start over with new filters (rows load when the view asks)."""
        self.beginResetModel()
        self._filter, self._rows, self._names, self._accounts, self._records = where, [], {}, {}, {}
        self._asked = set()
        self.total = self._service.count(where)
        self._more = self.total > 0
        self.endResetModel()

    def row(self, index: Index) -> AuditRow:
        return self._rows[index.row()]

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index = _NO_PARENT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = _NO_PARENT) -> None:
        if parent.isValid() or not self._more:
            return
        before = self._rows[-1].seq if self._rows else None
        page = self._service.page(self._filter, before, self.PAGE)
        self._more = len(page) == self.PAGE
        if not page:
            return
        ids = {r.nursery_id for r in page if r.nursery_id is not None} - self._names.keys()
        self._names.update(self._service.nursery_names(sorted(ids)) if ids else {})
        accounts = {r.entity_id for r in page if r.entity == "user_account" and r.entity_id} - self._accounts.keys()
        self._accounts.update(self._service.account_names(sorted(accounts)) if accounts else {})
        records = {(r.entity, r.entity_id) for r in page if r.entity != "user_account" and r.entity_id} - self._asked
        self._asked |= records
        self._records.update(self._service.record_names(sorted(records)) if records else {})
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", self.HEADERS[section])
        return None

    def record_text(self, row: AuditRow) -> str:
        label = audit_label(row.entity_label)
        if row.entity == "user_account" and row.entity_id in self._accounts:
            return f"{label} {self._accounts[row.entity_id]}"
        text = f"{label} {self._records.get((row.entity, row.entity_id), row.entity_id)}".strip()
        name = self._names.get(row.nursery_id) if row.nursery_id is not None else None
        if name and row.entity != "nursery":
            return f"{text}（{name}）"
        return f"{text} {name}" if name else text

    def _text(self, row: AuditRow, column: int) -> str:
        values = (str(row.seq), row.at_local, actor_text(row.actor), audit_label(row.action_label), self.record_text(row),
                  row.reason)
        return values[column]


def audit_label(chinese: str) -> str:
    """An audit label (services/audit/labels) in the interface language."""
    return QCoreApplication.translate(CONTEXT, chinese)
