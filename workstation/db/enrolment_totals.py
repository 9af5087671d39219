"""Nurseries whose stored enrolment total (kept by triggers, migration 20261205_0045) is not the sum of
their classes' enrolment: `check` reports them. Read-only, portable SQL."""

from __future__ import annotations

from sqlalchemy import Connection, inspect

WRONG_TOTALS_SQL = """
SELECT n.id, n.name, n.enrolled_total, coalesce(c.total, 0) FROM nursery n
LEFT JOIN (SELECT nursery_id, sum(enrolled) AS total FROM nursery_class GROUP BY nursery_id) c
       ON c.nursery_id = n.id
WHERE n.enrolled_total <> coalesce(c.total, 0) ORDER BY n.id
"""


def wrong_enrolment_totals(conn: Connection) -> list[tuple[int, str, int, int]] | None:
    """(id, name, stored, sum of classes) of each wrong total; None before the column exists."""
    if not inspect(conn).has_table("nursery"):
        return None
    if "enrolled_total" not in {c["name"] for c in inspect(conn).get_columns("nursery")}:
        return None
    return [(int(i), name, int(stored), int(total))
            for i, name, stored, total in conn.exec_driver_sql(WRONG_TOTALS_SQL)]
