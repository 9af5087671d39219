"""双随机抽查: choose the population and the inspectors, freeze them, draw with a public value, print, verify.

A draw takes two steps so the person drawing cannot steer it: 冻结抽取范围 fixes the population,
the count and the inspectors (stored, printable for the witness); 开奖, once the public value agreed on
is published, derives the seed from it and draws. A frozen draw can be opened from the history later.

Keyboard first: every field has a mnemonic; Enter in a field of the conditions freezes, Enter in the
public value or witness field draws, Enter in the name field adds the typed inspector, Enter in the
history shows that draw, and Enter never falls through to a default button (so adding a name cannot
also freeze). The file chooser, the message box and the URL opener are
attributes, so tests (and other callers) can replace them.

A role that may not draw (登记员) sees the history, prints and verifies; the conditions and the two steps
are disabled and the dialog says why. While a draw is frozen and not yet drawn (one at a time), 冻结抽取范围
is disabled and says which draw waits for its public value; the conditions, the count and the inspectors
then show that draw's frozen values, read-only (the draw uses those, whatever is typed). A refusal beside
the button goes once an input changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QListWidgetItem, QTableWidget, QTableWidgetItem, QWidget

from workstation.domain.errors import DomainError, PermissionDenied
from workstation.domain.timeutil import local_text
from workstation.exports.inspections import build_draw_document
from workstation.models.common.domain_text import error_text, shown
from workstation.services.inspections import (
    DrawDTO,
    DrawFilters,
    DrawSummary,
    RandomDrawService,
)
from workstation.ui.common import prompts
from workstation.ui.common.printing import print_document
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_draw_dialog import Ui_DrawDialog
from workstation.ui.inspections.draw_filters import fill_filter_choices, filters_chosen, show_filters

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DrawDialog(QDialog):
    """Makes a random selection with the service and shows, prints and verifies draws."""

    def __init__(self, service: RandomDrawService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DrawDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service = service
        self.current: DrawDTO | None = None
        self._history: list[DrawSummary] = []
        self._setting_frozen = False  # the frozen draw's values being put in: not an edit (the error stays)
        self.choose_save_path: Callable[[str], str | None] = lambda name: prompts.choose_pdf_path(self, name)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.show_error: Callable[[str], None] = lambda message: prompts.error(self, message)
        fill_filter_choices(self.ui, self._service.streets())
        self._fill_inspectors()
        self._connect()
        self.ui.errorLabel.setVisible(False)
        self._fit_short_screens()
        self._may_draw = service.may_draw()
        self._freeze_tip = self.ui.drawButton.toolTip()
        self._freeze_block = ""  # why 冻结抽取范围 is disabled ("" when it is not)
        self._criteria_tips = {w: w.toolTip() for w in self._criteria_widgets()}
        self._show_role()
        self.refresh_population()
        self.refresh_history()
        self._show_result(None)

    # --- set-up -------------------------------------------------------------------------------

    def _fit_short_screens(self) -> None:
        """Fit a 768-pixel screen with the program's font: the freeze/draw row goes under the inspectors
        (that column has room; the filters set the row's height) and the two tables may shrink to a
        header and a row, scrolling."""
        ui = self.ui
        ui.dialogLayout.removeItem(ui.drawRow)
        ui.inspectorsLayout.addLayout(ui.drawRow)
        for table in (ui.resultTable, ui.historyTable):
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                                   + table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())

    def _criteria_widgets(self) -> tuple[QWidget, ...]:
        """What a freeze takes: the conditions, the counts and the inspectors (not the public value's fields)."""
        ui = self.ui
        return (ui.streetCombo, ui.natureCombo, ui.kindCombo, ui.statusCombo, ui.inclusiveCombo, ui.countSpin,
                ui.perNurserySpin, ui.inspectorList, ui.nameEdit, ui.addNameButton)

    def _role_text(self) -> str:
        return self.tr("当前角色无权双随机抽取：可查看、打印和复核历次抽取。")

    def _show_role(self) -> None:
        """A role without the draw: conditions and inspectors disabled, with the reason (and no count)."""
        if self._may_draw:
            return
        ui, reason = self.ui, self._role_text()
        for widget in (ui.filtersGroup, ui.inspectorsGroup, ui.drawButton, ui.completeButton, ui.populationLabel):
            widget.setToolTip(reason)
        ui.filtersGroup.setEnabled(False)
        for widget in (ui.inspectorList, ui.nameEdit, ui.addNameButton):
            widget.setEnabled(False)

    def _fill_inspectors(self) -> None:
        try:
            names = self._service.inspectors_pool()
        except PermissionDenied:
            names = []
        for name in names:
            self.add_inspector(name)

    def _connect(self) -> None:
        ui = self.ui
        self._draw_fields = (ui.streetCombo, ui.natureCombo, ui.kindCombo, ui.statusCombo, ui.inclusiveCombo,
                             ui.countSpin, ui.perNurserySpin)
        self._complete_fields = (ui.publicEdit, ui.witnessEdit)
        for field in self._draw_fields + self._complete_fields:
            field.installEventFilter(self)
        for combo in (ui.streetCombo, ui.natureCombo, ui.kindCombo, ui.statusCombo, ui.inclusiveCombo):
            combo.currentIndexChanged.connect(self.refresh_population)
        ui.inspectorList.itemChanged.connect(lambda _item: self._count_inspectors())
        for combo in (ui.streetCombo, ui.natureCombo, ui.kindCombo, ui.statusCombo, ui.inclusiveCombo):
            combo.currentIndexChanged.connect(self._input_changed)
        for spin in (ui.countSpin, ui.perNurserySpin):
            spin.valueChanged.connect(self._input_changed)
        ui.inspectorList.itemChanged.connect(self._input_changed)
        ui.nameEdit.returnPressed.connect(self._add_typed)
        ui.addNameButton.clicked.connect(self._add_typed)
        ui.drawButton.clicked.connect(self.draw)
        ui.completeButton.clicked.connect(self.complete)
        ui.exportButton.clicked.connect(lambda: self.export_pdf())
        ui.printButton.clicked.connect(lambda: self.print_result())
        ui.showButton.clicked.connect(self.show_selected)
        ui.historyTable.activated.connect(lambda _index: self.show_selected())
        ui.verifyButton.clicked.connect(self.verify_selected)
        ui.historyTable.itemSelectionChanged.connect(self._history_selection)

    def _input_changed(self, *_args) -> None:
        """A refusal of the freeze was about the inputs as they were: it goes once one changes."""
        if not self._setting_frozen and self.ui.drawButton.isEnabled():
            self._error("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER:
            event.accept()  # never QDialog's default button: each field says what Enter does
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a field of the conditions freezes; in the public value or the witness, draws."""
        if event.type() == QEvent.Type.KeyPress and event.key() in ENTER:
            if watched in self._draw_fields:
                self.draw()
                return True
            if watched in self._complete_fields:
                self.complete()
                return True
        return super().eventFilter(watched, event)

    # --- inputs -------------------------------------------------------------------------------

    def filters(self) -> DrawFilters:
        return filters_chosen(self.ui)

    def inspectors(self) -> list[str]:
        """The checked names of the pool list."""
        items = (self.ui.inspectorList.item(row) for row in range(self.ui.inspectorList.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def add_inspector(self, name: str, checked: bool = True) -> None:
        """Add `name` to the list (checked); a name already listed is only checked."""
        name = name.strip()
        if not name:
            return
        found = self.ui.inspectorList.findItems(name, Qt.MatchFlag.MatchExactly)
        item = found[0] if found else QListWidgetItem(name, self.ui.inspectorList)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._count_inspectors()

    def _add_typed(self) -> None:
        self.add_inspector(self.ui.nameEdit.text())
        self.ui.nameEdit.clear()

    def _count_inspectors(self) -> None:
        self.ui.inspectorCountLabel.setText(self.tr("已选 {n} 名检查人员").format(n=len(self.inspectors())))

    def refresh_population(self) -> None:
        try:
            size = self._service.population_size(self.filters())
        except PermissionDenied:
            self.ui.populationLabel.setText("——")
            return
        self.ui.populationLabel.setText(self.tr("{n} 家机构", "", size).format(n=size))

    # --- drawing ------------------------------------------------------------------------------

    def draw(self) -> DrawDTO | None:
        """Step 1: freeze the population, count and inspectors as they are; a refusal is shown beside the button."""
        if not self.ui.drawButton.isEnabled():
            self._error(self._freeze_block)
            return None
        try:
            frozen = self._service.freeze(self.filters(), self.ui.countSpin.value(), self.inspectors(),
                                          self.ui.perNurserySpin.value())
        except DomainError as exc:
            self._error(error_text(exc))
            self.refresh_history()  # e.g. another desk froze a draw meanwhile: the button says so now
            return None
        self._error("")
        self.refresh_history()
        self._show_result(frozen)
        self.ui.publicEdit.setFocus()
        return frozen

    def complete(self) -> DrawDTO | None:
        """Step 2: draw the shown frozen draw with the public value and witness typed."""
        if not self.ui.completeButton.isEnabled() or self.current is None:
            return None
        try:
            result = self._service.complete(self.current.id, self.ui.publicEdit.text(), self.ui.witnessEdit.text())
        except DomainError as exc:
            self._error(error_text(exc))
            return None
        self._error("")
        self.ui.publicEdit.clear()
        self.refresh_history()
        self._show_result(result)
        self.ui.resultTable.setFocus()
        return result

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _show_result(self, draw: DrawDTO | None) -> None:
        self.current = draw
        ui = self.ui
        ui.exportButton.setEnabled(draw is not None)
        ui.printButton.setEnabled(draw is not None)
        pending = draw is not None and draw.pending
        ui.completeButton.setEnabled(pending and self._may_draw)
        for field in self._complete_fields:
            field.setEnabled(pending and self._may_draw)
        if draw is None:
            ui.resultLabel.setText(self.tr("尚未抽取。先冻结抽取范围，待约定的公开数值公布后再开奖。") if self._may_draw
                                   else self._role_text())
            _fill(ui.resultTable, [])
            return
        who = draw.drawn_by_name or draw.drawn_by
        if pending:
            text = self.tr(
                "抽查编号 {id} · 冻结于 {at} · {who} · 待开奖\n抽取范围：{size} 家机构 · 抽取 {count} 家\n"
                "范围校验值（SHA-256）：{digest}\n请在约定的公开数值公布后录入公开数值和见证人，再点“开奖”。").format(
                id=draw.id, at=local_text(draw.frozen_at or draw.drawn_at), who=who, size=draw.population_size,
                count=draw.count, digest=draw.population_sha256)
        elif draw.public_value:
            text = self.tr(
                "抽查编号 {id} · 冻结于 {frozen} · 开奖于 {at} · {who}\n公开数值：{value} · 见证人：{witness}\n"
                "随机种子：{seed} · 抽取范围：{size} 家机构\n范围校验值（SHA-256）：{digest}").format(
                id=draw.id, frozen=local_text(draw.frozen_at or draw.drawn_at), at=local_text(draw.drawn_at),
                who=who, value=draw.public_value, witness=draw.witness, seed=draw.seed, size=draw.population_size,
                digest=draw.population_sha256)
        else:  # a draw made in one step, before the seed came from a public value
            origin = self.tr("系统随机生成") if draw.seed_generated else self.tr("抽取人指定")
            text = self.tr(
                "抽查编号 {id} · {at} · {who}\n随机种子：{seed}（{origin}） · 抽取范围：{size} 家机构\n"
                "范围校验值（SHA-256）：{digest}").format(
                id=draw.id, at=local_text(draw.drawn_at), who=who, seed=draw.seed,
                origin=origin, size=draw.population_size, digest=draw.population_sha256)
        ui.resultLabel.setText(text)  # lines broken here: a wrapping label squashed the filters on a 768-pixel screen
        _fill(ui.resultTable, [(str(p.position), p.name, p.uscc or "——", p.street_name or "——",
                                "、".join(p.inspectors)) for p in draw.picks])

    # --- output -------------------------------------------------------------------------------

    def export_pdf(self, path: str | None = None) -> Path | None:
        """Write the shown draw as PDF and open it."""
        if self.current is None:
            return None
        target = path or self.choose_save_path(self.tr("双随机抽查结果-{id}.pdf").format(id=self.current.id))
        if not target:
            return None
        try:
            written = self._service.export_pdf(self.current.id, target)
        except DomainError as exc:
            self.show_error(error_text(exc))
            return None
        self.open_url(QUrl.fromLocalFile(str(written)))
        return written

    def print_result(self, printer: QPrinter | None = None) -> bool:
        """Print the shown draw (a given printer skips the print dialog)."""
        if self.current is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        print_document(build_draw_document(self._service.draw(self.current.id, with_population=True)), printer)
        return True

    # --- history ------------------------------------------------------------------------------

    def refresh_history(self) -> None:
        self._history = self._service.draws()
        pending = self.tr("待开奖")
        _fill(self.ui.historyTable, [(str(d.id), local_text(d.drawn_at), d.drawn_by, pending if d.pending else d.seed,
                                      str(d.count), str(d.population_size), shown(d.filters_text)) for d in self._history])
        self._history_selection()
        self._offer_freeze()

    def _offer_freeze(self) -> None:
        """冻结抽取范围 only for a role that draws and while no draw waits for its public value (a second
        freeze is refused: one frozen draw at a time); disabled, its tooltip says why."""
        waiting = next((d.id for d in self._history if d.pending), None)  # (the newest draw, if any)
        if not self._may_draw:
            self._freeze_block = self._role_text()
        elif waiting is not None:
            self._freeze_block = self.tr("第 {id} 次抽取已冻结、尚未开奖：请先录入公开数值开奖，再冻结新的抽取。").format(
                id=waiting)
        else:
            self._freeze_block = ""
        self.ui.drawButton.setEnabled(not self._freeze_block)
        self.ui.drawButton.setToolTip(self._freeze_block or self._freeze_tip)
        if self._may_draw:
            self._hold_criteria(None if waiting is None else self._service.draw(waiting))

    def _hold_criteria(self, frozen: DrawDTO | None) -> None:
        """While `frozen` waits for its public value its conditions, count and inspectors are shown, read-only
        (saying why); with none waiting they are editable again (keeping the values shown)."""
        if frozen is not None:
            self._show_criteria(frozen)
        for widget in self._criteria_widgets():
            widget.setEnabled(frozen is None)
            widget.setToolTip(self._freeze_block if frozen is not None else self._criteria_tips[widget])

    def _show_criteria(self, draw: DrawDTO) -> None:
        ui = self.ui
        self._setting_frozen = True
        try:
            show_filters(ui, draw.filters)
            ui.countSpin.setValue(draw.count)
            ui.perNurserySpin.setValue(draw.per_nursery)
            for name in draw.inspectors:
                self.add_inspector(name)
            for row in range(ui.inspectorList.count()):
                item = ui.inspectorList.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.text() in draw.inspectors
                                   else Qt.CheckState.Unchecked)
        finally:
            self._setting_frozen = False

    def selected_draw_id(self) -> int | None:
        rows = self.ui.historyTable.selectionModel().selectedRows()
        return self._history[rows[0].row()].id if rows else None

    def _history_selection(self) -> None:
        rows = self.ui.historyTable.selectionModel().selectedRows()
        chosen = self._history[rows[0].row()] if rows else None
        self.ui.showButton.setEnabled(chosen is not None)
        self.ui.verifyButton.setEnabled(chosen is not None and not chosen.pending)  # nothing drawn to re-run yet
        self.ui.verifyLabel.clear()

    def show_selected(self) -> None:
        draw_id = self.selected_draw_id()
        if draw_id is not None:
            self._show_result(self._service.draw(draw_id))

    def verify_selected(self) -> bool | None:
        """Re-run the selected draw and say whether it matches what was stored."""
        draw_id = self.selected_draw_id()
        if draw_id is None:
            return None
        ok = self._service.verify(draw_id)
        text = (self.tr("复核一致：以记录的随机种子和抽取范围重新抽取，结果与第 {id} 次抽取完全相同。") if ok
                else self.tr("复核不一致：第 {id} 次抽取的记录与重新抽取的结果不同，记录可能已被改动。"))
        self.ui.verifyLabel.setText(text.format(id=draw_id))
        return ok


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
