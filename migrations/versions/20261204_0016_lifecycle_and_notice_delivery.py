"""The nursery's recorded life-cycle acts (suspension, resumption, notice decided, closed unfiled)
and the day a rectification notice was served.

Revision ID: 20261204_0016
Revises: 20261204_0015
Create Date: 2026-12-04

"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

revision: str = "20261204_0016"
down_revision: str | Sequence[str] | None = "20261204_0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STATUS = dict(native_enum=False, length=32, create_constraint=False)


def upgrade() -> None:
    op.create_table(
        "nursery_status_event",
        sa.Column("nursery_id", sa.Integer(), nullable=False),
        sa.Column("act", sa.Enum(name="lifecycleact", **_STATUS), nullable=False),
        sa.Column("from_status", sa.Enum(name="institutionstatus", **_STATUS), nullable=False),
        sa.Column("to_status", sa.Enum(name="institutionstatus", **_STATUS), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["nursery_id"], ["nursery.id"],
                                name=op.f("fk_nursery_status_event_nursery_id_nursery"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspection.id"],
                                name=op.f("fk_nursery_status_event_inspection_id_inspection"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nursery_status_event")),
        sa.UniqueConstraint("uuid", name=op.f("uq_nursery_status_event_uuid")),
    )
    op.create_index(op.f("ix_nursery_status_event_nursery_id"), "nursery_status_event", ["nursery_id"])
    op.add_column("inspection", sa.Column("notice_delivered_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild would drop a table others refer to.
    op.drop_column("inspection", "notice_delivered_on")
    op.drop_index(op.f("ix_nursery_status_event_nursery_id"), table_name="nursery_status_event")
    op.drop_table("nursery_status_event")
