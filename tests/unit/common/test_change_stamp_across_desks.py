"""The change stamp one desk reads moves when another desk (its own engine, another process's alike)
commits: SQLite's data version, the audit trail's last seq on PostgreSQL."""

from __future__ import annotations

from workstation.db.change_stamp import open_change_stamp
from workstation.db.orm import District
from workstation.db.session import open_database
from workstation.services.common.context import Actor
from workstation.services.district.service import DistrictService


def test_a_commit_at_one_desk_moves_the_stamp_another_desk_reads(database):
    other_desk = open_database(database.location)
    stamp = open_change_stamp(other_desk.location, other_desk.engine)
    try:
        assert stamp is not None
        before = stamp.value()
        assert before is not None and stamp.value() == before  # reading alone moves nothing
        DistrictService(database.factory, Actor("clerk", "王登记", "SYSTEM")).initialize(
            "500107", "九龙坡区", [("500107001", "杨家坪街道")], resident_population=1_200_000)
        with database.factory() as session:
            assert session.query(District).count() == 1
        after = stamp.value()
        assert after is not None and after != before
    finally:
        stamp.close()
        other_desk.close()
    assert stamp.value() is None  # closed: unknown, so views read again
