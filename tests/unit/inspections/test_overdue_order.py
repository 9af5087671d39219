"""The open findings in urgency order (overdue first, each part by deadline) are paged from the two parts
of "overdue" merged (recorded overdue; issued past the deadline): each part one range of the state and
deadline index, instead of an OR a server answered by reading every overdue finding to sort them (#20).
The pages are those of the order itself, in both directions and at any offset, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from workstation.services.common.context import Actor
from workstation.services.inspections.lists import FindingQuery, finding_ids

TODAY = dt.date(2026, 12, 5)
OPEN = ("SUBMITTED", "ISSUED", "OVERDUE")


@pytest.fixture(scope="module")
def district(demo_database, tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("late") / "d.db", 300, seed=9, today=TODAY, actor=Actor("tester"))
    with db.factory.begin() as session:  # some recorded overdue too, past and later deadlines interleaved
        session.execute(text("UPDATE finding SET state = 'OVERDUE' WHERE state = 'ISSUED' AND id % 3 = 0"))
    yield db
    db.close()


def _expected(db, today: dt.date, descending: bool) -> list[int]:
    with db.factory() as session:
        rows = session.execute(text("SELECT id, state, deadline FROM finding")).all()
    def day(value):
        return dt.date.fromisoformat(str(value)[:10]) if value is not None else None
    late = [(day(d), i) for i, s, d in rows if s == "OVERDUE" or s == "ISSUED" and d is not None and day(d) < today]
    ids = {i for _, i in late}
    rest = [(day(d), i) for i, s, d in rows if s in OPEN and i not in ids]
    null_first = db.engine.dialect.name == "sqlite"  # each engine's own place for a missing deadline

    def ordered(part):
        key = lambda r: ((r[0] is None) != null_first, r[0] or dt.date.min, r[1])  # noqa: E731
        found = [i for _, i in sorted(part, key=key)]
        return found[::-1] if descending else found

    return ordered(rest) + ordered(late) if descending else ordered(late) + ordered(rest)


@pytest.mark.parametrize("descending", [False, True])
def test_every_page_is_a_slice_of_the_whole_order(district, descending):
    expected = _expected(district, TODAY, descending)
    with district.factory() as session:
        parts = session.execute(text(
            "SELECT sum(CASE WHEN state = 'OVERDUE' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN state = 'ISSUED' AND deadline < :d THEN 1 ELSE 0 END) FROM finding"), {"d": TODAY}).one()
    assert min(parts) > 0 and len(expected) > sum(parts)  # both parts of "overdue", and findings not yet due
    query = FindingQuery(descending=descending)
    with district.factory() as session:
        assert finding_ids(session, query, TODAY, 0, 10**6) == expected
        for offset, limit in ((0, 7), (5, 11), (len(expected) // 2, 13), (len(expected) - 3, 10)):
            assert finding_ids(session, query, TODAY, offset, limit) == expected[offset:offset + limit], (offset, limit)
