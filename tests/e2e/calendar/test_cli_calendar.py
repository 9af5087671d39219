"""`workstation calendar`: a year passes from one district to another through a small file.

The 2027 arrangement here is TEST DATA (not the published one).
"""

from __future__ import annotations

from pathlib import Path

from cli_support import cli as run_cli
from cli_support import new_district

TEST_2027 = """日期,类型,说明
2027-01-01,放假,元旦（测试）
2027-01-02,放假,元旦（测试）
2027-01-03,放假,元旦（测试）
2027-02-06,放假,春节（测试）
2027-02-07,放假,春节（测试）
2027-02-08,放假,春节（测试）
2027-02-20,调休上班,春节调休（测试）
"""


def cli(*args: str, env_home: Path):
    """As the administrator (entering a year's arrangement is a district setting)."""
    return run_cli(*args, env_home=env_home, user="admin")


def _fresh(tmp_path: Path, name: str) -> Path:
    db = tmp_path / name
    result = new_district(db, tmp_path, "500107001:杨家坪街道")
    assert result.returncode == 0, result.stderr
    return db


def _days(db: Path, year: int, home: Path) -> list[str]:
    shown = cli("--db", str(db), "calendar", "show", str(year), env_home=home)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].startswith(f"{year}年工作日历")
    return lines[1:]  # the working-day count and every holiday and make-up day (not the source line)


def test_export_a_built_in_year_and_import_it_elsewhere(tmp_path):
    a, b = _fresh(tmp_path, "a.db"), _fresh(tmp_path, "b.db")
    out = tmp_path / "2026.xlsx"
    exported = cli("--db", str(a), "calendar", "export", "2026", "--out", str(out), env_home=tmp_path)
    assert exported.returncode == 0, exported.stderr
    imported = cli("--db", str(b), "calendar", "import", str(out), "--source", "甲区导出的2026年安排",
                   env_home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert _days(b, 2026, tmp_path) == _days(a, 2026, tmp_path)
    assert "另有" in cli("--db", str(b), "calendar", "show", "2026", env_home=tmp_path).stdout.splitlines()[0]


def test_an_entered_year_round_trips_as_csv(tmp_path):
    a, b = _fresh(tmp_path, "a.db"), _fresh(tmp_path, "b.db")
    before = _days(a, 2027, tmp_path)
    # unknown: 261 weekdays less Fri 1 Jan (元旦) and Fri 1 Oct (国庆节), provisionally; nothing listed
    assert before == ["全年工作日 259 天"]
    source = tmp_path / "2027.csv"
    source.write_text(TEST_2027, encoding="gb18030")  # a file saved by Excel on a Chinese Windows
    entered = cli("--db", str(a), "calendar", "import", str(source), "--source", "测试用安排（非官方）",
                  "--source-date", "2026-11-10", env_home=tmp_path)
    assert entered.returncode == 0, entered.stderr
    assert "已录入2027年" in entered.stdout
    out = tmp_path / "passed-on.csv"
    assert cli("--db", str(a), "calendar", "export", "2027", "--out", str(out), env_home=tmp_path).returncode == 0
    assert cli("--db", str(b), "calendar", "import", str(out), "--source", "转自甲区", env_home=tmp_path).returncode == 0
    days = _days(b, 2027, tmp_path)
    assert days == _days(a, 2027, tmp_path)
    # 261 ordinary weekdays, 2 of them (1 Jan, 8 Feb) off, one Saturday worked.
    assert days[0] == "全年工作日 260 天" and "2027-02-20 周六 调休上班日 春节调休（测试）" in days
    header = cli("--db", str(a), "calendar", "show", "2027", env_home=tmp_path).stdout.splitlines()[0]
    assert "测试用安排（非官方）（2026-11-10）" in header


def test_a_bad_file_is_refused_row_by_row_and_nothing_is_written(tmp_path):
    db = _fresh(tmp_path, "a.db")
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,类型,说明\n2027-01-01,放假,\n2027-01-02,休假吧,\n2028-01-01,放假,\n"
                   "2027-01-01,放假,\n2027-02-20,放假,\n2027-02-20,调休上班,\n2027-02-22,调休上班,\n",
                   encoding="utf-8")
    result = cli("--db", str(db), "calendar", "import", str(bad), "--source", "测试", env_home=tmp_path)
    assert result.returncode == 1
    for expected in ("第3行：类型“休假吧”无法识别", "第4行：日期 2028-01-01 不在2027年内", "第5行：2027-01-01 与第2行重复",
                     "第7行：2027-02-20 不能既是放假日又是调休上班日", "第8行：调休上班日 2027-02-22 是星期一"):
        assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert _days(db, 2027, tmp_path) == ["全年工作日 259 天"]  # nothing was written (still provisional)


def test_export_refuses_to_overwrite_the_database(tmp_path):
    db = _fresh(tmp_path, "a.db")
    size = db.stat().st_size
    result = cli("--db", str(db), "calendar", "export", "2026", "--out", str(db), env_home=tmp_path)
    assert result.returncode == 2 and db.stat().st_size == size
    assert "数据库" in result.stderr


def test_an_arrangement_lacking_statutory_holidays_is_entered_with_a_warning(tmp_path):
    db = _fresh(tmp_path, "a.db")
    source = tmp_path / "2027-partial.csv"
    source.write_text("日期,类型,说明\n2027-01-01,放假,元旦（测试）\n2027-02-08,放假,春节（测试）\n", encoding="utf-8")
    entered = cli("--db", str(db), "calendar", "import", str(source), "--source", "测试用安排（非官方）", env_home=tmp_path)
    assert entered.returncode == 0, entered.stderr  # told, not refused
    assert ("提示：2027年的安排中没有清明节、劳动节、端午节、中秋节、国庆节的放假日期，没有调休上班日，请核对是否漏录。"
            in entered.stderr)
    assert "已录入2027年" in entered.stdout
    complete = tmp_path / "2027.csv"
    complete.write_text(TEST_2027, encoding="utf-8")  # (names 元旦 and 春节 only, but has a make-up day)
    again = cli("--db", str(db), "calendar", "import", str(complete), "--source", "测试", env_home=tmp_path)
    assert again.returncode == 0 and "没有调休上班日" not in again.stderr and "清明节" in again.stderr
