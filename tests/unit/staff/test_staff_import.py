"""Import of a staff list: validated first, written in one transaction or not at all, reported row by
row; a banned ID number is refused naming the decision."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from staff_support import add_nursery, resident_id

from workstation.domain.staff import BanDraft, StaffRole
from workstation.services.common.context import Actor
from workstation.services.imports import UnusableFileError
from workstation.services.staff.bans import BanService
from workstation.services.staff.importer import StaffImporter
from workstation.services.staff.service import StaffService

TODAY = dt.date(2026, 12, 4)
CLERK = Actor("clerk", "李登记", "CLERK")
BANNED = resident_id(666, "19850505")
HEADER = ("序号", "姓名", "身份证号", "岗位", "用工方式", "入职日期", "联系电话", "体检日期")


def sheet(path, *rows) -> str:
    book = Workbook()
    book.active.append(("小海豚托育中心工作人员名单",))
    book.active.append(HEADER)
    for number, row in enumerate(rows, start=1):
        book.active.append((number, *row))
    book.save(path)
    return str(path)


GOOD = (("张园长", resident_id(1), "园长", "全职", dt.datetime(2024, 9, 1), "13812345678", "2026-03-01"),
        ("李保育", resident_id(2), "保育员", "兼职", "2025年3月1日", "", None))


@pytest.fixture
def importer(district) -> StaffImporter:
    return StaffImporter(district.factory, CLERK, today=lambda: TODAY)


def test_a_clean_list_is_written_in_one_go(district, importer, tmp_path):
    nursery = add_nursery(district.factory)
    path = sheet(tmp_path / "staff.xlsx", *GOOD)
    assert importer.dry_run(nursery, path).rows[0].outcome == "ok"
    assert StaffService(district.factory, CLERK, today=lambda: TODAY).roster(nursery) == []  # a dry run writes nothing
    report = importer.commit(nursery, path)
    assert report.written == 2 and report.rejected == 0
    roster = StaffService(district.factory, CLERK, today=lambda: TODAY).roster(nursery)
    assert {(r.name, r.role, r.hired_on) for r in roster} == {
        ("张园长", StaffRole.DIRECTOR, dt.date(2024, 9, 1)), ("李保育", StaffRole.CAREGIVER, dt.date(2025, 3, 1))}
    assert next(r for r in roster if r.name == "张园长").health_valid_until == dt.date(2027, 2, 28)


def test_a_banned_id_refuses_its_row_naming_the_decision_and_nothing_is_written(district, importer, tmp_path):
    nursery = add_nursery(district.factory)
    BanService(district.factory, Actor("m", role="MANAGER"), today=lambda: TODAY).add(BanDraft(
        BANNED, "钱某某", "虐待婴幼儿", "九卫禁〔2026〕3号", dt.date(2026, 10, 9), "九龙坡区卫生健康委员会"))
    path = sheet(tmp_path / "staff.xlsx", *GOOD, ("钱某某", BANNED, "保育员", "全职", "2026-11-01", "", None),
                 ("王某", "500107199001010000", "保育员", "全职", "2026-11-01", "", None),
                 ("赵某", resident_id(4), "园丁", "全职", "2026-11-01", "", None),
                 ("张园长", resident_id(1), "园长", "全职", "2024-09-01", "", None))
    report = importer.commit(nursery, path)
    assert report.written == 0 and report.rejected == 4
    outcomes = {r.number: (r.outcome, r.message) for r in report.rows}
    assert outcomes[3][0] == outcomes[4][0] == "ok"
    assert outcomes[5][0] == "rejected" and "九卫禁〔2026〕3号" in outcomes[5][1]
    assert "校验位" in outcomes[6][1]
    assert "岗位“园丁”无法识别" in outcomes[7][1]
    assert "与第3行重复" in outcomes[8][1]
    assert "全部未导入" in report.summary
    assert StaffService(district.factory, CLERK, today=lambda: TODAY).roster(nursery) == []


def test_a_file_without_the_staff_columns_is_refused_clearly(importer, district, tmp_path):
    nursery = add_nursery(district.factory)
    book = Workbook()
    book.active.append(("名称", "统一社会信用代码"))
    book.active.append(("某托育园", "91500107MA01ABCD53"))
    book.save(tmp_path / "wrong.xlsx")
    with pytest.raises(UnusableFileError, match="姓名.*身份证号.*岗位.*入职日期"):
        importer.dry_run(nursery, tmp_path / "wrong.xlsx")


def test_health_and_background_columns_are_imported_so_the_roster_is_not_all_findings(district, importer, tmp_path):
    nursery = add_nursery(district.factory)
    book = Workbook()
    book.active.append(("序号", "姓名", "身份证号", "岗位", "入职日期", "体检日期", "体检结论", "背景审查日期",
                        "背景审查结果", "查询机关"))
    book.active.append((1, "王保育", resident_id(5), "保育员", "2025-03-01", "2025-02-20", "合格", "2026-02-01",
                        "无相关违法犯罪记录", "杨家坪派出所"))
    book.active.append((2, "赵保育", resident_id(6), "保育员", "2025-03-01", "", "", "2026-02-01", "", ""))
    path = tmp_path / "checks.xlsx"
    book.save(path)
    report = importer.dry_run(nursery, str(path))
    assert [(r.outcome, r.message) for r in report.rows][1] == (
        "rejected", "填写了背景审查日期时，请同时填写查询机关（如派出所名称）。")

    book.active.delete_rows(3)
    book.save(path)
    assert importer.commit(nursery, str(path)).written == 1
    service = StaffService(district.factory, CLERK, today=lambda: TODAY)
    [member] = service.roster(nursery)
    assert member.health_valid_until == dt.date(2026, 2, 19) and member.background_next_due == dt.date(2027, 2, 1)
    codes = {(f.code, f.severity) for f in service.findings(nursery)}
    assert ("R-BGCHK", "error") not in codes
