"""The 班级 tab: a table of classes with a class-type combo and count spin boxes as editors."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from workstation.domain.enums import ClassType
from workstation.domain.nursery import ClassDraft
from workstation.i18n.labels import ui_label
from workstation.models.registry import ClassTableModel
from workstation.ui.common.typed_inputs import install_typed_inputs

_Index = QModelIndex | QPersistentModelIndex
MAX_COUNT = 999


class ClassTypeDelegate(QStyledItemDelegate):
    """Edits the 班型 column with a combo of ClassType labels; a choice is committed at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for class_type in ClassType:
            combo.addItem(ui_label(class_type), class_type.value)
        combo.activated.connect(lambda _i, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class CountDelegate(QStyledItemDelegate):
    """Edits a head count with a spin box that cannot go below zero."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_COUNT)
        install_typed_inputs(spin)
        return spin


class ClassesEditor(QObject):
    """Wires the model, delegates and buttons of the 班级 tab; the layout comes from the .ui."""

    changed = Signal()

    def __init__(self, view: QTableView, add_button: QPushButton, remove_button: QPushButton,
                 total_label: QLabel, hint_label: QLabel) -> None:
        super().__init__(view)
        self.view = view
        self.model = ClassTableModel(self)
        self._total_label = total_label
        self._hint_label = hint_label
        self._remove_button = remove_button
        self._setup_view()
        add_button.clicked.connect(self.add_class)
        remove_button.clicked.connect(self.remove_selected)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(self._model_changed)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.mark({}, "")
        self._model_changed()

    def classes(self) -> tuple[ClassDraft, ...]:
        return self.model.classes()

    def set_classes(self, classes: tuple[ClassDraft, ...]) -> None:
        self.model.set_classes(classes)

    def add_class(self) -> int:
        """Append a class and open its name for typing."""
        row = self.model.add_class()
        index = self.model.index(row, ClassTableModel.NAME)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        return row

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_class(index.row())

    def select_class(self, row: int) -> None:
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(row, ClassTableModel.NAME))

    def mark(self, rows: Mapping[int, tuple[str, str]], table_message: str) -> None:
        """Highlight rows (0-based) and show the messages above the table."""
        self.model.set_marks(dict(rows))
        messages = [message for _severity, message in rows.values()] + ([table_message] if table_message else [])
        severity = "error" if any(s == "error" for s, _m in rows.values()) or table_message else "warning"
        self._hint_label.setVisible(bool(messages))
        self._hint_label.setText("\n".join(messages))
        self._hint_label.setProperty("hint", severity)
        self._hint_label.style().unpolish(self._hint_label)
        self._hint_label.style().polish(self._hint_label)

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setItemDelegateForColumn(ClassTableModel.CLASS_TYPE, ClassTypeDelegate(view))
        counts = CountDelegate(view)
        for column in ClassTableModel.COUNT_FIELDS:
            view.setItemDelegateForColumn(column, counts)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        header = view.horizontalHeader()
        header.setSectionResizeMode(ClassTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, ClassTableModel.COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _model_changed(self) -> None:
        capacity, enrolled, caregivers = self.model.totals()
        self._total_label.setText(self.tr("合计：{n} 个班，容量 {c} 人，在托 {e} 人，保育人员 {g} 名").format(
            n=self.model.rowCount(), c=capacity, e=enrolled, g=caregivers))
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self._remove_button.setEnabled(self.view.currentIndex().isValid() and self.model.rowCount() > 0)
