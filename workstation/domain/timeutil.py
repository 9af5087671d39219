"""Timestamps are stored as naive UTC; people see local time."""

from __future__ import annotations

import datetime as dt


def local_text(moment: dt.datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored naive-UTC timestamp as local wall-clock text. Midnight dates are shown as dates."""
    if moment.time() == dt.time() and moment.tzinfo is None and fmt == "%Y-%m-%d %H:%M":
        return moment.strftime("%Y-%m-%d")
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime(fmt)
