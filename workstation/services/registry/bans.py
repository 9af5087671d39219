"""The lifetime ban (禁入名单) at intake: a banned legal representative is refused, naming the decision."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from workstation.db.repositories.staff_bans import active_ban
from workstation.domain.errors import ValidationError
from workstation.domain.nursery import Finding, NurseryDraft
from workstation.domain.staff import ban_refusal, normalize_id
from workstation.domain.texts import QT_TRANSLATE_NOOP, text


def banned_legal_rep(session: Session, draft: NurseryDraft, today: dt.date) -> Finding | None:
    """An R-BAN error when the legal representative's ID number is on the ban list."""
    if not draft.legal_rep_id_no:
        return None
    try:
        number = normalize_id(draft.legal_rep_id_type, draft.legal_rep_id_no, today)
    except ValidationError:
        return None  # R-ID reports the malformed number
    ban = active_ban(session, number)
    if ban is None:
        return None
    refusal = ban_refusal(ban, text(QT_TRANSLATE_NOOP("DomainText", "法定代表人")))
    return Finding("R-BAN", "error", "legal_rep_id_no", str(refusal), refusal)
