"""A district copied to a server keeps each nursery's enrolment total as copied: the classes' trigger is
paused during the copy (else every class row rewrote its nursery and its ~40 indexes as the sum grew:
minutes at 100,000 nurseries), and works again afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
from pg_support import needs_postgres, throwaway_database
from sqlalchemy import select

from workstation.db.copy_to_server import copy_tables
from workstation.db.engine import make_engine
from workstation.db.migrate import ensure_schema
from workstation.db.orm import Nursery
from workstation.db.session import open_database
from workstation.demo import DemoService
from workstation.services.common.context import Actor

pytestmark = needs_postgres
WRONG = ("SELECT count(*) FROM nursery n WHERE n.enrolled_total <> "
         "(SELECT coalesce(sum(enrolled), 0) FROM nursery_class WHERE nursery_id = n.id)")

REWRITTEN_PAGES = ("SELECT count(*) FROM (SELECT (ctid::text::point)[0] AS page, max((ctid::text::point)[1]) AS top, "
                   "count(*) AS n FROM nursery GROUP BY 1) p WHERE top <> n")


@pytest.fixture
def server():
    yield from throwaway_database()


def test_the_copy_brings_the_totals_without_rewriting_a_nursery_per_class(tmp_path, server):
    source = open_database(tmp_path / "d.db")
    DemoService(source.factory, Actor("tester", "测试员", "SYSTEM"), today=dt.date(2026, 12, 4)).generate(60, seed=8)
    with source.factory() as session:
        totals = dict(session.execute(select(Nursery.id, Nursery.enrolled_total)).all())
    target = make_engine(server)
    try:
        ensure_schema(target)
        copy_tables(source.engine, target)
        with target.begin() as conn:
            assert dict(conn.execute(select(Nursery.id, Nursery.enrolled_total)).all()) == totals
            assert conn.exec_driver_sql(WRONG).scalar_one() == 0
            # No nursery row was written again after its insert (the trigger rewrote one per class): each
            # page holds its rows' first versions only, one after the other.
            assert conn.exec_driver_sql(REWRITTEN_PAGES).scalar_one() == 0
            nursery_id = min(totals)
            conn.exec_driver_sql("INSERT INTO nursery_class (nursery_id, name, class_type, capacity, enrolled, "
                                 f"caregivers) VALUES ({nursery_id}, 'x', 'MIXED', 20, 7, 2)")
            assert conn.execute(select(Nursery.enrolled_total).where(Nursery.id == nursery_id)).scalar_one() == \
                totals[nursery_id] + 7  # the trigger works again
    finally:
        target.dispose()
        source.close()
