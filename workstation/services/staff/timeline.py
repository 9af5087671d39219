"""The staff area's part of a nursery's timeline: arrivals, departures, and bans on an ID number the
nursery records (as staff or legal representative)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.orm.staff import StaffBan, StaffMember
from workstation.services.common.timeline import TimelineEntry

KIND = "人员"


def staff_timeline(session: Session, nursery_id: int) -> list[TimelineEntry]:
    entries = []
    members = session.scalars(select(StaffMember).where(StaffMember.nursery_id == nursery_id))
    for m in members:
        who = f"{m.role.zh}“{m.name}”"
        entries.append(TimelineEntry(_at(m.hired_on), KIND, f"{who}入职", m.created_by))
        if m.left_on is not None:
            reason = f"：{m.leave_reason}" if m.leave_reason else ""
            entries.append(TimelineEntry(_at(m.left_on), KIND, f"{who}离职{reason}", m.updated_by))
    ids = (select(StaffMember.id_no).where(StaffMember.nursery_id == nursery_id)
           .union(select(Nursery.legal_rep_id_no).where(Nursery.id == nursery_id)))
    for ban in session.scalars(select(StaffBan).where(StaffBan.id_no.in_(ids))):
        entries.append(TimelineEntry(_at(ban.decided_on), KIND,
                                     f"“{ban.name}”列入禁入名单（{ban.authority}{ban.decision_no}）", ban.created_by))
        if ban.lifted_on is not None:
            entries.append(TimelineEntry(_at(ban.lifted_on), KIND,
                                         f"“{ban.name}”的禁入已解除（{ban.lift_decision_no}）", ban.updated_by))
    return entries


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())
