"""The nursery's timeline lines for pushed rows a clerk accepted or merged: 由<organ>推送，<user>确认."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm.inbox import InboxBatch, InboxItem
from workstation.domain.inbox import APPLIED, Decision
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.domain.texts import text as domain_text
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
        who = (domain_text(QT_TRANSLATE_NOOP("DomainText", "按设置自动接受")) if item.decision == Decision.AUTO_ACCEPTED
               else domain_text(QT_TRANSLATE_NOOP("DomainText", "{name}确认"), name=names[item.decided_by]))
        extra = (domain_text(QT_TRANSLATE_NOOP("DomainText", "（{reason}）"), reason=item.reason)
                 if item.decision == Decision.MERGED and item.reason else "")
        line = domain_text(QT_TRANSLATE_NOOP("DomainText", "由{level}{organ}推送，{who}{extra}（{file} 第{row}行）"),
                           level=batch.organ_level, organ=batch.organ_kind, who=who, extra=extra, file=batch.file_name,
                           row=item.row_number)
        entries.append(TimelineEntry(item.decided_at, "登记", line, item.decided_by))
    return entries
