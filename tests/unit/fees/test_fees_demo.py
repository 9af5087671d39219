"""Demo fee data: histories without overlaps, some over the cap, some unpublicised, same seed same rows."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from workstation.db.orm.fees import FeeItemRow, FeePublicity, FeeRule, FeeSchedule
from workstation.db.session import open_database
from workstation.demo import DemoService
from workstation.domain.enums import LegalNature
from workstation.services.common.context import Actor
from workstation.services.fees.service import FeeService

TODAY = dt.date(2026, 11, 23)
ACTOR = Actor(username="tester")


def _generate(path: Path, seed: int):
    db = open_database(path)
    DemoService(db.factory, ACTOR, today=TODAY).generate(300, seed=seed)
    return db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = _generate(tmp_path_factory.mktemp("fees-demo") / "demo.db", seed=5)
    yield db
    db.close()


def test_histories_are_contiguous_and_never_overlap(demo_db):
    periods = defaultdict(list)
    with demo_db.factory() as session:
        for row in session.scalars(select(FeeSchedule).order_by(FeeSchedule.nursery_id, FeeSchedule.effective_from)):
            periods[row.nursery_id].append((row.effective_from, row.effective_to))
    assert periods and any(len(p) >= 2 for p in periods.values())
    for history in periods.values():
        for (start, end), (next_start, _) in zip(history, history[1:], strict=False):
            assert end == next_start - dt.timedelta(days=1) and start <= end
        assert history[-1][1] is None and history[-1][0] <= TODAY


def test_the_list_has_over_cap_and_unpublicised_nurseries_and_no_capped_for_profit(demo_db):
    rows = FeeService(demo_db.factory, ACTOR, today=lambda: TODAY).overview()
    over = [r for r in rows if r.over_cap]
    assert any(r.inclusive for r in over)
    assert all(r.inclusive or r.legal_nature in (LegalNature.SOCIAL_SERVICE, LegalNature.PUBLIC_INSTITUTION)
               for r in over)
    assert any(r.schedule_id is not None and not r.publicised for r in rows)
    assert sum(1 for r in rows if r.publicised) > len(rows) / 2


def test_rules_have_two_versions(demo_db):
    with demo_db.factory() as session:
        starts = session.scalars(select(FeeRule.effective_from).order_by(FeeRule.effective_from)).all()
    assert starts == [dt.date(2023, 1, 1), dt.date(2026, 1, 1)]


def test_same_seed_same_fee_rows(tmp_path, demo_db):
    again = _generate(tmp_path / "again.db", seed=5)
    try:
        for table in (FeeSchedule, FeeItemRow, FeePublicity):
            assert _rows(again, table) == _rows(demo_db, table)
    finally:
        again.close()


def _rows(db, model) -> list[tuple]:
    columns = [c for c in model.__table__.columns if c.name not in ("created_at", "updated_at")]
    with db.factory() as session:
        return [tuple(r) for r in session.execute(select(*columns).order_by(model.__table__.c.id))]
