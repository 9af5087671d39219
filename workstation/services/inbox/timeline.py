"""The nursery's timeline lines for pushed rows a clerk accepted or merged: 由<organ>推送，<user>确认."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm.inbox import InboxBatch, InboxItem
from workstation.domain.inbox import APPLIED, Decision
from workstation.services.common.timeline import TimelineEntry
from workstation.services.inbox.people import display_names


def inbox_entries(session: Session, nursery_id: int) -> list[TimelineEntry]:
    rows = session.execute(
        select(InboxItem, InboxBatch).join(InboxBatch, InboxBatch.id == InboxItem.batch_id)
        .where(InboxItem.result_nursery_id == nursery_id, InboxItem.decision.in_(list(APPLIED))))
    rows = rows.all()
    names = display_names(session, (item.decided_by for item, _ in rows))
    entries = []
    for item, batch in rows:
        organ = f"{batch.organ_level.zh}{batch.organ_kind.zh}"
        who = "按设置自动接受" if item.decision == Decision.AUTO_ACCEPTED else f"{names[item.decided_by]}确认"
        extra = f"（{item.reason}）" if item.decision == Decision.MERGED and item.reason else ""
        text = f"由{organ}推送，{who}{extra}（{batch.file_name} 第{item.row_number}行）"
        entries.append(TimelineEntry(item.decided_at, "登记", text, item.decided_by))
    return entries
