"""Desks on a server are not serialised for the whole of every write: the audit chain is locked only for
its append (an advisory lock from the append to the commit), and the chain stays whole."""

from __future__ import annotations

from pg_support import impatient_engine
from sqlalchemy import select

from workstation.db.engine import make_session_factory
from workstation.db.orm import Street
from workstation.db.orm.audit import AuditEntry
from workstation.services.audit import check_server
from workstation.services.common.uow import writing


def test_a_desk_saves_while_another_is_still_in_its_write(district, actor, request):
    request.getfixturevalue("pg_server")  # skips unless WS_TEST_DB=postgresql (SQLite has one writer by design)
    other = impatient_engine(district.location)
    try:
        with writing(district.factory, actor) as first:
            streets = first.scalars(select(Street).order_by(Street.id)).all()
            streets[0].name = "第一个窗口改的街道"
            first.flush()
            with writing(make_session_factory(other), actor) as second:  # was held behind the chain head's lock
                second.get(Street, streets[1].id).name = "第二个窗口改的街道"
    finally:
        other.dispose()
    with district.factory() as session:
        trail = session.execute(select(AuditEntry.entity_id, AuditEntry.changes).where(AuditEntry.entity == "street")
                                .order_by(AuditEntry.seq.desc()).limit(2)).all()
    assert [entity_id for entity_id, _ in trail] == [str(streets[0].id), str(streets[1].id)]  # later commit, later row
    report = check_server(district.location)
    assert report.audit is not None and report.audit.ok, report.problems
