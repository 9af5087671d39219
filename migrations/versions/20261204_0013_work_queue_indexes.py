"""Work queue index: accepted applications in verification-deadline order.

Revision ID: 20261204_0013
Revises: 20261204_0012
Create Date: 2026-12-04

The filing queues (home page, 备案管理) show the first entries of each queue by deadline and
count the rest in SQL; the notification queue and 待核实 walk this index instead of sorting
every accepted application (kind is carried so the notification queue's count reads the index only).
"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261204_0013"
down_revision: str | Sequence[str] | None = "20261204_0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_filing_application_state_verification", "filing_application",
                    ["state", "verification_due_on", "kind"])


def downgrade() -> None:
    op.drop_index("ix_filing_application_state_verification", table_name="filing_application")
