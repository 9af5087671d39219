"""`verify_draw` (behind `workstation inspections verify-draw --id N`): a stored draw re-computed from its
frozen population, public value and fingerprint, 一致 or 不一致 with each reason; audited as a view."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from draw_support import draw_now
from filing_support import add_nursery
from sqlalchemy import select

from workstation.db.orm.audit import AuditEntry
from workstation.db.orm.random_draws import RandomDraw
from workstation.domain import draw_commitment
from workstation.domain.enums import InstitutionStatus
from workstation.services.common.context import Actor
from workstation.services.inspections import verify_draw
from workstation.services.inspections.draw_dto import DrawFilters
from workstation.services.inspections.draws import RandomDrawService

INSPECTOR = Actor("insp", "周检查", "INSPECTOR")
POOL = ["张三", "李四", "王五", "赵六"]
NOW = dt.datetime(2026, 12, 4, 2, 0)


@pytest.fixture
def drawn(district):
    for n in range(1, 9):
        add_nursery(district.factory, n, status=InstitutionStatus.OPERATING)
    service = RandomDrawService(district.factory, INSPECTOR, now=lambda: NOW)
    return district, draw_now(service, DrawFilters(), 3, POOL, 2, public="福彩3D第2026330期 418")


def _views(db):
    with db.factory() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "view")).all()
        return [(r.entity, json.loads(r.details)["result"]) for r in rows]


def test_an_untouched_draw_is_consistent_and_the_check_is_audited_as_a_view(drawn):
    db, draw = drawn
    check = verify_draw(db.factory, INSPECTOR, draw.id)
    assert check.consistent and check.reasons == ()
    assert check.recomputed_seed == draw.seed == draw_commitment.committed_seed(
        draw.population_sha256, "福彩3D第2026330期 418")
    assert (check.population_size, check.picks, check.witness) == (8, 3, "见证人甲")
    assert _views(db) == [("random_draw", "一致")]


def test_each_altered_part_is_named(drawn):
    db, draw = drawn
    with db.factory.begin() as session:
        row = session.get(RandomDraw, draw.id)
        row.public_value = "福彩3D第2026331期 100"  # another public value: the seed no longer follows
        row.population = list(row.population)[:-1]  # a nursery taken out of the frozen population
        first = row.picks[0]
        first.nursery_key = "91500107MA00000000"
    check = verify_draw(db.factory, INSPECTOR, draw.id)
    assert not check.consistent
    text = "\n".join(check.reasons)
    assert "记录的范围数量为 8 家" in text and "范围在冻结后被改动" in text
    assert "种子被改动" in text
    assert "第 1 位：记录为 91500107MA00000000" in text
    assert _views(db) == [("random_draw", "不一致")]
