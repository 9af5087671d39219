"""Dialogs of the working-day calendar: enter a year's arrangement, correct one day.

Both keep what was typed when the service refuses it: the reason shows in the dialog, which stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from workstation.domain.calendar_entries import (
    ArrangementGaps,
    EntryRow,
    Problem,
    arrangement_gaps,
    check_rows,
    parse_date,
    parse_ranges,
)
from workstation.domain.errors import DomainError, ValidationError
from workstation.domain.workdays import DayKind
from workstation.i18n.labels import ui_label
from workstation.services.calendar import CalendarChange
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_calendar_day_dialog import Ui_CalendarDayDialog
from workstation.ui.forms.ui_calendar_year_dialog import Ui_CalendarYearDialog

EnterYear = Callable[[int, list[EntryRow], str, dt.date | None], CalendarChange]
LoadYear = Callable[[int], tuple[str, dt.date | None, str, str]]  # source, its date, holidays, make-up days
CorrectDay = Callable[[dt.date, DayKind, str, str, dt.date | None], CalendarChange]


class CalendarYearDialog(QDialog):
    """A year's holidays and make-up days as lines of dates or ranges; saved in one go."""

    def __init__(self, enter: EnterYear, year: int, parent: QWidget | None = None, *, source: str = "",
                 holidays: str = "", workdays: str = "", source_date: dt.date | None = None,
                 load: LoadYear | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarYearDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._enter = enter
        self.change: CalendarChange | None = None
        self.ui.yearSpin.setValue(year)
        self.ui.sourceEdit.setText(source)
        self.ui.holidaysEdit.setPlainText(holidays)
        self.ui.workdaysEdit.setPlainText(workdays)
        self.ui.sourceDateEdit.setText(source_date.isoformat() if source_date else "")
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self.confirm_gaps: Callable[[str], bool] = self._ask_save_with_gaps
        self._typed = self._contents()
        self._load = load
        self.ui.yearSpin.valueChanged.connect(self._year_changed)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存(&S)"))
        self.ui.sourceEdit.setFocus()

    def save(self) -> None:
        ui = self.ui
        holidays, bad_h = parse_ranges(ui.holidaysEdit.toPlainText(), DayKind.HOLIDAY)
        workdays, bad_w = parse_ranges(ui.workdaysEdit.toPlainText(), DayKind.WORKDAY)
        problems = [self.tr("放假日期第{row}行：{reason}").format(row=p.row, reason=p.reason) for p in bad_h]
        problems += [self.tr("调休上班日第{row}行：{reason}").format(row=p.row, reason=p.reason) for p in bad_w]
        source_date, date_problem = _optional_date(ui.sourceDateEdit.text())
        if date_problem:
            problems.append(date_problem)
        if problems:
            self._show("\n".join(problems))
            return
        # Number the make-up lines after the holiday lines, so a clash names a line the person can find.
        offset = max((r.row for r in holidays), default=0) + 1000
        rows = holidays + [EntryRow(r.row + offset, r.day, r.kind, r.note) for r in workdays]
        year = ui.yearSpin.value()
        gaps = arrangement_gaps(rows)
        if gaps and not check_rows(year, rows) and not self.confirm_gaps(self._gaps_text(year, gaps)):
            return  # back to the lines, as typed
        try:
            self.change = self._enter(year, rows, ui.sourceEdit.text(), source_date)
        except DomainError as exc:
            self._show(_renumber(exc, offset))
            return
        self.accept()

    def _year_changed(self, year: int) -> None:
        """Another year: show its entries, unless the person has typed something of their own."""
        if self._load is None or self._contents()[1:] != self._typed[1:]:
            return
        source, source_date, holidays, workdays = self._load(year)
        ui = self.ui
        ui.sourceEdit.setText(source)
        ui.sourceDateEdit.setText(source_date.isoformat() if source_date else "")
        ui.holidaysEdit.setPlainText(holidays)
        ui.workdaysEdit.setPlainText(workdays)
        self._typed = self._contents()

    def reject(self) -> None:
        """Esc and 取消 ask before throwing away what was typed."""
        if self._contents() != self._typed and not self.confirm_discard():
            return
        super().reject()

    def _contents(self) -> tuple[str, ...]:
        ui = self.ui
        return (str(ui.yearSpin.value()), ui.sourceEdit.text(), ui.sourceDateEdit.text(),
                ui.holidaysEdit.toPlainText(), ui.workdaysEdit.toPlainText())

    def _gaps_text(self, year: int, gaps: ArrangementGaps) -> str:
        """What looks missing, and that saving is still allowed."""
        lines = []
        if gaps.missing:
            lines.append(self.tr("没有以下法定节假日的放假日期：{names}。").format(
                names=self.tr("、").join(ui_label(f) for f in gaps.missing)))
        if gaps.no_makeup_days:
            lines.append(self.tr("没有调休上班日。"))
        return self.tr("{year}年的安排看来不完整：\n{gaps}\n请对照国务院办公厅的通知核对。该年确实如此时（如当年没有调休），"
                       "可以仍然保存。").format(year=year, gaps="\n".join(lines))

    def _ask_save_with_gaps(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("录入年度节假日安排"), text, parent=self)
        save = box.addButton(self.tr("仍然保存(&S)"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("返回修改(&B)"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is save

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(self, self.tr("录入年度节假日安排"), self.tr("放弃已输入的内容？"))
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, text: str) -> None:
        self.ui.messageLabel.setText(text)


class CalendarDayDialog(QDialog):
    """Make one day a holiday or a make-up working day (with the notice that says so)."""

    def __init__(self, correct: CorrectDay, day: dt.date, parent: QWidget | None = None, *,
                 kind: DayKind = DayKind.HOLIDAY, source: str = "", note: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarDayDialog()
        self.ui.setupUi(self)
        self._correct = correct
        self.change: CalendarChange | None = None
        for member in DayKind:
            self.ui.kindCombo.addItem(ui_label(member), member.value)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(kind.value))
        self.ui.dateEdit.setText(day.isoformat())
        self.ui.sourceEdit.setText(source)
        self.ui.noteEdit.setText(note)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存(&S)"))
        self.ui.kindCombo.setFocus()

    def save(self) -> None:
        day = parse_date(self.ui.dateEdit.text())
        if day is None:
            self.ui.messageLabel.setText(self.tr("“{text}”不是日期（应为 YYYY-MM-DD）。").format(
                text=self.ui.dateEdit.text()))
            return
        kind = DayKind(self.ui.kindCombo.currentData())
        try:
            self.change = self._correct(day, kind, self.ui.sourceEdit.text(), self.ui.noteEdit.text(), None)
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.accept()


def _optional_date(text: str) -> tuple[dt.date | None, str]:
    if not text.strip():
        return None, ""
    day = parse_date(text)
    problem = QCoreApplication.translate("CalendarYearDialog", "发布日期“{text}”不是日期（应为 YYYY-MM-DD）")
    return (day, "") if day else (None, problem.format(text=text.strip()))


def _renumber(exc: DomainError, offset: int) -> str:
    """Row numbers from the service back to the box and line the person typed them in."""
    problems: tuple[Problem, ...] = getattr(exc, "problems", ())
    if not problems or not isinstance(exc, ValidationError):
        return exc.message
    workday = QCoreApplication.translate("CalendarYearDialog", "调休上班日第{row}行：{reason}")
    holiday = QCoreApplication.translate("CalendarYearDialog", "放假日期第{row}行：{reason}")
    return "\n".join(workday.format(row=p.row - offset, reason=p.reason) if p.row > offset
                     else holiday.format(row=p.row, reason=p.reason) for p in problems)
