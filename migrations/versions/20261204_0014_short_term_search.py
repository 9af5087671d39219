"""Search index for one- and two-character terms (the trigram index finds nothing shorter than three).

Every distinct character and pair of adjacent characters of the searched fields, per nursery, in
`nursery_gram` (ASCII folded to lower case, as LIKE folds it); kept in step by triggers. A short
term is then an index lookup instead of a LIKE over every row (issue #14).

Revision ID: 20261204_0014
Revises: 20261204_0013
Create Date: 2026-12-04

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261204_0014"
down_revision: str | Sequence[str] | None = "20261204_0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The fields of workstation.services.registry.search.SEARCH_COLUMNS.
COLUMNS = ("name", "alias", "uscc", "address", "legal_rep_name")
# Character positions indexed: beyond every searched field's length (the longest, address, is 300).
POSITIONS = 1000
TRIGGERS = ("nursery_gram_ai", "nursery_gram_ad", "nursery_gram_au")


def grams_of(row: str) -> str:
    """SELECT of the distinct grams of `row` ("new" or "nursery"), with the row's id."""
    parts = [f"SELECT lower(substr({row}.{column}, p.n, {size})) AS gram FROM search_position p "
             f"WHERE p.n <= length({row}.{column}) - {size - 1}"
             for column in COLUMNS for size in (1, 2)]
    return " UNION ".join(parts)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql("CREATE TABLE search_position (n INTEGER PRIMARY KEY)")
    bind.exec_driver_sql(f"INSERT INTO search_position (n) SELECT value FROM generate_series(1, {POSITIONS})"
                         if _has_series(bind) else
                         "INSERT INTO search_position (n) VALUES " + ", ".join(f"({n})" for n in range(1, POSITIONS + 1)))
    bind.exec_driver_sql("CREATE TABLE nursery_gram (gram TEXT NOT NULL, nursery_id INTEGER NOT NULL, "
                         "PRIMARY KEY (gram, nursery_id)) WITHOUT ROWID")
    insert_new = f"INSERT OR IGNORE INTO nursery_gram (gram, nursery_id) SELECT gram, new.id FROM ({grams_of('new')});"
    # By the old row's grams: the primary key finds them without an index on nursery_id.
    delete_old = f"DELETE FROM nursery_gram WHERE nursery_id = old.id AND gram IN ({grams_of('old')});"
    bind.exec_driver_sql(f"CREATE TRIGGER nursery_gram_ai AFTER INSERT ON nursery BEGIN {insert_new} END")
    bind.exec_driver_sql(f"CREATE TRIGGER nursery_gram_ad AFTER DELETE ON nursery BEGIN {delete_old} END")
    bind.exec_driver_sql(f"CREATE TRIGGER nursery_gram_au AFTER UPDATE OF {', '.join(COLUMNS)} ON nursery "
                         f"BEGIN {delete_old} {insert_new} END")
    for column in COLUMNS:
        for size in (1, 2):
            bind.exec_driver_sql(
                f"INSERT OR IGNORE INTO nursery_gram (gram, nursery_id) "
                f"SELECT lower(substr(nursery.{column}, p.n, {size})), nursery.id FROM nursery "
                f"JOIN search_position p ON p.n <= length(nursery.{column}) - {size - 1}")


def _has_series(bind) -> bool:
    try:
        bind.exec_driver_sql("SELECT value FROM generate_series(1, 1)").all()
    except Exception:  # generate_series is an extension not every SQLite build has
        return False
    return True


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS nursery_gram")
    op.execute("DROP TABLE IF EXISTS search_position")
