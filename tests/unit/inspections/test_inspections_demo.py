"""Demo inspections: a year of visits, open and overdue findings, re-inspections, escalations; reproducible."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest
from inspections_support import INSPECTOR
from sqlalchemy import select

from workstation.db.orm.inspections import Finding, Inspection, InspectionItemResult, NoticeCounter
from workstation.db.session import open_database
from workstation.demo import DemoService
from workstation.domain.inspections import (
    DONE_FINDING,
    InspectionKind,
    InspectionState,
    ItemResult,
    RectificationState,
)
from workstation.services.common.context import Actor
from workstation.services.inspections.queues import InspectionQueues
from workstation.services.inspections.service import InspectionService

TODAY = dt.date(2026, 11, 23)
RS, IS = RectificationState, InspectionState
SYSTEM = Actor("tester", "测试员", "SYSTEM")
TIMESTAMPS = {"created_at", "updated_at"}
CLOSED = {IS.CLOSED_QUALIFIED, IS.CLOSED_AFTER_RECTIFICATION}  # a 复查 that closes everything is 合格


def _generate(path: Path, count: int, seed: int):
    db = open_database(path)
    DemoService(db.factory, SYSTEM, today=TODAY).generate(count, seed=seed)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = _generate(tmp_path_factory.mktemp("inspection-demo") / "demo.db", 200, seed=5)
    yield db
    db.close()


def _rows(db, model) -> list[dict]:
    with db.factory() as session:
        return [{c: getattr(r, c) for c in model.__table__.columns.keys() if c not in TIMESTAMPS}
                for r in session.scalars(select(model).order_by(model.id))]


def test_a_year_of_visits_by_several_departments(demo):
    visits = _rows(demo, Inspection)
    days = [v["inspected_on"] for v in visits]
    assert min(days) >= TODAY - dt.timedelta(days=365) and max(days) <= TODAY
    assert len({d for v in visits for d in v["departments"]}) >= 5
    assert {v["kind"] for v in visits} >= {InspectionKind.ROUTINE, InspectionKind.RANDOM, InspectionKind.RECHECK}
    assert {v["state"] for v in visits} >= {IS.CLOSED_QUALIFIED, IS.RECTIFICATION_REQUIRED,
                                           IS.CLOSED_AFTER_RECTIFICATION}


def test_open_overdue_reissued_closed_and_escalated_findings(demo):
    queues = InspectionQueues(demo.factory, INSPECTOR, today=lambda: TODAY)
    rows = queues.open_findings()
    assert any(r.overdue for r in rows) and any(not r.overdue for r in rows)
    assert rows[0].overdue and queues.home_counts().overdue == sum(r.overdue and r.state is RS.OVERDUE for r in rows)
    findings = _rows(demo, Finding)
    assert {f["state"] for f in findings} >= {RS.ISSUED, RS.SUBMITTED, RS.CLOSED, RS.ESCALATED}
    assert any(f["reissue_count"] == 1 and f["state"] is RS.ISSUED for f in findings)
    assert all(f["closed_by_inspection_id"] for f in findings if f["state"] is RS.CLOSED)


def test_demo_rows_obey_the_closing_rule_and_the_recheck_links(demo):
    visits = {v["id"]: v for v in _rows(demo, Inspection)}
    findings = {f["id"]: f for f in _rows(demo, Finding)}
    related: dict[int, list] = defaultdict(list)
    for f in findings.values():
        related[f["inspection_id"]].append(f["state"])
    for line in _rows(demo, InspectionItemResult):
        if line["finding_id"] and visits[line["inspection_id"]]["kind"] is InspectionKind.RECHECK:
            related[line["inspection_id"]].append(findings[line["finding_id"]]["state"])
            assert findings[line["finding_id"]]["inspection_id"] == visits[line["inspection_id"]]["previous_inspection_id"]
    for inspection_id, states in related.items():
        done = all(s in DONE_FINDING for s in states)
        assert (visits[inspection_id]["closed_on"] is not None) == done, inspection_id
        escalated = any(s is RectificationState.ESCALATED for s in states)
        if done:  # an escalated follow-up ends as 已升级处理, never as 整改后办结
            assert (visits[inspection_id]["state"] is InspectionState.ESCALATED) == escalated, inspection_id


def test_notice_numbers_gap_free_and_counters_set(demo):
    numbered = [v for v in _rows(demo, Inspection) if v["notice_no"]]
    by_year: dict[int, list[int]] = defaultdict(list)
    for v in numbered:
        match = re.fullmatch(r"九龙坡卫健整改〔(\d{4})〕第(\d{4})号", v["notice_no"])
        assert match and int(match[1]) == v["notice_issued_on"].year
        by_year[int(match[1])].append(int(match[2]))
    with demo.factory() as session:
        counters = dict(session.execute(select(NoticeCounter.year, NoticeCounter.last)).all())
    assert {year: sorted(serials) for year, serials in by_year.items()} == {
        year: list(range(1, counters[year] + 1)) for year in counters}


def test_same_seed_same_rows(tmp_path, demo):
    again = _generate(tmp_path / "again.db", 200, seed=5)
    other = _generate(tmp_path / "other.db", 200, seed=6)
    try:
        for model in (Inspection, InspectionItemResult, Finding):
            assert _rows(again, model) == _rows(demo, model)
        assert _rows(other, Finding) != _rows(demo, Finding)
        # The service carries on from the demo rows: a 复查 of an open visit carries its open findings.
        svc = InspectionService(again.factory, INSPECTOR, today=lambda: TODAY)
        open_visit = next(v for v in _rows(again, Inspection) if v["state"] is IS.RECTIFICATION_REQUIRED)
        recheck = svc.start_reinspection(open_visit["id"], TODAY, ["赵明"])
        assert recheck.items and all(i.carried for i in recheck.items)
    finally:
        again.close()
        other.close()


def test_demo_findings_take_the_live_rule_and_words(demo):
    """The period is the rule of the item's department and severity, as when recorded live (消防救援
    15个工作日, 卫生健康 30日, whatever the result), and the history says it in the live service's words
    (walk: a demo 基本符合 "责令限15个工作日内整改" was a fire item; a live 卫生健康 one "限30日")."""
    from workstation.db.orm.inspections import FindingEvent
    from workstation.domain.enums import InspectingDeptKind as Dept
    from workstation.domain.inspection_rules import INSPECTION_DEFAULTS

    seen = set()
    with demo.factory() as session:
        for f in session.scalars(select(Finding).order_by(Finding.id)):
            rule = INSPECTION_DEFAULTS.rule_for(f.department, f.severity)
            assert (f.deadline_rule, f.deadline_days, f.deadline_working) == (rule.text, rule.days, rule.working_days)
            first = session.scalars(select(FindingEvent).where(FindingEvent.finding_id == f.id)
                                    .order_by(FindingEvent.id)).first()
            assert first.text.startswith(f"检查发现“{f.code} {f.text}”{f.result.zh}：{f.note}；责令限{rule.text}内整改，")
            seen.add((f.department, f.result, f.deadline_rule))
    assert (Dept.HEALTH, ItemResult.PARTIAL, "30日") in seen and (Dept.FIRE, ItemResult.PARTIAL, "15个工作日") in seen
