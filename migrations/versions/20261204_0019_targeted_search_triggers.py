"""The search indexes change only for the searched fields that actually changed (issue #14).

Migration 20261204_0014's `nursery_gram_au` deleted and re-inserted every gram of all five searched
fields on any UPDATE naming one of them: about 200 scattered index writes per nursery, most of the
push import's commit. Now one trigger per field fires only when that field's value differs, and
writes only the grams that appear or disappear: a gram of the old value is deleted unless the new row
still holds it in some field, a gram of the new value is inserted unless the old row held it (then
it is already indexed). The FTS trigger fires only when a searched value differs.

Revision ID: 20261204_0019
Revises: 20261204_0016
Create Date: 2026-12-04

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261204_0019"
down_revision: str | Sequence[str] | None = "20261204_0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The fields of workstation.services.registry.search.SEARCH_COLUMNS (as in 20261204_0014).
COLUMNS = ("name", "alias", "uscc", "address", "legal_rep_name")
FIELD_TRIGGERS = tuple(f"nursery_gram_au_{column}" for column in COLUMNS)


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
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
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


def _fts_trigger(when: str) -> str:
    names = ", ".join(COLUMNS)
    old = ", ".join(f"old.{column}" for column in COLUMNS)
    new = ", ".join(f"new.{column}" for column in COLUMNS)
    return (f"CREATE TRIGGER nursery_fts_au AFTER UPDATE OF {names} ON nursery{when} BEGIN "
            f"INSERT INTO nursery_fts(nursery_fts, rowid, {names}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO nursery_fts(rowid, {names}) VALUES (new.id, {new}); END")


def downgrade() -> None:
    bind = op.get_bind()
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
