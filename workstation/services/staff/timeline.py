"""The staff area's part of a nursery's timeline: arrivals, departures, and bans on an ID number the
nursery records (as staff or legal representative)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.orm.staff import StaffBan, StaffMember
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.services.common.timeline import TimelineEntry

KIND = "人员"


def staff_timeline(session: Session, nursery_id: int) -> list[TimelineEntry]:
    entries = []
    members = session.scalars(select(StaffMember).where(StaffMember.nursery_id == nursery_id))
    for m in members:
        entries.append(TimelineEntry(_at(m.hired_on), KIND, text(
            QT_TRANSLATE_NOOP("DomainText", "{role}“{name}”入职"), role=m.role, name=m.name), m.created_by))
        if m.left_on is not None:
            left = (QT_TRANSLATE_NOOP("DomainText", "{role}“{name}”离职：{reason}") if m.leave_reason
                    else QT_TRANSLATE_NOOP("DomainText", "{role}“{name}”离职"))
            entries.append(TimelineEntry(_at(m.left_on), KIND, text(left, role=m.role, name=m.name,
                                                                    reason=m.leave_reason), m.updated_by))
    ids = (select(StaffMember.id_no).where(StaffMember.nursery_id == nursery_id)
           .union(select(Nursery.legal_rep_id_no).where(Nursery.id == nursery_id)))
    for ban in session.scalars(select(StaffBan).where(StaffBan.id_no.in_(ids))):
        entries.append(TimelineEntry(_at(ban.decided_on), KIND, text(
            QT_TRANSLATE_NOOP("DomainText", "“{name}”列入禁入名单（{authority}{decision}）"), name=ban.name,
            authority=ban.authority, decision=ban.decision_no), ban.created_by))
        if ban.lifted_on is not None:
            entries.append(TimelineEntry(_at(ban.lifted_on), KIND, text(
                QT_TRANSLATE_NOOP("DomainText", "“{name}”的禁入已解除（{decision}）"), name=ban.name,
                decision=ban.lift_decision_no), ban.updated_by))
    return entries


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())
