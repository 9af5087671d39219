"""The received batches (newest first) with their counts per class and the items still waiting."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workstation.domain.inbox import ItemClass
from workstation.i18n.labels import ui_label
from workstation.services.inbox import BatchRow, InboxService

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
CONTEXT = "InboxBatches"
HEADERS = (
    QT_TRANSLATE_NOOP("InboxBatches", "接收日期"),
    QT_TRANSLATE_NOOP("InboxBatches", "推送机关"),
    QT_TRANSLATE_NOOP("InboxBatches", "文件"),
    QT_TRANSLATE_NOOP("InboxBatches", "行数"),
    QT_TRANSLATE_NOOP("InboxBatches", "各类行数"),
    QT_TRANSLATE_NOOP("InboxBatches", "待处理"),
    QT_TRANSLATE_NOOP("InboxBatches", "接收人"),
)


class InboxBatchTableModel(QAbstractTableModel):
    def __init__(self, service: InboxService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[BatchRow] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._service.batches()
        self.endResetModel()

    def batch_at(self, row: int) -> BatchRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, batch_id: int) -> int | None:
        return next((i for i, b in enumerate(self._rows) if b.id == batch_id), None)

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        batch = self.batch_at(index.row())
        if batch is None:
            return None
        column = index.column()
        if column == 0:
            return batch.received_on.isoformat()
        if column == 1:
            return f"{ui_label(batch.organ_level)} {ui_label(batch.organ_kind)}"
        if column == 2:
            return batch.file_name
        if column == 3:
            return str(batch.rows)
        if column == 4:
            return " ".join(f"{ui_label(c)} {batch.counts.get(c, 0)}" for c in ItemClass if batch.counts.get(c, 0))
        if column == 5:
            return str(batch.waiting)
        if column == 6:
            return batch.received_by
        return None
