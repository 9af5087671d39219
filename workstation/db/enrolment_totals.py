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


# A copy into an empty server writes each nursery with its total, then its classes: the trigger would
# rewrite the nursery (and its ~40 indexes) for each class row as the sum grows (~0.65 ms a class: minutes
# at 100,000 nurseries). `check`, run after the copy, verifies the totals the copy brought.
SERVER_TRIGGER = "nursery_enrolled_total"  # migration 20261205_0045


def pause_class_totals(conn: Connection) -> None:
    """Within `conn`'s transaction, on a server: class rows no longer set their nursery's total."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"ALTER TABLE nursery_class DISABLE TRIGGER {SERVER_TRIGGER}")


def resume_class_totals(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"ALTER TABLE nursery_class ENABLE TRIGGER {SERVER_TRIGGER}")
