"""从业人员名册 and 禁入人员名单 read back from xlsx and pdf match an independent query of the rows;
ID and mobile numbers are masked unless full data is asked for (and only managers may ask)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from exports_support import assert_pdf_rows, mask_id, mask_phone, needs_pdftotext, read_xlsx
from staff_support import add_nursery, resident_id, staff_draft

from workstation.db.orm import Nursery
from workstation.db.orm.staff import StaffBan, StaffMember
from workstation.domain.errors import PermissionDenied
from workstation.domain.staff import (
    BackgroundResult,
    BanDraft,
    CredentialDraft,
    CredentialKind,
    Employment,
    HealthResult,
    StaffRole,
)
from workstation.exports import export_register
from workstation.exports.common.spec import RegisterFilters
from workstation.services.common.context import Actor
from workstation.services.registers import RegistersService
from workstation.services.staff.bans import BanService
from workstation.services.staff.service import StaffService

TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("manager", "王科长", "MANAGER")
CLERK = Actor("clerk", "李登记", "CLERK")


@pytest.fixture
def db(district):
    staff = StaffService(district.factory, CLERK, today=lambda: TODAY)
    first = add_nursery(district.factory, "甲托育园")
    second = add_nursery(district.factory, "乙托育园")
    director = staff.add(first, dataclasses.replace(staff_draft("张园长", 1, StaffRole.DIRECTOR),
                                                    phone="13812345678")).member.id
    staff.add_credential(director, CredentialDraft(CredentialKind.DEGREE, "XL-1", "重庆师范大学", dt.date(2010, 7, 1)))
    staff.add_credential(director, CredentialDraft(CredentialKind.DIRECTOR_TRAINING, "PX-1", "市卫健委",
                                                   dt.date(2024, 1, 1), dt.date(2026, 12, 1)))  # expired: not listed
    staff.add_health_check(director, dt.date(2026, 3, 1), HealthResult.PASS)
    staff.add_background_check(director, dt.date(2026, 2, 1), BackgroundResult.CLEAR, "派出所", "李经办")
    carer = staff.add(second, dataclasses.replace(staff_draft("李保育", 2), employment=Employment.PART_TIME)).member
    staff.add_credential(carer.id, CredentialDraft(CredentialKind.CAREGIVER, "BY-2", "人社局", dt.date(2023, 1, 1)))
    gone = staff.add(second, staff_draft("赵离职", 3, StaffRole.COOK)).member
    staff.depart(gone.id, dt.date(2026, 10, 1), "辞职")
    bans = BanService(district.factory, MANAGER, today=lambda: TODAY)
    bans.add(BanDraft(resident_id(9, "19800101"), "钱某某", "虐待婴幼儿", "九卫禁〔2026〕1号", dt.date(2026, 3, 1),
                      "九龙坡区卫生健康委员会"))
    lifted = bans.add(BanDraft(resident_id(8, "19810101"), "孙某某", "殴打婴幼儿", "九卫禁〔2025〕7号",
                               dt.date(2025, 5, 1), "九龙坡区卫生健康委员会")).ban
    bans.lift(lifted.id, "九卫解〔2026〕2号", "复议撤销", dt.date(2026, 6, 1))
    return district


def expected_staff(db, masked: bool) -> tuple[list, tuple]:
    """Staff employed on TODAY from the ORM, with their valid certificates, in nursery and role order."""
    with db.factory() as session:
        members = [m for m in session.query(StaffMember).all() if m.left_on is None or m.left_on > TODAY]
        nurseries = {n.id: n for n in session.query(Nursery).all()}
        members.sort(key=lambda m: (m.nursery_id, m.role.value, m.name, m.id))
        rows = []
        for number, m in enumerate(members, start=1):
            kinds = [c.kind for c in m.credentials if c.valid_until is None or c.valid_until >= TODAY]
            labels = "、".join(k.zh for k in CredentialKind if k in kinds) or None
            health = max((h.valid_until for h in m.health_checks if h.result == HealthResult.PASS), default=None)
            checked = max((b.checked_on for b in m.background_checks), default=None)
            rows.append((number, None, nurseries[m.nursery_id].name, m.name,
                         mask_id(m.id_no) if masked else m.id_no, m.role.zh, m.employment.zh, m.hired_on,
                         (mask_phone(m.phone) if masked else m.phone) or None, labels, health, checked))
    totals = [None] * 12
    totals[1], totals[2] = "合计", f"共 {len(rows)} 人"
    totals[5] = "；".join(f"{r.zh} {sum(1 for row in rows if row[5] == r.zh)} 人" for r in StaffRole)
    return rows, tuple(totals)


def expected_bans(db, masked: bool) -> tuple[list, tuple]:
    with db.factory() as session:
        bans = sorted(session.query(StaffBan).all(), key=lambda b: (b.decided_on, b.id))
        rows = [(number, b.name, mask_id(b.id_no) if masked else b.id_no, b.reason, b.decision_no, b.decided_on,
                 b.authority, "已解除" if b.lifted_on else "终身禁入", b.lift_decision_no, b.lifted_on)
                for number, b in enumerate(bans, start=1)]
    totals = [None] * 10
    totals[1], totals[2] = "合计", f"共 {len(rows)} 人"
    totals[7] = "；".join(f"{s} {sum(1 for r in rows if r[7] == s)} 人" for s in ("终身禁入", "已解除"))
    return rows, tuple(totals)


def export(db, key, path, fmt="xlsx", masked=True):
    return export_register(db.factory, key, fmt, path, RegisterFilters(), masked=masked, preparer="测试员",
                           prepared_on=TODAY)


@pytest.mark.parametrize("masked", [True, False], ids=["masked", "full"])
def test_staff_register_xlsx_matches_the_employed_staff(db, tmp_path, masked):
    rows, totals = expected_staff(db, masked)
    assert [r[3] for r in rows] == ["张园长", "李保育"]  # the one who left is not employed today
    result = export(db, "staff", tmp_path / "s.xlsx", masked=masked)
    sheet = read_xlsx(tmp_path / "s.xlsx")
    assert result.rows == 2 and result.masked is masked
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals
    assert sheet["rows"][0][4] == (mask_id(resident_id(1)) if masked else resident_id(1))
    assert sheet["rows"][0][9] == "大专及以上学历证书"  # the expired training certificate is left out


@needs_pdftotext
def test_staff_register_pdf_holds_the_same_rows(db, tmp_path):
    rows, totals = expected_staff(db, True)
    export(db, "staff", tmp_path / "s.pdf", "pdf")
    assert_pdf_rows(tmp_path / "s.pdf", "staff", rows, totals)


@pytest.mark.parametrize("masked", [True, False], ids=["masked", "full"])
def test_ban_register_xlsx_matches_the_ban_list(db, tmp_path, masked):
    rows, totals = expected_bans(db, masked)
    export(db, "bans", tmp_path / "b.xlsx", masked=masked)
    sheet = read_xlsx(tmp_path / "b.xlsx")
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals
    assert [r[7] for r in rows] == ["已解除", "终身禁入"]


@needs_pdftotext
def test_ban_register_pdf_holds_the_same_rows(db, tmp_path):
    rows, totals = expected_bans(db, True)
    export(db, "bans", tmp_path / "b.pdf", "pdf")
    assert_pdf_rows(tmp_path / "b.pdf", "bans", rows, totals)


def test_only_roles_that_may_see_full_personal_data_get_unmasked_ids(db, tmp_path):
    from workstation.exports import export_register as writer

    with pytest.raises(PermissionDenied):
        RegistersService(db.factory, Actor("admin", role="ADMIN"), writer).export(
            "staff", "xlsx", tmp_path / "a.xlsx", RegisterFilters(), full_personal_data=True)
    outcome = RegistersService(db.factory, MANAGER, writer).export(
        "bans", "xlsx", tmp_path / "m.xlsx", RegisterFilters(), full_personal_data=True)
    assert not outcome.masked
    assert read_xlsx(tmp_path / "m.xlsx")["rows"][0][2] == resident_id(8, "19810101")


def test_ban_register_filters_by_state_and_notes_only_its_own_masking(db, tmp_path):
    from workstation.domain.staff import BanState

    for state, name in ((BanState.IN_FORCE, "钱某某"), (BanState.LIFTED, "孙某某")):
        path = tmp_path / f"{state.value}.xlsx"
        export_register(db.factory, "bans", "xlsx", path, RegisterFilters(status=state), masked=True,
                        preparer="测试员", prepared_on=TODAY)
        sheet = read_xlsx(path)
        assert [r[1] for r in sheet["rows"]] == [name]
        assert "证件号码保留前6位和后4位，其余以*代替。" in " ".join(sheet["tail"])
        assert "法定代表人" not in " ".join(sheet["tail"])
