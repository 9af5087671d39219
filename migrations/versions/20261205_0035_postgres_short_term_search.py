"""PostgreSQL: a GIN index of each nursery's characters and character pairs, for 1–2 character terms (#20).

pg_trgm (20261204_0020) cannot answer a term shorter than three characters: `ILIKE '%托%'` read all
100,000 rows, 200–300 ms for every such keystroke and count. SQLite keeps a table of short terms
(`nursery_gram`, 20261204_0014). Here the same grams (the searched fields' distinct characters and
pairs, ASCII letters folded to lower case) are an expression over the row, `ws_search_grams(...)`,
indexed with GIN: the server keeps it on every write, no trigger or table to copy, and a short
term is `ws_search_grams(...) @> ARRAY['托']` (db/postgres/search_grams.py). The fields are joined by
a newline, which no search term holds, so a pair across two fields never matches a term.

SQLite: nothing to do.

Revision ID: 20261205_0035
Revises: 20261205_0034
Create Date: 2026-12-05

"""
from collections.abc import Sequence

from alembic import op

revision: str = "20261205_0035"
down_revision: str | Sequence[str] | None = "20261205_0034"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As workstation.db.postgres.search_grams (a migration keeps its own copy of what it creates).
FUNCTION = "ws_search_grams"
INDEX = "ix_nursery_search_grams"
COLUMNS = ("name", "alias", "uscc", "address", "legal_rep_name")
_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # C functions only (no subquery): ~0.14 ms a row, against ~2 ms for a generate_series() of substr().
    # Pairs are cut twice, from the first and from the second character; '' and single characters left
    # at the ends are dropped or already there. COST: the planner should read the index, not compute
    # the grams of every row it walks in sort order.
    op.execute(
        f"CREATE FUNCTION {FUNCTION}_of(f text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 1000 AS $$ "
        "SELECT array_remove(string_to_array(f, NULL) "
        "|| string_to_array(regexp_replace(f, '(..)', E'\\\\1\\x01', 'g'), E'\\x01') "
        "|| string_to_array(regexp_replace(substr(f, 2), '(..)', E'\\\\1\\x01', 'g'), E'\\x01'), '') $$")
    # Not STRICT (a NULL USCC is skipped by concat_ws); IMMUTABLE so that it can be indexed. The inner
    # function is named with its schema: pg_restore rebuilds the index with an empty search_path.
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    op.execute(
        f"CREATE FUNCTION {FUNCTION}(text, text, text, text, text) RETURNS text[] "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 1000 AS $$ "
        f"SELECT \"{schema}\".{FUNCTION}_of(translate(concat_ws(E'\\n', $1, $2, $3, $4, $5), '{_UPPER}', '{_LOWER}')) $$")
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")  # the GIN build sorts ~13 M grams at 100,000 nurseries
    op.execute(f"CREATE INDEX {INDEX} ON nursery USING gin ({FUNCTION}({', '.join(COLUMNS)}))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(text, text, text, text, text)")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}_of(text)")
