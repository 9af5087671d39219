"""系统设置 → 工作日历: the year as twelve month grids; administrators enter, correct, import and export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.calendar_entries import EntryRow
from workstation.domain.errors import DomainError
from workstation.domain.workdays import DayKind, DayType, library_version
from workstation.models.calendar import COLOURS, CalendarMonthTableModel, describe
from workstation.services.calendar import CalendarChange, CalendarService, DayView, Moved, YearCalendar
from workstation.ui.calendar.calendar_dialogs import CalendarDayDialog, CalendarYearDialog
from workstation.ui.common import file_dialogs
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_calendar_page import Ui_CalendarPage

CELL_WIDTH, CELL_HEIGHT = 30, 22
MONTHS = (
    QT_TRANSLATE_NOOP("CalendarPage", "1月"), QT_TRANSLATE_NOOP("CalendarPage", "2月"),
    QT_TRANSLATE_NOOP("CalendarPage", "3月"), QT_TRANSLATE_NOOP("CalendarPage", "4月"),
    QT_TRANSLATE_NOOP("CalendarPage", "5月"), QT_TRANSLATE_NOOP("CalendarPage", "6月"),
    QT_TRANSLATE_NOOP("CalendarPage", "7月"), QT_TRANSLATE_NOOP("CalendarPage", "8月"),
    QT_TRANSLATE_NOOP("CalendarPage", "9月"), QT_TRANSLATE_NOOP("CalendarPage", "10月"),
    QT_TRANSLATE_NOOP("CalendarPage", "11月"), QT_TRANSLATE_NOOP("CalendarPage", "12月"),
)
SHOWN = 8  # moved deadlines listed by name after a change


class CalendarPage(QWidget):
    """Read by everyone; changed only by roles with SETTINGS_EDIT (the service checks again)."""

    calendar_changed = Signal()

    def __init__(self, service: CalendarService, can_edit: bool, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service, self._can_edit, self._today = service, can_edit, today
        self.year: YearCalendar | None = None
        self.selected: DayView | None = None
        self.dialog: QWidget | None = None  # the last dialog opened (tests drive it)
        self.choose_open_file: Callable[[], str] = self._open_file_name
        self.choose_save_file: Callable[[str], str] = self._save_file_name
        self.confirm: Callable[[str], bool] = self._confirm
        self.models = [CalendarMonthTableModel(today().year, m, parent=self) for m in range(1, 13)]
        self.views = [self._month_view(m) for m in range(1, 13)]
        self.ui.legendLabel.setText(self._legend())
        for button in (self.ui.enterButton, self.ui.correctButton, self.ui.removeButton, self.ui.importButton):
            button.setVisible(can_edit)
        if not can_edit:
            self.ui.messageLabel.setText(self.tr("工作日历由系统管理员录入和修改；此处仅供查看。"))
        self.ui.yearSpin.setValue(self._default_year())
        self.ui.yearSpin.valueChanged.connect(lambda _y: self.reload())
        self.ui.enterButton.clicked.connect(lambda: self.enter_year())
        self.ui.correctButton.clicked.connect(lambda: self.correct_selected())
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.importButton.clicked.connect(self.import_file)
        self.ui.exportButton.clicked.connect(self.export_year)
        self.reload()

    # --- public -------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.year = self._service.year(self.ui.yearSpin.value())
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        for month, model in enumerate(self.models, 1):
            model.set_days(self.year.year, month, [d for d in self.year.days if d.day.month == month])
        self.ui.statusLabel.setText(self._status(self.year))
        self.select(self.selected.day if self.selected and self.selected.day.year == self.year.year else None)

    def select(self, day: dt.date | None) -> None:
        """Select `day` in its month grid (None: clear the selection)."""
        self.selected = self.year.day(day) if day is not None and self.year is not None else None
        for view, model in zip(self.views, self.models, strict=True):
            index = model.index_of(day) if day is not None else QModelIndex()
            if index.isValid():
                view.setCurrentIndex(index)
                view.setFocus()
            else:
                view.clearSelection()
        self._show_selected()

    def enter_year(self, year: int | None = None, *, holidays: str = "", workdays: str = "",
                   source: str = "") -> CalendarYearDialog:
        year = year or self.ui.yearSpin.value()
        source_date = None
        if not (holidays or workdays):
            # A year entered before comes back as it stands: the person edits it, nothing is lost by saving.
            loaded_source, source_date, holidays, workdays = self._year_as_text(year)
            source = source or loaded_source
        dialog = CalendarYearDialog(self._enter, year, self, source=source or self._source_hint(year),
                                    holidays=holidays, workdays=workdays, source_date=source_date,
                                    load=self._year_as_text)
        dialog.accepted.connect(lambda: self._changed(dialog.change, self.tr("已保存{year}年的节假日安排。").format(
            year=dialog.ui.yearSpin.value()), dialog.ui.yearSpin.value()))
        self._open(dialog)
        return dialog

    def _year_as_text(self, year: int) -> tuple[str, dt.date | None, str, str]:
        entries = self._service.year(year).entries
        return (entries[0].source if entries else "", entries[0].source_date if entries else None,
                _ranges(entries, DayKind.HOLIDAY), _ranges(entries, DayKind.WORKDAY))

    def correct_selected(self) -> CalendarDayDialog | None:
        if self.selected is None:
            self.ui.messageLabel.setText(self.tr("请先在月历中选择要更正的日期。"))
            return None
        day = self.selected
        kind = DayKind.WORKDAY if day.type in (DayType.HOLIDAY, DayType.WEEKEND) and day.day.weekday() >= 5 \
            else DayKind.HOLIDAY
        if day.entry is not None:
            kind = DayKind.HOLIDAY if day.entry.kind is DayKind.WORKDAY else DayKind.WORKDAY
        dialog = CalendarDayDialog(self._service.correct_day, day.day, self, kind=kind,
                                   source=self._source_hint(day.day.year))
        dialog.accepted.connect(lambda: self._changed(dialog.change, self.tr("已更正{day}。").format(
            day=day.day.isoformat()), day.day.year))
        self._open(dialog)
        return dialog

    def remove_selected(self) -> None:
        day = self.selected
        if day is None or day.entry is None:
            self.ui.messageLabel.setText(self.tr("所选日期没有录入项；内置日历的日期可用“更正所选日期”调整。"))
            return
        if not self.confirm(self.tr("删除{day}的录入？删除后该日按内置日历或常规工作周计算。").format(
                day=day.day.isoformat())):
            return
        try:
            change = self._service.remove_day(day.day)
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self._changed(change, self.tr("已删除{day}的录入。").format(day=day.day.isoformat()), day.day.year)

    def import_file(self) -> CalendarYearDialog | None:
        """Read a file of (日期, 类型, 说明) rows into the year dialog, to check and save."""
        name = self.choose_open_file()
        if not name:
            return None
        try:
            rows = self._service.read_file(Path(name))
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            return None
        year = rows[0].day.year
        self.ui.yearSpin.setValue(year)
        return self.enter_year(year, holidays=_lines(rows, DayKind.HOLIDAY), workdays=_lines(rows, DayKind.WORKDAY))

    def export_year(self) -> None:
        year = self.ui.yearSpin.value()
        name = self.choose_save_file(self.tr("{year}年节假日安排.csv").format(year=year))
        if not name:
            return
        try:
            count = self._service.export_year(year, Path(name))
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.ui.messageLabel.setText(self.tr("已导出{year}年的{count}个放假和调休上班日期到 {path}").format(
            year=year, count=count, path=name))

    # --- helpers ------------------------------------------------------------------------------

    def _enter(self, year: int, rows: list[EntryRow], source: str, source_date: dt.date | None) -> CalendarChange:
        return self._service.enter_rows(year, rows, source, source_date)

    def _changed(self, change: CalendarChange | None, done: str, year: int) -> None:
        if change is None:
            return
        self.ui.messageLabel.setText(done + "\n" + self._summary(change))
        if self.ui.yearSpin.value() != year:
            self.ui.yearSpin.setValue(year)  # reloads
        else:
            self.reload()
        self.calendar_changed.emit()

    def _summary(self, change: CalendarChange) -> str:
        """What the change did to provisional deadlines (the service's summary, in the interface language)."""
        done, moved = change.provisional, change.moved
        if not done:
            text = self.tr("没有需要重新计算的暂定期限。")
        else:
            still = sum(m.provisional for m in done)
            text = self.tr("已重新计算{total}个暂定期限，其中{moved}个日期有变动（{same}个不变）").format(
                total=len(done), moved=len(moved), same=len(done) - len(moved))
            text += (self.tr("；{n}个仍为暂定（涉及尚未录入的年份）。").format(n=still) if still
                     else self.tr("；均已转为正式期限。"))
        lines = [text, *(self._moved_line(m) for m in moved[:SHOWN])]
        if len(moved) > SHOWN:
            lines.append(self.tr("……另有{n}项").format(n=len(moved) - SHOWN))
        if change.unapplied:
            lines.append(self.tr("另有{n}个已确定的期限按新日历计算会不同，未自动改动（通知书或回执已载明），请核对：").format(
                n=len(change.unapplied)))
            lines += [self._moved_line(m) for m in change.unapplied[:SHOWN]]
        return "\n".join(lines)

    def _moved_line(self, moved: Moved) -> str:
        return self.tr("· {name} {what}：{old} → {new}").format(
            name=moved.nursery_name, what=moved.what, old=moved.old.isoformat(), new=moved.new.isoformat())

    def _month_view(self, month: int) -> QTableView:
        box = QGroupBox(QCoreApplication.translate("CalendarPage", MONTHS[month - 1]), self.ui.monthsWidget)
        view = QTableView(box)
        view.setObjectName(f"month{month}View")
        view.setModel(self.models[month - 1])
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        for header, size in ((view.horizontalHeader(), CELL_WIDTH), (view.verticalHeader(), CELL_HEIGHT)):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(size)
        view.setFixedSize(CELL_WIDTH * 7 + 4, CELL_HEIGHT * 7 + 4)
        view.selectionModel().currentChanged.connect(lambda current, _previous, m=month: self._picked(m, current))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(view)
        self.ui.monthsGrid.addWidget(box, (month - 1) // 4, (month - 1) % 4)
        return view

    def _picked(self, month: int, index: QModelIndex) -> None:
        view = self.models[month - 1].day_at(index)
        if view is not None:
            self.selected = view
            for other, grid in enumerate(self.views, 1):
                if other != month:
                    grid.clearSelection()  # one selected day in the whole year
            self._show_selected()

    def _show_selected(self) -> None:
        day = self.selected
        self.ui.dayLabel.setText(describe(day) if day else "")
        self.ui.removeButton.setEnabled(bool(day and day.entry))
        self.ui.correctButton.setEnabled(day is not None)

    def _status(self, year: YearCalendar) -> str:
        if year.entries and not year.built_in:
            text = self.tr("{year}年：已录入（{sources}）").format(year=year.year, sources="；".join(year.sources))
        elif year.built_in:
            text = self.tr("{year}年：内置日历（{library}）").format(year=year.year, library=library_version())
            if year.entries:
                text += self.tr("，另有{n}天录入更正").format(n=len(year.entries))
        else:
            return self.tr("{year}年的法定节假日安排尚未录入：该年暂按周一至周五上班、元旦（1月1日）、劳动节（5月1日、2日）和国庆节（10月1日至3日）放假计算（春节等按农历的假日和调休未计入），"
                           "涉及该年的期限均为暂定，录入后自动重新计算。").format(year=year.year)
        return text + self.tr("；全年工作日 {n} 天。").format(n=year.working_days)

    def _source_hint(self, year: int) -> str:
        """The notice already cited for the year (a correction usually cites the same one)."""
        if self.year is not None and self.year.year == year and self.year.entries:
            return self.year.entries[0].source
        return ""

    def _default_year(self) -> int:
        missing = self._service.missing_years()
        return missing[0] if missing else self._today().year

    def _legend(self) -> str:
        swatch = ('<span style="background:{c}; border:1px solid #909090;">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                  '&nbsp;{t}')
        parts = [swatch.format(c=COLOURS[DayType.WORKDAY], t=self.tr("工作日")),
                 swatch.format(c=COLOURS[DayType.WEEKEND], t=self.tr("周末")),
                 swatch.format(c=COLOURS[DayType.HOLIDAY], t=self.tr("法定节假日")),
                 swatch.format(c=COLOURS[DayType.MAKEUP], t=self.tr("调休上班"))]
        parts.append(self.tr("<b>粗体</b>：录入项"))
        parts.append(self.tr("<i>斜体</i>：尚未录入，暂定"))
        return "&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts)

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()

    def _open_file_name(self) -> str:
        name, _ = file_dialogs.open_file_name(self, self.tr("导入节假日安排"), "",
                                              self.tr("节假日安排 (*.csv *.xlsx)"))
        return name

    def _save_file_name(self, suggested: str) -> str:
        name, _ = file_dialogs.save_file_name(self, self.tr("导出节假日安排"), suggested,
                                              self.tr("CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)"))
        return name

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("工作日历"), text)
        return answer == QMessageBox.StandardButton.Yes


def _ranges(entries, kind: DayKind) -> str:
    """Entries of `kind` as the dialog's lines: runs of consecutive days with the same note as ranges."""
    lines: list[list] = []  # [first, last, note]
    for entry in (e for e in entries if e.kind is kind):
        if lines and entry.day - lines[-1][1] == dt.timedelta(days=1) and entry.note == lines[-1][2]:
            lines[-1][1] = entry.day
        else:
            lines.append([entry.day, entry.day, entry.note])
    return "\n".join((f"{a.isoformat()}至{b.isoformat()}" if a != b else a.isoformat()) + (f" {n}" if n else "")
                     for a, b, n in lines)


def _lines(rows: list[EntryRow], kind: DayKind) -> str:
    return "\n".join(f"{r.day.isoformat()} {r.note}".rstrip() for r in rows if r.kind is kind)
