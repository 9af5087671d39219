"""Filing documents as PDF: what pdftotext reads back, embedded fonts, reprints marked and counted."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from filing_support import (
    Clock,
    accepted,
    act,
    add_nursery,
    check_all,
    draft,
    provide_all,
    service,
    under_check,
    uscc,
)
from sqlalchemy import func, select

from workstation.db.orm.filing import DocumentIssue
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.errors import ConflictError
from workstation.domain.filing import DocumentKind, FilingAction, FilingKind
from workstation.domain.filing_rules import MaterialResult
from workstation.exports.filing.documents import write_filing_document
from workstation.services.filing.dto import ChangeDraft

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
A, K = FilingAction, FilingKind
TODAY = dt.date(2025, 9, 30)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def svc(district):
    return service(district, Clock(TODAY))


def test_receipt_pdf_states_name_uscc_and_receipt_number(svc, district, tmp_path):
    app = accepted(svc, add_nursery(district.factory, 7, meals=True))
    facts = svc.document(app.id, DocumentKind.RECEIPT)
    path = tmp_path / "回执.pdf"
    write_filing_document(path, facts)
    text = pdf_text(path)
    for expected in ("托育机构备案回执", "测试托育园7", uscc(7), "500107-2025-0001", "九龙坡区卫生健康委员会",
                     "2025年9月30日", "食品经营许可证", "2025年10月28日"):
        assert expected in text, expected
    assert "副本" not in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    wqy = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert wqy and all(" yes yes " in line for line in wqy)  # embedded, as a subset


def test_reprints_are_marked_as_copies_and_counted(svc, district, tmp_path):
    app = accepted(svc, add_nursery(district.factory))
    preview = svc.document(app.id, DocumentKind.RECEIPT, issue=False)
    assert preview.copy_no == 0
    first = svc.document(app.id, DocumentKind.RECEIPT)
    again = svc.document(app.id, DocumentKind.RECEIPT)
    third = svc.document(app.id, DocumentKind.RECEIPT)
    assert (first.copy_no, again.copy_no, third.copy_no) == (0, 1, 2)
    assert svc.document(app.id, DocumentKind.RECEIPT, issue=False).copy_no == 3
    write_filing_document(tmp_path / "copy.pdf", third)
    assert "副本（第2次补打）" in pdf_text(tmp_path / "copy.pdf")
    with district.factory() as session:
        assert session.scalar(select(func.count()).select_from(DocumentIssue)) == 3
    texts = [t for t in (str(e.text) for e in svc.get(app.id).history) if "出具" in t and "回执（" in t]
    assert texts[-3:] == ["首次备案：出具备案回执（原件）", "首次备案：出具备案回执（副本，第1次补打）",
                          "首次备案：出具备案回执（副本，第2次补打）"]


def test_receipt_is_refused_before_acceptance(svc, district):
    app = under_check(svc, add_nursery(district.factory))
    with pytest.raises(ConflictError, match="不能出具备案回执"):
        svc.document(app.id, DocumentKind.RECEIPT)


def test_supplement_notice_lists_missing_items_with_reasons(svc, district, tmp_path):
    app = under_check(svc, add_nursery(district.factory))
    licence = app.materials[2]
    app = svc.check_material(licence.id, MaterialResult.INVALID, "营业执照已过有效期")
    app = act(svc, app, A.RETURN)
    path = tmp_path / "补正.pdf"
    write_filing_document(path, svc.document(app.id, DocumentKind.SUPPLEMENT_NOTICE))
    text = pdf_text(path)
    assert "补正材料通知书" in text and licence.title in text and "营业执照已过有效期" in text
    # After the resubmission the notice still lists what was asked for at the return.
    app = act(svc, app, A.RESUBMIT)
    facts = svc.document(app.id, DocumentKind.SUPPLEMENT_NOTICE, issue=False)
    assert facts.missing == ((licence.title, "营业执照已过有效期"),)


def test_change_and_cancellation_receipts(svc, district, tmp_path):
    operating = add_nursery(district.factory, 1, Status.OPERATING)
    app = draft(svc, operating, K.CHANGE, changes=(ChangeDraft("director_name", "赵六", "原负责人退休"),))
    app = provide_all(svc, app)
    app = act(svc, check_all(svc, act(svc, act(svc, app, A.SUBMIT), A.START_CHECK)), A.ACCEPT)
    write_filing_document(tmp_path / "变更.pdf", svc.document(app.id, DocumentKind.CHANGE_RECEIPT))
    text = pdf_text(tmp_path / "变更.pdf")
    assert all(s in text for s in ("托育机构备案变更回执", "机构负责人", "李四", "赵六", "原负责人退休", uscc(1)))
    closing = accepted(svc, add_nursery(district.factory, 2, Status.OPERATING), K.CANCELLATION)
    write_filing_document(tmp_path / "注销.pdf", svc.document(closing.id, DocumentKind.CANCELLATION_RECEIPT))
    text = pdf_text(tmp_path / "注销.pdf")
    assert all(s in text for s in ("托育机构备案注销回执", "500107-2025-0002", "幼儿已转园", uscc(2)))


def test_notice_of_basic_conditions(svc, district, tmp_path):
    app = accepted(svc, add_nursery(district.factory))
    write_filing_document(tmp_path / "告知书.pdf", svc.document(app.id, DocumentKind.BASIC_CONDITIONS))
    text = pdf_text(tmp_path / "告知书.pdf")
    assert "托育机构基本条件告知书" in text and "托育机构设置标准（试行）" in text and "500107-2025-0001" in text


def test_a_receipt_states_a_provisional_verification_date_without_the_mark(district, tmp_path):
    """The receipt is served to the nursery: its date alone, as the rectification notice (2027 not entered)."""
    svc = service(district, Clock(dt.date(2026, 12, 31)))
    app = accepted(svc, add_nursery(district.factory, 3))
    assert app.verification_due_provisional and app.verification_due_on.year == 2027
    path = tmp_path / "回执.pdf"
    write_filing_document(path, svc.document(app.id, DocumentKind.RECEIPT))
    text = "".join(pdf_text(path).split())
    assert f"将于{app.verification_due_on.year}年{app.verification_due_on.month}月" in text
    assert "暂定" not in text and "节假日安排" not in text
