"""`Select.with_hint(table, "INDEXED BY ix_…", "sqlite")` rendered as SQLite's own INDEXED BY clause.

SQLAlchemy's SQLite compiler drops table hints (its `get_from_hint_text` returns nothing); the few
statements whose index SQLite picks wrongly without statistics name it through this.
"""

from __future__ import annotations

from sqlalchemy.dialects.sqlite.base import SQLiteCompiler


def _from_hint_text(_compiler: SQLiteCompiler, _table, text: str | None) -> str | None:
    return text


SQLiteCompiler.get_from_hint_text = _from_hint_text  # type: ignore[method-assign]
