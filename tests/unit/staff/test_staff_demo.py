"""The demo district has rosters: staff for its nurseries, some certificates due, one banned person
(a caregiver who left), and the same rows for the same seed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from workstation.db.orm.staff import StaffBan, StaffMember
from workstation.services.common.context import Actor
from workstation.services.staff import StaffQueue, StaffService

TODAY = dt.date(2026, 12, 4)
SYSTEM = Actor("tester", role="SYSTEM")


def test_demo_rosters_with_due_items_and_one_banned_person(demo_database, tmp_path):
    db = demo_database(tmp_path / "demo.db", 60, seed=3, today=TODAY, actor=SYSTEM)
    try:
        with db.factory() as session:
            staff = session.scalar(select(func.count()).select_from(StaffMember))
            nurseries = session.scalar(select(func.count(func.distinct(StaffMember.nursery_id))))
            [ban] = session.scalars(select(StaffBan)).all()
            banned = session.scalars(select(StaffMember).where(StaffMember.id_no == ban.id_no)).all()
        assert staff > 3 * nurseries > 0
        # she left one nursery and is on post at another: the ban's match the demo shows
        assert sorted((m.left_on is not None, m.role.value) for m in banned) == [(False, "CAREGIVER"),
                                                                                 (True, "CAREGIVER")]
        assert len({m.nursery_id for m in banned}) == 2
        assert ban.decision_no and ban.lifted_on is None
        queue = StaffQueue(db.factory, SYSTEM, today=lambda: TODAY)
        assert queue.count() > 0 and queue.items(1)[0].banned  # 禁入人员在岗 heads the home queue
        service = StaffService(db.factory, SYSTEM, today=lambda: TODAY)
        with db.factory() as session:
            nurseries = session.scalars(select(func.distinct(StaffMember.nursery_id))).all()
            employed = session.scalar(select(func.count()).select_from(StaffMember)
                                      .where(StaffMember.left_on.is_(None)))
        late = sum(1 for n in nurseries for f in service.findings(n) if f.code == "R-HCERT" and "上岗前" in f.message)
        assert late < 0.15 * employed  # most staff passed a health check before starting
    finally:
        db.close()

