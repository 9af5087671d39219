"""Covering indexes for the home page figures (one index-only pass at start-up).

Revision ID: 20261123_0004
Revises: 20261123_0003
Create Date: 2026-11-23

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261123_0004"
down_revision: str | Sequence[str] | None = "20261123_0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("nursery", schema=None) as batch_op:
        batch_op.create_index("ix_nursery_figures", ["street_id", "status", "places_total", "places_inclusive"])
    with op.batch_alter_table("nursery_class", schema=None) as batch_op:
        batch_op.create_index("ix_nursery_class_enrolled", ["enrolled"])


def downgrade() -> None:
    with op.batch_alter_table("nursery_class", schema=None) as batch_op:
        batch_op.drop_index("ix_nursery_class_enrolled")
    with op.batch_alter_table("nursery", schema=None) as batch_op:
        batch_op.drop_index("ix_nursery_figures")
