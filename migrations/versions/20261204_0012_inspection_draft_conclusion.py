"""The conclusion of a saved inspection draft (总体结论 and 升级处理 chosen before recording).

Revision ID: 20261204_0012
Revises: 20261204_0011
Create Date: 2026-12-04

"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

revision: str = "20261204_0012"
down_revision: str | Sequence[str] | None = "20261204_0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("inspection", sa.Column("draft_overall", sa.Enum(
        "QUALIFIED", "RECTIFY", "UNQUALIFIED", name="overallresult", native_enum=False, length=32), nullable=True))
    op.add_column("inspection", sa.Column("draft_escalation", sa.Enum(
        "SUSPEND", "REFER", "NOTICE", "CREDIT", name="escalation", native_enum=False, length=32), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild would drop a table others refer to.
    op.drop_column("inspection", "draft_escalation")
    op.drop_column("inspection", "draft_overall")
