"""Formula safety, masking of personal data, who may export and what the audit trail records."""

from __future__ import annotations

import json
import zipfile

import pytest
from exports_support import expected_lines, needs_pdftotext, pdf_text, read_xlsx, squash
from openpyxl import load_workbook
from sqlalchemy import select

from workstation.db.orm import Nursery, Street
from workstation.db.orm.audit import AuditEntry
from workstation.domain import permissions
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.errors import PermissionDenied
from workstation.domain.permissions import Action, Role
from workstation.exports import RegisterFilters, export_register
from workstation.exports.common.masking import mask_id_number, mask_mobile
from workstation.services.common.context import Actor
from workstation.services.registers.service import RegistersService

RISKY = ["=1+1", "+1+2", "-2+3", "@SUM(A1)", "#N/A", '=HYPERLINK("http://example.com","点我")']
FULL_ID, MOBILE, LANDLINE = "500107199003071234", "13812345678", "023-68881771"
MANAGER = Actor("manager", "李科长", "MANAGER")
CLERK = Actor("clerk", "王登记", "CLERK")


@pytest.fixture
def risky(district):
    """Nurseries whose text fields look like formulas, plus one with personal data to mask."""
    with district.factory.begin() as session:
        street = session.scalar(select(Street.id).where(Street.code == "500107001"))
        for number, text in enumerate(RISKY):
            session.add(Nursery(name=text, address=text, notes=text, legal_nature=LegalNature.FOR_PROFIT,
                                kind=InstitutionKind.STANDALONE, status=InstitutionStatus.OPERATING,
                                street_id=street, legal_rep_name=f"张{number}"))
        session.add(Nursery(name="隐私托育园", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                            street_id=street, legal_rep_id_no=FULL_ID, phone=MOBILE, notes="响铃\x07字符"))
        session.add(Nursery(name="座机托育园", legal_nature=LegalNature.OTHER, kind=InstitutionKind.COMMUNITY,
                            street_id=street, phone=LANDLINE))
    return district


def service(db, actor: Actor) -> RegistersService:
    return RegistersService(db.factory, actor, export_register)


def test_text_that_looks_like_a_formula_is_written_as_text(risky, tmp_path):
    export_register(risky.factory, "nurseries", "xlsx", tmp_path / "r.xlsx", RegisterFilters(), preparer="x")
    ws = load_workbook(tmp_path / "r.xlsx").worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value in RISKY]
    assert len(cells) == 3 * len(RISKY)  # name, address and notes of each
    assert {c.data_type for c in cells} == {"s"}
    with zipfile.ZipFile(tmp_path / "r.xlsx") as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


def test_control_characters_are_dropped_not_fatal(risky, tmp_path):
    export_register(risky.factory, "nurseries", "xlsx", tmp_path / "r.xlsx", RegisterFilters(), preparer="x")
    assert "响铃字符" in [r[-1] for r in read_xlsx(tmp_path / "r.xlsx")["rows"]]


@needs_pdftotext
def test_pdf_prints_formula_like_text_as_it_is(risky, tmp_path):
    export_register(risky.factory, "nurseries", "pdf", tmp_path / "r.pdf", RegisterFilters(), preparer="x")
    text = squash(pdf_text(tmp_path / "r.pdf"))
    assert all(squash(value)[:8] in text for value in RISKY)


@pytest.mark.parametrize("value, masked", [
    ("500107199003071234", "500107********1234"),
    ("50010719900307123X", "500107********123X"),
    ("500107900307123", "500107*****7123"),  # the old 15-digit number
    ("E12345678", "*********"),  # anything that is not a resident ID shows nothing
    ("E98765432103210"[:11], "***********"),  # the red team's 11 characters: once E98765*3210
    ("AB12", "****"),
    ("500107********1234", "500107********1234"),  # masking twice changes nothing
    ("E98765*3210", "***********"),
    ("", ""),
    (None, None),
])
def test_id_numbers_keep_the_first_six_and_last_four(value, masked):
    assert mask_id_number(value) == masked


@pytest.mark.parametrize("value, masked", [
    ("13812345678", "138****5678"),
    ("+86 138 1234 5678", "138****5678"),
    ("138-1234-5678", "138****5678"),
    ("+86 (139) 0013 9000", "139****9000"),  # the red team's: once printed in full
    ("（+86）139 0013 9000", "139****9000"),
    ("００８６１３９００１３９０００", "139****9000"),
    ("023-68881771", "023-68881771"),  # landlines are the nursery's public number
    ("12345678901", "*******8901"),  # not a mobile number: never printed in full
    ("139 0013 900", "******** 900"),  # a digit short: no form prints in full
    ("", ""),
])
def test_mobile_numbers_keep_the_first_three_and_last_four(value, masked):
    assert mask_mobile(value) == masked


