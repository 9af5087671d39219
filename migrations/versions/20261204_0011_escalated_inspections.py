"""Inspections whose follow-up ended with an escalated finding were stored as 整改后办结
(CLOSED_AFTER_RECTIFICATION); they are 已升级处理 (ESCALATED), as the rectification ledger says.

Revision ID: 20261204_0011
Revises: 20261204_0010
Create Date: 2026-12-04

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261204_0011"
down_revision: str | Sequence[str] | None = "20261204_0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The findings an inspection raised or re-checked (as services/inspections/findings.findings_of).
    op.execute("""
        UPDATE inspection SET state = 'ESCALATED'
        WHERE state = 'CLOSED_AFTER_RECTIFICATION' AND (
            EXISTS (SELECT 1 FROM finding f WHERE f.inspection_id = inspection.id AND f.state = 'ESCALATED')
            OR EXISTS (SELECT 1 FROM inspection_item_result r JOIN finding f ON f.id = r.finding_id
                       WHERE r.inspection_id = inspection.id AND f.state = 'ESCALATED')
            OR escalation IS NOT NULL)
    """)


def downgrade() -> None:
    op.execute("""
        UPDATE inspection SET state = 'CLOSED_AFTER_RECTIFICATION'
        WHERE state = 'ESCALATED' AND closed_on IS NOT NULL
    """)
