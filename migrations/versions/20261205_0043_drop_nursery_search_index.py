"""A push import no longer maintains a B-tree nobody searches through (issue #14, import commit ≤ 2× the read).

`ix_nursery_search` (name, alias, uscc, address, legal_rep_name) was kept up to date by every write of a
searched field: 110–170 ms of a 10,000-row push import's UPDATE at 100,000 nurseries. Replayed at
100,000 nurseries with EXPLAIN, no reader looks a row up through it: the registry searches through
the trigram and short-term indexes (SQLite) or pg_trgm and the grams index (PostgreSQL), the nursery
pickers and the audit filter scan in name order whatever indexes exist. It served only as a narrower
copy of the table for a LIKE over every searched field where the search indexes are missing (SQLite
built without trigram): that scan reads the table instead, about 25 ms more at 100,000 nurseries.

Revision ID: 20261205_0043
Revises: 20261205_0042
Create Date: 2026-12-05

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261205_0043"
down_revision: str | Sequence[str] | None = "20261205_0042"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_nursery_search"
COLUMNS = ["name", "alias", "uscc", "address", "legal_rep_name"]


def upgrade() -> None:
    op.drop_index(INDEX, table_name="nursery")


def downgrade() -> None:
    op.create_index(INDEX, "nursery", COLUMNS)
