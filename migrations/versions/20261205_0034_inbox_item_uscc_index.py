"""Receiving a push file looks up earlier rows of the same codes through an index (issue #14).

Each received row is compared with the earlier batches' rows of the same USCC (重复推送: services/inbox/
resent.py). Without an index on the code every 500 rows scanned the whole inbox: receiving a 10,000-row
file at 100,000 nurseries took 28 ms for that check on an empty inbox and 1,057 ms once three earlier
files of the same nurseries were in it, growing with every file received.

Revision ID: 20261205_0034
Revises: 20261205_0031
Create Date: 2026-12-05

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261205_0034"
down_revision: str | Sequence[str] | None = "20261205_0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_inbox_item_uscc", "inbox_item", ["uscc"])


def downgrade() -> None:
    op.drop_index("ix_inbox_item_uscc", table_name="inbox_item")
