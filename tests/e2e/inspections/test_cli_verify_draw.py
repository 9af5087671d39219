"""`workstation inspections verify-draw --id N`: a stored draw re-computed from what was frozen; 一致
(exit 0) or 不一致 (exit 1) with the reason."""

from __future__ import annotations

import sqlite3

import pytest
from cli_support import cli, new_district
from draw_support import draw_now
from filing_support import add_nursery

from workstation.db.session import open_database
from workstation.domain.enums import InstitutionStatus
from workstation.exports.inspections import method_text
from workstation.services.common.context import Actor
from workstation.services.inspections.draw_dto import DrawFilters
from workstation.services.inspections.draws import RandomDrawService

pytestmark = pytest.mark.sqlite_only("edits the SQLite file with sqlite3")


def test_verify_draw_says_consistent_then_names_a_changed_public_value(tmp_path):
    db_path = tmp_path / "w.db"
    assert new_district(db_path, tmp_path).returncode == 0
    db = open_database(db_path)
    try:
        for n in range(1, 7):
            add_nursery(db.factory, n, status=InstitutionStatus.OPERATING)
        service = RandomDrawService(db.factory, Actor("inspector", "inspector", "INSPECTOR"))
        draw = draw_now(service, DrawFilters(), 2, ["张三", "李四", "王五"], 2, public="福彩3D第2026330期 418")
    finally:
        db.close()
    done = cli("--db", str(db_path), "inspections", "verify-draw", "--id", str(draw.id), env_home=tmp_path,
               user="inspector")
    assert done.returncode == 0, done.stderr
    assert "结论：一致" in done.stdout and draw.seed in done.stdout and "福彩3D第2026330期 418" in done.stdout
    # The method as the draw PDF words it, not the stored tag
    assert f"\n{method_text(draw.method)}\n" in done.stdout and draw.method not in done.stdout
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE random_draw SET public_value = '福彩3D第2026331期 100' WHERE id = ?", (draw.id,))
    changed = cli("--db", str(db_path), "inspections", "verify-draw", "--id", str(draw.id), env_home=tmp_path,
                  user="inspector")
    assert changed.returncode == 1
    assert "结论：不一致" in changed.stdout and "种子被改动" in changed.stdout
