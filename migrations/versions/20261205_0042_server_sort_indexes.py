"""PostgreSQL: the registry's sort columns indexed with the id, its tie-breaker (issue #20).

The registry orders by the clicked column, then the id. A SQLite index carries the rowid, so its
sort indexes of migration 20261123_0003 give that order as they are; a PostgreSQL index carries no
id, and a column with many equal values (70,000 empty 简称, six 机构类型) was sorted group by group:
a sort click with a search active read ~45,000 rows (40–80 ms on the server at 100,000 nurseries)
for a page of 200. Indexed with the id (nullable columns with NULLs first, where SQLite puts them,
so both directions are one index walk), the page is the first matching rows of one index walk.
SQLite: nothing to do.

Revision ID: 20261205_0042
Revises: 20261205_0040
Create Date: 2026-12-05

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261205_0042"
down_revision: str | Sequence[str] | None = "20261205_0040"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Enum codes in declaration order (workstation/domain/enums.py), as enum_rank() writes them.
_RANKS = {
    "legal_nature": ("PUBLIC_INSTITUTION", "SOCIAL_SERVICE", "FOR_PROFIT", "INDIVIDUAL_BUSINESS", "OTHER"),
    "kind": ("STANDALONE", "EMPLOYER_RUN", "COMMUNITY", "KINDERGARTEN_CLASS", "HOME_BASED",
             "COMPREHENSIVE_CENTRE"),
    "status": ("INTAKE", "REGISTERED", "FILING", "FILED", "OPERATING", "UNDER_NOTICE", "CHANGING",
               "SUSPENDED", "CANCELLING", "CANCELLED", "CLOSED_UNFILED"),
    "demonstration_level": ("NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY"),
}


def _rank(column: str) -> str:
    whens = " ".join(f"WHEN '{value}' THEN {rank}" for rank, value in enumerate(_RANKS[column]))
    return f"(CASE {column} {whens} ELSE -1 END)"


# workstation.db.base.SERVER_ONLY_INDEXES lists these names.
INDEXES = {
    "ix_nursery_alias_id": "alias, id",
    "ix_nursery_uscc_id": "uscc NULLS FIRST, id",
    "ix_nursery_street_id_id": "street_id NULLS FIRST, id",
    "ix_nursery_places_total_id": "places_total, id",
    "ix_nursery_places_inclusive_id": "places_inclusive, id",
    "ix_nursery_inclusive_id": "inclusive, id",
    **{f"ix_nursery_{column}_rank_id": f"{_rank(column)}, id" for column in _RANKS},
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON nursery ({columns})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
