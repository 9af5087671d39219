"""The classes (班级) of a nursery being entered, as an editable table of ClassDraft rows."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from workstation.domain.enums import ClassType
from workstation.domain.nursery import ClassDraft
from workstation.i18n.labels import ui_label

_Index = QModelIndex | QPersistentModelIndex

_NO_PARENT = QModelIndex()
MARK_COLORS = {"error": QColor("#fdecea"), "warning": QColor("#fff5df")}


class ClassTableModel(QAbstractTableModel):
    """One row per class; counts are non-negative integers; rows can carry a finding mark."""

    NAME, CLASS_TYPE, CAPACITY, ENROLLED, CAREGIVERS = range(5)
    COLUMN_COUNT = 5
    ClassTypeRole = Qt.ItemDataRole.UserRole + 1  # the ClassType member of the row
    COUNT_FIELDS = {CAPACITY: "capacity", ENROLLED: "enrolled", CAREGIVERS: "caregivers"}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClassDraft] = []
        self._marks: dict[int, tuple[str, str]] = {}

    # --- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self._headers()[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(row, column, role)
        if role == self.ClassTypeRole:
            return row.class_type
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.COUNT_FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        mark = self._marks.get(index.row())
        if mark and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(MARK_COLORS[mark[0]])
        if mark and role == Qt.ItemDataRole.ToolTipRole:
            return mark[1]
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, self.ClassTypeRole):
            return False
        changed = self._changed(self._rows[index.row()], index.column(), value)
        if changed is None:
            return False
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        return True

    # --- the rows ----------------------------------------------------------------------------
    def classes(self) -> tuple[ClassDraft, ...]:
        return tuple(self._rows)

    def set_classes(self, classes: Iterable[ClassDraft]) -> None:
        self.beginResetModel()
        self._rows = list(classes)
        self._marks = {}
        self.endResetModel()

    def add_class(self, klass: ClassDraft | None = None) -> int:
        """Append a class (a 托小班 by default) and return its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(klass or ClassDraft(ClassType.TODDLER_YOUNG))
        self.endInsertRows()
        return row

    def remove_class(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._marks = {}
        self.endRemoveRows()

    def set_marks(self, marks: dict[int, tuple[str, str]]) -> None:
        """Rows (0-based) to highlight, as (severity, message); others are cleared."""
        if marks == self._marks:
            return
        self._marks = dict(marks)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])

    def totals(self) -> tuple[int, int, int]:
        """Sum of capacity, enrolled and caregivers over all classes."""
        return (sum(r.capacity for r in self._rows), sum(r.enrolled for r in self._rows),
                sum(r.caregivers for r in self._rows))

    # --- helpers -----------------------------------------------------------------------------
    def _value(self, row: ClassDraft, column: int, role: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.CLASS_TYPE:
            return row.class_type.value if role == Qt.ItemDataRole.EditRole else self._type_label(row.class_type)
        return getattr(row, self.COUNT_FIELDS[column])

    def _changed(self, row: ClassDraft, column: int, value: Any) -> ClassDraft | None:
        if column == self.NAME:
            return dataclasses.replace(row, name=str(value or "").strip())
        if column == self.CLASS_TYPE:
            try:
                return dataclasses.replace(row, class_type=ClassType(value))
            except ValueError:
                return None
        try:
            number = int(value)
        except (TypeError, ValueError):
            return None
        if number < 0:
            return None
        return dataclasses.replace(row, **{self.COUNT_FIELDS[column]: number})

    def _type_label(self, class_type: ClassType) -> str:
        return ui_label(class_type)

    @staticmethod
    def _headers() -> list[str]:
        # Spelled out (no alias) so that pyside6-lupdate finds the context.
        return [QCoreApplication.translate("ClassTableModel", "班级名称"),
                QCoreApplication.translate("ClassTableModel", "班型"),
                QCoreApplication.translate("ClassTableModel", "容量"),
                QCoreApplication.translate("ClassTableModel", "在托人数"),
                QCoreApplication.translate("ClassTableModel", "保育人员数")]
