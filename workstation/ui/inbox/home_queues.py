"""The home page's two inbox queues: 待处理推送 (rows waiting for a decision, by batch) and
在营未登记 (nurseries found operating without registration, still to verify). Counts and the first
few entries only (COUNT + LIMIT), read when the home page is shown or data changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from workstation.i18n.labels import ui_label
from workstation.ui.common.freshness import Freshness

if TYPE_CHECKING:
    from workstation.services.inbox import BatchRow, UnregisteredRow

SHOWN = 5
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class InboxHomeQueues(QWidget):
    batch_requested = Signal(int)
    unregistered_requested = Signal()

    def __init__(self, waiting: Callable[[], tuple[int, list[tuple[BatchRow, int]]]],
                 unregistered: Callable[[], tuple[int, list[UnregisteredRow]]], parent: QWidget | None = None, *,
                 token: Callable[[], object | None] = lambda: None) -> None:
        super().__init__(parent)
        self._waiting, self._unregistered = waiting, unregistered
        self.freshness = Freshness(token)
        self.title = QLabel(self.tr("推送收件箱"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("推送与在营未登记队列"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)

    def refresh(self) -> None:
        self.freshness.reading()
        waiting_total, batches = self._waiting()
        pending_total, pending = self._unregistered()
        self.tree.clear()
        branch = QTreeWidgetItem(self.tree, [self.tr("待处理推送（{n}）").format(n=waiting_total)])
        for batch, n in batches:
            organ = self.tr("{level}{kind}").format(level=ui_label(batch.organ_level), kind=ui_label(batch.organ_kind))
            text = self.tr("{day} {organ}“{file}”：待处理 {n} 行").format(
                day=batch.received_on.isoformat(), organ=organ, file=batch.file_name, n=n)
            self._entry(branch, text, "batch", batch.id)
        branch.setExpanded(True)
        branch = QTreeWidgetItem(self.tree, [self.tr("在营未登记（{n}）").format(n=pending_total)])
        branch.setData(0, KIND_ROLE, "unregistered")
        for row in pending:
            text = f"{row.name} · {ui_label(row.found_by)} · {row.found_on.isoformat()}"
            self._entry(branch, text, "unregistered", row.id)
        if pending_total > len(pending):
            more = QTreeWidgetItem(branch, [self.tr("……另有 {n} 项").format(n=pending_total - len(pending))])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
        branch.setExpanded(True)

    def refresh_if_changed(self) -> None:
        """Reload unless nothing was committed (and the day is the same) since the queues were read."""
        if self.freshness.changed():
            self.refresh()

    def _entry(self, branch: QTreeWidgetItem, text: str, kind: str, row_id: int) -> None:
        item = QTreeWidgetItem(branch, [text])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, row_id)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind == "batch":
            self.batch_requested.emit(item.data(0, ID_ROLE))
        elif kind == "unregistered":
            self.unregistered_requested.emit()
