"""`workstation audit digest --month YYYY-MM --out F.pdf --user NAME`: the monthly audit digest from the command line."""

from __future__ import annotations

import datetime as dt

from cli_support import cli, new_district


def test_the_manager_writes_this_months_digest_and_a_clerk_may_not(tmp_path):
    db = tmp_path / "w.db"
    assert new_district(db, tmp_path).returncode == 0
    month = f"{dt.date.today():%Y-%m}"
    out = tmp_path / "摘要.pdf"
    done = cli("--db", str(db), "audit", "digest", "--month", month, "--out", str(out), env_home=tmp_path,
               user="manager")
    assert done.returncode == 0, done.stderr
    assert f"已生成 {month} 月度审计摘要" in done.stdout and out.read_bytes().startswith(b"%PDF")
    refused = cli("--db", str(db), "audit", "digest", "--month", month, "--out", str(tmp_path / "c.pdf"),
                  env_home=tmp_path, user="clerk")
    assert refused.returncode == 2 and not (tmp_path / "c.pdf").exists()
    bad = cli("--db", str(db), "audit", "digest", "--month", "11/2026", "--out", str(out), env_home=tmp_path,
              user="manager")
    assert bad.returncode == 2 and "应写成 YYYY-MM" in bad.stderr
