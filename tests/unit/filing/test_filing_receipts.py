"""Receipt numbers: format from the rules, gap-free per year, never reused, write lock taken first."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from filing_support import Clock, act, add_nursery, service, under_check
from sqlalchemy import event, select

from workstation.db.orm import Nursery
from workstation.db.orm.filing import ReceiptCounter
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.errors import StorageError, ValidationError
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.filing_rules import FILING_DEFAULTS, MaterialResult
from workstation.services.common import serials as filing_receipts

A, K = FilingAction, FilingKind


def accept_new(svc, database, number: int, kind: FilingKind = FilingKind.INITIAL):
    status = Status.REGISTERED if kind is K.INITIAL else Status.OPERATING
    return act(svc, under_check(svc, add_nursery(database.factory, number, status), kind), A.ACCEPT)


def test_numbers_are_gap_free_per_year_across_kinds(district):
    clock = Clock(dt.date(2025, 12, 30))
    svc = service(district, clock)
    numbers = [accept_new(svc, district, i, kind).receipt_no
               for i, kind in enumerate((K.INITIAL, K.CHANGE, K.CANCELLATION), start=1)]
    assert numbers == ["500107-2025-0001", "500107-2025-0002", "500107-2025-0003"]
    clock.today = dt.date(2026, 1, 5)
    assert accept_new(svc, district, 4).receipt_no == "500107-2026-0001"
    with district.factory() as session:
        assert dict(session.execute(select(ReceiptCounter.year, ReceiptCounter.last)).all()) == {2025: 3, 2026: 1}


def test_refused_acceptance_leaves_no_gap(district):
    svc = service(district, Clock(dt.date(2025, 11, 3)))
    spoiled = under_check(svc, add_nursery(district.factory, 1))
    spoiled = svc.check_material(spoiled.materials[0].id, MaterialResult.INVALID, "无公章")
    with pytest.raises(ValidationError):
        act(svc, spoiled, A.ACCEPT)
    assert accept_new(svc, district, 2).receipt_no == "500107-2025-0001"


def test_format_is_a_rule_parameter(district):
    rules = FILING_DEFAULTS.with_values(receipt_format="九卫托备〔{year}〕{serial:03d}号")
    svc = service(district, Clock(dt.date(2025, 11, 3)), rules=rules)
    app = accept_new(svc, district, 1)
    assert app.receipt_no == "九卫托备〔2025〕001号"
    with district.factory() as session:
        assert session.get(Nursery, app.nursery.id).filing_no == "九卫托备〔2025〕001号"


def test_broken_format_refuses_acceptance_without_using_a_number(district):
    rules = FILING_DEFAULTS.with_values(receipt_format="{district}-{yaer}")
    svc = service(district, Clock(dt.date(2025, 11, 3)), rules=rules)
    app = under_check(svc, add_nursery(district.factory, 1))
    with pytest.raises(ValidationError, match="回执编号格式"):
        act(svc, app, A.ACCEPT)
    with district.factory() as session:
        assert session.scalar(select(ReceiptCounter.last)) is None


def test_counter_update_is_the_first_statement_of_the_acceptance(district):
    """In WAL a transaction that read first cannot take the write lock later (SQLITE_BUSY_SNAPSHOT)."""
    svc = service(district, Clock(dt.date(2025, 11, 3)))
    app = under_check(svc, add_nursery(district.factory, 1))
    statements: list[str] = []
    listener = lambda conn, cursor, sql, params, context, many: statements.append(sql.strip())  # noqa: E731
    event.listen(district.engine, "before_cursor_execute", listener)
    try:
        act(svc, app, A.ACCEPT)
    finally:
        event.remove(district.engine, "before_cursor_execute", listener)
    counter = next(i for i, sql in enumerate(statements) if sql.startswith("UPDATE receipt_counter"))
    assert "RETURNING" in statements[counter]
    # Only writes before it (uow.writing may lock first): the write lock is held before any read.
    assert all(sql.startswith(("UPDATE", "INSERT")) for sql in statements[:counter + 1])
    assert statements[counter + 1].startswith("INSERT INTO receipt_counter")  # the year's first receipt


def test_busy_failures_are_retried_and_others_are_not():
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5  # type: ignore[attr-defined]
    wrapped = StorageError("数据库正被其他程序占用")
    wrapped.__cause__ = locked
    assert filing_receipts.is_busy(wrapped)
    assert not filing_receipts.is_busy(StorageError("磁盘空间已满"))
    attempts = iter([wrapped, wrapped, None])

    def work():
        failure = next(attempts)
        if failure:
            raise failure
        return "done"

    assert filing_receipts.retrying(work) == "done"
    with pytest.raises(StorageError, match="磁盘"):
        filing_receipts.retrying(lambda: (_ for _ in ()).throw(StorageError("磁盘空间已满")))
