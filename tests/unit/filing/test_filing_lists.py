"""The 备案管理 list read a page at a time: counted in SQL, newest first across pages, filtered by
text, state and kind in SQL, sorted by a column in SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import Clock, accepted, add_nursery, service, uscc

from workstation.domain.filing import FilingKind, FilingState
from workstation.domain.pinyin_order import name_sort_key
from workstation.services.filing import ApplicationQuery


def test_count_pages_filters_and_sort(district):
    svc = service(district, Clock(dt.date(2025, 6, 3)))
    drafts = [svc.create(add_nursery(district.factory, n), FilingKind.INITIAL).id for n in range(1, 5)]
    done = accepted(svc, add_nursery(district.factory, 5))
    ids = [*drafts, done.id]

    first = svc.applications_first_page(ApplicationQuery(), 2)
    assert first.total == 5 and [r.id for r in first.rows] == ids[::-1][:2]
    assert [r.id for r in svc.applications_page(ApplicationQuery(), 2, 2)] == ids[::-1][2:4]
    assert [r.id for r in svc.applications_page(ApplicationQuery(), 4, 2)] == ids[:1]

    drafts_only = svc.applications_first_page(ApplicationQuery(state=FilingState.DRAFT), 10)
    assert drafts_only.total == 4 and {r.id for r in drafts_only.rows} == set(drafts)
    assert svc.applications_first_page(ApplicationQuery(kind=FilingKind.CHANGE), 10).total == 0
    by_receipt = svc.applications_first_page(ApplicationQuery(text=svc.get(done.id).receipt_no), 10)
    assert [r.id for r in by_receipt.rows] == [done.id] and by_receipt.total == 1
    named = svc.applications_first_page(ApplicationQuery(text=first.rows[1].nursery_name), 10)
    assert [r.nursery_name for r in named.rows] == [first.rows[1].nursery_name]
    assert svc.applications_first_page(ApplicationQuery(text="%"), 10).total == 0  # a literal %, not "anything"

    by_state = svc.applications_page(ApplicationQuery(sort_key="state", descending=False), 0, 10)
    assert [r.state for r in by_state] == [FilingState.DRAFT] * 4 + [FilingState.ACCEPTED]
    by_name = svc.applications_page(ApplicationQuery(sort_key="nursery", descending=True), 0, 10)
    assert [r.nursery_name for r in by_name] == sorted((r.nursery_name for r in by_name), key=name_sort_key,
                                                       reverse=True)


# Code point order would put 张 (U+5F20) before 阿 (U+963F) and 北 (U+5317) first: pinyin puts 阿 first.
NAMES = ("张家湾托育园", "阿福托育园", "北城托育园", "阿福托育园", "重庆托育园")


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort_key", ["nursery", "uscc", "submitted", "due", "receipt", "state", "kind"])
def test_each_order_is_the_same_on_every_engine(district, sort_key, descending):
    """Names in pinyin order, NULLs (drafts' dates and receipt numbers, no USCC) first ascending and
    last descending as SQLite puts them, ties by id in the column's direction: on both engines, and the
    pages join up into that order."""
    svc = service(district, Clock(dt.date(2025, 6, 3)))
    ids = []
    for number, name in enumerate(NAMES, start=1):
        nursery = add_nursery(district.factory, number, name=name, uscc=None if number == 3 else uscc(number))
        ids.append(svc.create(nursery, FilingKind.INITIAL).id if number % 2 else accepted(svc, nursery).id)
    rows = {r.id: r for r in svc.applications_page(ApplicationQuery(), 0, 10)}
    assert set(rows) == set(ids)
    value = {"nursery": lambda r: name_sort_key(r.nursery_name), "uscc": lambda r: r.uscc or None,
             "submitted": lambda r: r.submitted_on, "due": lambda r: r.due_on, "receipt": lambda r: r.receipt_no,
             "state": lambda r: list(FilingState).index(r.state), "kind": lambda r: list(FilingKind).index(r.kind)}[sort_key]
    # SQLite's order: NULL below every value; ties by id, the whole key reversed when descending
    expected = sorted(rows, key=lambda i: (value(rows[i]) is not None, value(rows[i]) or 0, i), reverse=descending)
    query = ApplicationQuery(sort_key=sort_key, descending=descending)
    assert [r.id for r in svc.applications_page(query, 0, 10)] == expected
    assert [r.id for start in range(0, 5, 2) for r in svc.applications_page(query, start, 2)] == expected


def test_a_page_reads_the_listed_columns_not_whole_applications(district):
    """The list is read again after every change in an application dialog: its page selects the ten
    columns a row shows, not every column of each application (loading entities cost ~20 ms a page)."""
    from sqlalchemy import event

    svc = service(district, Clock(dt.date(2025, 6, 3)))
    done = accepted(svc, add_nursery(district.factory, 1))
    statements: list[str] = []
    engine = district.factory.kw["bind"]
    listen = lambda _conn, _cursor, statement, *_rest: statements.append(" ".join(statement.split()))  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        page = svc.applications_first_page(ApplicationQuery(), 10)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert [(r.id, r.state, r.receipt_no) for r in page.rows] == [(done.id, FilingState.ACCEPTED, done.receipt_no)]
    rows = [s for s in statements if s.startswith("SELECT") and "nursery.name" in s]
    assert rows, statements
    assert all("verification_due_on" not in s for s in rows), rows
