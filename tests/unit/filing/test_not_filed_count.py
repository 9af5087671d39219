"""The 登记超过…天未备案 count is all registered nurseries less the few not yet late (#17): at 100,000 nurseries
it walked ~11,000 entries of the wide backlog index after every change, each page decrypted again on an
encrypted district. The count stays exact at the day's edges, and for a missing registration date."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select, update

from workstation.db.orm import Nursery
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing_rules import FILING_DEFAULTS
from workstation.services.common.context import Actor
from workstation.services.filing.queues import work_queues

TODAY = dt.date(2026, 12, 4)
CUTOFF = TODAY - dt.timedelta(days=FILING_DEFAULTS.registered_not_filed_days)
EDGES = [  # (registered_at, created_at, late?)
    (CUTOFF, dt.datetime(2026, 12, 1, 9), True),
    (CUTOFF + dt.timedelta(days=1), dt.datetime(2020, 1, 1), False),
    (None, dt.datetime.combine(CUTOFF, dt.time(23, 59, 59)), True),
    (None, dt.datetime.combine(CUTOFF + dt.timedelta(days=1), dt.time.min), False),
    (None, dt.datetime.combine(CUTOFF, dt.time.min), True),
]


@pytest.fixture(scope="module")
def db(demo_database, tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("backlog") / "b.db", 200, seed=5, today=TODAY,
                       actor=Actor("tester", "测试员", "SYSTEM"))
    with db.factory.begin() as session:
        ids = session.scalars(select(Nursery.id).order_by(Nursery.id).limit(len(EDGES))).all()
        for nursery_id, (registered, created, _late) in zip(ids, EDGES, strict=True):
            session.execute(update(Nursery).where(Nursery.id == nursery_id).values(
                status=InstitutionStatus.REGISTERED, registered_at=registered, created_at=created))
    yield db
    db.close()


def test_the_backlog_count_is_exact_at_the_edges(db):
    with db.factory() as session:
        whole = work_queues(session, TODAY, limit=10**9).queue("not_filed")
        short = work_queues(session, TODAY, limit=2).queue("not_filed")
        edge_ids = session.scalars(select(Nursery.id).order_by(Nursery.id).limit(len(EDGES))).all()
    listed = {e.nursery_id for e in whole.entries}
    assert [i in listed for i in edge_ids] == [late for *_, late in EDGES]
    assert short.total == whole.total == len(whole.entries) > 2


@pytest.mark.sqlite_only("SQLite query plans")
def test_the_backlog_is_counted_along_the_status_index(db):
    seen: list[tuple[str, tuple]] = []
    engine = db.factory.kw["bind"]
    listen = lambda _c, _cur, statement, parameters, *_: seen.append((statement, tuple(parameters)))  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        with db.factory() as session:
            work_queues(session, TODAY, limit=3)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    counts = [(s, p) for s, p in seen if "count(" in s and "filing_application" not in s]
    assert len(counts) == 1
    with engine.connect() as conn:
        plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {counts[0][0]}", counts[0][1])]
    # every backlog index entry of a registered nursery is no longer read to count them
    assert "SEARCH nursery USING COVERING INDEX ix_nursery_not_filed (status=?)" not in plan, plan
    assert "SEARCH nursery USING COVERING INDEX ix_nursery_status (status=?)" in plan, plan

