"""Nurseries a push file matches by USCC: read as column snapshots, changed by bulk statements.

A national district holds 100,000 nurseries and a push file 10,000 rows: loading each match as an ORM
object and flushing it row by row (with the audit hooks diffing every column) cost more than reading
the file. The snapshot holds only the columns an import compares or reports, and each set of changed
columns is one executemany UPDATE; the caller records the audit rows itself (records_bulk_itself).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from workstation.db.base import utcnow
from workstation.db.orm import Nursery
from workstation.db.sqlite.search_fts import fts_written_by_caller, write_fts_changes
from workstation.db.sqlite.search_grams import SEARCHED, grams_written_by_caller, write_gram_changes
from workstation.db.versioned_updates import update_at_versions
from workstation.domain.errors import ConflictError
from workstation.domain.pinyin_order import name_sort_key

CHUNK = 500  # USCCs per IN (...) query
# Every field a row may supply (rows.validate_row) plus what matching and reporting read.
_SNAPSHOT = (
    "id", "uuid", "uscc", "version", "status", "name", "alias", "legal_nature", "registration_organ_kind",
    "registration_organ_id", "registered_at", "legal_rep_name", "address", "street_id", "business_scope",
)
_SEARCHED_AT = tuple(_SNAPSHOT.index(name) for name in SEARCHED)  # a snapshot's searched values, by position
_TABLE = Nursery.__table__
STALE = "导入期间有机构记录被其他用户修改，未写入任何数据，请重新导入。"


def matched(session: Session, codes: Sequence[str]) -> dict[str, Row[Any]]:
    """The nurseries with these USCCs, by USCC: one indexed query per CHUNK codes."""
    columns = [getattr(Nursery, name) for name in _SNAPSHOT]
    found: dict[str, Row[Any]] = {}
    for start in range(0, len(codes), CHUNK):
        for row in session.execute(select(*columns).where(Nursery.uscc.in_(codes[start:start + CHUNK]))):
            found[row.uscc or ""] = row
    return found


def write_changes(session: Session, updates: Iterable[tuple[Row[Any], Mapping[str, object]]], who: str,
                  now: dt.datetime | None = None) -> None:
    """Apply each nursery's changes, one executemany UPDATE per set of changed columns.

    Each row is updated only at the version it was read at (as the ORM's version check does);
    a row changed meanwhile makes the whole import a ConflictError. The search indexes are written
    here per batch, not by their per-row triggers, both from the values compared (the snapshot's, at the
    version each UPDATE matched): db/sqlite/search_grams.py and db/sqlite/search_fts.py.
    """
    now = now or utcnow()
    groups: dict[tuple[str, ...], list[tuple[object, ...]]] = defaultdict(list)
    searched: list[tuple[Row[Any], Mapping[str, object]]] = []
    for nursery, changes in updates:
        if "name" in changes:  # the pinyin sort key follows the name (db/orm/sort_keys.py)
            changes = {**changes, "name_pinyin": name_sort_key(changes["name"])}  # type: ignore[arg-type]
        names = tuple(sorted(changes))
        groups[names].append((*(changes[name] for name in names), nursery.id, nursery.version))
        if any(name in changes for name in SEARCHED):
            searched.append((nursery, changes))
    rows = [(nursery.id, [nursery[i] for i in _SEARCHED_AT],
             [changes.get(name, nursery[i]) for name, i in zip(SEARCHED, _SEARCHED_AT, strict=True)])
            for nursery, changes in searched]
    with grams_written_by_caller(session, {name for nursery, changes in searched for name in changes}) as grams, \
            fts_written_by_caller(session, bool(rows)) as fts:
        for names, rows_at in groups.items():
            if update_at_versions(session, _TABLE, names, rows_at, {"updated_by": who, "updated_at": now}) \
                    != len(rows_at):
                raise ConflictError(STALE)
        if grams:
            write_gram_changes(session, rows)
        if fts:
            write_fts_changes(session, rows)
