"""Search indexes written only for fields that changed; the fee list's sort values stored (issue #14).

Migration 20261204_0014's `nursery_gram_au` deleted and re-inserted every gram of all five searched
fields on any UPDATE naming one of them: about 200 scattered index writes per nursery, most of the
push import's commit. Now one trigger per field fires only when that field's value differs, and
writes only the grams that appear or disappear: a gram of the old value is deleted unless the new row
still holds it in some field, a gram of the new value is inserted unless the old row held it (then
it is already indexed). The FTS trigger fires only when a searched value differs.

Also the values the fee list (收费公示) sorts and filters on, stored on each fee schedule and kept by
triggers whoever writes the items and publicity (fee service, demo, restore): each service type's
main fee (its care fee, else its first item; -1 without one) and the first publicity day. The list
computed them per nursery over every listed row for each sort (about 300 ms at 100,000 nurseries).

Revision ID: 20261204_0019
Revises: 20261204_0016
Create Date: 2026-12-04

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261204_0019"
down_revision: str | Sequence[str] | None = "20261204_0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The fields of workstation.services.registry.search.SEARCH_COLUMNS (as in 20261204_0014).
COLUMNS = ("name", "alias", "uscc", "address", "legal_rep_name")
FIELD_TRIGGERS = tuple(f"nursery_gram_au_{column}" for column in COLUMNS)
# fee_schedule column -> ServiceType value of fee_item.service_type.
MAIN_FEES = {"main_full_day_fen": "FULL_DAY", "main_half_day_fen": "HALF_DAY", "main_hourly_fen": "HOURLY",
             "main_temporary_fen": "TEMPORARY"}
FEE_TRIGGERS = ("fee_item_main_ai", "fee_publicity_first_ai", "fee_publicity_first_au", "fee_publicity_first_ad")


def _main_fee(schedule: str, service_type: str) -> str:
    """The schedule's main fee of a service type, as CurrentFees.main_item picks it (-1 without one)."""
    return (f"coalesce((SELECT amount_fen FROM fee_item WHERE schedule_id = {schedule} "
            f"AND service_type = '{service_type}' ORDER BY CASE kind WHEN 'CARE' THEN 0 ELSE 1 END, position, id "
            f"LIMIT 1), -1)")


def _first_publicity(schedule: str) -> str:
    return f"(SELECT min(publicised_on) FROM fee_publicity WHERE schedule_id = {schedule})"


def _grams(row: str, column: str) -> str:
    """SELECT of the distinct one- and two-character grams of one field, folded as LIKE folds."""
    return " UNION ".join(f"SELECT lower(substr({row}.{column}, p.n, {size})) AS gram FROM search_position p "
                          f"WHERE p.n <= length({row}.{column}) - {size - 1}" for size in (1, 2))


def _held(row: str) -> str:
    """True when `gram` occurs in some searched field of `row` (every substring of a field is indexed)."""
    return " OR ".join(f"instr(lower(coalesce({row}.{column}, '')), gram) > 0" for column in COLUMNS)


def _changed(columns: Sequence[str]) -> str:
    return " OR ".join(f"old.{column} IS NOT new.{column}" for column in columns)


def _has(bind, kind: str, name: str) -> bool:
    found = bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", (kind, name)).first()
    return found is not None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of fee_schedule would drop the table, and its ON DELETE CASCADE
    # would take every item and publicity record with it.
    for name in MAIN_FEES:
        op.add_column("fee_schedule", sa.Column(name, sa.BigInteger(), server_default=sa.text("-1"), nullable=False))
    op.add_column("fee_schedule", sa.Column("first_publicised_on", sa.Date(), nullable=True))
    # The list's join index now covers the stored values: a sort reads no schedule row.
    op.drop_index("ix_fee_schedule_in_force", table_name="fee_schedule")
    op.create_index("ix_fee_schedule_in_force", "fee_schedule", ["nursery_id", "effective_from", "effective_to",
                                                                 *MAIN_FEES, "first_publicised_on"])
    bind = op.get_bind()
    sets = ", ".join([*(f"{name} = {_main_fee('fee_schedule.id', value)}" for name, value in MAIN_FEES.items()),
                      f"first_publicised_on = {_first_publicity('fee_schedule.id')}"])
    bind.exec_driver_sql(f"UPDATE fee_schedule SET {sets}")
    if bind.dialect.name != "sqlite":
        return
    _create_fee_triggers(bind)
    if _has(bind, "table", "nursery_gram"):
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS nursery_gram_au")
        for column, trigger in zip(COLUMNS, FIELD_TRIGGERS, strict=True):
            bind.exec_driver_sql(
                f"CREATE TRIGGER {trigger} AFTER UPDATE OF {column} ON nursery WHEN old.{column} IS NOT new.{column} "
                f"BEGIN "
                f"DELETE FROM nursery_gram WHERE nursery_id = old.id AND gram IN "
                f"(SELECT gram FROM ({_grams('old', column)}) WHERE NOT ({_held('new')})); "
                f"INSERT OR IGNORE INTO nursery_gram (gram, nursery_id) "
                f"SELECT gram, new.id FROM ({_grams('new', column)}) WHERE NOT ({_held('old')}); "
                f"END")
    if _has(bind, "trigger", "nursery_fts_au"):
        bind.exec_driver_sql("DROP TRIGGER nursery_fts_au")
        bind.exec_driver_sql(_fts_trigger(when=f" WHEN {_changed(COLUMNS)}"))


