"""A bulk append (an import's rows) stores the same values, in the same forms, as SQLAlchemy writes for one row."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from workstation.db import audit_hooks
from workstation.db.audit_hooks import Entry, append
from workstation.db.orm.audit import AuditEntry
from workstation.services.audit.checks import verify_chain

WHOLE_SECOND = dt.datetime(2026, 12, 5, 1, 2, 3)  # the driver's own datetime adapter would drop ".000000"


@pytest.mark.sqlite_only("the driver path and typeof() are SQLite's")
def test_bulk_and_single_appends_store_the_same_forms_and_chain(district, monkeypatch):
    monkeypatch.setattr(audit_hooks, "utcnow", lambda: WHOLE_SECOND)
    with district.factory.begin() as session:
        conn = session.connection()
        first = append(conn, [Entry("view", "nursery", "1", details={"what": "单行"})], "tester")
        bulk = append(conn, [Entry("import", "nursery", str(i), nursery_id=i, changes={"address": ["甲", f"乙{i}"]},
                                   reason="导入登记推送数据：push.csv") for i in range(1, 4)], "tester")
    with district.factory() as session:
        raw = session.execute(text("SELECT seq, at, typeof(at), keyed, typeof(keyed), details FROM audit_log "
                                   "WHERE seq >= :s ORDER BY seq"), {"s": first[0]}).all()
        read = session.scalars(select(AuditEntry).where(AuditEntry.seq.in_(bulk)).order_by(AuditEntry.seq)).all()
        report = verify_chain(session.connection())
    assert [r.seq for r in raw] == first + bulk
    assert {(r.at, r[2], r.keyed, r[4]) for r in raw} == {("2026-12-05 01:02:03.000000", "text", 0, "integer")}
    assert [r.details for r in raw] == ['{"what":"单行"}', "{}", "{}", "{}"]
    assert [e.at for e in read] == [WHOLE_SECOND] * 3 and [e.changes for e in read][0] == '{"address":["甲","乙1"]}'
    assert report.ok
