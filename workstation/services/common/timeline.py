"""One line of a nursery's history: every area contributes these to the nursery record's timeline."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class TimelineEntry(NamedTuple):
    """A plain tuple too, so merged timelines sort and unpack without knowing the area."""

    at: dt.datetime  # naive UTC
    kind: str        # the area's short label (登记, 备案, 检查, 收费 …) or a code of the area's own
    text: str
    actor: str = ""
