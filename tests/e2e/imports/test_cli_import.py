"""`workstation import registrations` as a clerk runs it: the file becomes a batch of the registration
inbox (issue #18) with its rows per class; --accept-valid accepts the clean rows; exit codes 0/1/2,
dry run, the invalid-rows report, the same file twice."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
from pathlib import Path

import openpyxl
import pytest
from cli_support import cli as run_cli
from cli_support import new_district, rows_but_sign_in

from workstation.domain.codes import make_uscc

HEADER = ["名称", "统一社会信用代码", "成立日期", "住所", "法定代表人", "经营范围"]


def cli(*args: str, env_home: Path, user: str | None = "clerk") -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env_home=env_home, user=user)


def _sha(path: Path) -> dict[str, list]:
    return rows_but_sign_in(path)


def _road(i: int) -> str:
    """Two characters of its own per row, so no two addresses look alike to the similar-nursery check."""
    words = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    return words[i % len(words)] + words[(i * 7 + 3) % len(words)]


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def push_file(path: Path, n: int, bad: tuple[int, ...] = ()) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["登记信息推送"])
        writer.writerow(HEADER)
        for i in range(1, n + 1):
            code = "91500107MA000000X" if i in bad else make_uscc("91", "500107", f"MA{i:07d}")
            writer.writerow([f"第{i}托育有限公司", code, "2024-03-05", f"{_road(i)}路{i}号", f"法人{i}",
                             "3岁以下婴幼儿照护服务"])
    return path


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "d.db"
    result = new_district(path, tmp_path, "500107001:杨家坪街道")
    assert result.returncode == 0, result.stderr
    return path


def test_a_file_becomes_an_inbox_batch_and_a_second_run_adds_nothing(db, tmp_path):
    push = push_file(tmp_path / "push.csv", 20)
    first = cli("--db", str(db), "import", "registrations", str(push), env_home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "已接收“push.csv”共 20 行：新机构 20 行" in first.stdout
    assert "20 行在推送收件箱（机构登记 → 推送收件箱）待处理" in first.stdout
    assert _count(db, "nursery") == 0 and _count(db, "inbox_item") == 20  # nothing reached the registry
    second = cli("--db", str(db), "import", "registrations", str(push), "--organ", "民政", env_home=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "本次未重复接收，也未新增任何条目" in second.stdout
    assert _count(db, "inbox_item") == 20 and _count(db, "inbox_batch") == 1


def test_accept_valid_accepts_the_clean_rows_and_reports_the_invalid_ones(db, tmp_path):
    push = push_file(tmp_path / "push.csv", 12, bad=(9,))
    report = tmp_path / "invalid.xlsx"
    result = cli("--db", str(db), "import", "registrations", str(push), "--accept-valid", "--report", str(report),
                 "--organ", "行政审批局", "--level", "市级", env_home=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "新机构 11 行，无效 1 行" in result.stdout and "已批量接受无问题的行 11 行" in result.stdout
    assert "1 行在推送收件箱" in result.stdout
    assert "第11行" in result.stderr and "无效" in result.stderr and "Traceback" not in result.stderr
    sheet = openpyxl.load_workbook(report).active
    assert sheet["G1"].value == "错误原因" and sheet.max_row == 2
    assert _count(db, "nursery") == 11
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT organ_kind, organ_level FROM inbox_batch").fetchone() == (
            "ADMIN_APPROVAL", "CITY")
        assert conn.execute("SELECT count(*) FROM inbox_item WHERE decision = 'ACCEPTED'").fetchone()[0] == 11
    finally:
        conn.close()


def test_dry_run_writes_nothing(db, tmp_path):
    push = push_file(tmp_path / "push.csv", 5)
    before = _sha(db)
    result = cli("--db", str(db), "import", "registrations", str(push), "--dry-run", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "共 5 行：新机构 5 行" in result.stdout and "试运行" in result.stdout
    assert _sha(db) == before


def test_unknown_organ_is_refused_with_the_choices(db, tmp_path):
    push = push_file(tmp_path / "push.csv", 2)
    result = cli("--db", str(db), "import", "registrations", str(push), "--organ", "税务", env_home=tmp_path)
    assert result.returncode == 2
    assert "不认识的推送机关“税务”" in result.stderr and "市场监管" in result.stderr
    assert _count(db, "inbox_batch") == 0


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


def test_a_row_that_differs_from_the_registry_waits_for_the_clerk(db, tmp_path):
    first = push_file(tmp_path / "p.csv", 2)
    assert cli("--db", str(db), "import", "registrations", str(first), "--accept-valid",
               env_home=tmp_path).returncode == 0
    second = tmp_path / "q.csv"
    with second.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*HEADER, "性质"])
        writer.writerow(["第1托育有限公司", make_uscc("91", "500107", "MA0000001"), "2024-03-05", "杨家坪街道1号",
                         "法人1", "3岁以下婴幼儿照护服务", "其他"])
    result = cli("--db", str(db), "import", "registrations", str(second), "--accept-valid", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "与登记不同 1 行" in result.stdout and "已批量接受无问题的行 0 行" in result.stdout
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT legal_nature FROM nursery WHERE uscc = ?",
                            (make_uscc("91", "500107", "MA0000001"),)).fetchone() == ("FOR_PROFIT",)
        assert conn.execute("SELECT differs FROM inbox_item WHERE batch_id = 2").fetchone() == (
            "address,legal_nature",)
    finally:
        conn.close()


@pytest.mark.parametrize("user", ["inspector", "manager", "admin", None])
def test_only_a_role_that_may_import_imports(db, tmp_path, user):
    push = push_file(tmp_path / "p.csv", 3)
    before = rows_but_sign_in(db)
    result = cli("--db", str(db), "import", "registrations", str(push), env_home=tmp_path, user=user)
    assert result.returncode == 2
    assert ("无权" if user else "此命令需要登录") in result.stderr
    assert rows_but_sign_in(db) == before


def test_progress_into_a_pipe_is_whole_lines_and_help_names_the_exit_status(db, tmp_path):
    push = push_file(tmp_path / "push.csv", 30)
    result = cli("--db", str(db), "import", "registrations", str(push), env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "\r" not in result.stderr
    progress = [line for line in result.stderr.splitlines() if line.startswith("接收：")]
    assert progress[0] == "接收：0/30" and progress[-1] == "接收：30/30"
    assert len(progress) == len(set(progress)) <= 11  # at most one line per tenth, none repeated
    shown = cli("import", "registrations", "--help", env_home=tmp_path)
    assert shown.returncode == 0
    text = "".join(shown.stdout.split())
    assert "退出状态：0" in text and "1有无效的行" in text and "2出错" in text
