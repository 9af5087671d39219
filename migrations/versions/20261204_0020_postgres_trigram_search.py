"""Registry search on PostgreSQL: pg_trgm GIN indexes on the searched fields (issue #20).

SQLite answers the registry's search from its FTS5 trigram table and the short-term table
(20261123_0002, 20261204_0014). On PostgreSQL the search is `ILIKE '%term%'` on the five searched
fields; a trigram GIN index per field lets the planner answer each ILIKE from the index (a bitmap
OR of the five) instead of reading every row. SQLite: nothing to do.

Revision ID: 20261204_0020
Revises: 20261204_0019
Create Date: 2026-12-04

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261204_0020"
down_revision: str | Sequence[str] | None = "20261204_0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The fields of workstation.services.registry.search.SEARCH_COLUMNS.
COLUMNS = ("name", "alias", "uscc", "address", "legal_rep_name")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        op.execute(f"CREATE INDEX ix_nursery_{column}_trgm ON nursery USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_nursery_{column}_trgm")
