"""Counts taken for later, on another thread (the registry's and 收费公示's exact counts after a capped one),
are the same counts; on a server they run in one process, not with parallel workers taking every core of a
small server from the desks waiting on their own statements (#20)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from workstation.services.common.context import Actor
from workstation.services.fees import FeeOverviewQuery, FeeService
from workstation.services.registry import RegistryQuery, RegistryService

TODAY = dt.date(2026, 12, 5)
ACTOR = Actor("manager", "科室负责人", role="MANAGER")


@pytest.fixture
def district(demo_database, tmp_path):
    db = demo_database(tmp_path / "d.db", 80, seed=3, today=TODAY, actor=Actor("tester"))
    yield db
    db.close()


def _sent(engine, work) -> tuple[object, list[str]]:
    seen: list[str] = []
    listen = lambda _c, _cur, statement, *_rest: seen.append(statement)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        return work(), seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)


@pytest.mark.parametrize("text", ["", "托", "托育", "没有这样的机构"])
def test_a_count_for_later_is_the_count_and_asks_a_server_for_one_process(district, text):
    server = district.engine.dialect.name == "postgresql"
    registry = RegistryService(district.factory, ACTOR)
    fees = FeeService(district.factory, ACTOR, today=lambda: TODAY)
    pairs = [(lambda: registry.count(RegistryQuery(text=text)), lambda: registry.counter().count(RegistryQuery(text=text))),
             (lambda: fees.overview_count(FeeOverviewQuery(text=text)),
              lambda: fees.overview_count(FeeOverviewQuery(text=text), later=True))]
    for now, later in pairs:
        counted, sent_now = _sent(district.engine, now)
        counted_later, sent_later = _sent(district.engine, later)
        assert counted_later == counted
        assert not any("max_parallel_workers_per_gather" in s for s in sent_now)
        assert any("max_parallel_workers_per_gather" in s for s in sent_later) == server
