"""整改通知书: what pdftotext reads back, and notice numbers unique and gap-free per year."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from inspections_support import Clock, nursery, record, service, start
from sqlalchemy import select

from workstation.db.orm.inspections import NoticeCounter
from workstation.domain.errors import ConflictError, DomainError
from workstation.domain.inspections import ItemResult
from workstation.exports.inspections.notice import write_rectification_notice
from workstation.services.inspections import findings as findings_module

D = dt.date
R = ItemResult
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@needs_poppler
def test_notice_pdf_states_nursery_failed_items_basis_and_deadline(district, tmp_path):
    svc = service(district, Clock(D(2025, 9, 26)), notice_writer=write_rectification_notice)
    done = record(svc, start(svc, nursery(district, 7), D(2025, 9, 26), ("fire", "food")),
                  {"XF-02": R.FAIL, "SP-05": R.PARTIAL})
    path = svc.write_notice(done.id, tmp_path / "整改通知书.pdf")
    text = pdf_text(path)
    for expected in ("整改通知书", "九龙坡卫健整改〔2025〕第0001号", "测试托育园7", "杨家坪正街7号",
                     "2025年9月26日", "九龙坡区消防救援大队、九龙坡区市场监督管理局", "XF-02", "灭火器", "消防法第十六条", "SP-05",
                     "2025年10月23日", "2025年10月11日", "九龙坡区卫生健康委员会", "赵检查"):
        assert expected in text, expected
    assert "XF-01" not in text  # passed items are not listed
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert any("WenQuanYi" in line and " yes yes " in line for line in fonts.splitlines())


@needs_poppler
def test_recheck_notice_names_the_reissue_and_the_new_deadline(district, tmp_path):
    clock = Clock(D(2025, 9, 1))
    svc = service(district, clock, notice_writer=write_rectification_notice)
    first = record(svc, start(svc, nursery(district), clock.today), {"XF-02": R.FAIL})
    clock.today = D(2025, 9, 26)
    recheck = record(svc, svc.start_reinspection(first.id, clock.today, ["赵检查"]), {"XF-02": R.FAIL})
    text = "".join(pdf_text(svc.write_notice(recheck.id, tmp_path / "复查.pdf")).split())  # a cell's lines joined
    assert "第1次重新限期" in text and "2025年10月23日" in text and recheck.notice_no in text
    first_text = pdf_text(svc.write_notice(first.id, tmp_path / "原.pdf"))
    assert "2025年9月22日" in first_text and "重新限期" not in first_text  # the first notice is unchanged


def test_no_notice_for_a_qualified_inspection(district):
    svc = service(district, Clock(D(2025, 9, 1)))
    with pytest.raises(ConflictError, match="未出具整改通知书"):
        svc.notice(record(svc, start(svc, nursery(district), D(2025, 9, 1))).id)


def test_notice_numbers_are_unique_and_gap_free_per_year(district):
    clock = Clock(D(2025, 12, 30))
    svc = service(district, clock)
    numbers = [record(svc, start(svc, nursery(district, n), clock.today), {"XF-02": R.FAIL}).notice_no
               for n in (1, 2)]
    record(svc, start(svc, nursery(district, 3), clock.today))  # qualified: takes no number
    clock.today = D(2026, 1, 5)
    numbers.append(record(svc, start(svc, nursery(district, 4), clock.today), {"XF-02": R.FAIL}).notice_no)
    assert numbers == ["九龙坡卫健整改〔2025〕第0001号", "九龙坡卫健整改〔2025〕第0002号", "九龙坡卫健整改〔2026〕第0001号"]
    with district.factory() as session:
        counters = {(c.series, c.year): c.last for c in session.scalars(select(NoticeCounter))}
    assert counters == {("rectification", 2025): 2, ("rectification", 2026): 1}


def test_a_recording_that_fails_after_taking_a_number_leaves_no_gap(district, monkeypatch):
    clock = Clock(D(2026, 3, 2))
    svc = service(district, clock)
    assert record(svc, start(svc, nursery(district, 1), clock.today), {"XF-02": R.FAIL}).notice_no.endswith("0001号")
    # A deadline that cannot be computed fails after the number was taken: the whole recording is rolled back.
    failing = start(svc, nursery(district, 2), D(2026, 3, 3))
    real = findings_module._deadline

    def deadline(ctx, finding, day):
        if day == D(2026, 3, 3):
            raise DomainError("2026-03-03 的整改期限无法计算（测试）")
        real(ctx, finding, day)

    monkeypatch.setattr(findings_module, "_deadline", deadline)
    with pytest.raises(DomainError, match="2026-03-03"):
        record(svc, failing, {"XF-02": R.FAIL})
    assert record(svc, start(svc, nursery(district, 3), clock.today), {"XF-02": R.FAIL}).notice_no.endswith("0002号")
