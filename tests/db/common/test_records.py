"""Travelling records: UUID, who/when stamps, optimistic version check."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from workstation.db.orm import District, Nursery
from workstation.domain.enums import InstitutionKind, LegalNature


def _nursery(district_db, name="小星星托育") -> int:
    with district_db.factory.begin() as s:
        n = Nursery(name=name, legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                    created_by="a", updated_by="a")
        s.add(n)
        s.flush()
        return n.id


def test_new_records_get_uuid_stamps_and_version(district):
    nid = _nursery(district)
    with district.factory() as s:
        n = s.get(Nursery, nid)
        assert len(n.uuid) == 36 and n.version == 1
        assert n.created_at is not None and n.created_by == "a"
        other = s.scalars(select(District)).one()
        assert other.uuid != n.uuid


def test_update_bumps_version(district):
    nid = _nursery(district)
    with district.factory.begin() as s:
        s.get(Nursery, nid).name = "改名"
    with district.factory() as s:
        assert s.get(Nursery, nid).version == 2


def test_stale_edit_is_refused(district):
    nid = _nursery(district)
    first, second = district.factory(), district.factory()
    a, b = first.get(Nursery, nid), second.get(Nursery, nid)
    a.name = "甲的修改"
    first.commit()
    b.name = "乙的修改"
    with pytest.raises(StaleDataError):
        second.commit()
    second.rollback()
    with district.factory() as s:
        assert s.get(Nursery, nid).name == "甲的修改"
    first.close()
    second.close()


def test_foreign_keys_are_enforced(district):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), district.factory.begin() as s:
        s.add(Nursery(name="x", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE, street_id=9999))