def _people(path):
    row = next(r for r in read_xlsx(path)["rows"] if r[2] == "隐私托育园")
    landline = next(r for r in read_xlsx(path)["rows"] if r[2] == "座机托育园")
    return row[7], row[9], landline[9]


def test_personal_data_is_masked_by_default(risky, tmp_path):
    outcome = service(risky, MANAGER).export("nurseries", "xlsx", tmp_path / "m.xlsx", RegisterFilters())
    assert outcome.masked
    assert _people(tmp_path / "m.xlsx") == ("500107********1234", "138****5678", LANDLINE)
    assert FULL_ID not in read_xlsx(tmp_path / "m.xlsx").__repr__()


def test_full_data_for_a_role_allowed_that_asked(risky, tmp_path):
    outcome = service(risky, MANAGER).export("nurseries", "xlsx", tmp_path / "f.xlsx", RegisterFilters(),
                                             full_personal_data=True)
    assert not outcome.masked
    assert _people(tmp_path / "f.xlsx") == (FULL_ID, MOBILE, LANDLINE)
    assert any("完整的个人信息" in line for line in read_xlsx(tmp_path / "f.xlsx")["tail"])


@needs_pdftotext
def test_pdf_masks_the_same_way(risky, tmp_path):
    service(risky, MANAGER).export("nurseries", "pdf", tmp_path / "m.pdf", RegisterFilters())
    service(risky, MANAGER).export("nurseries", "xlsx", tmp_path / "m.xlsx", RegisterFilters())
    rows = read_xlsx(tmp_path / "m.xlsx")["rows"]
    row = next(r for r in rows if r[2] == "隐私托育园")
    text = squash(pdf_text(tmp_path / "m.pdf"))
    assert all(line in text for line in expected_lines("nurseries", row, rows))
    assert FULL_ID[6:14] not in text and MOBILE not in text


def test_a_clerk_may_not_export_at_all(risky, tmp_path):
    clerk = service(risky, CLERK)
    assert not clerk.may_export()
    with pytest.raises(PermissionDenied, match="导出名册报表"):
        clerk.export("nurseries", "xlsx", tmp_path / "c.xlsx", RegisterFilters())
    assert not (tmp_path / "c.xlsx").exists()


def test_asking_for_full_data_without_the_right_is_refused_not_masked(risky, tmp_path, monkeypatch):
    # A role that may export but not see full personal data (none is configured so by default).
    monkeypatch.setitem(permissions.PERMISSIONS, Role.CLERK,
                        permissions.PERMISSIONS[Role.CLERK] | {Action.REGISTER_EXPORT})
    clerk = service(risky, CLERK)
    assert clerk.may_export() and not clerk.may_see_full_personal_data()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PermissionDenied, match="查看完整个人信息"):
        clerk.export("nurseries", "xlsx", out / "c.xlsx", RegisterFilters(), full_personal_data=True)
    assert list(out.iterdir()) == [] and _exports(risky) == []
    clerk.export("nurseries", "xlsx", out / "c.xlsx", RegisterFilters())
    assert _people(out / "c.xlsx")[0] == "500107********1234"


def _exports(db) -> list[AuditEntry]:
    with db.factory() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()


def test_every_export_is_audited_with_its_masking(risky, tmp_path):
    registers = service(risky, MANAGER)
    registers.export("nurseries", "xlsx", tmp_path / "a.xlsx", RegisterFilters(street_code="500107001"))
    registers.export("summary", "pdf", tmp_path / "b.pdf", RegisterFilters(), full_personal_data=True)
    first, second = _exports(risky)
    assert (first.actor, first.entity, first.entity_id) == ("manager", "register", "nurseries")
    details = json.loads(first.details)
    assert details["masked"] is True and details["rows"] == len(RISKY) + 2 and details["format"] == "xlsx"
    assert details["filters"] == "街道（乡镇）：杨家坪街道（500107001）"
    assert json.loads(second.details)["masked"] is False


def test_an_export_that_cannot_be_audited_leaves_no_file(risky, tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr("workstation.services.registers.service.record_event", broken)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RuntimeError):
        service(risky, MANAGER).export("nurseries", "xlsx", out / "a.xlsx", RegisterFilters())
    assert list(out.iterdir()) == []
