"""Keyed audit rows and record hashes (issue #17): each audit row says whether its chain value is an
HMAC with the district's audit key, and a row about a business record carries the hash of that
record's audited state after the change (so a direct edit of the record is found by `check`).

Rows written before keys existed keep keyed = false and no record hash; their chain values are unchanged.

Revision ID: 20261204_0023
Revises: 20261204_0021
Create Date: 2026-12-04

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261204_0023"
down_revision: str | Sequence[str] | None = "20261204_0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("keyed", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("record_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("record_hash")
        batch_op.drop_column("keyed")
