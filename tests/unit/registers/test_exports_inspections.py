"""监督检查台账: the .xlsx and the .pdf hold the recorded inspections of the database, with and without filters."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from exports_inspection_support import (
    RISKY,
    by_nursery,
    escalation_labels,
    in_range,
    nurseries_and_streets,
    risky,  # noqa: F401  (the risky fixture)
)
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
from inspections_support import Clock, nursery, record, service, start
from openpyxl import load_workbook
from sqlalchemy import select

from workstation.db.orm.inspections import Finding, Inspection
from workstation.domain.enums import InspectingDeptKind, InstitutionStatus, LegalNature
from workstation.domain.errors import ValidationError
from workstation.domain.inspections import (
    Escalation,
    InspectionKind,
    InspectionState,
    ItemResult,
    OverallResult,
    RectificationState,
)
from workstation.exports import RegisterFilters, export_register
from workstation.exports.registers import REGISTERS
from workstation.exports.registers.inspections import InspectionOutcome

IS = InspectionState
LISTED = (IS.CLOSED_QUALIFIED, IS.RECTIFICATION_REQUIRED, IS.CLOSED_AFTER_RECTIFICATION, IS.ESCALATED)
FILTERS = {
    "street": RegisterFilters(street_code="500107002"),
    "open": RegisterFilters(status=InspectionOutcome.RECTIFICATION_REQUIRED),
    "nature_inclusive": RegisterFilters(legal_nature=LegalNature.FOR_PROFIT, inclusive=False),
    "second_half_2025": RegisterFilters(date_from=dt.date(2025, 7, 1), date_to=dt.date(2025, 12, 31)),
    "since_2026": RegisterFilters(date_from=dt.date(2026, 1, 1)),
}


def _matches(i: Inspection, n, street, f: RegisterFilters) -> bool:
    return (i.state in LISTED and by_nursery(n, street, f) and in_range(i.inspected_on, f)
            and (f.status is None or i.state.value == f.status.value))


def expected_inspections(db, f: RegisterFilters = ANY) -> tuple[list, tuple]:
    """(numbered rows, totals row) from the ORM: recorded inspections by date, then id."""
    with db.factory() as session:
        nurseries, streets = nurseries_and_streets(session)
        escalated: dict[int, set] = {}
        for finding in session.scalars(select(Finding).where(Finding.escalation.is_not(None))):
            escalated.setdefault(finding.inspection_id, set()).add(finding.escalation)
        chosen = [i for i in session.scalars(select(Inspection))
                  if _matches(i, nurseries[i.nursery_id], streets.get(nurseries[i.nursery_id].street_id), f)]
        chosen.sort(key=lambda i: (i.inspected_on, i.id))
        rows = []
        for number, i in enumerate(chosen, start=1):
            n = nurseries[i.nursery_id]
            street = streets.get(n.street_id)
            results = [line.result for line in i.items]
            codes = escalated.get(i.id, set()) | ({i.escalation} if i.escalation else set())
            rows.append((number, i.inspected_on, n.name, n.uscc or None, street.name if street else None, i.kind.zh,
                         "、".join(InspectingDeptKind(d).zh for d in i.departments) or None,
                         "、".join(i.inspectors) or None,
                         sum(1 for r in results if r is not None and r is not ItemResult.NA),
                         results.count(ItemResult.FAIL), results.count(ItemResult.PARTIAL),
                         i.overall.zh if i.overall else None, escalation_labels(codes), i.notice_no or None,
                         i.state.zh))
    totals: list = [None] * len(REGISTERS["inspections"].all_columns)
    totals[1], totals[2] = "合计", f"共 {len(rows)} 次"
    totals[5] = "；".join(f"{k.zh} {sum(1 for r in rows if r[5] == k.zh)} 次" for k in InspectionKind)
    for index in (8, 9, 10):
        totals[index] = sum(r[index] for r in rows)
    totals[11] = "；".join(f"{o.zh} {sum(1 for r in rows if r[11] == o.zh)} 次" for o in OverallResult)
    totals[14] = "；".join(f"{s.zh} {sum(1 for r in rows if r[14] == s.zh)} 次" for s in LISTED)
    return rows, tuple(totals)


def export(db, path, fmt="xlsx", filters=ANY, **kwargs):
    return export_register(db.factory, "inspections", fmt, path, filters, preparer="测试员", prepared_on=TODAY,
                           **kwargs)


def test_xlsx_holds_every_recorded_inspection_with_its_counts(demo_db, tmp_path):
    rows, totals = expected_inspections(demo_db)
    result = export(demo_db, tmp_path / "i.xlsx")
    sheet = read_xlsx(tmp_path / "i.xlsx")
    assert result.rows == len(rows) > 100
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals
    # The demo year has every kind (复查 included), open and closed follow-ups, and escalations of
    # overdue findings shown on the inspection that raised them.
    assert {r[5] for r in rows} == {k.zh for k in InspectionKind}
    assert {r[14] for r in rows} >= {IS.CLOSED_QUALIFIED.zh, IS.RECTIFICATION_REQUIRED.zh,
                                     IS.CLOSED_AFTER_RECTIFICATION.zh}
    assert any(r[12] for r in rows) and all(r[13] for r in rows if r[9] + r[10])  # findings: a notice each
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)
    assert sheet["header"][0][8:11] == ("检查项数", "不符合项数", "基本符合项数")


@needs_pdftotext
def test_pdf_holds_the_same_rows_and_totals(demo_db, tmp_path):
    rows, totals = expected_inspections(demo_db)
    export(demo_db, tmp_path / "i.pdf", "pdf")
    assert_pdf_rows(tmp_path / "i.pdf", "inspections", rows, totals)


@pytest.mark.parametrize("name", FILTERS)
def test_filtered_xlsx_matches_the_database(demo_db, tmp_path, name):
    rows, totals = expected_inspections(demo_db, FILTERS[name])
    everything, _ = expected_inspections(demo_db)
    assert 0 < len(rows) < len(everything), "the filter should pick some inspections, not all"
    export(demo_db, tmp_path / "i.xlsx", filters=FILTERS[name])
    sheet = read_xlsx(tmp_path / "i.xlsx")
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals


def test_date_range_on_the_inspection_date_includes_both_ends(demo_db, tmp_path):
    everything, _ = expected_inspections(demo_db)
    first, last = everything[10][1], everything[20][1]
    filters = RegisterFilters(date_from=first, date_to=last)
    export(demo_db, tmp_path / "d.xlsx", filters=filters)
    got = read_xlsx(tmp_path / "d.xlsx")["rows"]
    assert got == expected_inspections(demo_db, filters)[0]
    assert {r[1] for r in got} >= {first, last} and min(r[1] for r in got) == first and max(r[1] for r in got) == last


@needs_pdftotext
def test_filtered_pdf_matches_the_database(demo_db, tmp_path):
    rows, totals = expected_inspections(demo_db, FILTERS["open"])
    export(demo_db, tmp_path / "i.pdf", "pdf", filters=FILTERS["open"])
    assert_pdf_rows(tmp_path / "i.pdf", "inspections", rows, totals)


def test_filters_and_period_are_printed_under_the_title(demo_db, tmp_path):
    filters = RegisterFilters(street_code="500107002", status=InspectionOutcome.CLOSED_AFTER_RECTIFICATION,
                              legal_nature=LegalNature.FOR_PROFIT, date_from=dt.date(2025, 7, 1),
                              date_to=dt.date(2026, 6, 30))
    export(demo_db, tmp_path / "i.xlsx", filters=filters)
    sheet = read_xlsx(tmp_path / "i.xlsx")
    assert sheet["heading"][0] == "监督检查台账"
    assert sheet["heading"][2] == "统计期间：2025-07-01 至 2026-06-30（按检查日期）"
    assert sheet["heading"][3] == ("筛选条件：街道（乡镇）：谢家湾街道（500107002）；机构性质：营利性（企业）；"
                                   "办理状态：整改后办结；检查日期：2025-07-01 至 2026-06-30")
    assert all(r[14] == "整改后办结" for r in sheet["rows"])


def test_no_personal_data_to_mask(demo_db, tmp_path):
    """Inspectors are officials: the register has nothing to mask, and asking for full data changes nothing."""
    spec = REGISTERS["inspections"]
    assert not spec.masks_personal_data and not any(c.mask for c in spec.columns)
    masked = export(demo_db, tmp_path / "m.xlsx")
    full = export(demo_db, tmp_path / "f.xlsx", masked=False)
    assert masked.masked and not full.masked
    m, f = read_xlsx(tmp_path / "m.xlsx"), read_xlsx(tmp_path / "f.xlsx")
    assert m["rows"] == f["rows"] and m["tail"] == f["tail"]
    assert not any("保留前6位" in line or "完整的个人信息" in line for line in m["tail"] + f["tail"])


@pytest.mark.parametrize("filters, message", [
    (RegisterFilters(status=InstitutionStatus.OPERATING), "不是“监督检查台账”的办理状态"),
    (RegisterFilters(status=RectificationState.OVERDUE), "不是“监督检查台账”的办理状态"),
    (RegisterFilters(street_code="999999999"), "没有代码为“999999999”的街道"),
    (RegisterFilters(date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 1, 1)), "起始日期晚于截止日期"),
])
def test_bad_filters_are_refused_and_no_file_written(demo_db, tmp_path, filters, message):
    with pytest.raises(ValidationError, match=message):
        export(demo_db, tmp_path / "x.xlsx", filters=filters)
    assert list(tmp_path.iterdir()) == []


def test_status_choices_are_the_states_after_recording():
    assert [m.value for m in InspectionOutcome] == [s.value for s in LISTED]
    assert REGISTERS["inspections"].status_enum is InspectionOutcome
    assert list(REGISTERS) == ["nurseries", "filings", "inspections", "rectifications", "fees", "summary",
                              "staff", "bans"]


def test_only_recorded_inspections_are_listed(district, tmp_path):
    """Planned, in-progress and cancelled visits stay out; an escalation decided on the spot shows."""
    clock = Clock(dt.date(2025, 9, 26))
    svc = service(district, clock)
    rectify = record(svc, start(svc, nursery(district, 1), clock.today), {"XF-02": ItemResult.FAIL})
    svc.start(nursery(district, 2), clock.today, InspectionKind.ROUTINE, [InspectingDeptKind.FIRE], ["赵检查"],
              ["fire"], planned=True)
    start(svc, nursery(district, 3), clock.today)
    cancelled = start(svc, nursery(district, 4), clock.today)
    svc.cancel(cancelled.id, cancelled.version, "机构停业")
    serious = record(svc, start(svc, nursery(district, 5), clock.today), {"XF-01": ItemResult.FAIL},
                     overall=OverallResult.UNQUALIFIED, escalation=Escalation.SUSPEND)
    passed = record(svc, start(svc, nursery(district, 6), clock.today, ("food",)), {"SP-01": ItemResult.NA})
    path = tmp_path / "i.xlsx"
    export_register(district.factory, "inspections", "xlsx", path, RegisterFilters(), preparer="x",
                    prepared_on=clock.today)
    rows = read_xlsx(path)["rows"]
    assert [r[2] for r in rows] == ["测试托育园1", "测试托育园5", "测试托育园6"]
    lines = {dto.id: len(dto.items) for dto in (rectify, serious, passed)}
    assert [r[8:12] for r in rows] == [
        (lines[rectify.id], 1, 0, "限期整改"), (lines[serious.id], 1, 0, "不合格"),
        (lines[passed.id] - 1, 0, 0, "合格")]  # 不适用 is not counted as checked
    assert [(r[12], r[14]) for r in rows] == [(None, "限期整改中"), ("停业整顿", "已升级处理"), (None, "已办结（合格）")]
    assert rows[0][13] == rectify.notice_no and rows[1][13] == serious.notice_no and rows[2][13] is None
    assert rows[0][6:8] == ("消防救援", "赵检查、周检查")


def test_the_rectification_ledger_shows_an_escalation_decided_at_the_inspection(district, tmp_path):
    """Before: 停业整顿 decided on the spot showed in the 监督检查台账 only; the 整改台账 left 升级处理
    empty for the same finding, so the two ledgers did not reconcile."""
    clock = Clock(dt.date(2025, 9, 26))
    svc = service(district, clock)
    record(svc, start(svc, nursery(district, 1), clock.today), {"XF-02": ItemResult.FAIL})
    record(svc, start(svc, nursery(district, 5), clock.today), {"XF-01": ItemResult.FAIL},
           overall=OverallResult.UNQUALIFIED, escalation=Escalation.SUSPEND)
    path = tmp_path / "r.xlsx"
    export_register(district.factory, "rectifications", "xlsx", path, RegisterFilters(), preparer="x",
                    prepared_on=clock.today)
    rows = read_xlsx(path)["rows"]
    assert [(r[1], r[-1]) for r in rows] == [("测试托育园1", None), ("测试托育园5", "停业整顿（检查时决定）")]


def test_formula_like_texts_are_written_as_text(risky, tmp_path):  # noqa: F811
    path = tmp_path / "r.xlsx"
    export_register(risky.factory, "inspections", "xlsx", path, RegisterFilters(), preparer="x")
    rows = read_xlsx(path)["rows"]
    assert [(r[2], r[7], r[13]) for r in rows] == [(RISKY["name"], RISKY["inspector"], RISKY["notice"])]
    ws = load_workbook(path).worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value in RISKY.values()]
    assert len(cells) == 3 and {c.data_type for c in cells} == {"s"}
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


@needs_pdftotext
def test_pdf_prints_formula_like_texts_as_they_are(risky, tmp_path):  # noqa: F811
    export_register(risky.factory, "inspections", "pdf", tmp_path / "r.pdf", RegisterFilters(), preparer="x")
    text = squash(pdf_text(tmp_path / "r.pdf"))
    assert all(squash(RISKY[k]) in text for k in ("name", "inspector", "notice"))
