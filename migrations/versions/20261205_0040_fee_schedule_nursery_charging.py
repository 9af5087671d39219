"""The fee list's "listed but not charging" nurseries found through an index (issues #14, #17, #20).

收费公示 lists every nursery whose status charges, plus any other nursery with a schedule in force
on the day. Finding those others probed each of the ~28,700 non-charging nurseries of a 100,000
district for a schedule in force (~11 ms on SQLite, 30-160 ms on a server) at every first visit,
every count and every page. Each schedule now carries whether its nursery's status charges, kept by
triggers whoever writes (services, demo, imports, restore, copy to a server): the schedules of
non-charging nurseries are one range of `ix_fee_schedule_not_charging`, checked for the day there.
Only the status is stored, never whether a schedule is in force: that is still compared with the
day in the query, so nothing goes stale at midnight.

Revision ID: 20261205_0040
Revises: 20261205_0039
Create Date: 2026-12-05

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261205_0040"
down_revision: str | Sequence[str] | None = "20261205_0039"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# workstation.db.repositories.fees.CHARGING as of this revision (a test holds them equal).
CHARGING = ("FILED", "OPERATING", "UNDER_NOTICE", "CHANGING", "SUSPENDED", "CANCELLING")
INDEX = "ix_fee_schedule_not_charging"
SQLITE_TRIGGERS = ("fee_schedule_charging_ai", "fee_schedule_charging_au", "nursery_charging_au")


def _charges(status: str) -> str:
    listed = ", ".join(f"'{s}'" for s in CHARGING)
    return f"CASE WHEN {status} IN ({listed}) THEN 1 ELSE 0 END"


def _of_nursery(nursery_id: str) -> str:
    return f"coalesce((SELECT {_charges('status')} FROM nursery WHERE id = {nursery_id}), 1)"


def upgrade() -> None:
    op.add_column("fee_schedule", sa.Column("nursery_charging", sa.Integer(), server_default=sa.text("1"),
                                            nullable=False))
    bind = op.get_bind()
    bind.exec_driver_sql(f"UPDATE fee_schedule SET nursery_charging = 0 WHERE nursery_id IN "
                         f"(SELECT id FROM nursery WHERE {_charges('status')} = 0)")
    op.create_index(INDEX, "fee_schedule", ["nursery_charging", "nursery_id", "effective_from", "effective_to"])
    changed = f"({_charges('old.status')}) <> ({_charges('new.status')})"
    if bind.dialect.name == "sqlite":
        own = f"UPDATE fee_schedule SET nursery_charging = {_of_nursery('new.nursery_id')} WHERE id = new.id;"
        bind.exec_driver_sql(f"CREATE TRIGGER fee_schedule_charging_ai AFTER INSERT ON fee_schedule BEGIN {own} END")
        bind.exec_driver_sql(f"CREATE TRIGGER fee_schedule_charging_au AFTER UPDATE OF nursery_id ON fee_schedule "
                             f"BEGIN {own} END")
        bind.exec_driver_sql(f"CREATE TRIGGER nursery_charging_au AFTER UPDATE OF status ON nursery WHEN {changed} "
                             f"BEGIN UPDATE fee_schedule SET nursery_charging = {_charges('new.status')} "
                             f"WHERE nursery_id = new.id; END")
        return
    op.execute("CREATE FUNCTION ws_fee_schedule_charging() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               f"NEW.nursery_charging := {_of_nursery('NEW.nursery_id')}; RETURN NEW; END $$")
    op.execute("CREATE TRIGGER fee_schedule_charging BEFORE INSERT OR UPDATE OF nursery_id ON fee_schedule "
               "FOR EACH ROW EXECUTE FUNCTION ws_fee_schedule_charging()")
    op.execute("CREATE FUNCTION ws_nursery_charging() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               f"UPDATE fee_schedule SET nursery_charging = {_charges('NEW.status')} WHERE nursery_id = NEW.id; "
               "RETURN NULL; END $$")
    op.execute(f"CREATE TRIGGER nursery_charging AFTER UPDATE OF status ON nursery FOR EACH ROW "
               f"WHEN ({changed.replace('old.', 'OLD.').replace('new.', 'NEW.')}) "
               f"EXECUTE FUNCTION ws_nursery_charging()")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        op.execute("DROP TRIGGER IF EXISTS nursery_charging ON nursery")
        op.execute("DROP TRIGGER IF EXISTS fee_schedule_charging ON fee_schedule")
        op.execute("DROP FUNCTION IF EXISTS ws_nursery_charging()")
        op.execute("DROP FUNCTION IF EXISTS ws_fee_schedule_charging()")
    op.drop_index(INDEX, table_name="fee_schedule")
    bind.exec_driver_sql("ALTER TABLE fee_schedule DROP COLUMN nursery_charging")  # no table copy (cascades)
