"""Fee schedules, publicity records and guidance caps.

Revision ID: 20261123_0008
Revises: 20261123_0007
Create Date: 2026-11-23

"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

revision: str = "20261123_0008"
down_revision: str | Sequence[str] | None = "20261123_0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SERVICE_TYPE = sa.Enum("FULL_DAY", "HALF_DAY", "HOURLY", "TEMPORARY", name="servicetype", native_enum=False, length=32)
FEE_UNIT = sa.Enum("MONTH", "DAY", "HOUR", "SESSION", name="feeunit", native_enum=False, length=32)
ITEM_KIND = sa.Enum("CARE", "MEAL", "OTHER", name="feeitemkind", native_enum=False, length=32)
CHANNEL = sa.Enum("NOTICE_BOARD", "ONLINE", "PARENT_LETTER", "OTHER", name="publicitychannel",
                  native_enum=False, length=32)


def _travelling(table: str) -> list:
    """The columns and constraints every travelling record carries (db/base.py Travelling)."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def upgrade() -> None:
    op.create_table(
        "fee_rule",
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("cap_includes_meals", sa.Boolean(), nullable=False),
        sa.Column("max_changes", sa.Integer(), nullable=True),
        sa.Column("window_months", sa.Integer(), nullable=False),
        sa.Column("health_phone", sa.String(length=32), nullable=False),
        sa.Column("price_phone", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_travelling("fee_rule"),
        sa.CheckConstraint("max_changes IS NULL OR max_changes >= 0", name=op.f("ck_fee_rule_max_changes_nonneg")),
        sa.CheckConstraint("window_months > 0", name=op.f("ck_fee_rule_window_positive")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_fee_rule_effective_from")),
    )
    op.create_table(
        "fee_rule_cap",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("service_type", SERVICE_TYPE, nullable=False),
        sa.Column("unit", FEE_UNIT, nullable=False),
        sa.Column("cap_fen", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("cap_fen >= 0", name=op.f("ck_fee_rule_cap_cap_nonneg")),
        sa.ForeignKeyConstraint(["rule_id"], ["fee_rule.id"], name=op.f("fk_fee_rule_cap_rule_id_fee_rule"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_rule_cap")),
        sa.UniqueConstraint("rule_id", "service_type", "unit", name=op.f("uq_fee_rule_cap_rule_id")),
    )
    with op.batch_alter_table("fee_rule_cap", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fee_rule_cap_rule_id"), ["rule_id"], unique=False)

    op.create_table(
        "fee_schedule",
        sa.Column("nursery_id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_travelling("fee_schedule"),
        sa.CheckConstraint("effective_to IS NULL OR effective_to >= effective_from",
                           name=op.f("ck_fee_schedule_period_order")),
        sa.ForeignKeyConstraint(["nursery_id"], ["nursery.id"], name=op.f("fk_fee_schedule_nursery_id_nursery"),
                                ondelete="CASCADE"),
        sa.UniqueConstraint("nursery_id", "effective_from", name=op.f("uq_fee_schedule_nursery_id")),
    )
    with op.batch_alter_table("fee_schedule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fee_schedule_effective_to"), ["effective_to"], unique=False)
        batch_op.create_index(batch_op.f("ix_fee_schedule_nursery_id"), ["nursery_id"], unique=False)

    op.create_table(
        "fee_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("service_type", SERVICE_TYPE, nullable=False),
        sa.Column("kind", ITEM_KIND, nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("unit", FEE_UNIT, nullable=False),
        sa.Column("covers", sa.Text(), nullable=False),
        sa.CheckConstraint("amount_fen >= 0", name=op.f("ck_fee_item_amount_nonneg")),
        sa.ForeignKeyConstraint(["schedule_id"], ["fee_schedule.id"],
                                name=op.f("fk_fee_item_schedule_id_fee_schedule"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_item")),
    )
    with op.batch_alter_table("fee_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fee_item_schedule_id"), ["schedule_id"], unique=False)

    op.create_table(
        "fee_publicity",
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        sa.Column("channel", CHANNEL, nullable=False),
        sa.Column("publicised_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence_name", sa.String(length=260), nullable=False),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=False),
        *_travelling("fee_publicity"),
        sa.ForeignKeyConstraint(["schedule_id"], ["fee_schedule.id"],
                                name=op.f("fk_fee_publicity_schedule_id_fee_schedule"), ondelete="CASCADE"),
    )
    with op.batch_alter_table("fee_publicity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fee_publicity_schedule_id"), ["schedule_id"], unique=False)


def downgrade() -> None:
    for table, indexes in (("fee_publicity", ["schedule_id"]), ("fee_item", ["schedule_id"]),
                           ("fee_schedule", ["nursery_id", "effective_to"]), ("fee_rule_cap", ["rule_id"])):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in indexes:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
    op.drop_table("fee_rule")
