"""SQL aggregates whose name differs between the engines, written once for both."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class joined_text(FunctionElement):  # noqa: N801 - reads like the SQL function it stands for
    """The group's values joined with ",": SQLite's group_concat, PostgreSQL's string_agg.

    The order of the values is the engine's (as with group_concat).
    """

    type = String()
    inherit_cache = True
    name = "joined_text"


class joined_distinct_text(joined_text):  # noqa: N801
    """The group's distinct values joined with ","."""

    inherit_cache = True
    name = "joined_distinct_text"


@compiles(joined_text)
def _sqlite(element: joined_text, compiler, **kw) -> str:
    arg = compiler.process(element.clauses, **kw)
    # SQLite's group_concat(DISTINCT x) takes no separator; its default is ","
    if isinstance(element, joined_distinct_text):
        return f"group_concat(DISTINCT {arg})"
    return f"group_concat({arg}, ',')"


@compiles(joined_text, "postgresql")
def _postgresql(element: joined_text, compiler, **kw) -> str:
    arg = compiler.process(element.clauses, **kw)
    distinct = "DISTINCT " if isinstance(element, joined_distinct_text) else ""
    return f"string_agg({distinct}CAST({arg} AS TEXT), ',')"
