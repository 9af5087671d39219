"""The 收费公示表 and fee history PDFs: what a parent reads on the notice board, text-extractable."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from workstation.domain.enums import LegalNature, ServiceType
from workstation.domain.fees import FeeItem, FeeItemKind, FeeUnit, Period, PublicityChannel
from workstation.exports.fees.notice import fee_notice_document, write_fee_history, write_fee_notice
from workstation.services.fees.dto import FeeNotice, NurseryFeeHeader, Publicity, Schedule

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

HEADER = NurseryFeeHeader(7, "九龙坡区彩虹桥托育中心", "52500107MJP000001X", "500107-2026-0007",
                          LegalNature.SOCIAL_SERVICE, True, "九龙坡区", "九龙坡区卫生健康委员会", "023-68780001",
                          "九龙坡区市场监督管理局", "12315")
ITEMS = (
    FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 199999, FeeUnit.MONTH, "含保育、早期发展活动"),
    FeeItem(ServiceType.FULL_DAY, FeeItemKind.MEAL, "伙食费", 60000, FeeUnit.MONTH),
    FeeItem(ServiceType.HOURLY, FeeItemKind.CARE, "计时保育费", 4550, FeeUnit.HOUR),
    FeeItem(ServiceType.TEMPORARY, FeeItemKind.OTHER, "报名建档费", 1, FeeUnit.SESSION, "一次性收取"),
)
CURRENT = Schedule(2, 7, Period(dt.date(2026, 3, 1)), ITEMS, "经理事会决议调整",
                   (Publicity(PublicityChannel.NOTICE_BOARD, dt.date(2026, 2, 20), evidence_name="照片.jpg"),))
OLD = Schedule(1, 7, Period(dt.date(2025, 1, 1), dt.date(2026, 2, 28)), ITEMS[:1])
NOTICE = FeeNotice(HEADER, dt.date(2026, 3, 5), CURRENT.period, ITEMS, dt.date(2026, 2, 20))
OVER_CAP = "全日托“保育费” 1,999.99元/月，高于收费指导价上限 1,800.00元/月。"


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_notice_shows_who_what_how_much_from_when_and_where_to_complain(tmp_path):
    out = tmp_path / "notice.pdf"
    write_fee_notice(out, NOTICE)
    text = text_of(out)
    for expected in ("收费公示表", "九龙坡区彩虹桥托育中心", "52500107MJP000001X", "500107-2026-0007",
                     "普惠性托育机构（执行收费指导价）", "自 2026年3月1日 起执行", "1,999.99", "600.00", "45.50",
                     "0.01", "元/月", "元/小时", "元/次", "全日托", "计时托", "临时托", "含保育、早期发展活动",
                     "伙食费（膳食费）单独核算、专款专用", "九龙坡区卫生健康委员会：023-68780001",
                     "价格监督（九龙坡区市场监督管理局）：12315", "公示日期：2026年2月20日"):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "WenQuanYiMicroHei" in fonts and " yes yes " in fonts  # embedded as a subset


def _document_text(document) -> str:
    parts = [document.title, document.issuer, document.issued_on]
    for block in document.blocks:
        parts += [getattr(block, "text", "")] + [v for row in getattr(block, "rows", ()) for v in row]
    return "\n".join(parts)


def test_a_notice_over_the_cap_never_claims_the_guidance_price_and_says_what_is_above_it():
    text = _document_text(fee_notice_document(replace(NOTICE, over_cap=(OVER_CAP,))))
    assert "执行收费指导价" not in text
    assert "普惠性托育机构（部分收费高于收费指导价，见说明）" in text and f"3. {OVER_CAP}" in text


def test_the_notice_carries_no_internal_note():
    text = _document_text(fee_notice_document(NOTICE))
    assert "经理事会决议调整" not in text  # the schedule's 备注 is the clerk's, never the public's
    assert [line for line in text.splitlines() if line[:2] in ("1.", "2.", "3.")] == [
        "1. 以上为本机构全部收费项目及标准，未列入公示的项目一律不得收费。", "2. 伙食费（膳食费）单独核算、专款专用，仅用于婴幼儿膳食。"]


def test_history_lists_every_period_newest_first_with_publicity(tmp_path):
    out = tmp_path / "history.pdf"
    write_fee_history(out, HEADER, [OLD, CURRENT])
    text = text_of(out)
    assert text.index("2026-03-01 起至今") < text.index("2025-01-01 至 2026-02-28")
    assert "2026-02-20 通过园内公示栏公示（凭证：照片.jpg）" in text
    assert "公示情况：未登记公示" in text
    write_fee_history(out, HEADER, [])
    assert "尚未登记收费标准" in text_of(out)


def test_a_failed_write_leaves_the_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "notice.pdf"
    out.write_bytes(b"previous")
    import workstation.exports.documents.pdf as module  # the one PDF renderer every document goes through

    class Broken(module.SimpleDocTemplate):
        def build(self, *_args, **_kwargs):  # half a file, then the disk fills up
            Path(self.filename).write_bytes(b"%PDF-1.4 half")
            raise RuntimeError("disk full")
    monkeypatch.setattr(module, "SimpleDocTemplate", Broken)
    with pytest.raises(RuntimeError):
        write_fee_notice(out, NOTICE)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]
