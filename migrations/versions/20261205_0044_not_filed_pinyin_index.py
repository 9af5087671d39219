"""The 登记超过…天未备案 queue in pinyin order: ix_nursery_not_filed walks the name's pinyin key

The queue lists registered, unfiled nurseries oldest first and, within a day, by name; every other
list sorts names in pinyin order (migration 20261205_0031), this one still by the characters' code
points along its index (北 before 张 before 阿). The index now carries `name_pinyin` where it carried
the name's place in the order (and the name itself after it, so the queue is still read from the
index alone); on PostgreSQL NULL keys first, as the queue asks (db/orm's `nulls_first`).

Revision ID: 20261205_0044
Revises: 20261205_0043
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261205_0044"
down_revision: str | Sequence[str] | None = "20261205_0043"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_nursery_not_filed"  # workstation.db.base._EXPRESSION_INDEXES
DAY = "coalesce(registered_at, created_at)"
# Must equal the ORDER BY of services/filing/queues._not_filed (its plan is tested).
BEFORE = ["status", DAY, "name", "registered_at", "created_at"]


def _now() -> list[str]:
    pinyin = "name_pinyin NULLS FIRST" if op.get_bind().dialect.name == "postgresql" else "name_pinyin"
    return ["status", DAY, pinyin, "name", "registered_at", "created_at"]


def _create(columns: list[str]) -> None:
    op.create_index(INDEX, "nursery", [sa.text(c) if " " in c or "(" in c else c for c in columns])


def upgrade() -> None:
    op.drop_index(INDEX, table_name="nursery")
    _create(_now())


def downgrade() -> None:
    op.drop_index(INDEX, table_name="nursery")
    _create(BEFORE)
