"""The registration inbox (推送收件箱): pushed files received as batches, each row decided by a clerk;
and nurseries found operating without registration.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.inbox.dto import (
        BatchRow,
        Comparison,
        ItemRow,
        Preview,
        Received,
        UnregisteredRow,
    )
    from workstation.services.inbox.served import (
        served_count_pending,
        served_pending,
        served_waiting,
        served_waiting_batches,
    )
    from workstation.services.inbox.service import InboxService
    from workstation.services.inbox.timeline import inbox_entries
    from workstation.services.inbox.unregistered import UnregisteredService

__all__ = ["BatchRow", "Comparison", "InboxService", "ItemRow", "Preview", "Received", "UnregisteredRow",
           "UnregisteredService", "inbox_entries", "served_count_pending", "served_pending",
           "served_waiting", "served_waiting_batches"]

__getattr__ = lazy_front(__name__, {
    "BatchRow": "dto", "Comparison": "dto", "ItemRow": "dto", "Preview": "dto", "Received": "dto", "UnregisteredRow": "dto",
    "InboxService": "service", "UnregisteredService": "unregistered", "inbox_entries": "timeline",
    "served_count_pending": "served", "served_pending": "served", "served_waiting": "served",
    "served_waiting_batches": "served",
})
