"""20261205_0048: each fee schedule carries its nursery's name key (kept by triggers), so 收费公示's ties go by
name along the sorted column's index. The upgrade fills the keys and the downgrade takes everything away again,
on both engines; every order of the list (no search) is still one index walk in both directions; `check`
reports a key edited by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, inspect
from test_engines import ON_POSTGRES

from workstation.db import migrate
from workstation.db.base import Base, include_object
from workstation.db.repositories.fee_overview import overview_page
from workstation.db.repositories.fee_sorted import SCHEDULE_SORT_COLUMNS
from workstation.services.audit import check_database, check_server
from workstation.services.common.context import Actor

TODAY = dt.date(2026, 12, 5)
BEFORE = "20261205_0047"
WRONG = ("SELECT count(*) FROM fee_schedule s JOIN nursery n ON n.id = s.nursery_id "
         "WHERE s.nursery_pinyin IS NULL OR s.nursery_pinyin <> n.name_pinyin")
NEW_INDEXES = {"ix_nursery_street_pinyin", "ix_nursery_inclusive_pinyin", "ix_nursery_legal_nature_rank_pinyin"}
TRIGGERS_SQL = {  # the triggers of this revision, by engine
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fee_pinyin%' "
              "OR name LIKE 'fee_schedule_pinyin%'",
    "postgresql": "SELECT tgname FROM pg_trigger WHERE tgname IN ('fee_schedule_pinyin', 'nursery_fee_pinyin') "
                  "UNION ALL SELECT proname FROM pg_proc WHERE proname IN ('ws_fee_schedule_pinyin', "
                  "'ws_nursery_fee_pinyin')",
}
# Orders read along an index in both directions with no search; 超指导价 and 公示 are computed (sorted anyway),
# 机构名称 walks ix_nursery_name_pinyin as before (on PostgreSQL with an incremental sort of equal names).
WALKED = {"street": "ix_nursery_street_pinyin", "legal_nature": "ix_nursery_legal_nature_rank_pinyin",
          "inclusive": "ix_nursery_inclusive_pinyin",
          **{key: f"ix_fee_schedule_by_{'start' if key == 'effective_from' else key}" for key in SCHEDULE_SORT_COLUMNS}}


@pytest.fixture
def district(demo_database, tmp_path):
    db = demo_database(tmp_path / "d.db", 120, seed=7, today=TODAY, actor=Actor("tester"))
    yield db
    db.close()


def _config(conn):
    config = migrate._alembic_config()
    config.attributes["connection"] = conn
    return config


def _indexes(conn) -> dict[str, list[str]]:
    found = {}
    for table in ("nursery", "fee_schedule"):
        found.update({i["name"]: i["column_names"] for i in inspect(conn).get_indexes(table)})
    return found


def _index_names(conn) -> set[str]:
    """Every index's name, expression indexes too (SQLite's reflection skips those)."""
    sql = ("SELECT indexname FROM pg_indexes" if conn.dialect.name == "postgresql"
           else "SELECT name FROM sqlite_master WHERE type = 'index'")
    return set(conn.exec_driver_sql(sql).scalars())


def test_the_upgrade_fills_the_keys_and_the_downgrade_takes_everything_away(district):
    with district.engine.begin() as conn:
        assert conn.exec_driver_sql(WRONG).scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM fee_schedule").scalar_one() > 20
        command.downgrade(_config(conn), BEFORE)
        assert "nursery_pinyin" not in {c["name"] for c in inspect(conn).get_columns("fee_schedule")}
        indexes = _indexes(conn)
        assert not NEW_INDEXES & _index_names(conn)
        assert indexes["ix_nursery_fee_caps"] == ["status", "inclusive", "legal_nature"]
        assert indexes["ix_fee_schedule_by_full_day"] == ["main_full_day_fen", "nursery_id", "effective_from",
                                                          "effective_to"]
        assert indexes["ix_fee_schedule_by_start"] == ["effective_from", "nursery_id", "effective_to"]
        assert conn.exec_driver_sql(TRIGGERS_SQL[conn.dialect.name]).all() == []
        # Renamed and a schedule added while the column is gone: no trigger of this revision is left to fail.
        conn.exec_driver_sql("UPDATE nursery SET name_pinyin = 'a a renamed' WHERE id = "
                             "(SELECT min(nursery_id) FROM fee_schedule)")
        conn.exec_driver_sql("INSERT INTO fee_schedule (uuid, nursery_id, effective_from, note, created_at, created_by, "
                             "updated_at, updated_by, version) SELECT 'k-1', min(id), '2030-01-01', '', "
                             "'2026-12-05', 't', '2026-12-05', 't', 1 FROM nursery")
        command.upgrade(_config(conn), "head")
        assert conn.exec_driver_sql(WRONG).scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM fee_schedule WHERE nursery_pinyin = 'a a renamed'"
                                    ).scalar_one() >= 1
        assert len(conn.exec_driver_sql(TRIGGERS_SQL[conn.dialect.name]).all()) in (3, 4)  # SQLite 3, server 2 + 2
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
        # The indexes shaped per engine (not declared, so not compared above).
        assert NEW_INDEXES <= _index_names(conn)
        if conn.dialect.name == "postgresql":
            definition = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = "
                                              "'ix_nursery_street_pinyin'").scalar_one()
            assert "street_id NULLS FIRST, name_pinyin, id" in definition, definition


def test_the_keys_follow_renames_and_moves_written_with_plain_sql(district):
    with district.engine.begin() as conn:
        first, second = conn.exec_driver_sql("SELECT DISTINCT nursery_id FROM fee_schedule ORDER BY nursery_id "
                                             "LIMIT 2").scalars().all()
        conn.exec_driver_sql(f"UPDATE nursery SET name_pinyin = 'zz renamed' WHERE id = {first}")
        conn.exec_driver_sql(f"UPDATE nursery SET name_pinyin = NULL WHERE id = {second}")
        assert conn.exec_driver_sql(f"SELECT DISTINCT nursery_pinyin FROM fee_schedule WHERE nursery_id = {first}"
                                    ).scalars().all() == ["zz renamed"]
        assert conn.exec_driver_sql(f"SELECT DISTINCT nursery_pinyin FROM fee_schedule WHERE nursery_id = {second}"
                                    ).scalars().all() == [None]
        conn.exec_driver_sql(f"UPDATE fee_schedule SET nursery_id = {first} WHERE id = "
                             f"(SELECT min(id) FROM fee_schedule WHERE nursery_id = {second})")
        assert conn.exec_driver_sql(f"SELECT DISTINCT nursery_pinyin FROM fee_schedule WHERE nursery_id = {first}"
                                    ).scalars().all() == ["zz renamed"]


def _check(db):
    url = db.engine.url
    if ON_POSTGRES:
        return check_server(url.render_as_string(hide_password=False))
    db.engine.dispose()
    return check_database(Path(url.database))


def test_check_names_a_schedule_whose_name_key_was_edited_by_hand(district):
    assert not [p for p in _check(district).problems if "收费标准" in p]
    with district.engine.begin() as conn:
        schedule_id, name = conn.exec_driver_sql(
            "SELECT s.id, n.name FROM fee_schedule s JOIN nursery n ON n.id = s.nursery_id ORDER BY s.id").first()
        conn.exec_driver_sql(f"UPDATE fee_schedule SET nursery_pinyin = 'edited' WHERE id = {schedule_id}")
    wrong = [p for p in _check(district).problems if "收费标准" in p]
    assert len(wrong) == 1 and f"收费标准（编号 {schedule_id}）" in wrong[0] and f"“{name}”" in wrong[0], wrong


def _statements(db, key: str, descending: bool) -> list[tuple[str, object]]:
    """The statements that cut a page of the unfiltered list (ORDER BY … LIMIT), first and last page."""
    seen: list[tuple[str, object]] = []
    listen = lambda _c, _cur, statement, parameters, *_: seen.append((statement, parameters))  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        with db.factory() as session:
            for offset in (0, 110):  # the nurseries without a value come after those with one
                overview_page(session, TODAY, [], sort_key=key, descending=descending, offset=offset, limit=20)
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    return [(s, p) for s, p in seen if "ORDER BY" in s and "LIMIT" in s and "fee_rule" not in s]


def _sorts(plan: str) -> list[str]:
    """The plan's sort steps: SQLite's temporary b-trees, PostgreSQL's Sort and Incremental Sort nodes."""
    nodes = [line.strip().removeprefix("->").strip() for line in plan.splitlines()]
    return [node for node in nodes if "TEMP B-TREE" in node or node.startswith(("Sort  (", "Incremental Sort  ("))]


