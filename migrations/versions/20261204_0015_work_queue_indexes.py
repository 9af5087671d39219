"""Indexes for lists at national scale: work queues and the fee list.

Revision ID: 20261204_0015
Revises: 20261204_0014
Create Date: 2026-12-04

The filing queues (home page, 备案管理) show the first entries of each queue by deadline and
count the rest in SQL; the notification queue and 待核实 walk this index instead of sorting
every accepted application (kind is carried so the notification queue's count reads the index only).
The fee list joins each nursery to its schedule in force, its main fee per service type and its
first publicity for every sort by those columns: covering indexes let it read no table rows.
The home page sums enrolment by nursery status from an index too.
"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261204_0015"
down_revision: str | Sequence[str] | None = "20261204_0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


INDEXES = {
    "ix_filing_application_state_verification": ("filing_application", ["state", "verification_due_on", "kind"]),
    "ix_fee_schedule_in_force": ("fee_schedule", ["nursery_id", "effective_from", "effective_to"]),
    "ix_fee_item_main": ("fee_item", ["schedule_id", "service_type", "kind", "position", "id", "amount_fen", "unit"]),
    "ix_fee_publicity_first": ("fee_publicity", ["schedule_id", "publicised_on"]),
    "ix_nursery_class_enrolment": ("nursery_class", ["nursery_id", "enrolled"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
