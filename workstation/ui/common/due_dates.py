"""Dates counted through a year the calendar does not know are shown with the same mark everywhere."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def provisional_mark() -> str:
    return QCoreApplication.translate("DueDates", "（暂按常规工作周计算）")


def due_text(day: dt.date | None, provisional: bool = False) -> str:
    """The date as ISO text, marked when it is provisional; "" for no date."""
    if day is None:
        return ""
    return day.isoformat() + (provisional_mark() if provisional else "")
