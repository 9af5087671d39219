"""The nursery table carries no B-tree over the five searched fields (migration 20261205_0043): every write
of a searched field paid for it (110–170 ms of a 10,000-row push import) and no search reads through it."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from workstation.db import migrate
from workstation.db.engine import make_engine

SEARCHED = ["name", "alias", "uscc", "address", "legal_rep_name"]


def _nursery_indexes(engine) -> dict[str, list[str]]:
    return {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("nursery")}


def test_no_index_over_the_searched_fields_at_head(database):
    indexes = _nursery_indexes(database.engine)
    assert "ix_nursery_search" not in indexes
    assert SEARCHED not in indexes.values()


def test_downgrade_puts_the_index_back(db_path):
    engine = make_engine(db_path)
    migrate.ensure_schema(engine)
    config = migrate._alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "20261205_0039")
    assert _nursery_indexes(engine)["ix_nursery_search"] == SEARCHED
    engine.dispose()
