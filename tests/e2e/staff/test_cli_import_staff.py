"""`workstation import staff --nursery CODE FILE` as a clerk runs it: exit 0 and written, or exit 1
with the refused rows on stderr (a banned ID naming the decision) and nothing written."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from cli_support import cli as run_cli
from cli_support import new_district
from staff_support import add_nursery, resident_id

from workstation.db.orm.staff import StaffMember
from workstation.domain.codes import make_uscc
from workstation.domain.staff import BanDraft
from workstation.services.common.context import Actor

USCC = make_uscc("91", "500107", "MA0000001")
BANNED = resident_id(666, "19850505")


def cli(*args: str, env_home: Path, user: str | None = "clerk") -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env_home=env_home, user=user)


@pytest.fixture
def db(tmp_path) -> Path:
    from workstation.db.orm import Nursery
    from workstation.db.session import open_database
    from workstation.services.staff import BanService

    path = tmp_path / "d.db"
    result = new_district(path, tmp_path, "500107001:杨家坪街道")
    assert result.returncode == 0, result.stderr
    database = open_database(path)
    try:
        nursery = add_nursery(database.factory, "小海豚托育中心")
        with database.factory.begin() as session:
            session.get(Nursery, nursery).uscc = USCC
        BanService(database.factory, Actor("m", role="MANAGER"), today=dt.date.today).add(BanDraft(
            BANNED, "钱某某", "虐待婴幼儿", "九卫禁〔2026〕3号", dt.date(2026, 10, 9), "九龙坡区卫生健康委员会"))
    finally:
        database.close()
    return path


def staff_file(path: Path, *extra: tuple[str, str]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "身份证号", "岗位", "入职日期"])
        writer.writerow(["张园长", resident_id(1), "负责人", "2024-09-01"])
        writer.writerow(["李保育", resident_id(2), "保育人员", "2025-03-01"])
        for name, number in extra:
            writer.writerow([name, number, "保育人员", "2025-03-01"])
    return path


def count_staff(db: Path) -> int:
    from workstation.db.session import open_database

    database = open_database(db)
    try:
        with database.factory() as session:
            return session.query(StaffMember).count()
    finally:
        database.close()


def test_a_clean_list_is_imported_exit_0(db, tmp_path):
    result = cli("--db", str(db), "import", "staff", "--nursery", USCC, str(staff_file(tmp_path / "s.csv")),
                 env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "小海豚托育中心：已导入 2 人" in result.stdout
    assert count_staff(db) == 2


def test_a_banned_id_is_refused_naming_the_decision_and_nothing_is_written(db, tmp_path):
    result = cli("--db", str(db), "import", "staff", "--nursery", USCC,
                 str(staff_file(tmp_path / "s.csv", ("钱某某", BANNED))), env_home=tmp_path)
    assert result.returncode == 1
    assert "全部未导入" in result.stdout
    assert "第4行 钱某某：拒绝" in result.stderr and "九卫禁〔2026〕3号" in result.stderr
    assert "Traceback" not in result.stderr
    assert count_staff(db) == 0


def test_an_unknown_nursery_is_named(db, tmp_path):
    result = cli("--db", str(db), "import", "staff", "--nursery", "91500107MA9999999X",
                 str(staff_file(tmp_path / "s.csv")), env_home=tmp_path)
    assert result.returncode != 0
    assert "找不到统一社会信用代码或记录号为“91500107MA9999999X”的机构" in result.stderr


@pytest.mark.parametrize("user", ["inspector", None])
def test_staff_import_needs_an_account_that_may_import(db, tmp_path, user):
    result = cli("--db", str(db), "import", "staff", "--nursery", USCC, str(staff_file(tmp_path / "s.csv")),
                 env_home=tmp_path, user=user)
    assert result.returncode == 2
    assert ("无权" if user else "此命令需要登录") in result.stderr
