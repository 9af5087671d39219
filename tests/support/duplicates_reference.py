"""The similar-nursery search as it was before the indexes served it (LIKE over every row), kept as
the reference the indexed search must agree with (tests/unit/registry/test_duplicates_indexed.py,
bench/duplicates.py)."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.domain.normalize import clean_text
from workstation.services.registry.duplicates import (
    SimilarNursery,
    _decided_different,
    address_key,
    name_key,
    similar,
)


def find_similar_by_scan(session: Session, name: str, address: str, district_name: str,
                         exclude_id: int | None = None, limit: int = 10) -> list[SimilarNursery]:
    nkey, akey = name_key(name, district_name), address_key(address)
    patterns = _like_patterns(nkey, min_len=2) + _like_patterns(akey, min_len=4)
    if not patterns:
        return []
    conditions = [Nursery.name.like(p) for p in _like_patterns(nkey, 2)]
    conditions += [Nursery.address.like(p) for p in _like_patterns(akey, 4)]
    stmt = select(Nursery).where(or_(*conditions)).order_by(Nursery.id).limit(200)  # rowid order, as SQLite scanned
    if exclude_id is not None:
        stmt = stmt.where(Nursery.id != exclude_id)
    decided = _decided_different(session, exclude_id)
    found = []
    for row in _same_name(session, name, nkey, district_name, exclude_id)[:limit]:
        if row.id not in decided:
            on = "名称、地址" if similar(akey, address_key(row.address)) else "名称"
            found.append(SimilarNursery(row.id, row.name, row.uscc or "", row.address, row.legal_rep_name,
                                        row.status.zh, on))
    same = {s.id for s in found}
    for row in session.scalars(stmt):
        if row.id in decided or row.id in same:
            continue
        on = [label for label, hit in (("名称", similar(nkey, name_key(row.name, district_name))),
                                       ("地址", similar(akey, address_key(row.address)))) if hit]
        if on:
            found.append(SimilarNursery(row.id, row.name, row.uscc or "", row.address, row.legal_rep_name,
                                        row.status.zh, "、".join(on)))
    return found[:limit]


def _same_name(session: Session, name: str, nkey: str, district_name: str, exclude_id: int | None) -> list[Nursery]:
    """The same (normalised) name, looked up on its own: rows named exactly `name` and the first 200 rows by
    id holding the key."""
    escaped = nkey.replace("%", "").replace("_", "")
    if len(nkey) < 2 or not escaped:
        return []
    stmt = select(Nursery).where(Nursery.name.like(f"%{escaped}%")).order_by(Nursery.id).limit(200)
    exact = select(Nursery).where(Nursery.name.in_({name, clean_text(name)})).order_by(Nursery.id).limit(200)
    if exclude_id is not None:
        stmt, exact = stmt.where(Nursery.id != exclude_id), exact.where(Nursery.id != exclude_id)
    rows = {row.id: row for row in [*session.scalars(exact), *session.scalars(stmt)]}
    return [rows[key] for key in sorted(rows) if name_key(rows[key].name, district_name) == nkey]


def _like_patterns(key: str, min_len: int) -> list[str]:
    if len(key) < min_len:
        return []
    escaped = key.replace("%", "").replace("_", "")
    if len(escaped) <= 4:
        return [f"%{escaped}%"]
    return [f"%{escaped[:3]}%", f"%{escaped[-3:]}%"]
