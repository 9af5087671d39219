"""Many rows of one table updated by one executemany, each only at the version it was read at.

On SQLite the statement goes straight to the driver with each column's own bind conversion (dates,
enumerations, timestamps as SQLAlchemy stores them): SQLAlchemy's per-row parameter handling was
about a tenth of a 10,000-row push import's commit. Other engines take the Core statement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session


def update_at_versions(session: Session, table: Table, names: Sequence[str], rows: Sequence[tuple[Any, ...]],
                       fixed: Mapping[str, Any]) -> int:
    """For each row `(value of each of names…, id, version)`: set the values and `fixed`, move the version
    on by one, where the id and the version match. Returns how many rows were updated."""
    if not rows:
        return 0
    conn = session.connection()
    dialect = conn.dialect
    if dialect.name != "sqlite":
        values: dict[str, Any] = {name: bindparam(f"p_{name}", type_=table.c[name].type) for name in names}
        values.update(fixed, version=table.c.version + 1)
        stmt = (update(table).where(table.c.id == bindparam("p_id"), table.c.version == bindparam("p_version"))
                .values(values))
        params = [{**{f"p_{name}": row[i] for i, name in enumerate(names)}, "p_id": row[-2], "p_version": row[-1]}
                  for row in rows]
        return session.execute(stmt, params).rowcount
    convert = [_processor(table, name, dialect) for name in names]
    fixed_values = tuple(_bound(table, name, value, dialect) for name, value in fixed.items())
    if any(convert):
        rows = [tuple(f(v) if f is not None else v for f, v in zip(convert, row[:-2], strict=True))
                + fixed_values + row[-2:] for row in rows]
    else:
        rows = [row[:-2] + fixed_values + row[-2:] for row in rows]
    assigned = ", ".join(f"{name} = ?" for name in [*names, *fixed])  # the table's own column names
    sql = f"UPDATE {table.name} SET {assigned}, version = version + 1 WHERE id = ? AND version = ?"
    return conn.exec_driver_sql(sql, rows).rowcount


def _processor(table: Table, name: str, dialect: Any) -> Any:
    return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)


def _bound(table: Table, name: str, value: Any, dialect: Any) -> Any:
    process = _processor(table, name, dialect)
    return process(value) if process is not None else value
