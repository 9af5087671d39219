"""The home page's inbox queues read through the start-up reader (stdlib sqlite3, no ORM): the
same answers as InboxService.waiting/waiting_batches and UnregisteredService.count_pending/pending
(tests/unit/home/test_served_home.py holds them to it)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from workstation.db.readers import SqlReader
from workstation.domain.inbox import OPEN, FoundBy, ItemClass, OrganLevel, UnregisteredStatus
from workstation.domain.permissions import Action
from workstation.services.common.context import Actor, require

if TYPE_CHECKING:  # (the row types load when there is a row to show: an empty inbox is the usual start)
    from workstation.services.inbox.dto import BatchRow, UnregisteredRow

_OPEN = tuple(sorted(d.value for d in OPEN))
_IN_OPEN = f"decision IN ({', '.join('?' * len(_OPEN))})"


def served_waiting(reader: SqlReader) -> int:
    return int(reader.rows(f"SELECT count(*) FROM inbox_item WHERE {_IN_OPEN}", _OPEN)[0][0] or 0)


def served_waiting_batches(reader: SqlReader, limit: int = 5) -> list[tuple[BatchRow, int]]:
    rows = reader.rows(f"SELECT batch_id, count(*) FROM inbox_item WHERE {_IN_OPEN} GROUP BY batch_id "
                       f"ORDER BY batch_id LIMIT ?", (*_OPEN, limit))
    return [(_batch_row(reader, batch_id), n) for batch_id, n in rows]


def served_count_pending(reader: SqlReader) -> int:
    return int(reader.rows("SELECT count(*) FROM unregistered_nursery WHERE status = ?",
                           (UnregisteredStatus.PENDING.value,))[0][0] or 0)


def served_pending(reader: SqlReader, actor: Actor, limit: int = 200) -> list[UnregisteredRow]:
    require(actor, Action.NURSERY_VIEW)
    rows = reader.rows("SELECT id, name, address, found_by, found_on, note, status, version FROM unregistered_nursery "
                       "WHERE status = ? ORDER BY found_on, id LIMIT ?", (UnregisteredStatus.PENDING.value, limit))
    if not rows:
        return []
    from workstation.services.inbox.dto import UnregisteredRow

    return [UnregisteredRow(i, name, address, FoundBy(found_by), dt.date.fromisoformat(found_on), note,
                            UnregisteredStatus(status), version)
            for i, name, address, found_by, found_on, note, status, version in rows]


def _batch_row(reader: SqlReader, batch_id: int) -> BatchRow:
    from workstation.domain.enums import RegistrationOrganKind
    from workstation.services.inbox.dto import BatchRow

    (received_on, organ_kind, organ_level, file_name, sha256, created_by, rows), = reader.rows(
        "SELECT received_on, organ_kind, organ_level, file_name, file_sha256, created_by, rows "
        "FROM inbox_batch WHERE id = ?", (batch_id,))
    counts = dict.fromkeys(ItemClass, 0)
    for kind, n in reader.rows("SELECT item_class, count(*) FROM inbox_item WHERE batch_id = ? GROUP BY item_class",
                               (batch_id,)):
        counts[ItemClass(kind)] = n
    waiting = reader.rows(f"SELECT count(*) FROM inbox_item WHERE batch_id = ? AND {_IN_OPEN}",
                          (batch_id, *_OPEN))[0][0] or 0
    names = reader.rows("SELECT display_name FROM user_account WHERE username = ?", (created_by or "",))
    receiver = (names[0][0] if names and names[0][0] else (created_by or "").removeprefix("os:"))
    return BatchRow(batch_id, dt.date.fromisoformat(received_on), RegistrationOrganKind(organ_kind),
                    OrganLevel(organ_level), file_name, sha256, receiver, rows, counts, waiting)
