"""收费公示汇总表: the fees in force on the preparation date, in both formats, checked against the database."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from exports_support import (
    ANY,
    TODAY,
    assert_pdf_rows,
    demo_db_fixture,  # noqa: F401  (the demo_db fixture)
    needs_pdftotext,
    pdf_text,
    read_xlsx,
    squash,
)
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from workstation.db.orm import Nursery, Street
from workstation.db.orm.fees import FeeRule, FeeSchedule
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature, ServiceType
from workstation.domain.errors import ValidationError
from workstation.domain.fees import FeeItem, FeeItemKind, FeeUnit, ScheduleDraft
from workstation.exports import RegisterFilters, export_register
from workstation.exports.registers import REGISTERS
from workstation.services.common.context import Actor
from workstation.services.fees.service import FeeService

S = InstitutionStatus
CHARGING = {S.FILED, S.OPERATING, S.UNDER_NOTICE, S.CHANGING, S.SUSPENDED, S.CANCELLING}
CAPPED = {LegalNature.PUBLIC_INSTITUTION, LegalNature.SOCIAL_SERVICE}
USUAL = {ServiceType.FULL_DAY: FeeUnit.MONTH, ServiceType.HALF_DAY: FeeUnit.MONTH, ServiceType.HOURLY: FeeUnit.HOUR,
         ServiceType.TEMPORARY: FeeUnit.DAY}
FILTERS = {
    "street": RegisterFilters(street_code="500107002"),
    "status": RegisterFilters(status=S.OPERATING),
    "nature_inclusive": RegisterFilters(legal_nature=LegalNature.SOCIAL_SERVICE, inclusive=True),
}


def yuan(fen: int | None) -> float | None:
    return None if fen is None else fen / 100


def _caps(session) -> dict:
    rule = session.scalars(select(FeeRule).where(FeeRule.effective_from <= TODAY)
                           .order_by(FeeRule.effective_from.desc()).options(selectinload(FeeRule.caps))).first()
    assert rule is not None and not rule.cap_includes_meals  # what the excess below assumes
    return {(c.service_type, c.unit): c.cap_fen for c in rule.caps}


def _fee_cells(schedule: FeeSchedule | None, n: Nursery, caps: dict) -> tuple:
    if schedule is None:
        return (None,) * 6 + ("未登记收费标准", None, None, None)
    items = sorted(schedule.items, key=lambda i: (i.position, i.id))
    care = {t: next((i for i in items if i.service_type is t and i.kind is FeeItemKind.CARE and i.unit is USUAL[t]),
                    None) for t in ServiceType}
    meal = next((i for t in ServiceType for i in items
                 if i.service_type is t and i.kind is FeeItemKind.MEAL and i.unit is FeeUnit.MONTH), None)
    shown = [*care.values(), meal]
    others = "；".join(f"{i.service_type.zh}{i.name} {i.amount_fen // 100:,}.{i.amount_fen % 100:02d}元/{i.unit.zh}"
                      for i in items if not any(i is s for s in shown)) or None
    days = [p.publicised_on for p in schedule.publicity if p.publicised_on <= TODAY]
    capped = n.inclusive or n.legal_nature in CAPPED
    excess = max((i.amount_fen - caps[(i.service_type, i.unit)] for i in items if capped
                  and i.kind is FeeItemKind.CARE and (i.service_type, i.unit) in caps), default=0)
    return (*(yuan(care[t].amount_fen if care[t] else None) for t in ServiceType),
            yuan(meal.amount_fen if meal else None), others, "已公示" if days else "未公示",
            min(days) if days else None, "是" if excess > 0 else "否", yuan(excess) if excess > 0 else None)


def _matches(n: Nursery, street: Street | None, f: RegisterFilters) -> bool:
    return all((f.street_code is None or (street is not None and street.code == f.street_code),
                f.legal_nature is None or n.legal_nature == f.legal_nature,
                f.status is None or n.status == f.status,
                f.inclusive is None or n.inclusive == f.inclusive))


def expected_fees(db, f: RegisterFilters = ANY) -> tuple[list, tuple]:
    """(numbered rows, totals row) from the ORM: schedules in force on TODAY, by street and name (pinyin)."""
    with db.factory() as session:
        caps = _caps(session)
        streets = {s.id: s for s in session.scalars(select(Street))}
        in_force = {s.nursery_id: s for s in session.scalars(
            select(FeeSchedule).options(selectinload(FeeSchedule.items), selectinload(FeeSchedule.publicity)))
            if s.effective_from <= TODAY and (s.effective_to is None or s.effective_to >= TODAY)}
        listed = [n for n in session.scalars(select(Nursery))
                  if (n.status in CHARGING or n.id in in_force) and _matches(n, streets.get(n.street_id), f)]
        listed.sort(key=lambda n: (n.street_id is None, streets[n.street_id].code if n.street_id else "", n.name_pinyin,
                                   n.id))  # names in pinyin order
        rows = []
        for number, n in enumerate(listed, start=1):
            schedule = in_force.get(n.id)
            street = streets.get(n.street_id)
            rows.append((number, street.name if street else None, n.name, n.uscc or None, n.legal_nature.zh,
                         "是" if n.inclusive else "否", schedule.effective_from if schedule else None,
                         *_fee_cells(schedule, n, caps)))
    totals: list = [None] * len(REGISTERS["fees"].all_columns)
    totals[1], totals[2] = "合计", f"共 {len(rows)} 家"
    publicity = [r[13] for r in rows]
    extra = [f"；未登记收费标准 {publicity.count('未登记收费标准')} 家"] if "未登记收费标准" in publicity else []
    totals[13] = f"已公示 {publicity.count('已公示')} 家；未公示 {publicity.count('未公示')} 家" + "".join(extra)
    over = [r[15] for r in rows]
    totals[15] = f"是 {over.count('是')} 家；否 {over.count('否')} 家"
    return rows, tuple(totals)


def export(db, path, fmt="xlsx", filters=ANY, **kwargs):
    return export_register(db.factory, "fees", fmt, path, filters, preparer="测试员", prepared_on=TODAY, **kwargs)


def test_xlsx_holds_the_current_fees_and_the_counts(demo_db, tmp_path):
    rows, totals = expected_fees(demo_db)
    result = export(demo_db, tmp_path / "f.xlsx")
    sheet = read_xlsx(tmp_path / "f.xlsx")
    assert result.rows == len(rows) > 100
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals
    # The demo has what the register must show: unpublicised and over-cap schedules, meal and other fees.
    assert {"已公示", "未公示"} <= {r[13] for r in rows}
    assert "是" in {r[15] for r in rows} and any(r[11] for r in rows) and any(r[12] for r in rows)
    assert sheet["heading"][2] == "数据截至：2026-06-30"


@needs_pdftotext
def test_pdf_holds_the_same_rows_and_totals(demo_db, tmp_path):
    rows, totals = expected_fees(demo_db)
    export(demo_db, tmp_path / "f.pdf", "pdf")
    assert_pdf_rows(tmp_path / "f.pdf", "fees", rows, totals)


@pytest.mark.parametrize("name", FILTERS)
def test_filtered_xlsx_matches_the_database(demo_db, tmp_path, name):
    rows, totals = expected_fees(demo_db, FILTERS[name])
    everything, _ = expected_fees(demo_db)
    assert 0 < len(rows) < len(everything), "the filter should pick some nurseries, not all"
    export(demo_db, tmp_path / "f.xlsx", filters=FILTERS[name])
    sheet = read_xlsx(tmp_path / "f.xlsx")
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals


@needs_pdftotext
def test_filtered_pdf_prints_its_filters_and_rows(demo_db, tmp_path):
    filters = RegisterFilters(street_code="500107002", status=S.OPERATING)
    rows, totals = expected_fees(demo_db, filters)
    export(demo_db, tmp_path / "f.pdf", "pdf", filters=filters)
    assert_pdf_rows(tmp_path / "f.pdf", "fees", rows, totals)
    text = squash(pdf_text(tmp_path / "f.pdf"))
    assert squash("筛选条件：街道（乡镇）：谢家湾街道（500107002）；机构状态：正常运营") in text


def test_a_date_range_is_refused_the_register_is_a_snapshot(demo_db, tmp_path):
    with pytest.raises(ValidationError, match="“收费公示汇总表”不能按日期范围筛选"):
        export(demo_db, tmp_path / "x.xlsx", filters=RegisterFilters(date_from=dt.date(2025, 1, 1)))
    assert list(tmp_path.iterdir()) == []
    assert not REGISTERS["fees"].masks_personal_data


@pytest.fixture
def risky(district):
    """A nursery whose name and fee item look like formulas, with an unusual unit and no publicity."""
    with district.factory.begin() as session:
        nursery = Nursery(name="=1+1托育", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                          status=InstitutionStatus.OPERATING)
        session.add(nursery)
        session.flush()
        nursery_id = nursery.id
    fees = FeeService(district.factory, Actor("tester", "测试员", "SYSTEM"), today=lambda: TODAY)
    items = (FeeItem(ServiceType.FULL_DAY, FeeItemKind.CARE, "保育费", 280000, FeeUnit.MONTH),
             FeeItem(ServiceType.HOURLY, FeeItemKind.CARE, "保育费", 5000, FeeUnit.SESSION),
             FeeItem(ServiceType.FULL_DAY, FeeItemKind.OTHER, "@SUM(A1)", 12345, FeeUnit.SESSION))
    fees.add_schedule(nursery_id, ScheduleDraft(dt.date(2026, 1, 1), items))
    return district


def test_formula_like_texts_are_text_and_unusual_units_go_to_other_fees(risky, tmp_path):
    path = tmp_path / "r.xlsx"
    export(risky, path)
    rows = read_xlsx(path)["rows"]
    assert [(r[2], r[7], r[9], r[12], r[13]) for r in rows] == [
        ("=1+1托育", 2800, None, "计时托保育费 50.00元/次；全日托@SUM(A1) 123.45元/次", "未公示")]
    ws = load_workbook(path).worksheets[0]
    assert [c.data_type for row in ws.iter_rows() for c in row if c.value == "=1+1托育"] == ["s"]
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
