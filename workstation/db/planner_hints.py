"""Planner hints that only one engine needs, written so the other engine gets the plain expression."""

from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
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


class nulls_as_on_sqlite(FunctionElement):  # noqa: N801 - used like a SQL function
    """An ORDER BY term on a nullable column with NULLs where SQLite puts them: first ascending, last
    descending. SQLite: the plain term (so it still walks the column's index); PostgreSQL, whose
    default is the other way round: the term with NULLS FIRST / NULLS LAST.

    `nulls_as_on_sqlite(column.asc())` or `nulls_as_on_sqlite(column.desc())`.
    """

    inherit_cache = True
    name = "nulls_as_on_sqlite"


@compiles(nulls_as_on_sqlite)
def _ordered(element: nulls_as_on_sqlite, compiler, **kw) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(nulls_as_on_sqlite, "postgresql")
def _ordered_postgresql(element: nulls_as_on_sqlite, compiler, **kw) -> str:
    [term] = element.clauses.clauses
    descending = getattr(term, "modifier", None) is operators.desc_op
    return f"{compiler.process(term, **kw)} {'NULLS LAST' if descending else 'NULLS FIRST'}"
