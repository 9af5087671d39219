"""Dates counted through a year the calendar does not know are shown with the same mark everywhere.

In full sentences (a dialog's line, a history) the mark is spelled out: `due_text`. In a list cell or a
short label it is compact, so the date itself is never pushed out of sight: `due_cell` ("2027-01-04（暂定）"),
the explanation in the tooltip (`due_tip`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def provisional_mark() -> str:
    return QCoreApplication.translate("DueDates", "（暂定，节假日安排未录入）")


def short_mark() -> str:
    """The compact mark of a provisional date in a list cell or a short label."""
    return QCoreApplication.translate("DueDates", "（暂定）")


def missing_years_text(years: tuple[int, ...] | list[int]) -> str:
    """The notice that a year's holiday arrangement is missing, in the interface language."""
    if not years:
        return ""
    joined = QCoreApplication.translate("DueDates", "、").join(
        QCoreApplication.translate("DueDates", "{year}年").format(year=y) for y in sorted(years))
    return QCoreApplication.translate(
        "DueDates", "{years}的法定节假日安排尚未录入：涉及该年的期限暂按周一至周五上班、元旦（1月1日）、劳动节（5月1日、2日）和国庆节（10月1日至3日）放假计算，"
                    "并注明“暂定，节假日安排未录入”。请系统管理员在“系统设置—工作日历”中录入，录入后这些期限自动重新计算。"
    ).format(years=joined)


def due_text(day: dt.date | None, provisional: bool = False) -> str:
    """The date as ISO text, marked when it is provisional; "" for no date."""
    if day is None:
        return ""
    return day.isoformat() + (provisional_mark() if provisional else "")


def due_cell(day: dt.date | None, provisional: bool = False) -> str:
    """The date as ISO text with the compact mark when it is provisional (a list cell); "" for no date."""
    if day is None:
        return ""
    return day.isoformat() + (short_mark() if provisional else "")


def due_tip(day: dt.date | None, provisional: bool = False) -> str:
    """The tooltip of a `due_cell`: the date, and for a provisional one what the mark means."""
    if day is None:
        return ""
    if not provisional:
        return day.isoformat()
    return QCoreApplication.translate("DueDates", "{due}：{why}").format(
        due=due_text(day, True), why=missing_years_text([day.year]))
