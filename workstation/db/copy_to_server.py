"""Copy a district's SQLite database into an empty, migrated server database, table by table.

Rows keep their ids (every reference stays valid) and go through SQLAlchemy Core on a plain
connection, so no audit row is added: the audit chain arrives exactly as it was and can be
verified on the server. Tables are copied parents first (the metadata's dependency order) in one
transaction; then each id sequence is set to the table's largest id, so the next insert does not
collide. Tables only SQLite has (its FTS5 and short-term search indexes) are not copied: the
server builds its own search index from the rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Integer, func, inspect, select, text

import workstation.db.orm  # noqa: F401  (registers every table)
from workstation.db.base import Base
from workstation.db.enrolment_totals import pause_class_totals, resume_class_totals
from workstation.domain.errors import ValidationError

BATCH = 1000
_SEEDED = {"audit_head"}  # the migration writes the chain's genesis head; replaced by the source's
_BOOKKEEPING = {"alembic_version"}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CopiedTables:
    rows: dict[str, int]  # rows per table, as copied (equal on both sides, checked)


def refuse_unless_empty(target: Engine) -> None:
    """ValidationError when the server database holds anything but an empty workstation schema."""
    ours = set(Base.metadata.tables) | _BOOKKEEPING
    with target.connect() as conn:
        present = set(inspect(conn).get_table_names())
        foreign = sorted(present - ours)
        if foreign:
            raise ValidationError(f"目标数据库不是空的：其中已有不属于工作站的数据表（{'、'.join(foreign[:5])}）。"
                                  "请新建一个空数据库再迁移；目标数据库未作任何改动。", "to")
        filled = [name for name in sorted(present & set(Base.metadata.tables)) if name not in _SEEDED
                  and conn.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar_one()]
        if "audit_head" in present and conn.execute(text("SELECT coalesce(max(seq), 0) FROM audit_head")).scalar_one():
            filled.append("audit_head")
    if filled:
        raise ValidationError(f"目标数据库不是空的：数据表 {'、'.join(filled[:5])} 中已有数据。迁移只能写入新建的空数据库，"
                              "以免覆盖其他办公室的数据；目标数据库未作任何改动。", "to")


def copy_tables(source: Engine, target: Engine, progress: Progress | None = None) -> CopiedTables:
    """Copy every table's rows from `source` into `target` (both at the same schema revision)."""
    tables = [t for t in Base.metadata.sorted_tables]
    totals = {}
    with source.connect() as src:
        for table in tables:
            totals[table.name] = src.execute(select(func.count()).select_from(table)).scalar_one()
        done, everything = 0, max(sum(totals.values()), 1)
        with target.begin() as dst:
            for name in _SEEDED:
                dst.execute(Base.metadata.tables[name].delete())
            pause_class_totals(dst)  # the totals are copied with the nurseries
            for table in tables:
                order = list(table.primary_key.columns) or list(table.columns)[:1]
                batch: list[dict] = []
                for row in src.execute(select(table).order_by(*order)).mappings():
                    batch.append(dict(row))
                    if len(batch) == BATCH:
                        dst.execute(table.insert(), batch)
                        done += len(batch)
                        batch = []
                        if progress is not None:
                            progress(done, everything)
                if batch:
                    dst.execute(table.insert(), batch)
                    done += len(batch)
            resume_class_totals(dst)
            _set_sequences(dst)
    if progress is not None:
        progress(everything, everything)
    return CopiedTables(totals)


def settle_after_copy(target: Engine) -> None:
    """VACUUM (ANALYZE) the copied database: after a bulk copy the server has no statistics and no page
    marked all-visible (until autovacuum comes round), so its first desks got sequential scans and
    index-only scans that read every row anyway (首页's figures: 100 ms instead of 35 at 100,000 nurseries)."""
    with target.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM (ANALYZE)"))


def count_rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}


def _set_sequences(conn: Connection) -> None:
    """Each serial id's sequence continues after the largest copied id (an empty table starts at 1)."""
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                {"t": table.name, "c": keys[0].name}).scalar()
        if sequence is None:
            continue
        largest = conn.execute(select(func.max(keys[0]))).scalar()
        conn.execute(text("SELECT setval(:s, :v, :called)"),
                     {"s": sequence, "v": largest if largest is not None else 1, "called": largest is not None})
