"""Rows sent again in a new file (other bytes, same rows): a row whose code and every pushed value equal
a row of an earlier batch is 重复推送, linked to that row and not offered again for a decision."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from workstation.db.orm.inbox import InboxItem
from workstation.domain.inbox import Decision, ItemClass
from workstation.services.inbox.pushed import BEFORE

CHUNK = 500
_EARLIER = (InboxItem.uscc, InboxItem.name, InboxItem.pushed, InboxItem.nursery_id, InboxItem.batch_id,
            InboxItem.row_number, InboxItem.decision)


def _content(pushed: dict | None) -> dict:
    return {k: v for k, v in (pushed or {}).items() if k != BEFORE}


def mark_resent(session: Session, items: list[dict[str, object]]) -> None:
    """Reclassify, in place, the items identical to an earlier batch's row (the first such row wins)."""
    candidates = [i for i in items if i["uscc"]]
    for start in range(0, len(candidates), CHUNK):
        chunk = candidates[start:start + CHUNK]
        earlier: dict[str, list[Row[Any]]] = {}
        # through ix_inbox_item_uscc; the columns compared and reported, not whole items
        for row in session.execute(select(*_EARLIER).where(InboxItem.uscc.in_({i["uscc"] for i in chunk}),
                                                           InboxItem.item_class != ItemClass.RESENT)
                                   .order_by(InboxItem.id)):
            earlier.setdefault(row.uscc, []).append(row)
        for item in chunk:
            first = next((e for e in earlier.get(str(item["uscc"]), []) if _content(e.pushed) == item["pushed"]
                          and e.name == item["name"]), None)
            if first is None:
                continue
            item["item_class"] = ItemClass.RESENT
            item["decision"] = Decision.SENT_BEFORE
            item["nursery_id"] = first.nursery_id
            item["differs"] = ""
            item["reason"] = f"与批次{first.batch_id}第{first.row_number}行内容相同（{first.decision.zh}）"
            item["findings"] = f"已在批次{first.batch_id}第{first.row_number}行推送过相同内容，请在该行处理。"
