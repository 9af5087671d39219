"""PostgreSQL: pg_trgm GIN indexes for the registry search; the fee list's sort values kept (issue #20).

SQLite answers the registry's search from its FTS5 trigram table and the short-term table
(20261123_0002, 20261204_0014). On PostgreSQL the search is `ILIKE '%term%'` on the five searched
fields; a trigram GIN index per field lets the planner answer each ILIKE from the index (a bitmap
OR of the five) instead of reading every row.

The fee list's stored sort values (20261204_0019) were kept by SQLite triggers only: on PostgreSQL
every schedule showed no main fee and no publicity day once written. The same triggers in PL/pgSQL,
and the values recomputed for schedules written since. SQLite: nothing to do.

Revision ID: 20261204_0020
Revises: 20261204_0019
Create Date: 2026-12-04

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261204_0020"
down_revision: str | Sequence[str] | None = "20261204_0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The fields of workstation.services.registry.search.SEARCH_COLUMNS.
COLUMNS = ("name", "alias", "uscc", "address", "legal_rep_name")
# As in 20261204_0019: fee_schedule column -> ServiceType value of fee_item.service_type.
MAIN_FEES = {"main_full_day_fen": "FULL_DAY", "main_half_day_fen": "HALF_DAY", "main_hourly_fen": "HOURLY",
             "main_temporary_fen": "TEMPORARY"}


def _main_fee(schedule: str, service_type: str) -> str:
    """The schedule's main fee of a service type, as CurrentFees.main_item picks it (-1 without one)."""
    return (f"coalesce((SELECT amount_fen FROM fee_item WHERE schedule_id = {schedule} "
            f"AND service_type = '{service_type}' ORDER BY CASE kind WHEN 'CARE' THEN 0 ELSE 1 END, position, id "
            f"LIMIT 1), -1)")


def _first_publicity(schedule: str) -> str:
    return f"(SELECT min(publicised_on) FROM fee_publicity WHERE schedule_id = {schedule})"


def _fee_triggers() -> None:
    mains = " ".join(f"UPDATE fee_schedule SET {name} = {_main_fee('NEW.schedule_id', value)} "
                     f"WHERE id = NEW.schedule_id AND NEW.service_type = '{value}';" for name, value in MAIN_FEES.items())
    op.execute("CREATE FUNCTION ws_fee_item_main() RETURNS trigger LANGUAGE plpgsql AS $$ "
               f"BEGIN {mains} RETURN NULL; END $$")
    op.execute("CREATE TRIGGER fee_item_main_ai AFTER INSERT ON fee_item "
               "FOR EACH ROW EXECUTE FUNCTION ws_fee_item_main()")
    first = "UPDATE fee_schedule SET first_publicised_on = {} WHERE id = {};"
    op.execute("CREATE FUNCTION ws_fee_publicity_first() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               "IF TG_OP <> 'INSERT' THEN "
               f"{first.format(_first_publicity('OLD.schedule_id'), 'OLD.schedule_id')} END IF; "
               "IF TG_OP <> 'DELETE' THEN "
               f"{first.format(_first_publicity('NEW.schedule_id'), 'NEW.schedule_id')} END IF; "
               "RETURN NULL; END $$")
    op.execute("CREATE TRIGGER fee_publicity_first AFTER INSERT OR DELETE OR UPDATE OF schedule_id, publicised_on "
               "ON fee_publicity FOR EACH ROW EXECUTE FUNCTION ws_fee_publicity_first()")
    sets = ", ".join([*(f"{name} = {_main_fee('fee_schedule.id', value)}" for name, value in MAIN_FEES.items()),
                      f"first_publicised_on = {_first_publicity('fee_schedule.id')}"])
    op.execute(f"UPDATE fee_schedule SET {sets}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        op.execute(f"CREATE INDEX ix_nursery_{column}_trgm ON nursery USING gin ({column} gin_trgm_ops)")
    _fee_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS fee_publicity_first ON fee_publicity")
    op.execute("DROP TRIGGER IF EXISTS fee_item_main_ai ON fee_item")
    op.execute("DROP FUNCTION IF EXISTS ws_fee_publicity_first()")
    op.execute("DROP FUNCTION IF EXISTS ws_fee_item_main()")
    for column in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_nursery_{column}_trgm")
