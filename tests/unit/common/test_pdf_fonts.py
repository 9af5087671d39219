"""Every PDF the workstation writes embeds every font it references (archived documents must print the
same anywhere; a referenced but missing font is replaced by whatever the viewer has)."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import Clock, accepted, add_nursery
from filing_support import service as filing_service
from inspections_support import nursery, record, service, start
from pdf_fonts import fonts, unembedded_fonts

from workstation.domain.enums import LegalNature, ServiceType
from workstation.domain.fees import FeeItem, FeeItemKind, FeeUnit, Period
from workstation.domain.filing import DocumentKind
from workstation.domain.inspections import ItemResult
from workstation.exports import RegisterFilters, export_register
from workstation.exports.fees.notice import write_fee_history, write_fee_notice
from workstation.exports.filing.documents import write_filing_document
from workstation.exports.inspections.notice import write_rectification_notice
from workstation.services.fees.dto import FeeNotice, NurseryFeeHeader, Schedule


def assert_all_embedded(path) -> None:
    assert fonts(path), "no font found: the PDF could not be read"
    assert unembedded_fonts(path) == []


@pytest.mark.parametrize("register", ["nurseries", "filings", "summary"])
def test_register_pdf(district, tmp_path, register):
    add_nursery(district.factory, 1)
    out = tmp_path / f"{register}.pdf"
    export_register(district.factory, register, "pdf", out, RegisterFilters(), preparer="测试员",
                    prepared_on=dt.date(2026, 12, 4))
    assert_all_embedded(out)


@pytest.mark.parametrize("kind", [DocumentKind.RECEIPT, DocumentKind.BASIC_CONDITIONS])
def test_filing_documents(district, tmp_path, kind):
    svc = filing_service(district, Clock(dt.date(2025, 9, 30)))
    app = accepted(svc, add_nursery(district.factory, 7, meals=True))
    out = tmp_path / "document.pdf"
    write_filing_document(out, svc.document(app.id, kind))
    assert_all_embedded(out)


def test_rectification_notice(district, tmp_path):
    svc = service(district, Clock(dt.date(2025, 9, 26)), notice_writer=write_rectification_notice)
    done = record(svc, start(svc, nursery(district, 7), dt.date(2025, 9, 26), ("fire",)),
                  {"XF-02": ItemResult.FAIL})
    assert_all_embedded(svc.write_notice(done.id, tmp_path / "整改通知书.pdf"))


HEADER = NurseryFeeHeader(7, "九龙坡区彩虹桥托育中心", "52500107MJP000001X", "500107-2026-0007",
                          LegalNature.SOCIAL_SERVICE, True, "九龙坡区", "九龙坡区卫生健康委员会", "023-68780001",
                          "九龙坡区市场监督管理局", "12315")
SCHEDULE = Schedule(1, 7, Period(dt.date(2026, 3, 1)),
                    (FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 199999, FeeUnit.MONTH),))


def test_fee_notice_and_an_empty_fee_history(tmp_path):
    write_fee_notice(tmp_path / "notice.pdf", FeeNotice(HEADER, dt.date(2026, 3, 5), SCHEDULE.period,
                                                        SCHEDULE.items, dt.date(2026, 2, 20), ()))
    write_fee_history(tmp_path / "history.pdf", HEADER, [])  # its empty table holds plain-string cells
    assert_all_embedded(tmp_path / "notice.pdf")
    assert_all_embedded(tmp_path / "history.pdf")
