"""After a demo, the database hands out new ids itself (the demo writes its rows' ids in bulk)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from workstation.db.orm import Nursery, NurseryClass
from workstation.domain.enums import ClassType, InstitutionKind, LegalNature
from workstation.domain.nursery import ClassDraft, NurseryDraft
from workstation.services.common.context import Actor
from workstation.services.registry.intake import IntakeService, PossibleDuplicate

TODAY = dt.date(2026, 12, 4)
ACTOR = Actor(username="tester", display_name="测试员", role="SYSTEM")


def test_a_nursery_entered_after_the_demo_gets_ids_after_the_demos(demo_database, tmp_path):
    # The demo draws its ids from the database (no sequence is moved afterwards): this save takes the next one
    db = demo_database(tmp_path / "demo.db", 5, seed=2, today=TODAY, actor=ACTOR)
    with db.factory() as session:
        top = session.scalar(select(func.max(Nursery.id)))
        top_class = session.scalar(select(func.max(NurseryClass.id)))
    draft = NurseryDraft(
        name="测试新增托育服务中心", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
        uscc="", registered_at=None, street_code=None, address="测试路1号",
        business_scope="3岁以下婴幼儿照护服务", places_total=20,
        classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 10, 2),),
    )
    intake = IntakeService(db.factory, ACTOR, today=lambda: TODAY)
    try:
        record = intake.create(draft)
    except PossibleDuplicate as similar:
        record = intake.create(draft, different_from=[n.id for n in similar.candidates])
    with db.factory() as session:
        classes = session.scalars(select(NurseryClass.id).where(NurseryClass.nursery_id == record.id)).all()
    db.close()
    assert record.id > top
    assert classes and min(classes) > top_class
