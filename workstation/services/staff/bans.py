"""The lifetime ban list (禁入名单): entered and lifted by a manager, never deleted.

Adding a ban reports who is already recorded with that ID number (legal representatives and
staff); lifting needs the lifting decision's number and is audited with it as the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.key_locks import hold_ban_list, hold_key_lock
from workstation.db.orm import Nursery
from workstation.db.orm.staff import StaffBan, StaffMember
from workstation.db.repositories.staff_bans import active_ban
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.permissions import Action
from workstation.domain.staff import BanDraft, validate_ban
from workstation.services.common.context import Actor
from workstation.services.common.lookup import get_or_not_found
from workstation.services.common.uow import reading, writing
from workstation.services.staff.dto import BanAdded, BanMatch, BanRow
from workstation.services.staff.store import to_ban_row


class BanService:
    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._factory = factory
        self._actor = actor
        self._today = today

    def can_edit(self) -> bool:
        return self._actor.can(Action.STAFF_BAN)

    @property
    def masked(self) -> bool:
        return not self._actor.can(Action.PERSONAL_DATA_FULL)

    def bans(self, include_lifted: bool = True) -> list[BanRow]:
        """The list, newest decision first."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            query = select(StaffBan)
            if not include_lifted:
                query = query.where(StaffBan.lifted_on.is_(None))
            rows = session.scalars(query.order_by(StaffBan.decided_on.desc(), StaffBan.id.desc()))
            return [to_ban_row(r, self.masked) for r in rows]

    def add(self, draft: BanDraft) -> BanAdded:
        """Record a ban; the answer lists everyone already recorded with the ID number."""
        clean = validate_ban(draft, self._today())
        with writing(self._factory, self._actor, Action.STAFF_BAN) as session:
            hold_key_lock(session, "id_no", clean.id_no)  # two desks recording the same person at once
            hold_ban_list(session)  # a staff import checking its list waits for this ban, or this for it
            existing = active_ban(session, clean.id_no)
            if existing is not None:
                raise ConflictError(f"该证件号码已在禁入名单中（{existing.decision_no}）。")
            who = self._actor.username
            row = StaffBan(id_type=clean.id_type, id_no=clean.id_no, name=clean.name, reason=clean.reason,
                           decision_no=clean.decision_no, decided_on=clean.decided_on, authority=clean.authority,
                           created_by=who, updated_by=who)
            session.add(row)
            session.flush()
            return BanAdded(to_ban_row(row, self.masked), tuple(matches(session, clean.id_no)))

    def lift(self, ban_id: int, decision_no: str, reason: str, lifted_on: dt.date | None) -> BanRow:
        """Lift a ban by a recorded decision (文号 and reason both required); the row stays."""
        number, why = " ".join(decision_no.split()), " ".join(reason.split())
        if not number:
            raise ValidationError("解除禁入须填写解除决定的文号。", "lift_decision_no")
        if not why:
            raise ValidationError("请填写解除禁入的理由。", "lift_reason")
        if lifted_on is None:
            raise ValidationError("请填写解除日期。", "lifted_on")
        if lifted_on > self._today():
            raise ValidationError("解除日期不能晚于今天。", "lifted_on")
        if len(number) > 64 or len(why) > 500:
            raise ValidationError("解除决定文号或理由过长。", "lift_reason")
        with writing(self._factory, self._actor, Action.STAFF_BAN, reason=f"解除禁入：{number}；{why}") as session:
            row = get_or_not_found(session, StaffBan, ban_id, f"找不到记录号为 {ban_id} 的禁入记录。")
            if row.lifted_on is not None:
                raise ConflictError(f"该禁入已于{row.lifted_on.isoformat()}解除（{row.lift_decision_no}）。")
            if lifted_on < row.decided_on:
                raise ValidationError("解除日期不能早于禁入决定日期。", "lifted_on")
            row.lifted_on, row.lift_decision_no, row.lift_reason = lifted_on, number, why
            row.updated_by = self._actor.username
            session.flush()
            return to_ban_row(row, self.masked)


def matches(session: Session, id_no: str) -> list[BanMatch]:
    """Everyone recorded with this ID number: legal representatives, then staff (employed first)."""
    found = [BanMatch(n.id, n.name, "法定代表人", n.legal_rep_name, True) for n in session.scalars(
        select(Nursery).where(Nursery.legal_rep_id_no == id_no).order_by(Nursery.id))]
    rows = session.execute(
        select(StaffMember, Nursery.name).join(Nursery, Nursery.id == StaffMember.nursery_id)
        .where(StaffMember.id_no == id_no).order_by(StaffMember.left_on.is_not(None), StaffMember.id))
    found += [BanMatch(m.nursery_id, name, m.role.zh, m.name, m.left_on is None, m.role) for m, name in rows]
    return found
