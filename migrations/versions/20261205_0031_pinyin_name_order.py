"""Names in pinyin order on both engines: `name_pinyin` beside the names of nurseries and staff.

The key (domain/pinyin_order.py) is computed here for the rows there are, then on every write by the
program (db/orm/sort_keys.py); the registry's and the fee list's name order walks ix_nursery_name_pinyin.

Revision ID: 20261205_0031
Revises: 20261205_0028
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261205_0031"
down_revision: str | Sequence[str] | None = "20261205_0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000


def upgrade() -> None:
    from workstation.domain.pinyin_order import KEY_LENGTH

    for table in ("nursery", "staff_member"):
        op.add_column(table, sa.Column("name_pinyin", sa.String(length=KEY_LENGTH), nullable=True))
        _fill(table)
    op.create_index("ix_nursery_name_pinyin", "nursery", ["name_pinyin"])


def _fill(table: str) -> None:
    from workstation.domain.pinyin_order import name_sort_key

    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, name FROM {table} ORDER BY id")).all()
    update = sa.text(f"UPDATE {table} SET name_pinyin = :key WHERE id = :id")
    for start in range(0, len(rows), _BATCH):
        bind.execute(update, [{"id": row_id, "key": name_sort_key(name)} for row_id, name in rows[start:start + _BATCH]])


def downgrade() -> None:
    op.drop_index("ix_nursery_name_pinyin", table_name="nursery")
    for table in ("staff_member", "nursery"):
        op.drop_column(table, "name_pinyin")  # ALTER TABLE … DROP COLUMN: the nursery's triggers stay
