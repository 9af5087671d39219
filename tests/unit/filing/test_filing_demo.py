"""Demo filings: every kind in every state, due today and overdue, receipts issued and numbered."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest
from filing_support import SYSTEM, Clock, act, check_all, service
from sqlalchemy import select

from workstation.db.orm import Nursery
from workstation.db.orm.filing import (
    ChangeItem,
    DocumentIssue,
    FilingApplication,
    FilingEvent,
    FilingMaterial,
    ReceiptCounter,
)
from workstation.db.session import open_database
from workstation.demo import DemoService
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.filing import DECIDED_STATES, FilingAction, FilingKind, FilingState
from workstation.domain.filing_rules import GuardFacts, MaterialFacts, guard_problems

TODAY = dt.date(2026, 11, 23)
K, S = FilingKind, FilingState
TIMESTAMPS = {"created_at", "updated_at"}


def _generate(path: Path, count: int, seed: int):
    db = open_database(path)
    DemoService(db.factory, SYSTEM, today=TODAY).generate(count, seed=seed)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_database):
    # This module's own copy of the session's demo (conftest `demo_database`, shared with test_demo).
    db = demo_database(tmp_path_factory.mktemp("filing-demo") / "demo.db", 300, seed=3,
                       today=TODAY, actor=SYSTEM)
    yield db
    db.close()


@pytest.fixture(scope="module")
def apps(demo) -> list[FilingApplication]:
    with demo.factory() as session:
        rows = session.scalars(select(FilingApplication).order_by(FilingApplication.id)).all()
        for app in rows:
            _ = app.materials, app.change_items
        return rows


def test_every_kind_in_every_state(apps):
    seen = {(a.kind, a.state) for a in apps}
    expected = {(k, s) for k in FilingKind for s in FilingState} - {(K.CANCELLATION, S.NOTIFIED)}
    assert seen == expected


def test_some_due_today_and_some_overdue(demo):
    queues = service(demo, Clock(TODAY)).queues()
    receipts_due_today = [e for e in queues.queue("due_today").entries if e.note == "出具回执"]
    assert receipts_due_today and queues.queue("overdue").total > 0 and queues.queue("due_next").total > 0
    assert queues.queue("awaiting_verification").total > 0 and queues.queue("not_filed").total > 0


def test_receipts_are_issued_and_numbered_gap_free_per_year(demo, apps):
    decided = [a for a in apps if a.state in DECIDED_STATES]
    assert all(a.receipt_no for a in decided) and not any(a.receipt_no for a in apps if a.state not in DECIDED_STATES)
    by_year: dict[int, list[int]] = defaultdict(list)
    for app in decided:
        match = re.fullmatch(r"500107-(\d{4})-(\d{4})", app.receipt_no)
        assert match and int(match[1]) == app.accepted_on.year
        by_year[int(match[1])].append(int(match[2]))
    with demo.factory() as session:
        counters = dict(session.execute(select(ReceiptCounter.year, ReceiptCounter.last)).all())
        issued = {(i.application_id, i.document) for i in session.scalars(select(DocumentIssue))}
    for year, serials in by_year.items():
        assert sorted(serials) == list(range(1, len(serials) + 1)) and counters[year] == len(serials)
    assert all(any(app_id == a.id for app_id, _ in issued) for a in decided)


def test_nursery_status_and_filing_number_match_the_applications(demo, apps):
    with demo.factory() as session:
        nurseries = {n.id: n for n in session.scalars(select(Nursery))}
    open_kind = {a.nursery_id: a.kind for a in apps if a.state in (S.SUBMITTED, S.MATERIALS_CHECK)}
    busy = {K.INITIAL: Status.FILING, K.CHANGE: Status.CHANGING, K.CANCELLATION: Status.CANCELLING}
    for nursery in nurseries.values():
        if nursery.status in busy.values():
            assert busy[open_kind[nursery.id]] is nursery.status
    for app in apps:
        nursery = nurseries[app.nursery_id]
        if app.kind is K.INITIAL and app.state in DECIDED_STATES:
            assert nursery.filing_no == app.receipt_no and nursery.filed_at.date() == app.accepted_on
        if app.kind is K.CANCELLATION and app.state in DECIDED_STATES:
            assert nursery.status is Status.CANCELLED


def test_decided_applications_passed_their_guards(apps):
    for app in (a for a in apps if a.state in DECIDED_STATES):
        facts = GuardFacts(app.kind, tuple(MaterialFacts(m.material_type, m.title, m.required, m.provided, m.result,
                                                         m.rating, m.subtype) for m in app.materials),
                           len(app.change_items), app.settlement_note)
        assert guard_problems(("materials_complete", "hygiene_qualified"), facts) == [], app.id


def test_new_receipts_continue_after_the_demo_numbers(demo, apps):
    svc = service(demo, Clock(TODAY))
    pending = next(a for a in apps if a.kind is K.INITIAL and a.state is S.MATERIALS_CHECK)
    view = check_all(svc, svc.get(pending.id))
    for material in view.materials:
        if material.required and not material.provided:
            pytest.fail(f"demo application {pending.id} lacks {material.title}")
    with demo.factory() as session:
        last = session.scalar(select(ReceiptCounter.last).where(ReceiptCounter.year == 2026))
    assert act(svc, view, FilingAction.ACCEPT).receipt_no == f"500107-2026-{last + 1:04d}"


def test_same_seed_gives_the_same_filings(tmp_path):
    first, second = _generate(tmp_path / "a.db", 150, seed=5), _generate(tmp_path / "b.db", 150, seed=5)
    try:
        for model in (FilingApplication, FilingMaterial, ChangeItem, FilingEvent, DocumentIssue, ReceiptCounter):
            assert _rows(first, model) == _rows(second, model), model.__name__
    finally:
        first.close()
        second.close()


def _rows(db, model) -> list[dict]:
    table = model.__table__
    with db.factory() as session:
        result = session.execute(select(table).order_by(*table.primary_key.columns)).mappings().all()
    return [{k: v for k, v in row.items() if k not in TIMESTAMPS} for row in result]
