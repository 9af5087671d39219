"""Indexes that let the filing work queues count in the index alone

Revision ID: 20261204_0025
Revises: 20261204_0023
Create Date: 2026-12-04

Each filing queue counts its applications less those of closed nurseries; the deadline indexes
now carry the nursery, so the closed nurseries' share is read from the index instead of looking
up each of ~18,000 overdue applications (about 90 ms at 100,000 nurseries, after every change in
an application dialog). The 登记超过30天未备案 queue reads its oldest entries along
ix_nursery_not_filed (status, then the registration date or else the day recorded, then name) and
counts from it without reading a row.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261204_0025"
down_revision: str | Sequence[str] | None = "20261204_0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WIDER = {  # name: (columns before, columns now)
    "ix_filing_application_state_due": (["state", "due_on"], ["state", "due_on", "nursery_id"]),
    "ix_filing_application_state_verification": (["state", "verification_due_on", "kind"],
                                                 ["state", "verification_due_on", "kind", "nursery_id"]),
}
# Must equal the ORDER BY of services/filing/queues._not_filed (its plan is tested).
NOT_FILED = ["status", "coalesce(registered_at, created_at)", "name", "registered_at", "created_at"]


def upgrade() -> None:
    for name, (_before, now) in WIDER.items():
        op.drop_index(name, table_name="filing_application")
        op.create_index(name, "filing_application", now)
    op.create_index("ix_nursery_not_filed", "nursery", [sa.text(c) if "(" in c else c for c in NOT_FILED])


def downgrade() -> None:
    op.drop_index("ix_nursery_not_filed", table_name="nursery")
    for name, (before, _now) in WIDER.items():
        op.drop_index(name, table_name="filing_application")
        op.create_index(name, "filing_application", before)
