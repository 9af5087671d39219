"""Staff (人员): rosters, certificates, health and background checks, the lifetime ban list, the queue.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.staff.bans import BanService
    from workstation.services.staff.dto import (
        BanAdded,
        BanMatch,
        BanRow,
        DueItem,
        SavedStaff,
        StaffDetail,
        StaffRow,
    )
    from workstation.services.staff.importer import StaffImporter, StaffImportReport
    from workstation.services.staff.queue import (
        ASCENDING,
        COUNT_CAP,
        DESCENDING,
        EXPIRED,
        UPCOMING,
        URGENT,
        StaffQueue,
    )
    from workstation.services.staff.served import EarlyStaffQueue, ServedStaffQueue, read_staff_queue
    from workstation.services.staff.service import StaffService
    from workstation.services.staff.timeline import staff_timeline

__all__ = ["ASCENDING", "COUNT_CAP", "DESCENDING", "EXPIRED", "UPCOMING", "URGENT", "BanAdded", "BanMatch", "BanRow", "BanService", "DueItem", "EarlyStaffQueue", "SavedStaff", "ServedStaffQueue", "StaffDetail", "StaffImportReport",
           "StaffImporter", "StaffQueue", "StaffRow", "StaffService", "read_staff_queue", "staff_timeline"]

__getattr__ = lazy_front(__name__, {
    "ASCENDING": "queue", "COUNT_CAP": "queue_labels", "DESCENDING": "queue", "EXPIRED": "queue", "UPCOMING": "queue",
    "URGENT": "queue", "BanAdded": "dto", "BanMatch": "dto", "BanRow": "dto", "BanService": "bans", "DueItem": "dto",
    "SavedStaff": "dto", "EarlyStaffQueue": "served", "ServedStaffQueue": "served", "read_staff_queue": "served", "StaffImportReport": "importer", "StaffImporter": "importer", "StaffDetail": "dto", "StaffQueue": "queue", "StaffRow": "dto", "StaffService": "service", "staff_timeline": "timeline",
})
