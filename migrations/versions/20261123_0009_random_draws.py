"""Random selections (双随机抽查): draws and the nurseries drawn.

Revision ID: 20261123_0009
Revises: 20261123_0008
Create Date: 2026-11-23

"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

revision: str = "20261123_0009"
down_revision: str | Sequence[str] | None = "20261123_0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "random_draw",
        sa.Column("drawn_by_name", sa.String(length=100), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("seed", sa.String(length=64), nullable=False),
        sa.Column("seed_generated", sa.Boolean(), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("population_size", sa.Integer(), nullable=False),
        sa.Column("population_sha256", sa.String(length=64), nullable=False),
        sa.Column("population", sa.JSON(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("per_nursery", sa.Integer(), nullable=False),
        sa.Column("inspectors", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("count > 0", name=op.f("ck_random_draw_count_positive")),
        sa.CheckConstraint("per_nursery > 0", name=op.f("ck_random_draw_per_nursery_positive")),
        sa.CheckConstraint("count <= population_size", name=op.f("ck_random_draw_count_within_population")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_random_draw")),
        sa.UniqueConstraint("uuid", name=op.f("uq_random_draw_uuid")),
    )
    op.create_table(
        "random_draw_pick",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("nursery_id", sa.Integer(), nullable=False),
        sa.Column("nursery_key", sa.String(length=64), nullable=False),
        sa.Column("nursery_name", sa.String(length=200), nullable=False),
        sa.Column("street_name", sa.String(length=100), nullable=False),
        sa.Column("inspectors", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["draw_id"], ["random_draw.id"], name=op.f("fk_random_draw_pick_draw_id_random_draw"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["nursery_id"], ["nursery.id"], name=op.f("fk_random_draw_pick_nursery_id_nursery")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_random_draw_pick")),
        sa.UniqueConstraint("draw_id", "position", name=op.f("uq_random_draw_pick_draw_id")),
        sa.UniqueConstraint("nursery_id", "draw_id", name=op.f("uq_random_draw_pick_nursery_id")),
    )


def downgrade() -> None:
    op.drop_table("random_draw_pick")
    op.drop_table("random_draw")
