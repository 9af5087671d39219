"""A commit right after its preview writes what the preview checked, without reading the file again;
a changed file, a changed district or another day make it read and validate again."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import select
from test_import_registrations import count, row, uscc, write_csv

from workstation.db.orm import Nursery
from workstation.services.imports import RegistrationImporter, RowOutcome
from workstation.services.imports import registrations as module

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def importer(district, actor):
    return RegistrationImporter(district.factory, actor, today=lambda: TODAY)


def forbid_reading(monkeypatch) -> None:
    """From here on, reading or validating a row fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("the commit read or validated the file again")
    monkeypatch.setattr(module, "read_table", refuse)
    monkeypatch.setattr(module, "validate_row", refuse)


def addresses(district) -> dict[str, str]:
    with district.factory() as session:
        return dict(session.execute(select(Nursery.uscc, Nursery.address)).all())


def test_commit_after_a_preview_does_not_read_the_file_again(importer, district, tmp_path, monkeypatch):
    assert importer.commit(write_csv(tmp_path / "first.csv", [row(i) for i in range(1, 4)])).committed
    path = write_csv(tmp_path / "p.csv", [row(1, 住所="重庆市九龙坡区谢家湾街道9号"), row(2), row(4),
                                         row(5, 成立日期="2030-01-01")])
    preview = importer.dry_run(path)
    forbid_reading(monkeypatch)

    report = importer.commit(path, accept_valid=True)

    assert report.committed and not report.dry_run
    assert [(r.row_number, r.outcome, r.reason) for r in report.rows] == \
           [(r.row_number, r.outcome, r.reason) for r in preview.rows]
    assert [r.outcome for r in report.rows] == [RowOutcome.UPDATED, RowOutcome.UNCHANGED, RowOutcome.ACCEPTED,
                                                RowOutcome.REJECTED]
    assert addresses(district)[uscc(1)] == "重庆市九龙坡区谢家湾街道9号" and uscc(4) in addresses(district)
    assert count(district) == 4


def test_the_kept_preview_serves_one_commit_only(importer, district, tmp_path, monkeypatch):
    path = write_csv(tmp_path / "p.csv", [row(1)])
    importer.dry_run(path)
    assert importer.commit(path).committed
    forbid_reading(monkeypatch)
    with pytest.raises(AssertionError, match="read or validated"):
        importer.commit(path)  # the database moved with the first commit: read and checked again


def test_a_file_changed_after_the_preview_is_read_again(importer, district, tmp_path):
    path = write_csv(tmp_path / "p.csv", [row(1, 法定代表人="张三")])
    importer.dry_run(path)
    stat = os.stat(path)
    write_csv(path, [row(1, 法定代表人="李四")])  # same size, and the same change time put back
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert os.stat(path).st_size == stat.st_size

    assert importer.commit(path).committed

    with district.factory() as session:
        assert session.scalar(select(Nursery.legal_rep_name).where(Nursery.uscc == uscc(1))) == "李四"


def test_a_change_to_the_district_after_the_preview_is_validated_again(importer, district, actor, tmp_path):
    path = write_csv(tmp_path / "p.csv", [row(i) for i in range(1, 4)])
    assert importer.dry_run(path).accepted == 3  # three new nurseries, as the preview saw the district
    other = RegistrationImporter(district.factory, actor, today=lambda: TODAY)  # another desk, meanwhile
    assert other.commit(write_csv(tmp_path / "other.csv", [row(i) for i in range(1, 4)])).committed

    report = importer.commit(path)  # the kept plan would insert them a second time

    assert report.committed and report.unchanged == 3 and report.accepted == 0
    assert count(district) == 3


def test_a_preview_of_yesterday_is_validated_again(district, actor, tmp_path):
    days = [TODAY]
    importer = RegistrationImporter(district.factory, actor, today=lambda: days[0])
    path = write_csv(tmp_path / "p.csv", [row(1, 成立日期=(TODAY + dt.timedelta(days=1)).isoformat())])
    assert importer.dry_run(path).rejected == 1  # registered tomorrow: later than today
    days[0] = TODAY + dt.timedelta(days=1)

    report = importer.commit(path)

    assert report.committed and report.accepted == 1
