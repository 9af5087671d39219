"""History steps keep the line the program wrote as a text (template and values) beside the Chinese sentence.

A finding's steps (检查发现…, 复查不符合…, 机构报告整改情况…, a deadline the calendar moved) and the note of a
停业整顿 an inspection ordered were stored as finished Chinese sentences, so the nursery's timeline and the
finding's history stayed Chinese in the English interface. Each new one now also keeps its line as data in
`detail` (`{"line": …}`, as a filing step does in filing_event.detail) and is shown in the interface language;
a row stored before this revision (or a note typed by a clerk) has no detail (NULL) and shows its sentence as
recorded. The sentence itself is still written.

Revision ID: 20261205_0049
Revises: 20261205_0048
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261205_0049"
down_revision: str | Sequence[str] | None = "20261205_0048"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("finding_event", "nursery_status_event")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("detail", sa.JSON(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("detail")
