"""Filing applications whose copy of their nursery's name key or open state (kept by triggers, migration
20261205_0046) differs from the nursery: `check` reports them. Read-only, portable SQL."""

from __future__ import annotations

from sqlalchemy import Connection, inspect

from workstation.domain.counting import CLOSED

_SHUT = ", ".join(f"'{status.value}'" for status in sorted(CLOSED, key=lambda s: s.value))
WRONG_KEYS_SQL = f"""
SELECT a.id, n.name FROM filing_application a JOIN nursery n ON n.id = a.nursery_id
WHERE a.nursery_open <> CASE WHEN n.status IN ({_SHUT}) THEN 0 ELSE 1 END
   OR (a.nursery_pinyin IS NULL) <> (n.name_pinyin IS NULL) OR a.nursery_pinyin <> n.name_pinyin
ORDER BY a.id
"""


def wrong_queue_keys(conn: Connection) -> list[tuple[int, str]] | None:
    """(application id, nursery name) of each application whose keys are wrong; None before the columns exist."""
    if not inspect(conn).has_table("filing_application"):
        return None
    if "nursery_open" not in {c["name"] for c in inspect(conn).get_columns("filing_application")}:
        return None
    return [(int(i), name) for i, name in conn.exec_driver_sql(WRONG_KEYS_SQL)]
