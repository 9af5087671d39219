"""The 备案管理 list in the same order on both engines, each order one index walk (issue #20).

The list sorted its 机构名称 column by the raw name (code point order, not pinyin), and its nullable
columns (提交日期 of a draft, 受理截止, 回执编号) put NULLs first on PostgreSQL descending and last on
SQLite. Now the name column orders by the nursery's name key the application carries (kept by triggers
since 20261205_0046), and NULLs go where SQLite puts them (first ascending, last descending:
db/planner_hints.nulls_as_on_sqlite). The name key gets an index with the id on both engines; on
PostgreSQL the nullable columns get indexes with NULLs first and the id, so both directions are one
index walk (SQLite's indexes carry the rowid and put NULLs first as they are).

Revision ID: 20261205_0047
Revises: 20261205_0046
Create Date: 2026-12-05

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261205_0047"
down_revision: str | Sequence[str] | None = "20261205_0046"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# workstation.db.base.SERVER_ONLY_INDEXES lists these names.
SERVER_INDEXES = {
    "ix_filing_application_submitted_id": "submitted_on NULLS FIRST, id",
    "ix_filing_application_due_id": "due_on NULLS FIRST, id",
    "ix_filing_application_receipt_id": "receipt_no NULLS FIRST, id",
}


def upgrade() -> None:
    op.create_index("ix_filing_application_pinyin_id", "filing_application", ["nursery_pinyin", "id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, columns in SERVER_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON filing_application ({columns})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in SERVER_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_index("ix_filing_application_pinyin_id", table_name="filing_application")
