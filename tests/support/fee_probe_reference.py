"""The fee list's nurseries found the plain way (every nursery, probed): the reference the stored
charging state (migration 20261205_0040) and the fee counts are held to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from workstation.db.repositories.fees import CHARGING

CHARGING_SQL = ", ".join(f"'{s.value}'" for s in CHARGING)


def listed_by_probe(session, day: dt.date) -> set[int]:
    """Charging nurseries, and the others probed for a schedule in force on `day`."""
    return set(session.scalars(text(
        f"SELECT n.id FROM nursery n WHERE n.status IN ({CHARGING_SQL}) OR EXISTS (SELECT 1 FROM fee_schedule s "
        "WHERE s.nursery_id = n.id AND s.effective_from <= :day AND (s.effective_to IS NULL OR s.effective_to >= :day))"
    ), {"day": day}))


def matching(session, term: str) -> set[int]:
    """Nurseries holding `term` in a searched field (a LIKE over every row)."""
    fields = ("name", "alias", "uscc", "address", "legal_rep_name")
    found = " OR ".join(f"coalesce({f}, '') LIKE :like" for f in fields)
    return set(session.scalars(text(f"SELECT id FROM nursery WHERE {found}"), {"like": f"%{term}%"}))
