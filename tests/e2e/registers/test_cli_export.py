"""`workstation export`: files, progress on stderr, exit codes and messages for bad arguments."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_support import add_accounts, cli
from openpyxl import load_workbook


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("cli-export")
    db = home / "demo.db"
    done = cli("--db", str(db), "demo", "--nurseries", "120", "--seed", "2", env_home=home)
    assert done.returncode == 0, done.stderr
    add_accounts(db)
    return db, home


def run(demo, *args: str, user: str | None = "manager") -> subprocess.CompletedProcess[str]:
    db, home = demo
    return cli("--db", str(db), "export", *args, env_home=home, user=user)


def sheet_values(path: Path) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def query(demo, sql: str) -> list[tuple]:
    with sqlite3.connect(demo[0]) as conn:
        return conn.execute(sql).fetchall()


def test_export_writes_the_register_and_reports_progress(demo, tmp_path):
    out = tmp_path / "名册.xlsx"
    done = run(demo, "nurseries", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "已导出托育机构名册" in done.stdout and "120 行" in done.stdout and "个人信息已脱敏" in done.stdout
    assert "导出：120/120" in done.stderr
    numbers = [r[0] for r in sheet_values(out) if r and isinstance(r[0], int)]
    assert numbers == list(range(1, 121))


def test_filters_reach_the_register(demo, tmp_path):
    out = tmp_path / "f.xlsx"
    done = run(demo, "nurseries", "--format", "xlsx", "--out", str(out), "--status", "正常运营",
               "--legal-nature", "FOR_PROFIT", "--inclusive", "no", "--from", "2020-01-01", "--to", "2030-12-31")
    assert done.returncode == 0, done.stderr
    expected = query(demo, "SELECT count(*) FROM nursery WHERE status = 'OPERATING' AND legal_nature = 'FOR_PROFIT'"
                           " AND inclusive = 0 AND filed_at >= '2020-01-01' AND filed_at < '2031-01-01'")[0][0]
    assert f"（{expected} 行" in done.stdout
    assert sum(1 for r in sheet_values(out) if r and isinstance(r[0], int)) == expected > 0


def test_summary_as_pdf_for_one_street(demo, tmp_path):
    code, name = query(demo, "SELECT code, name FROM street ORDER BY code LIMIT 1")[0]
    out = tmp_path / "s.pdf"
    done = run(demo, "summary", "--out", str(out), "--street", code, "--target", "6")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and "（1 行" in done.stdout


def test_filings_and_fees_registers_with_their_flags(demo, tmp_path):
    code = query(demo, "SELECT code FROM street ORDER BY code LIMIT 1")[0][0]
    out = tmp_path / "b.xlsx"
    done = run(demo, "filings", "--out", str(out), "--street", code, "--status", "已核实",
               "--from", "2020-01-01", "--to", "2030-12-31")
    assert done.returncode == 0, done.stderr
    expected = query(demo, "SELECT count(*) FROM filing_application a JOIN nursery n ON n.id = a.nursery_id "
                           f"JOIN street s ON s.id = n.street_id WHERE s.code = '{code}' AND a.state = 'VERIFIED' "
                           "AND a.accepted_on BETWEEN '2020-01-01' AND '2030-12-31'")[0][0]
    assert f"已导出备案登记簿：{out}（{expected} 行" in done.stdout and expected > 0
    out = tmp_path / "c.pdf"
    done = run(demo, "fees", "--out", str(out), "--status", "OPERATING")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and "已导出收费公示汇总表" in done.stdout


def test_inspection_and_rectification_ledgers_with_their_flags(demo, tmp_path):
    out = tmp_path / "i.xlsx"
    done = run(demo, "inspections", "--format", "xlsx", "--out", str(out), "--from", "2025-01-01", "--to", "2030-12-31")
    assert done.returncode == 0, done.stderr
    expected = query(demo, "SELECT count(*) FROM inspection WHERE state IN ('CLOSED_QUALIFIED', "
                           "'RECTIFICATION_REQUIRED', 'CLOSED_AFTER_RECTIFICATION', 'ESCALATED') "
                           "AND inspected_on BETWEEN '2025-01-01' AND '2030-12-31'")[0][0]
    assert f"已导出监督检查台账：{out}（{expected} 行" in done.stdout and expected > 0
    assert sum(1 for r in sheet_values(out) if r and isinstance(r[0], int)) == expected
    out = tmp_path / "r.pdf"
    done = run(demo, "rectifications", "--out", str(out), "--status", "已销号")
    assert done.returncode == 0, done.stderr
    closed = query(demo, "SELECT count(*) FROM finding WHERE state = 'CLOSED'")[0][0]
    assert out.read_bytes().startswith(b"%PDF") and f"已导出整改台账：{out}（{closed} 行" in done.stdout and closed > 0


def test_personal_data_is_masked_unless_asked_for(demo, tmp_path):
    full_id = query(demo, "SELECT legal_rep_id_no FROM nursery WHERE legal_rep_id_no != '' LIMIT 1")[0][0]
    masked, full = tmp_path / "m.xlsx", tmp_path / "f.xlsx"
    assert run(demo, "nurseries", "--out", str(masked)).returncode == 0
    done = run(demo, "nurseries", "--out", str(full), "--full-personal-data")
    assert done.returncode == 0 and "含完整个人信息" in done.stdout
    masked_ids = {r[7] for r in sheet_values(masked) if r and isinstance(r[0], int)}
    full_ids = {r[7] for r in sheet_values(full) if r and isinstance(r[0], int)}
    assert full_id in full_ids and full_id not in masked_ids
    assert f"{full_id[:6]}{'*' * 8}{full_id[-4:]}" in masked_ids


@pytest.mark.parametrize("args, message", [
    (("teachers", "--out", "x.xlsx"), "参数错误"),  # no such register: not among the choices
    (("filings", "--out", "x.xlsx", "--status", "草稿"), "没有“草稿”这一办理状态"),  # not a decided state
    (("filings", "--out", "x.xlsx", "--status", "正常运营"), "没有“正常运营”这一办理状态"),
    (("fees", "--out", "x.xlsx", "--from", "2025-01-01", "--to", "2025-12-31"), "不能按日期范围筛选"),
    (("inspections", "--out", "x.xlsx", "--status", "逾期未整改"), "没有“逾期未整改”这一办理状态"),
    (("rectifications", "--out", "x.xlsx", "--status", "整改中"), "没有“整改中”这一整改状态"),
    (("nurseries",), "参数错误"),  # --out is required
    (("nurseries", "--out", "x.xlsx", "--from", "2025-13-01"), "应写成 YYYY-MM-DD"),
    (("nurseries", "--out", "x.xlsx", "--inclusive", "maybe"), "参数错误"),
    (("nurseries", "--out", "x.docx"), "不支持的导出格式"),
    (("nurseries", "--out", "x.xlsx", "--status", "营业中"), "没有“营业中”这一备案状态"),
    (("nurseries", "--out", "x.xlsx", "--legal-nature", "外资"), "没有“外资”这一机构性质"),
    (("nurseries", "--out", "x.xlsx", "--street", "999999999"), "没有代码为“999999999”的街道"),
    (("nurseries", "--out", "x.xlsx", "--from", "2025-02-01", "--to", "2025-01-01"), "起始日期晚于截止日期"),
    (("summary", "--out", "x.xlsx", "--from", "2025-01-01"), "不能按日期范围筛选"),
])
def test_bad_arguments_exit_2_with_a_message_and_no_file(demo, tmp_path, args, message):
    args = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in args)
    done = run(demo, *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_missing_output_folder_exits_2(demo, tmp_path):
    done = run(demo, "nurseries", "--out", str(tmp_path / "no" / "such" / "dir.xlsx"))
    assert done.returncode == 2 and "不存在" in done.stderr


def test_export_without_signing_in_is_refused_and_writes_nothing(demo, tmp_path):
    done = run(demo, "nurseries", "--out", str(tmp_path / "n.xlsx"), "--full-personal-data", user=None)
    assert done.returncode == 2
    assert "此命令需要登录：请加 --user 用户名" in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("user", ["clerk", "inspector", "admin"])
def test_roles_that_may_not_export_are_refused_with_or_without_personal_data(demo, tmp_path, user):
    for extra in ((), ("--full-personal-data",)):
        done = run(demo, "nurseries", "--out", str(tmp_path / "n.xlsx"), *extra, user=user)
        assert done.returncode == 2 and "无权导出名册报表" in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_export_is_audited_as_the_account_that_signed_in(demo, tmp_path):
    done = run(demo, "fees", "--out", str(tmp_path / "f.xlsx"))
    assert done.returncode == 0, done.stderr
    actor, action = query(demo, "SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert (actor, action) == ("manager", "export")
