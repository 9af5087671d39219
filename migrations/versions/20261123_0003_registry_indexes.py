"""registry indexes: one per sortable column, enum order, covering search

Revision ID: 20261123_0003
Revises: 20261123_0002
Create Date: 2026-11-23

The registry (机构名册) pages through 100,000 nurseries sorted by any column; every sort key
needs an index ending in the id so "ORDER BY key, id LIMIT 200" walks an index instead of
sorting the table. Enumerations sort (and are filtered) in their declared order through
expression indexes that must equal workstation.services.registry.search.enum_rank() exactly
(tests/unit/test_registry_service.py checks the plans). ix_nursery_search lets a short-term
LIKE scan read five columns, not the rows.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '20261123_0003'
down_revision: str | Sequence[str] | None = '20261123_0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PLAIN = {
    "ix_nursery_alias": ["alias"],
    "ix_nursery_address": ["address"],
    "ix_nursery_legal_rep_name": ["legal_rep_name"],
    "ix_nursery_places_total": ["places_total"],
    "ix_nursery_places_inclusive": ["places_inclusive"],
    "ix_nursery_inclusive": ["inclusive"],
    "ix_nursery_updated_at": ["updated_at"],
    "ix_nursery_street_id": ["street_id"],
    "ix_nursery_search": ["name", "alias", "uscc", "address", "legal_rep_name"],
}

# Enum values in declaration order as of this revision (workstation/domain/enums.py).
ENUM_ORDER = {
    "legal_nature": ("PUBLIC_INSTITUTION", "SOCIAL_SERVICE", "FOR_PROFIT", "INDIVIDUAL_BUSINESS", "OTHER"),
    "kind": ("STANDALONE", "EMPLOYER_RUN", "COMMUNITY", "KINDERGARTEN_CLASS", "HOME_BASED",
             "COMPREHENSIVE_CENTRE"),
    "status": ("INTAKE", "REGISTERED", "FILING", "FILED", "OPERATING", "UNDER_NOTICE", "CHANGING",
               "SUSPENDED", "CANCELLING", "CANCELLED", "CLOSED_UNFILED"),
    "demonstration_level": ("NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY"),
}


def rank_sql(column: str, values: tuple[str, ...]) -> str:
    whens = " ".join(f"WHEN '{value}' THEN {rank}" for rank, value in enumerate(values))
    return f"CASE {column} {whens} ELSE -1 END"


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('nursery', schema=None) as batch_op:
        for name, columns in PLAIN.items():
            batch_op.create_index(name, columns, unique=False)
    # PostgreSQL wants an expression index's expression in parentheses (SQLite's schema stays as it was)
    wrap = "({})" if op.get_bind().dialect.name == "postgresql" else "{}"
    for column, values in ENUM_ORDER.items():
        op.create_index(f"ix_nursery_{column}_rank", "nursery", [sa.text(wrap.format(rank_sql(column, values)))])


def downgrade() -> None:
    """Downgrade schema."""
    for column in ENUM_ORDER:
        op.drop_index(f"ix_nursery_{column}_rank", table_name="nursery")
    with op.batch_alter_table('nursery', schema=None) as batch_op:
        for name in PLAIN:
            batch_op.drop_index(name)
