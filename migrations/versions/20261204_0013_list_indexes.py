"""Indexes for the 监督检查 and 备案管理 lists read a page at a time at national scale.

The inspections each person opened (with ix_inspection_recorded_by_date, "my inspections" newest
first is a merge of two index scans), and the filing applications by state, kind, submission date
and receipt deadline (the id follows in each: filtered lists stay newest first without sorting).

Revision ID: 20261204_0013
Revises: 20261204_0012
Create Date: 2026-12-04

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261204_0013"
down_revision: str | Sequence[str] | None = "20261204_0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPLICATION_INDEXES = {
    "ix_filing_application_state": ["state"],
    "ix_filing_application_kind": ["kind"],
    "ix_filing_application_submitted_on": ["submitted_on"],
    "ix_filing_application_due_on": ["due_on"],
}


def upgrade() -> None:
    op.create_index("ix_inspection_created_by_date", "inspection", ["created_by", "inspected_on"])
    for name, columns in APPLICATION_INDEXES.items():
        op.create_index(name, "filing_application", columns)


def downgrade() -> None:
    for name in APPLICATION_INDEXES:
        op.drop_index(name, table_name="filing_application")
    op.drop_index("ix_inspection_created_by_date", table_name="inspection")
