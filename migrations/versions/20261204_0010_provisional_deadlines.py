"""Provisional deadlines (computed through a year whose holiday arrangement is unknown) and the
source date of calendar entries.

Revision ID: 20261204_0010
Revises: 20261123_0009
Create Date: 2026-12-04

"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

revision: str = "20261204_0010"
down_revision: str | Sequence[str] | None = "20261123_0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FALSE = sa.false()


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): fast on a 100,000-nursery district and the same on PostgreSQL.
    op.add_column("filing_application", sa.Column("due_days", sa.Integer(), nullable=True))
    op.add_column("filing_application", sa.Column("due_provisional", sa.Boolean(), nullable=False,
                                                  server_default=FALSE))
    op.add_column("filing_application", sa.Column("verification_days", sa.Integer(), nullable=True))
    op.add_column("filing_application", sa.Column("verification_due_provisional", sa.Boolean(), nullable=False,
                                                  server_default=FALSE))
    op.add_column("finding", sa.Column("deadline_days", sa.Integer(), nullable=True))
    op.add_column("finding", sa.Column("deadline_working", sa.Boolean(), nullable=False, server_default=FALSE))
    op.add_column("finding", sa.Column("deadline_provisional", sa.Boolean(), nullable=False, server_default=FALSE))
    op.add_column("inspection_item_result", sa.Column("deadline_provisional", sa.Boolean(), nullable=False,
                                                      server_default=FALSE))
    op.add_column("holiday", sa.Column("source_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("holiday") as batch:
        batch.drop_column("source_date")
    with op.batch_alter_table("inspection_item_result") as batch:
        batch.drop_column("deadline_provisional")
    with op.batch_alter_table("finding") as batch:
        for name in ("deadline_provisional", "deadline_working", "deadline_days"):
            batch.drop_column(name)
    with op.batch_alter_table("filing_application") as batch:
        for name in ("verification_due_provisional", "verification_days", "due_provisional", "due_days"):
            batch.drop_column(name)
