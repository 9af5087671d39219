"""Calendar files (CSV / xlsx of 日期, 类型, 说明) and the year view, at the service level.

Arrangements here are TEST DATA, not published ones.
"""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import CLERK, SYSTEM
from openpyxl import Workbook

from workstation.domain.calendar_entries import ArrangementRefused
from workstation.domain.errors import PermissionDenied, ValidationError
from workstation.domain.workdays import DayKind, DaySource, DayType
from workstation.services.calendar import CalendarService

D = dt.date


@pytest.fixture
def calendar(district):
    return CalendarService(district.factory, SYSTEM)


def _xlsx(path, rows):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_with_real_dates_and_synonyms_imports(calendar, tmp_path):
    path = _xlsx(tmp_path / "a.xlsx", [("日期", "类型", "说明"), (dt.datetime(2027, 1, 1), "休息", "元旦"),
                                       ("2027年2月20日", "补班", ""), (None, None, None)])
    change = calendar.import_file(path, "测试通知", D(2026, 11, 1))
    assert [(e.day, e.kind, e.source_date) for e in change.year.entries] == [
        (D(2027, 1, 1), DayKind.HOLIDAY, D(2026, 11, 1)), (D(2027, 2, 20), DayKind.WORKDAY, D(2026, 11, 1))]
    assert change.year.day(D(2027, 1, 1)).type is DayType.HOLIDAY
    assert change.year.day(D(2027, 2, 20)).type is DayType.MAKEUP
    assert change.year.day(D(2027, 3, 1)).source is DaySource.ENTERED  # the rest follow the ordinary week


def test_year_given_refuses_a_file_of_another_year(calendar, tmp_path):
    path = tmp_path / "2026.csv"
    calendar.export_year(2026, path)
    with pytest.raises(ArrangementRefused, match="不在2027年内") as refused:
        calendar.import_file(path, "测试", year=2027)
    assert len(refused.value.problems) == len(calendar.arrangement(2026))  # every row named
    assert calendar.year(2027).entries == ()


@pytest.mark.parametrize("content, reason", [
    (b"", "没有任何日期"),
    (b"\xff\xfe\x00garbage\x00\x81", "编码无法识别"),
    (b"2027-13-01,\xe6\x94\xbe\xe5\x81\x87,\n", "不存在"),
])
def test_unreadable_files_are_refused_with_a_reason(calendar, tmp_path, content, reason):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=reason):
        calendar.import_file(path, "测试")


def test_a_corrupt_xlsx_and_a_wrong_suffix_are_refused(calendar, tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValidationError, match="无法读取"):
        calendar.import_file(tmp_path / "x.xlsx", "测试")
    with pytest.raises(ValidationError, match=r"\.csv 或 \.xlsx"):
        calendar.export_year(2026, tmp_path / "x.db")


def test_clerks_read_and_export_but_do_not_change(district, tmp_path):
    clerk = CalendarService(district.factory, CLERK)
    assert clerk.year(2026).built_in and clerk.export_year(2026, tmp_path / "a.csv") > 0
    with pytest.raises(PermissionDenied):
        clerk.import_file(tmp_path / "a.csv", "测试")
    with pytest.raises(PermissionDenied):
        clerk.correct_day(D(2026, 12, 31), DayKind.HOLIDAY, "测试")


def test_every_change_is_audited(calendar, district):
    from sqlalchemy import select

    from workstation.db.orm.audit import AuditEntry

    calendar.set_year(2027, [D(2027, 1, 1)], [], "测试通知")
    calendar.correct_day(D(2027, 1, 4), DayKind.HOLIDAY, "测试更正")
    calendar.remove_day(D(2027, 1, 4))
    with district.factory() as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.reason)
                               .where(AuditEntry.entity == "holiday").order_by(AuditEntry.seq)).all()
    actions = [a for a, _r in rows]
    assert actions == ["bulk_delete", "create", "create", "delete"]
    assert any("录入2027年节假日安排（测试通知）" in r for _a, r in rows)


@pytest.mark.parametrize("line, days, note", [
    ("2027-01-01至2027-01-03 元旦", 3, "元旦"),
    ("2027-01-01 to 2027-01-03 New Year", 3, "New Year"),
    ("2027-01-01 - 2027-01-02", 2, ""),
    ("２０２７－０２－０７ 春节调休", 1, "春节调休"),  # full-width digits from a Chinese input method
])
def test_ranges_as_people_type_them(line, days, note):
    from workstation.domain.calendar_entries import parse_ranges

    rows, problems = parse_ranges(line, DayKind.HOLIDAY)
    assert problems == [] and len(rows) == days and rows[0].note == note


def test_a_day_that_does_not_exist_is_named_as_such():
    from workstation.domain.calendar_entries import parse_ranges

    _rows, problems = parse_ranges("2027-02-30\n2027-01-01至2027-01-40\n元旦", DayKind.HOLIDAY)
    assert [p.reason for p in problems] == ["日期“2027-02-30”不存在", "日期“2027-01-40”不存在",
                                            "“元旦”不是日期或日期范围（如 2027-01-01至2027-01-03）"]
