"""Fee schedules whose copy of their nursery's name key (kept by triggers, migration 20261205_0048) differs
from the nursery: `check` reports them. Read-only, portable SQL."""

from __future__ import annotations

from sqlalchemy import Connection, inspect

WRONG_KEYS_SQL = """
SELECT s.id, n.name FROM fee_schedule s JOIN nursery n ON n.id = s.nursery_id
WHERE (s.nursery_pinyin IS NULL) <> (n.name_pinyin IS NULL) OR s.nursery_pinyin <> n.name_pinyin
ORDER BY s.id
"""


def wrong_fee_name_keys(conn: Connection) -> list[tuple[int, str]] | None:
    """(schedule id, nursery name) of each schedule whose name key is wrong; None before the column exists."""
    if not inspect(conn).has_table("fee_schedule"):
        return None
    if "nursery_pinyin" not in {c["name"] for c in inspect(conn).get_columns("fee_schedule")}:
        return None
    return [(int(i), name) for i, name in conn.exec_driver_sql(WRONG_KEYS_SQL)]
