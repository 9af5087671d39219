"""`workstation import registrations` as a clerk runs it: counts, exit codes 0/1/2, dry run, report."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import openpyxl
import pytest
from cli_support import cli as run_cli
from cli_support import new_district, rows_but_sign_in

from workstation.domain.codes import make_uscc

HEADER = ["名称", "统一社会信用代码", "成立日期", "住所"]


def cli(*args: str, env_home: Path, user: str | None = "clerk") -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env_home=env_home, user=user)


def _sha(path: Path) -> dict[str, list]:
    return rows_but_sign_in(path)


def push_file(path: Path, n: int, bad: tuple[int, ...] = ()) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["登记信息推送"])
        writer.writerow(HEADER)
        for i in range(1, n + 1):
            code = "91500107MA000000X" if i in bad else make_uscc("91", "500107", f"MA{i:07d}")
            writer.writerow([f"第{i}托育有限公司", code, "2024-03-05", f"杨家坪街道{i}号"])
    return path


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "d.db"
    result = new_district(path, tmp_path, "500107001:杨家坪街道")
    assert result.returncode == 0, result.stderr
    return path


def test_clean_file_exit_0_and_second_run_changes_nothing(db, tmp_path):
    push = push_file(tmp_path / "p.csv", 20)
    first = cli("--db", str(db), "import", "registrations", str(push), env_home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "接受 20 行，更新 0 行，拒绝 0 行" in first.stdout
    second = cli("--db", str(db), "import", "registrations", str(push), env_home=tmp_path)
    assert second.returncode == 0
    assert "接受 0 行，更新 20 行（其中未变化 20 行），拒绝 0 行" in second.stdout


def test_rejected_row_exit_1_writes_nothing_then_accept_valid(db, tmp_path):
    push = push_file(tmp_path / "p.csv", 30, bad=(7,))
    before = _sha(db)
    result = cli("--db", str(db), "import", "registrations", str(push), "--report", str(tmp_path / "r.xlsx"),
                 env_home=tmp_path)
    assert result.returncode == 1
    assert "拒绝 1 行" in result.stdout and "未写入" in result.stdout
    assert "第9行" in result.stderr and "Traceback" not in result.stderr
    assert _sha(db) == before
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert sheet["E1"].value == "错误原因" and sheet.max_row == 2
    valid = cli("--db", str(db), "import", "registrations", str(push), "--accept-valid", env_home=tmp_path)
    assert valid.returncode == 1
    assert "接受 29 行" in valid.stdout and "已写入" in valid.stdout


def test_dry_run_writes_nothing(db, tmp_path):
    push = push_file(tmp_path / "p.csv", 5)
    before = _sha(db)
    result = cli("--db", str(db), "import", "registrations", str(push), "--dry-run", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "接受 5 行" in result.stdout and "试运行" in result.stdout
    assert _sha(db) == before


@pytest.mark.parametrize("name, content, message", [
    ("notes.txt", "会议纪要\n".encode(), "不是电子表格"),
    ("empty.csv", b"", "空的"),
    ("secret.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le"), "加密"),
    ("other.csv", "甲,乙\n1,2\n".encode(), "表头"),
])
def test_unusable_file_exit_2_one_message(db, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = _sha(db)
    result = cli("--db", str(db), "import", "registrations", str(path), env_home=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("错误：") == 1
    assert _sha(db) == before


def test_missing_kind_is_an_argument_error(tmp_path):
    result = cli("import", env_home=tmp_path)
    assert result.returncode == 2 and "参数错误" in result.stderr


def test_a_conflict_is_reported_and_nothing_is_written_warnings_are_shown(db, tmp_path):
    first = push_file(tmp_path / "p.csv", 2)
    assert cli("--db", str(db), "import", "registrations", str(first), env_home=tmp_path).returncode == 0
    second = tmp_path / "q.csv"
    with second.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*HEADER, "性质"])
        writer.writerow(["第1托育有限公司", make_uscc("91", "500107", "MA0000001"), "2024-03-05", "杨家坪街道1号", "其他"])
        writer.writerow(["北京来的托育有限公司", make_uscc("91", "110105", "MA0000003"), "2024-03-05",
                         "杨家坪街道3号", "有限责任公司"])
    before = _sha(db)
    result = cli("--db", str(db), "import", "registrations", str(second), env_home=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "冲突 1 行" in result.stdout and "未写入" in result.stdout
    assert "第2行" in result.stderr and "导入不改变机构性质" in result.stderr
    assert "第3行" in result.stderr and "提示" in result.stderr and "110105" in result.stderr
    assert _sha(db) == before
    valid = cli("--db", str(db), "import", "registrations", str(second), "--accept-valid", env_home=tmp_path)
    assert valid.returncode == 1 and "接受 1 行" in valid.stdout and "已写入" in valid.stdout


@pytest.mark.parametrize("user", ["inspector", "manager", "admin", None])
def test_only_a_role_that_may_import_imports(db, tmp_path, user):
    push = push_file(tmp_path / "p.csv", 3)
    before = rows_but_sign_in(db)
    result = cli("--db", str(db), "import", "registrations", str(push), env_home=tmp_path, user=user)
    assert result.returncode == 2
    assert ("无权导入登记推送数据" if user else "此命令需要登录") in result.stderr
    assert rows_but_sign_in(db) == before
