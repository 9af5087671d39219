"""A large demo is built and inserted in batches (nurseries, fees, filings, inspections), so its
memory does not grow with the district; the batches do not change the rows a seed gives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event, select

from workstation.db.orm import Nursery
from workstation.db.orm.fees import FeeItemRow, FeePublicity, FeeSchedule
from workstation.db.orm.filing import FilingApplication, FilingEvent, FilingMaterial
from workstation.db.orm.inspections import Finding, FindingEvent, Inspection, InspectionItemResult
from workstation.db.orm.staff import StaffCredential, StaffHealthCheck, StaffMember
from workstation.db.session import open_database
from workstation.demo import DemoService, fees, filing_rows, inspections, nurseries, staff
from workstation.services.common.context import Actor

TODAY = dt.date(2026, 6, 30)
ACTOR = Actor(username="tester")
COUNT = 400
SMALL = 40
# The rows one batch of SMALL units can make (an inspection visit has up to ~20 item lines).
MOST_ROWS_PER_STATEMENT = SMALL * 25
TABLES = (Nursery, FeeSchedule, FeeItemRow, FeePublicity, FilingApplication, FilingMaterial, FilingEvent,
          Inspection, Finding, InspectionItemResult, FindingEvent, StaffMember, StaffCredential, StaffHealthCheck)


def _rows(db) -> dict[str, list[dict]]:
    found = {}
    with db.factory() as session:
        for model in TABLES:
            table = model.__table__
            result = session.execute(select(table).order_by(*table.primary_key.columns)).mappings().all()
            found[model.__name__] = [{k: v for k, v in row.items() if k not in ("created_at", "updated_at")}
                                     for row in result]
    return found


def test_demo_inserts_in_bounded_batches_and_gives_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    whole = open_database(tmp_path / "whole.db")
    DemoService(whole.factory, ACTOR, today=TODAY).generate(COUNT, seed=5)

    for module in (nurseries, fees, filing_rows, inspections, staff):
        monkeypatch.setattr(module, "BATCH_SIZE", SMALL, raising=False)
    batched = open_database(tmp_path / "batched.db")
    largest: list[int] = [0]

    @event.listens_for(batched.engine, "before_cursor_execute")
    def measure(_conn, _cursor, _statement, parameters, _context, executemany):
        if executemany:
            largest[0] = max(largest[0], len(parameters))

    DemoService(batched.factory, ACTOR, today=TODAY).generate(COUNT, seed=5)
    try:
        assert 0 < largest[0] <= MOST_ROWS_PER_STATEMENT
        expected, got = _rows(whole), _rows(batched)
        for name in expected:
            assert got[name] == expected[name], name
            assert expected[name], name  # every table has demo rows to compare
    finally:
        whole.close()
        batched.close()
