"""The demo lets the database assign its rows' ids (drawn from each table's sequence on PostgreSQL), so it
never takes an id another desk holds and nothing has to move the sequences afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from workstation.db.orm import Nursery
from workstation.demo import DemoService
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.services.common.context import Actor

TODAY = dt.date(2026, 12, 4)
SYSTEM = Actor("tester", "测试员", "SYSTEM")


def test_the_demo_does_not_take_the_id_of_another_desks_unsaved_nursery(database):
    if database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: no other desk holds a new row during the demo")
    other_desk = database.engine.connect()
    try:
        with other_desk.begin() as saving:
            # Another desk is saving a nursery: its id is drawn, the row not yet committed
            held = other_desk.execute(insert(Nursery).values(
                name="另一工作站托育园", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                status=InstitutionStatus.REGISTERED).returning(Nursery.id)).scalar_one()
            # The demo used to number its rows max(id)+1 = this very id, and waited on the desk's lock
            DemoService(database.factory, SYSTEM, today=TODAY).generate(5, seed=3)
            saving.commit()
    finally:
        other_desk.close()
    with database.factory() as session:
        ids = session.scalars(select(Nursery.id)).all()
    assert held in ids and len(ids) == len(set(ids)) == 6
