"""The materials checklist of an application in a table: tick what was provided, type or rating, validity."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from workstation.domain.filing_rules import FireProofKind, HygieneRating, MaterialType
from workstation.domain.typed_values import parse_date
from workstation.i18n.labels import ui_label
from workstation.i18n.translation import interface_language
from workstation.models.audit import actor_text
from workstation.services.filing import MaterialUpdate, MaterialView

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MaterialsTable(QObject):
    """Fills the table from MaterialViews and reports each edit as a MaterialUpdate."""

    # (material id, what the row now says); the dialog saves it and reloads the table.
    material_edited = Signal(int, object)
    invalid_date = Signal(str)

    MATERIAL, REQUIRED, PROVIDED, DETAIL, VALID_UNTIL, FILES, RESULT, CHECKED = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("MaterialsTable", "材料"),
        QT_TRANSLATE_NOOP("MaterialsTable", "必需"),
        QT_TRANSLATE_NOOP("MaterialsTable", "已提供"),
        QT_TRANSLATE_NOOP("MaterialsTable", "证明类型/评价结论"),
        QT_TRANSLATE_NOOP("MaterialsTable", "有效期至"),
        QT_TRANSLATE_NOOP("MaterialsTable", "扫描件"),
        QT_TRANSLATE_NOOP("MaterialsTable", "审核结果"),
        QT_TRANSLATE_NOOP("MaterialsTable", "审核人"),
    )

    def __init__(self, table: QTableWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.materials: tuple[MaterialView, ...] = ()
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(self.MATERIAL, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(self._item_changed)

    def fill(self, materials: tuple[MaterialView, ...], editable: bool) -> None:
        self.materials = materials
        table = self.table
        table.blockSignals(True)
        try:
            table.setRowCount(len(materials))
            for row, material in enumerate(materials):
                self._fill_row(row, material, editable)
        finally:
            table.blockSignals(False)
        # Not resizeColumnsToContents(): it also sizes the stretched 材料 column to its text, and the
        # table then stops filling its width (after 开始材料审核 the columns shrank to the left).
        for column in range(table.columnCount()):
            if column != self.MATERIAL:
                table.resizeColumnToContents(column)

    def selected(self) -> MaterialView | None:
        row = self.table.currentRow()
        return self.materials[row] if 0 <= row < len(self.materials) else None

    def selected_all(self) -> list[MaterialView]:
        """Every selected row's material, in table order (the current one when nothing is selected)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        chosen = [self.materials[row] for row in rows if 0 <= row < len(self.materials)]
        current = self.selected()
        return chosen or ([current] if current is not None else [])

    def row_of(self, material_type: MaterialType) -> int:
        return next(i for i, m in enumerate(self.materials) if m.material_type is material_type)

    def _fill_row(self, row: int, m: MaterialView, editable: bool) -> None:
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        files = "；".join(f.file_name for f in m.files)
        checked = f"{actor_text(m.checked_by, m.checked_by_name)} {m.checked_at:%Y-%m-%d %H:%M}" if m.checked_at else ""
        result = ui_label(m.result) if m.result else ""
        if m.result and m.note:  # (the note is the clerk's own words)
            result = self.tr("{result}：{note}").format(result=result, note=m.note)
        texts = {self.MATERIAL: material_name(m.material_type, m.title), self.REQUIRED: self.tr("是") if m.required else self.tr("否"),
                 self.FILES: self.tr("{count} 份").format(count=len(m.files)) + (f"（{files}）" if files else ""),
                 self.RESULT: result, self.CHECKED: checked}
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            item.setFlags(fixed)
            item.setData(ID_ROLE, m.id)
            self.table.setItem(row, column, item)
        provided = QTableWidgetItem()
        provided.setFlags(fixed | (Qt.ItemFlag.ItemIsUserCheckable if editable else Qt.ItemFlag.NoItemFlags))
        provided.setCheckState(Qt.CheckState.Checked if m.provided else Qt.CheckState.Unchecked)
        self.table.setItem(row, self.PROVIDED, provided)
        until = QTableWidgetItem(m.valid_until.isoformat() if m.valid_until else "")
        until.setFlags(fixed | (Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags))
        self.table.setItem(row, self.VALID_UNTIL, until)
        self.table.setCellWidget(row, self.DETAIL, self._detail_combo(row, m, editable))

    def _detail_combo(self, row: int, m: MaterialView, editable: bool) -> QComboBox | None:
        if m.material_type is MaterialType.FIRE_SAFETY:
            choices, current = [(self.tr("（未注明）"), None), *((ui_label(k), k) for k in FireProofKind)], m.subtype
        elif m.material_type is MaterialType.HYGIENE_EVALUATION:
            choices, current = [(self.tr("（未评价）"), None), *((ui_label(k), k) for k in HygieneRating)], m.rating
        else:
            return None
        combo = QComboBox(self.table)
        for label, value in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(next(i for i, (_, v) in enumerate(choices) if v == current))
        combo.setEnabled(editable)
        combo.currentIndexChanged.connect(lambda _index, row=row: self._emit(row))
        return combo

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (self.PROVIDED, self.VALID_UNTIL):
            self._emit(item.row())

    def _emit(self, row: int) -> None:
        update = self.update_of(row)
        if update is not None:
            self.material_edited.emit(self.materials[row].id, update)

    def update_of(self, row: int) -> MaterialUpdate | None:
        """What row `row` says now; None (and invalid_date emitted) when the date cannot be read."""
        material = self.materials[row]
        provided = self.table.item(row, self.PROVIDED).checkState() == Qt.CheckState.Checked
        text = self.table.item(row, self.VALID_UNTIL).text().strip()
        try:
            valid_until = parse_date(text) if text else None
        except ValueError as exc:
            self.invalid_date.emit(self.tr("“{title}”的有效期：{reason}").format(title=material.title, reason=exc))
            return None
        combo = self.table.cellWidget(row, self.DETAIL)
        detail = combo.currentData() if isinstance(combo, QComboBox) else None  # a plain str from Qt
        fire = material.material_type is MaterialType.FIRE_SAFETY
        return MaterialUpdate(provided, subtype=FireProofKind(detail) if detail and fire else None,
                              rating=HygieneRating(detail) if detail and not fire else None, valid_until=valid_until)


def material_name(material_type: MaterialType, title: str) -> str:
    """A checklist item as the table shows it: the official (Chinese) title, in English the type's English
    name before it; documents printed for the nursery keep the Chinese title alone."""
    if interface_language() != "en" or material_type is MaterialType.OTHER:
        return title
    return f"{material_type.en} ({title})"