def _create_fee_triggers(bind) -> None:
    # Items are never edited once recorded; they go only with their schedule.
    mains = " ".join(f"UPDATE fee_schedule SET {name} = {_main_fee('new.schedule_id', value)} "
                     f"WHERE id = new.schedule_id AND new.service_type = '{value}';" for name, value in MAIN_FEES.items())
    bind.exec_driver_sql(f"CREATE TRIGGER fee_item_main_ai AFTER INSERT ON fee_item BEGIN {mains} END")
    first = "UPDATE fee_schedule SET first_publicised_on = {} WHERE id = {};"
    bind.exec_driver_sql("CREATE TRIGGER fee_publicity_first_ai AFTER INSERT ON fee_publicity BEGIN "
                         f"{first.format(_first_publicity('new.schedule_id'), 'new.schedule_id')} END")
    bind.exec_driver_sql("CREATE TRIGGER fee_publicity_first_au AFTER UPDATE OF schedule_id, publicised_on "
                         "ON fee_publicity BEGIN "
                         f"{first.format(_first_publicity('old.schedule_id'), 'old.schedule_id')} "
                         f"{first.format(_first_publicity('new.schedule_id'), 'new.schedule_id')} END")
    bind.exec_driver_sql("CREATE TRIGGER fee_publicity_first_ad AFTER DELETE ON fee_publicity BEGIN "
                         f"{first.format(_first_publicity('old.schedule_id'), 'old.schedule_id')} END")


def _fts_trigger(when: str) -> str:
    names = ", ".join(COLUMNS)
    old = ", ".join(f"old.{column}" for column in COLUMNS)
    new = ", ".join(f"new.{column}" for column in COLUMNS)
    return (f"CREATE TRIGGER nursery_fts_au AFTER UPDATE OF {names} ON nursery{when} BEGIN "
            f"INSERT INTO nursery_fts(nursery_fts, rowid, {names}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO nursery_fts(rowid, {names}) VALUES (new.id, {new}); END")


def downgrade() -> None:
    bind = op.get_bind()
    for trigger in FEE_TRIGGERS:
        if bind.dialect.name == "sqlite":
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_index("ix_fee_schedule_in_force", table_name="fee_schedule")
    op.create_index("ix_fee_schedule_in_force", "fee_schedule", ["nursery_id", "effective_from", "effective_to"])
    for name in ("first_publicised_on", *reversed(MAIN_FEES)):  # ALTER TABLE … DROP COLUMN: no table copy
        bind.exec_driver_sql(f"ALTER TABLE fee_schedule DROP COLUMN {name}")
    if bind.dialect.name != "sqlite":
        return
    if _has(bind, "table", "nursery_gram"):
        for trigger in FIELD_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        every_old = " UNION ".join(_grams("old", column) for column in COLUMNS)
        every_new = " UNION ".join(_grams("new", column) for column in COLUMNS)
        bind.exec_driver_sql(
            f"CREATE TRIGGER nursery_gram_au AFTER UPDATE OF {', '.join(COLUMNS)} ON nursery BEGIN "
            f"DELETE FROM nursery_gram WHERE nursery_id = old.id AND gram IN ({every_old}); "
            f"INSERT OR IGNORE INTO nursery_gram (gram, nursery_id) SELECT gram, new.id FROM ({every_new}); END")
    if _has(bind, "trigger", "nursery_fts_au"):
        bind.exec_driver_sql("DROP TRIGGER nursery_fts_au")
        bind.exec_driver_sql(_fts_trigger(when=""))
