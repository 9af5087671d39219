"""Planner hints that only one engine needs, written so the other engine gets the plain expression."""

from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class not_by_id(FunctionElement):  # noqa: N801 - used like a SQL function
    """An integer key the planner should not drive the query by (so it walks the sort column's index).

    SQLite: `key + 0` (an expression hides the key's index). PostgreSQL plans by cost and the same
    trick only hurts there (a trigram search walked 100,000 rows): the key itself.
    """

    type = Integer()
    inherit_cache = True
    name = "not_by_id"


@compiles(not_by_id)
def _plain(element: not_by_id, compiler, **kw) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(not_by_id, "sqlite")
def _sqlite(element: not_by_id, compiler, **kw) -> str:
    return f"({compiler.process(element.clauses, **kw)} + 0)"
