"""20261204_0019: the fee list's sort values stored on each schedule, filled for the schedules already
recorded, with every item and publicity record kept."""

from __future__ import annotations

import datetime as dt

from alembic import command

from workstation.db import migrate
from workstation.services.common.context import Actor

MAIN_FEE = ("coalesce((SELECT amount_fen FROM fee_item i WHERE i.schedule_id = s.id AND i.service_type = '{}' "
            "ORDER BY CASE i.kind WHEN 'CARE' THEN 0 ELSE 1 END, i.position, i.id LIMIT 1), -1)")
COLUMNS = {"main_full_day_fen": "FULL_DAY", "main_half_day_fen": "HALF_DAY", "main_hourly_fen": "HOURLY",
           "main_temporary_fen": "TEMPORARY"}
COUNTS = "SELECT (SELECT count(*) FROM fee_schedule), (SELECT count(*) FROM fee_item), (SELECT count(*) FROM fee_publicity)"


def _config(conn):
    config = migrate._alembic_config()
    config.attributes["connection"] = conn
    return config


def test_upgrade_fills_the_sort_values_and_keeps_every_item_and_publicity(demo_database, tmp_path):
    db = demo_database(tmp_path / "d.db", 200, seed=11, today=dt.date(2026, 12, 4), actor=Actor("tester"))
    try:
        with db.engine.begin() as conn:
            command.downgrade(_config(conn), "20261204_0016")  # the schedules as the old program left them
            before = conn.exec_driver_sql(COUNTS).one()
            assert all(before)
            command.upgrade(_config(conn), "head")
            assert conn.exec_driver_sql(COUNTS).one() == before
            wrong = " OR ".join([*(f"s.{name} IS DISTINCT FROM {MAIN_FEE.format(value)}" for name, value in COLUMNS.items()),
                                 "s.first_publicised_on IS DISTINCT FROM (SELECT min(p.publicised_on) FROM fee_publicity p "
                                 "WHERE p.schedule_id = s.id)"])
            assert conn.exec_driver_sql(f"SELECT count(*) FROM fee_schedule s WHERE {wrong}").scalar_one() == 0
            filled = conn.exec_driver_sql("SELECT count(*) FROM fee_schedule WHERE main_full_day_fen > 0 "
                                          "AND first_publicised_on IS NOT NULL").scalar_one()
            assert filled > 0
    finally:
        db.close()
