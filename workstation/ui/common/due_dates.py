"""Dates counted through a year the calendar does not know are shown with the same mark everywhere."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def provisional_mark() -> str:
    return QCoreApplication.translate("DueDates", "（暂按常规工作周计算）")


def missing_years_text(years: tuple[int, ...] | list[int]) -> str:
    """The notice that a year's holiday arrangement is missing, in the interface language."""
    if not years:
        return ""
    joined = QCoreApplication.translate("DueDates", "、").join(
        QCoreApplication.translate("DueDates", "{year}年").format(year=y) for y in sorted(years))
    return QCoreApplication.translate(
        "DueDates", "{years}的法定节假日安排尚未录入：涉及该年的期限暂按常规工作周（周一至周五）计算，"
                    "并注明“暂按常规工作周计算”。请系统管理员在“系统设置—工作日历”中录入，录入后这些期限自动重新计算。"
    ).format(years=joined)


def due_text(day: dt.date | None, provisional: bool = False) -> str:
    """The date as ISO text, marked when it is provisional; "" for no date."""
    if day is None:
        return ""
    return day.isoformat() + (provisional_mark() if provisional else "")
