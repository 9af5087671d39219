"""The 收费公示 page: the district's current fees per nursery, and the selected nursery's schedules.

Over-cap fees and schedules in force without publicity are marked in the list; below it the
nursery's schedule (items), its history, and the actions: record a schedule or publicity,
open the evidence, write the public notice or the fee history as PDF.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from workstation.domain.errors import DomainError
from workstation.exports.fees import write_fee_history, write_fee_notice
from workstation.models.common.domain_text import error_text, finding_text
from workstation.models.fees import FeeHistoryTableModel, FeeItemTableModel, FeeOverviewTableModel
from workstation.services.fees import FeeOverviewQuery, FeeRuleService, FeeService, Schedule
from workstation.ui.common import file_dialogs
from workstation.ui.common.empty_notice import EmptyNotice
from workstation.ui.common.form_widgets import date_of, set_date
from workstation.ui.common.list_views import fit_to_samples
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.fees.publicity_dialog import FeePublicityDialog
from workstation.ui.fees.rules_dialog import FeeRulesDialog
from workstation.ui.fees.schedule_dialog import FeeScheduleDialog
from workstation.ui.forms.ui_fees_page import Ui_FeesPage

PDF_FILTER = "PDF 文件 (*.pdf)"


class FeesPage(QWidget):
    """FeesPage(fee_service, parent, rule_service=..., today=...): services come in, nothing global."""

    # A schedule or publicity record of this nursery was saved.
    fees_changed = Signal(int)

    def __init__(self, fee_service: FeeService, parent: QWidget | None = None, *,
                 rule_service: FeeRuleService | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 token: Callable[[], object | None] = lambda: None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeesPage()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service, self._rules, self._today = fee_service, rule_service, today
        self.nursery_id: int | None = None
        self._findings: list = []
        self.schedule_dialog: FeeScheduleDialog | None = None
        self.publicity_dialog: FeePublicityDialog | None = None
        self.rules_dialog: FeeRulesDialog | None = None
        self.show_error: Callable[[str, str], object] = lambda title, text: QMessageBox.warning(self, title, text)
        self.model = FeeOverviewTableModel(fee_service, self.as_of, parent=self, token=token)
        self.model.count_settled.connect(self._show_count)  # a search's exact count, taken on another thread
        self._listed = 0  # nurseries listed without search or flags (the count label's total)
        self.items_model = FeeItemTableModel(parent=self)
        self.history_model = FeeHistoryTableModel(parent=self)
        set_date(self.ui.asOfEdit, today())
        self._set_up_views()
        self._connect()
        self._apply_permissions()
        self.refresh()

    # --- public ---------------------------------------------------------------------------------

    def as_of(self) -> dt.date:
        return date_of(self.ui.asOfEdit)

    def refresh(self) -> None:
        """Re-read the district list and the selected nursery (after changes made elsewhere)."""
        self.model.refresh()
        q = self.model.query  # unfiltered (any order): its count is the total, not counted twice
        unfiltered = not (q.text or q.over_cap_only or q.unpublicised_only)
        self._listed = self.model.total if unfiltered else self.model.count(FeeOverviewQuery(), self.as_of())
        self._show_count()
        if self.nursery_id is not None:
            self.show_nursery(self.nursery_id)

    def show_nursery(self, nursery_id: int) -> None:
        """Select the nursery in the list (when shown) and load its schedules below."""
        self.nursery_id = nursery_id
        row = self.model.row_of(nursery_id)
        if row is not None and self._selected_overview_row() != row:
            self.ui.overviewView.selectRow(row)  # re-enters here through the selection
            return
        self._load_detail()

    def selected_schedule(self) -> Schedule | None:
        rows = self.ui.historyView.selectionModel().selectedRows()
        return self.history_model.schedule_at(rows[0].row()) if rows else None

    def open_schedule_dialog(self) -> FeeScheduleDialog | None:
        """Open the schedule editor for the selected nursery (window-modal; saved refreshes the page).

        Roles that may not edit fees get nothing, however they ask (button, double-click, Enter).
        """
        if self.nursery_id is None or not self._can_edit:
            return None
        dialog = FeeScheduleDialog(self._service, self.nursery_id, self, today=self._today())
        dialog.saved.connect(self._saved)
        self.schedule_dialog = dialog
        dialog.open()
        return dialog

    def open_publicity_dialog(self) -> FeePublicityDialog | None:
        schedule = self.selected_schedule()
        if schedule is None or not self._can_edit:
            return None
        dialog = FeePublicityDialog(self._service, schedule, self, today=self._today())
        dialog.saved.connect(self._saved)
        self.publicity_dialog = dialog
        dialog.open()
        return dialog

    def open_rules_dialog(self) -> FeeRulesDialog | None:
        if self._rules is None:
            return None
        dialog = FeeRulesDialog(self._rules, self, today=self._today())
        dialog.saved.connect(self.refresh)
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def write_notice(self, path: Path | None = None) -> Path | None:
        """Write the 收费公示表 of what the nursery had in force and publicised on 查看日期 (asking where
        when no path is given). The row selected in the history plays no part: a notice is never a selection."""
        if self.nursery_id is None:
            return None
        try:
            notice = self._service.notice(self.nursery_id, self.as_of())
        except DomainError as exc:
            self.show_error(self.tr("无法生成收费公示表"), error_text(exc))
            return None
        return self._write(path, f"{notice.header.name}收费公示表.pdf", lambda out: write_fee_notice(out, notice))

    def write_history(self, path: Path | None = None) -> Path | None:
        """Write the nursery's fee history as PDF."""
        if self.nursery_id is None:
            return None
        header = self._service.header(self.nursery_id, self.as_of())
        schedules = self._service.history(self.nursery_id)
        return self._write(path, f"{header.name}收费标准变动记录.pdf",
                           lambda out: write_fee_history(out, header, schedules, self.as_of()))

    def open_evidence(self) -> Path | None:
        schedule = self.selected_schedule()
        shown = [p for p in (schedule.publicity if schedule else ()) if p.evidence_sha256]
        if not shown:
            return None
        path = self._service.evidence_path(shown[-1].evidence_sha256, shown[-1].evidence_name)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    # --- set-up ---------------------------------------------------------------------------------

    def _set_up_views(self) -> None:
        ui = self.ui
        for view, model in ((ui.overviewView, self.model), (ui.itemsView, self.items_model),
                            (ui.historyView, self.history_model)):
            view.setModel(model)
            _compact(view, fit=view is not ui.overviewView)
        q = lambda: self.model.query  # noqa: E731
        self.empty_notice = EmptyNotice(ui.overviewView, lambda: self.tr("没有符合条件的机构") if (
            q().text or q().over_cap_only or q().unpublicised_only) else self.tr("没有列入收费公示的机构"))
        header = ui.overviewView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FeeOverviewTableModel.NAME, 260)
        fit_to_samples(ui.overviewView)  # prices, labels and headers whole, in either language
        # The model starts in name order; the indicator says so without a query of its own.
        header.blockSignals(True)
        header.setSortIndicator(FeeOverviewTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        header.sortIndicatorChanged.connect(ui.overviewView.scrollToTop)  # another order: from its first row
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.findingsLabel.hide()

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._filter)
        ui.overCapCheck.toggled.connect(self._filter)
        ui.unpublicisedCheck.toggled.connect(self._filter)
        ui.asOfEdit.dateChanged.connect(self.refresh)
        ui.overviewView.selectionModel().selectionChanged.connect(self._overview_selected)
        ui.overviewView.activated.connect(lambda _index: self.open_schedule_dialog())
        ui.historyView.selectionModel().selectionChanged.connect(self._history_selected)
        ui.addScheduleButton.clicked.connect(self.open_schedule_dialog)
        ui.publicityButton.clicked.connect(self.open_publicity_dialog)
        ui.evidenceButton.clicked.connect(self.open_evidence)
        ui.noticeButton.clicked.connect(lambda: self.write_notice())
        ui.historyButton.clicked.connect(lambda: self.write_history())
        ui.rulesButton.clicked.connect(self.open_rules_dialog)

    def _apply_permissions(self) -> None:
        self._can_edit = self._service.can_edit()
        self.ui.rulesButton.setVisible(self._rules is not None and self._rules.can_edit())
        self._update_buttons()

    # --- reactions ------------------------------------------------------------------------------

    def _filter(self) -> None:
        ui = self.ui
        self.model.set_query(dataclasses.replace(
            self.model.query, text=ui.searchEdit.text(), over_cap_only=ui.overCapCheck.isChecked(),
            unpublicised_only=ui.unpublicisedCheck.isChecked()))
        ui.overviewView.scrollToTop()
        self._show_count()
        self._keep_detail_in_list()

    def _keep_detail_in_list(self) -> None:
        """The nursery below stays only while the list shows it (walk: a search that left it out kept its fees
        and the buttons to print its notice)."""
        if self.nursery_id is None:
            return
        row = self.model.row_of(self.nursery_id)
        if row is not None:
            self.ui.overviewView.selectRow(row)
            return
        if self.model.total > len(self.model.cached_pages()) * self.model.PAGE_SIZE and \
                self._service.overview_lists(self.model.query, self.nursery_id, self.as_of()):
            return  # listed further down than the rows read: the panel stays (walk: 天 dropped 天星果…)
        self.ui.overviewView.clearSelection()
        self.nursery_id = None
        self._load_detail()

    def _show_count(self) -> None:
        label, text = self.ui.countLabel, self.tr("{shown} / {total} 家", "", self._listed)
        if self.model.exact:
            label.setText(text.format(shown=f"{self.model.total:,}", total=f"{self._listed:,}"))
        else:  # a server's search listing many: the first rows are shown while the rest are counted
            label.setText(self.tr("超过 {shown} / {total} 家（正在统计…）").format(
                shown=f"{self.model.COUNT_CAP:,}", total=f"{self._listed:,}"))
        # As wide as the longest count it can show, so typing does not shift the toolbar.
        longest = max(text.format(shown=f"{self._listed:,}", total=f"{self._listed:,}"),
                      self.tr("超过 {shown} / {total} 家（正在统计…）").format(shown=f"{self.model.COUNT_CAP:,}",
                                                                          total=f"{self._listed:,}"), key=len)
        widest = label.fontMetrics().horizontalAdvance(longest)
        label.setMinimumWidth(max(label.minimumWidth(), widest + 4))

    def _overview_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if selected.isEmpty():
            return
        row = self.model.row_at(selected.indexes()[0].row())
        if row is None:
            return
        self.nursery_id = row.nursery_id
        self._load_detail()

    def _load_detail(self) -> None:
        try:
            history = self._service.history(self.nursery_id) if self.nursery_id is not None else []
            findings = self._service.findings(self.nursery_id, self.as_of()) if self.nursery_id is not None else []
            name = self._service.header(self.nursery_id).name if self.nursery_id is not None else ""
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("无法读取收费记录"), error_text(exc))
            return
        self.ui.nurseryLabel.setText(name or self.tr("请在上方列表中选择机构"))
        self.history_model.set_schedules(history, self.as_of())
        self._findings = findings
        text = "\n".join(finding_text(f) for f in findings)
        self.ui.findingsLabel.setText(text)
        self.ui.findingsLabel.setVisible(bool(text))
        in_force = next((n for n, s in enumerate(history) if s.period.contains(self.as_of())), 0 if history else None)
        if in_force is None:
            self.items_model.set_items(())
            self._update_buttons()
        else:
            self.ui.historyView.selectRow(in_force)

    def _history_selected(self, *_args) -> None:
        schedule = self.selected_schedule()
        self.items_model.set_items(schedule.items if schedule else ())
        current = schedule is not None and schedule.period.contains(self.as_of())
        self.items_model.set_findings(self._findings if current else [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        schedule = self.selected_schedule() if self.nursery_id is not None else None
        ui.addScheduleButton.setEnabled(self._can_edit and self.nursery_id is not None)
        ui.publicityButton.setEnabled(self._can_edit and schedule is not None)
        ui.evidenceButton.setEnabled(schedule is not None and any(p.evidence_sha256 for p in schedule.publicity))
        ui.noticeButton.setEnabled(self.nursery_id is not None)  # the service says when there is nothing to post
        ui.historyButton.setEnabled(self.nursery_id is not None)

    def _saved(self, *_args) -> None:
        nursery_id = self.nursery_id
        self.refresh()
        if nursery_id is not None:
            self.fees_changed.emit(nursery_id)

    def _write(self, path: Path | None, suggested: str, write: Callable[[Path], None]) -> Path | None:
        if path is None:
            chosen, _ = file_dialogs.save_file_name(self, self.tr("保存 PDF"), str(Path.home() / suggested),
                                                    self.tr(PDF_FILTER))
            if not chosen:
                return None
            path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        try:
            write(Path(path))
        except DomainError as exc:
            self.show_error(self.tr("无法生成 PDF"), error_text(exc))
            return None
        self.ui.statusLabel.setText(self.tr("已保存：{name}").format(name=Path(path).name))
        self.ui.statusLabel.setToolTip(str(path))
        return Path(path)

    def _selected_overview_row(self) -> int | None:
        rows = self.ui.overviewView.selectionModel().selectedRows()
        return rows[0].row() if rows else None


def _compact(view: QTableView, fit: bool) -> None:
    if fit:  # a nursery's few schedules or items: columns as wide as their text
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    rows.hide()
    view.horizontalHeader().setStretchLastSection(True)