def _plan(conn, statement: str, parameters) -> str:
    if conn.dialect.name != "postgresql":
        return "\n".join(row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))
    # As migration 0042's test: with sorting forbidden the planner must find an index giving the exact order
    # (an index of the column alone would do with an incremental sort of each group of equal values).
    conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
    conn.exec_driver_sql("SET LOCAL enable_sort = off")
    incremental = "on" if "ORDER BY nursery.name_pinyin" in statement else "off"  # see below
    conn.exec_driver_sql(f"SET LOCAL enable_incremental_sort = {incremental}")
    return "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {statement}", parameters))


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", sorted(WALKED))
def test_every_order_with_its_ties_is_one_walk_of_its_index(district, key, descending):
    with district.engine.begin() as conn:
        plans = {statement: _plan(conn, statement, parameters)
                 for statement, parameters in _statements(district, key, descending)}
    # The column's order, ties by name, read from its index with no sort at all …
    along = [plan for statement, plan in plans.items() if "ORDER BY nursery.name_pinyin" not in statement]
    assert along, plans
    for plan in along:
        assert WALKED[key] in plan and not _sorts(plan), plan
    # … and the nurseries without a fee or 执行日期 after them, along the name key's index.
    for statement, plan in plans.items():
        if "ORDER BY nursery.name_pinyin" in statement:
            assert key in SCHEDULE_SORT_COLUMNS and "ix_nursery_name_pinyin" in plan, plan
            # On PostgreSQL the name key's index carries no id (as for the registry's and the list's own name
            # order): equal names, rare, are put in id order as they come.
            assert all(step.startswith("Incremental Sort") for step in _sorts(plan)), plan
