"""Random draws in two steps (issue #17): population frozen first, seed from a public value entered after.

`stage` is FROZEN between the freeze (created_at) and the draw, DRAWN after it (drawn_at); the public
value and its witness are recorded with the draw. Draws made before this revision were made in one
step with a seed chosen at the time: they are DRAWN at their creation time.

Revision ID: 20261204_0026
Revises: 20261204_0025
Create Date: 2026-12-04

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261204_0026"
down_revision: str | Sequence[str] | None = "20261204_0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("random_draw", sa.Column("stage", sa.String(length=10), server_default="DRAWN", nullable=False))
    op.add_column("random_draw", sa.Column("drawn_at", sa.DateTime(), nullable=True))
    op.add_column("random_draw", sa.Column("public_value", sa.String(length=200), server_default="", nullable=False))
    op.add_column("random_draw", sa.Column("witness", sa.String(length=50), server_default="", nullable=False))
    op.execute("UPDATE random_draw SET drawn_at = created_at")


def downgrade() -> None:
    # A frozen draw has no result yet: it cannot be kept by the one-step schema.
    op.execute("DELETE FROM random_draw WHERE stage <> 'DRAWN'")
    with op.batch_alter_table("random_draw") as batch:
        for column in ("witness", "public_value", "drawn_at", "stage"):
            batch.drop_column(column)
