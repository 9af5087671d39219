"""When the demo says a day's work was done: office hours in local time, never later than now."""

from __future__ import annotations

import datetime as dt

from workstation.db.base import utcnow


def office_time(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """`hour`:`minute` local time on `day`, as the naive UTC the database keeps, or now if that is later:
    a demo made in the morning must not show the afternoon's work as already done."""
    local = dt.datetime.combine(day, dt.time(hour, minute)).astimezone()
    return min(local.astimezone(dt.UTC).replace(tzinfo=None), utcnow())
