"""首页's enrolment from a stored per-nursery total instead of every class (issue #17)

The home page summed the enrolment of every class at start (~421,000 rows at 100,000 nurseries: the
start's largest read, ~80 ms CPU on an encrypted file). Each nursery now carries the sum of its classes'
enrolment, kept by triggers on nursery_class whoever writes (services, demo, imports, restore, copy to a
server), filled here; the figure is one pass over ix_nursery_figures, which now carries it. Triggers set
the sum again from the nursery's classes (not a delta), so a copy that writes the totals and then the
classes still ends right. `check` reports a nursery whose total differs from its classes.

Revision ID: 20261205_0045
Revises: 20261205_0044
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261205_0045"
down_revision: str | Sequence[str] | None = "20261205_0044"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_nursery_figures"
FIGURES = ["street_id", "status", "places_total", "places_inclusive"]
SQLITE_TRIGGERS = ("nursery_class_total_ai", "nursery_class_total_ad", "nursery_class_total_au")


def _sum(nursery_id: str) -> str:
    return f"(SELECT coalesce(sum(enrolled), 0) FROM nursery_class WHERE nursery_id = {nursery_id})"


def _set(nursery_id: str) -> str:
    """Set one nursery's total from its classes (no write when it is right already)."""
    total = _sum(nursery_id)
    return f"UPDATE nursery SET enrolled_total = {total} WHERE id = {nursery_id} AND enrolled_total <> {total};"


def upgrade() -> None:
    op.add_column("nursery", sa.Column("enrolled_total", sa.Integer(), server_default=sa.text("0"), nullable=False))
    bind = op.get_bind()
    bind.exec_driver_sql(f"UPDATE nursery SET enrolled_total = {_sum('nursery.id')} "
                         "WHERE id IN (SELECT nursery_id FROM nursery_class WHERE enrolled <> 0)")
    op.drop_index(INDEX, table_name="nursery")
    op.create_index(INDEX, "nursery", [*FIGURES, "enrolled_total"])
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql(f"CREATE TRIGGER nursery_class_total_ai AFTER INSERT ON nursery_class "
                             f"BEGIN {_set('new.nursery_id')} END")
        bind.exec_driver_sql(f"CREATE TRIGGER nursery_class_total_ad AFTER DELETE ON nursery_class "
                             f"BEGIN {_set('old.nursery_id')} END")
        bind.exec_driver_sql(f"CREATE TRIGGER nursery_class_total_au AFTER UPDATE OF nursery_id, enrolled "
                             f"ON nursery_class BEGIN {_set('old.nursery_id')} {_set('new.nursery_id')} END")
        return
    op.execute("CREATE FUNCTION ws_nursery_enrolled_total() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               f"IF TG_OP <> 'INSERT' THEN {_set('OLD.nursery_id')} END IF; "
               f"IF TG_OP <> 'DELETE' THEN {_set('NEW.nursery_id')} END IF; "
               "RETURN NULL; END $$")
    op.execute("CREATE TRIGGER nursery_enrolled_total AFTER INSERT OR DELETE OR UPDATE OF nursery_id, enrolled "
               "ON nursery_class FOR EACH ROW EXECUTE FUNCTION ws_nursery_enrolled_total()")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        op.execute("DROP TRIGGER IF EXISTS nursery_enrolled_total ON nursery_class")
        op.execute("DROP FUNCTION IF EXISTS ws_nursery_enrolled_total()")
    op.drop_index(INDEX, table_name="nursery")
    op.create_index(INDEX, "nursery", FIGURES)
    bind.exec_driver_sql("ALTER TABLE nursery DROP COLUMN enrolled_total")  # no table copy
