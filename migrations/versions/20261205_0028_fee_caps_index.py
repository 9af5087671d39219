"""The fee list's 超指导价 sort and filter read the nurseries from an index (issue #14).

Whether a nursery follows the guidance caps (普惠, or a non-profit legal nature) decides its excess:
the 超指导价 sort and the over-cap filter read `inclusive` and `legal_nature` for every nursery the
list may show, from the nursery rows themselves (about 100,000 scattered row reads: a sort by
超指导价 took about 450 ms at 100,000 nurseries). An index on status, inclusiveness and legal nature
covers the list's scan of the nurseries, as ix_nursery_figures covers it for the other columns.

Revision ID: 20261205_0028
Revises: 20261204_0026
Create Date: 2026-12-05

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261205_0028"
down_revision: str | Sequence[str] | None = "20261204_0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_nursery_fee_caps", "nursery", ["status", "inclusive", "legal_nature"])


def downgrade() -> None:
    op.drop_index("ix_nursery_fee_caps", table_name="nursery")
