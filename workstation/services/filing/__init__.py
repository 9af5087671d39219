"""Filing (备案): applications, materials, working-day clocks, receipts, queues.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.filing.dto import (
        ApplicationPage,
        ApplicationQuery,
        ApplicationRow,
        ApplicationView,
        ChangeDraft,
        ChangeItemView,
        FilingInfo,
        MaterialUpdate,
        MaterialView,
        NurseryChoice,
        OpenApplication,
    )
    from workstation.services.filing.provisional import recompute_filing_clocks
    from workstation.services.filing.queue_dto import QueueEntry, WorkQueues
    from workstation.services.filing.queues import timeline
    from workstation.services.filing.served import read_work_queues, served_work_queues
    from workstation.services.filing.service import FilingService

__all__ = [
    "ApplicationPage",
    "ApplicationQuery",
    "ApplicationRow",
    "ApplicationView",
    "ChangeDraft",
    "ChangeItemView",
    "FilingInfo",
    "FilingService",
    "MaterialUpdate",
    "MaterialView",
    "NurseryChoice",
    "OpenApplication",
    "QueueEntry",
    "WorkQueues",
    "recompute_filing_clocks",
    "read_work_queues",
    "served_work_queues",
    "timeline",
]

__getattr__ = lazy_front(__name__, {
    "ApplicationPage": "dto",
    "ApplicationQuery": "dto",
    "ApplicationRow": "dto",
    "ApplicationView": "dto",
    "ChangeDraft": "dto",
    "ChangeItemView": "dto",
    "FilingInfo": "dto",
    "FilingService": "service",
    "MaterialUpdate": "dto",
    "MaterialView": "dto",
    "NurseryChoice": "dto",
    "OpenApplication": "dto",
    "QueueEntry": "queue_dto",
    "WorkQueues": "queue_dto",
    "recompute_filing_clocks": "provisional",
    "read_work_queues": "served",
    "served_work_queues": "served",
    "timeline": "queues",
})
