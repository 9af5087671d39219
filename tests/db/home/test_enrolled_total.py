"""20261205_0045: each nursery's enrolment total is stored, kept by triggers on nursery_class, so 首页's
enrolment is read from the nurseries' figures index instead of every class; `check` reports a wrong total."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, select, update
from test_engines import ON_POSTGRES

from workstation.db import migrate
from workstation.db.orm import Nursery
from workstation.db.orm.nursery import NurseryClass
from workstation.domain.enums import ClassType
from workstation.services.audit import check_database, check_server
from workstation.services.common.context import Actor
from workstation.services.home import figures
from workstation.services.home.figures import HomeService

TODAY = dt.date(2026, 12, 5)
# 首页's enrolment as the code before this revision read it (every class).
OLD_ENROLLED_SQL = f"""
SELECT (SELECT COALESCE(SUM(enrolled), 0) FROM nursery_class)
     - (SELECT COALESCE(SUM((SELECT SUM(c.enrolled) FROM nursery_class c WHERE c.nursery_id = n.id)), 0)
        FROM nursery n WHERE n.status IN ({figures._NOT_COUNTED_IN}))
"""
WRONG = ("SELECT count(*) FROM nursery n WHERE n.enrolled_total <> "
         "(SELECT coalesce(sum(enrolled), 0) FROM nursery_class WHERE nursery_id = n.id)")


@pytest.fixture
def district(demo_database, tmp_path):
    db = demo_database(tmp_path / "d.db", 120, seed=7, today=TODAY, actor=Actor("tester"))
    yield db
    db.close()


def _config(conn):
    config = migrate._alembic_config()
    config.attributes["connection"] = conn
    return config


def _totals(db) -> dict[int, int]:
    with db.factory() as session:
        return dict(session.execute(select(Nursery.id, Nursery.enrolled_total)).all())


def _sums(db) -> dict[int, int]:
    with db.factory() as session:
        sums = dict.fromkeys(session.scalars(select(Nursery.id)), 0)
        for nursery_id, enrolled in session.execute(select(NurseryClass.nursery_id, NurseryClass.enrolled)):
            sums[nursery_id] += enrolled
        return sums


def test_the_totals_follow_every_class_change(district):
    totals = _totals(district)
    assert totals == _sums(district) and any(totals.values())
    with district.factory() as session:
        with_classes = list(session.scalars(select(NurseryClass.nursery_id).distinct().order_by(NurseryClass.nursery_id)))
        bare = session.scalar(select(Nursery.id).where(Nursery.id.not_in(select(NurseryClass.nursery_id))))
    first, second = with_classes[:2]
    with district.factory.begin() as session:  # add (also to a nursery with no class yet)
        session.add(NurseryClass(nursery_id=first, class_type=ClassType.TODDLER_OLD, capacity=20, enrolled=17))
        if bare is not None:
            session.add(NurseryClass(nursery_id=bare, class_type=ClassType.TODDLER_OLD, capacity=20, enrolled=5))
    assert _totals(district)[first] == totals[first] + 17
    with district.factory.begin() as session:  # change through the ORM
        moved = session.scalars(select(NurseryClass).where(NurseryClass.nursery_id == first)).first()
        moved.enrolled += 3
    with district.factory.begin() as session:  # move to another nursery, changing its enrolment too
        session.execute(update(NurseryClass).where(NurseryClass.id == moved.id)
                        .values(nursery_id=second, enrolled=NurseryClass.enrolled + 1))
    with district.factory.begin() as session:  # delete
        session.execute(delete(NurseryClass).where(NurseryClass.nursery_id == with_classes[2]))
    with district.factory.begin() as session:  # a nursery's classes replaced through its relationship
        nursery = session.get(Nursery, with_classes[3])
        nursery.classes = [NurseryClass(class_type=ClassType.INFANT, capacity=10, enrolled=9)]
    after = _totals(district)
    assert after == _sums(district)
    assert after[with_classes[2]] == 0 and after[with_classes[3]] == 9
    assert after[second] != totals[second] and after[first] != totals[first] + 17 + 3


def test_the_home_figure_is_the_old_sum_of_every_class(district):
    with district.engine.connect() as conn:
        old = conn.exec_driver_sql(OLD_ENROLLED_SQL).scalar_one()
    assert old > 0
    assert HomeService(district.factory).enrolled() == old
    assert HomeService(district.factory).summary().enrolled == old


def test_the_upgrade_fills_the_totals(district):
    with district.engine.begin() as conn:
        command.downgrade(_config(conn), "20261205_0044")
        conn.exec_driver_sql("UPDATE nursery_class SET enrolled = enrolled + 2 WHERE id IN (SELECT id FROM nursery_class ORDER BY id LIMIT 200)")
        command.upgrade(_config(conn), "head")
        assert conn.exec_driver_sql(WRONG).scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM nursery WHERE enrolled_total > 0").scalar_one() > 50


def test_check_names_a_nursery_whose_total_was_edited_by_hand(district):
    with district.factory() as session:
        nursery_id, name = session.execute(select(Nursery.id, Nursery.name).order_by(Nursery.id)).first()
    report = _check(district)
    assert report.ok, report.lines()
    with district.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE nursery SET enrolled_total = enrolled_total + 1000 WHERE id = {nursery_id}")
    report = _check(district)
    assert not report.ok
    wrong = [p for p in report.problems if "在托人数合计" in p]
    assert len(wrong) == 1 and f"“{name}”（编号 {nursery_id}）" in wrong[0], report.problems


def _check(db):
    url = db.engine.url
    if ON_POSTGRES:
        return check_server(url.render_as_string(hide_password=False))
    db.engine.dispose()
    return check_database(Path(url.database))


@pytest.mark.parametrize("sql", ["FIGURES_SQL", "ENROLLED_SQL"])
def test_the_start_read_does_not_touch_the_classes(district, sql):
    sql = getattr(figures, sql)
    with district.engine.connect() as conn:
        if ON_POSTGRES:
            plan = "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}"))
        else:
            plan = "\n".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
            assert "USING COVERING INDEX ix_nursery_figures" in plan, plan
    assert "nursery_class" not in plan, plan
