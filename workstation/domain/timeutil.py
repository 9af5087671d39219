"""Timestamps are stored as naive UTC; people see local time."""

from __future__ import annotations

import datetime as dt


def local_text(moment: dt.datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored naive-UTC timestamp as local wall-clock text. Midnight dates are shown as dates."""
    if moment.time() == dt.time() and moment.tzinfo is None and fmt == "%Y-%m-%d %H:%M":
        return moment.strftime("%Y-%m-%d")
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime(fmt)


def local_date(moment: dt.datetime) -> dt.date:
    """The local day of a stored naive-UTC timestamp (a midnight value is taken as that date)."""
    if moment.time() == dt.time() and moment.tzinfo is None:
        return moment.date()
    return moment.replace(tzinfo=dt.UTC).astimezone().date()
