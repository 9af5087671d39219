"""首页's first readings, begun on threads beside the sign-in (no Qt, no ORM): its figures, the filing
queues' and the staff queue's first fill. Each is shown only through the served services
(ui/home/served.py), which check the actor's permission first. Composed here, above the service
areas, because the home area itself uses no other area (docs/architecture.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workstation.db.readers import SqlReader
    from workstation.services.home import PrefetchedHome

HOME_ENTRIES = 20  # entries per queue 首页 lists (ui/filing/area.HOME_QUEUE_LIMIT, ui/staff/home_queue.LIMIT)
EARLY_QUEUES = "filing queues"
EARLY_STAFF = "staff queue"


def early_readings(today: Callable[[], dt.date] = dt.date.today) -> dict[str, Callable[[SqlReader], Any]]:
    """What 首页 reads besides its figures, by name."""
    from workstation.services.filing import read_work_queues
    from workstation.services.staff import read_staff_queue

    return {EARLY_QUEUES: lambda reader: read_work_queues(reader, today(), limit=HOME_ENTRIES),
            EARLY_STAFF: lambda reader: read_staff_queue(reader, today(), limit=HOME_ENTRIES)}


def prefetched_home(reader: SqlReader, location: str) -> PrefetchedHome:
    """A HomeService over `reader` whose readings run, once started, each on a thread and connection of
    its own (SQLite and PostgreSQL alike: the queries wait in C or on the server, not for the GIL)."""
    from workstation.db.readers import open_reader
    from workstation.services.home import PrefetchedHome

    return PrefetchedHome(reader, lambda: open_reader(location), also=early_readings(), apart=True)
