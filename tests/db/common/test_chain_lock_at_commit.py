"""Rows a service records itself (record_event, record_many, a bulk statement's summary) are chained at the
commit too: on a server the desk holds the audit chain's lock only while its trail is written, not from the
first recorded row to the end of a long write (other desks' saves waited meanwhile, and could deadlock)."""

from __future__ import annotations

import pytest
from pg_support import impatient_engine
from sqlalchemy import select, update

from workstation.db.engine import make_session_factory
from workstation.db.orm import Street
from workstation.db.orm.audit import AuditEntry
from workstation.services.audit import check_server, record_event
from workstation.services.common.uow import writing


@pytest.mark.parametrize("recorded", ["event", "bulk statement"])
def test_a_desk_saves_while_another_has_recorded_rows_but_not_committed(district, actor, request, recorded):
    request.getfixturevalue("pg_server")  # skips unless WS_TEST_DB=postgresql (SQLite has one writer by design)
    other = impatient_engine(district.location)
    try:
        with writing(district.factory, actor) as first:
            streets = first.scalars(select(Street).order_by(Street.id)).all()
            if recorded == "event":
                record_event(first, actor, "export", "register", "nursery_roster", {"rows": 12})
            else:
                first.execute(update(Street).where(Street.id == streets[0].id).values(name="批量改名"))
            with writing(make_session_factory(other), actor) as second:  # waited for the first desk's commit
                second.get(Street, streets[1].id).name = "第二个窗口改的街道"
    finally:
        other.dispose()
    with district.factory() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(2)).all()
    assert actions[0] == ("export" if recorded == "event" else "bulk_update")  # the later commit's row is last
    assert actions[1] == "update"
    report = check_server(district.location)
    assert report.audit is not None and report.audit.ok, report.problems
