"""整改台账: the .xlsx and the .pdf hold every finding of the database, its state as on the preparation date."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from exports_inspection_support import (
    RISKY,
    by_nursery,
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

from workstation.db.orm import Nursery
from workstation.db.orm.inspections import Finding, Inspection
from workstation.db.repositories.findings import in_state
from workstation.domain.enums import LegalNature
from workstation.domain.errors import ValidationError
from workstation.domain.inspections import Escalation, ItemResult, RectificationState, effective_state
from workstation.exports import RegisterFilters, export_register
from workstation.exports.registers import REGISTERS
from workstation.exports.registers.inspections import InspectionOutcome

RS = RectificationState
FILTERS = {
    "street": RegisterFilters(street_code="500107001"),
    "overdue": RegisterFilters(status=RS.OVERDUE),
    "issued": RegisterFilters(status=RS.ISSUED),
    "closed": RegisterFilters(status=RS.CLOSED),
    "nature_inclusive": RegisterFilters(legal_nature=LegalNature.FOR_PROFIT, inclusive=False),
    "inspected_2026": RegisterFilters(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 6, 30)),
}


def state_on(f: Finding, day: dt.date) -> RectificationState:
    """Written out here, not taken from the code under test: issued and past its deadline is overdue."""
    return RS.OVERDUE if f.state is RS.ISSUED and f.deadline < day else f.state


def expected_findings(db, f: RegisterFilters = ANY, day: dt.date = TODAY) -> tuple[list, tuple]:
    """(numbered rows, totals row) from the ORM: findings by inspection date, inspection, finding."""
    with db.factory() as session:
        nurseries, streets = nurseries_and_streets(session)
        inspections = {i.id: i for i in session.scalars(select(Inspection))}
        chosen = []
        for finding in session.scalars(select(Finding)):
            n, inspection = nurseries[finding.nursery_id], inspections[finding.inspection_id]
            if (by_nursery(n, streets.get(n.street_id), f) and in_range(inspection.inspected_on, f)
                    and (f.status is None or state_on(finding, day) is f.status)):
                chosen.append((inspection, finding))
        chosen.sort(key=lambda t: (t[0].inspected_on, t[0].id, t[1].id))
        rows = []
        for number, (inspection, x) in enumerate(chosen, start=1):
            n = nurseries[x.nursery_id]
            street = streets.get(n.street_id)
            rows.append((number, n.name, n.uscc or None, street.name if street else None, inspection.inspected_on,
                         x.department.zh, x.text, x.result.zh, x.basis or None, x.notice_no or None, x.deadline,
                         x.reissue_count, state_on(x, day).zh, x.reported_on, x.closed_on,
                         x.escalation.zh if x.escalation else None))
    totals: list = [None] * len(REGISTERS["rectifications"].all_columns)
    totals[1], totals[2] = "合计", f"共 {len(rows)} 项"
    totals[11] = sum(r[11] for r in rows)
    totals[12] = "；".join(f"{s.zh} {sum(1 for r in rows if r[12] == s.zh)} 项" for s in RS)
    return rows, tuple(totals)


def export(db, path, fmt="xlsx", filters=ANY, day=TODAY, **kwargs):
    return export_register(db.factory, "rectifications", fmt, path, filters, preparer="测试员", prepared_on=day,
                           **kwargs)


def test_xlsx_holds_every_finding_with_its_state(demo_db, tmp_path):
    rows, totals = expected_findings(demo_db)
    result = export(demo_db, tmp_path / "r.xlsx")
    sheet = read_xlsx(tmp_path / "r.xlsx")
    assert result.rows == len(rows) > 100
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals
    states = [r[12] for r in rows]
    assert set(states) == {s.zh for s in RS}  # the demo has every state, overdue computed among them
    assert all(r[9] and r[10] for r in rows)  # a notice number and a deadline each
    assert any(r[11] for r in rows) and any(r[15] for r in rows)  # reissued and escalated findings
    assert [r[4] for r in rows] == sorted(r[4] for r in rows)


def test_overdue_is_computed_for_a_past_deadline(demo_db, tmp_path):
    """Findings the demo left 已下达整改 past their deadline show 逾期未整改 on the preparation date."""
    with demo_db.factory() as session:
        names = dict(session.execute(select(Nursery.id, Nursery.name)).all())
        issued = [(names[f.nursery_id], f.text, f.deadline)
                  for f in session.scalars(select(Finding).where(Finding.state == RS.ISSUED))]
    late, in_time = [k for k in issued if k[2] < TODAY], [k for k in issued if k[2] >= TODAY]
    assert late and in_time
    export(demo_db, tmp_path / "r.xlsx")
    shown = {(r[1], r[6], r[10]): r[12] for r in read_xlsx(tmp_path / "r.xlsx")["rows"]}
    assert {shown[k] for k in late} == {"逾期未整改"}
    assert {shown[k] for k in in_time} == {"已下达整改"}


def test_the_state_is_the_one_on_the_preparation_date(district, tmp_path):
    """Fire, 15 working days from Friday 26 September 2025: due Thursday 23 October (see the queue tests)."""
    clock = Clock(dt.date(2025, 9, 26))
    svc = service(district, clock)
    record(svc, start(svc, nursery(district), clock.today), {"XF-02": ItemResult.FAIL})
    for day, state in ((dt.date(2025, 10, 23), "已下达整改"), (dt.date(2025, 10, 24), "逾期未整改")):
        path = tmp_path / f"{day}.xlsx"
        export(district, path, day=day)
        (row,) = read_xlsx(path)["rows"]
        assert (row[10], row[12]) == (dt.date(2025, 10, 23), state)
        for status in (RS.ISSUED, RS.OVERDUE):
            path = tmp_path / f"{day}-{status.value}.xlsx"
            export(district, path, filters=RegisterFilters(status=status), day=day)
            assert len(read_xlsx(path)["rows"]) == (1 if status.zh == state else 0), (day, status)


def test_overdue_then_escalated_finding(district, tmp_path):
    clock = Clock(dt.date(2025, 9, 26))
    svc = service(district, clock)
    inspection = record(svc, start(svc, nursery(district), clock.today), {"XF-02": ItemResult.FAIL})
    clock.today = dt.date(2025, 11, 3)
    svc.escalate(inspection.findings[0].id, Escalation.NOTICE, "逾期未整改")
    path = tmp_path / "r.xlsx"
    export(district, path, day=clock.today)
    (row,) = read_xlsx(path)["rows"]
    assert (row[12], row[15], row[14]) == ("已升级处理", "通报", None)
    export_register(district.factory, "inspections", "xlsx", tmp_path / "i.xlsx", RegisterFilters(), preparer="x")
    (visit,) = read_xlsx(tmp_path / "i.xlsx")["rows"]
    # the inspection shows its finding's escalation, and so does its state (before: 整改后办结)
    assert (visit[12], visit[14]) == ("通报", "已升级处理")


def test_sql_state_agrees_with_the_domain_rule(demo_db):
    """db/repositories/findings.in_state selects exactly the findings effective_state puts in each state."""
    with demo_db.factory() as session:
        findings = session.scalars(select(Finding)).all()
        deadlines = sorted({f.deadline for f in findings})
        for day in (deadlines[0], deadlines[len(deadlines) // 2], deadlines[len(deadlines) // 2] + dt.timedelta(1),
                    TODAY):
            for state in RS:
                chosen = set(session.scalars(select(Finding.id).where(in_state(state, day))))
                assert chosen == {f.id for f in findings if effective_state(f.state, f.deadline, day) is state}


@needs_pdftotext
def test_pdf_holds_the_same_rows_and_totals(demo_db, tmp_path):
    rows, totals = expected_findings(demo_db)
    export(demo_db, tmp_path / "r.pdf", "pdf")
    assert_pdf_rows(tmp_path / "r.pdf", "rectifications", rows, totals)


@pytest.mark.parametrize("name", FILTERS)
def test_filtered_xlsx_matches_the_database(demo_db, tmp_path, name):
    rows, totals = expected_findings(demo_db, FILTERS[name])
    everything, _ = expected_findings(demo_db)
    assert 0 < len(rows) < len(everything), "the filter should pick some findings, not all"
    export(demo_db, tmp_path / "r.xlsx", filters=FILTERS[name])
    sheet = read_xlsx(tmp_path / "r.xlsx")
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals


def test_date_range_on_the_inspection_date_includes_both_ends(demo_db, tmp_path):
    everything, _ = expected_findings(demo_db)
    first, last = everything[10][4], everything[30][4]
    filters = RegisterFilters(date_from=first, date_to=last)
    export(demo_db, tmp_path / "d.xlsx", filters=filters)
    got = read_xlsx(tmp_path / "d.xlsx")["rows"]
    assert got == expected_findings(demo_db, filters)[0]
    assert min(r[4] for r in got) == first and max(r[4] for r in got) == last


@needs_pdftotext
def test_filtered_pdf_matches_the_database(demo_db, tmp_path):
    rows, totals = expected_findings(demo_db, FILTERS["overdue"])
    export(demo_db, tmp_path / "r.pdf", "pdf", filters=FILTERS["overdue"])
    assert_pdf_rows(tmp_path / "r.pdf", "rectifications", rows, totals)


def test_filters_and_period_are_printed_under_the_title(demo_db, tmp_path):
    filters = RegisterFilters(street_code="500107001", status=RS.OVERDUE, inclusive=False,
                              date_from=dt.date(2025, 7, 1))
    export(demo_db, tmp_path / "r.xlsx", filters=filters)
    sheet = read_xlsx(tmp_path / "r.xlsx")
    assert sheet["heading"][0] == "整改台账"
    assert sheet["heading"][2] == "统计期间：2025-07-01 至 2026-06-30（按检查日期）"
    assert sheet["heading"][3] == ("筛选条件：街道（乡镇）：杨家坪街道（500107001）；整改状态：逾期未整改；"
                                   "是否普惠：否；检查日期：2025-07-01 至 不限")
    assert sheet["rows"] and {r[12] for r in sheet["rows"]} == {"逾期未整改"}


def test_no_personal_data_to_mask(demo_db, tmp_path):
    assert not REGISTERS["rectifications"].masks_personal_data
    export(demo_db, tmp_path / "m.xlsx")
    export(demo_db, tmp_path / "f.xlsx", masked=False)
    m, f = read_xlsx(tmp_path / "m.xlsx"), read_xlsx(tmp_path / "f.xlsx")
    assert m["rows"] == f["rows"] and m["tail"] == f["tail"]
    assert not any("保留前6位" in line or "完整的个人信息" in line for line in m["tail"])


@pytest.mark.parametrize("filters, message", [
    (RegisterFilters(status=InspectionOutcome.CLOSED_QUALIFIED), "不是“整改台账”的整改状态"),
    (RegisterFilters(street_code="999999999"), "没有代码为“999999999”的街道"),
    (RegisterFilters(date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 1, 1)), "起始日期晚于截止日期"),
])
def test_bad_filters_are_refused_and_no_file_written(demo_db, tmp_path, filters, message):
    with pytest.raises(ValidationError, match=message):
        export(demo_db, tmp_path / "x.xlsx", filters=filters)
    assert list(tmp_path.iterdir()) == []


def test_formula_like_texts_are_written_as_text(risky, tmp_path):  # noqa: F811
    path = tmp_path / "r.xlsx"
    export_register(risky.factory, "rectifications", "xlsx", path, RegisterFilters(), preparer="x")
    rows = read_xlsx(path)["rows"]
    assert [(r[1], r[6], r[8], r[9]) for r in rows] == [(RISKY["name"], RISKY["text"], RISKY["basis"],
                                                          RISKY["notice"])]
    ws = load_workbook(path).worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value in RISKY.values()]
    assert len(cells) == 4 and {c.data_type for c in cells} == {"s"}
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


@needs_pdftotext
def test_pdf_prints_formula_like_texts_as_they_are(risky, tmp_path):  # noqa: F811
    export_register(risky.factory, "rectifications", "pdf", tmp_path / "r.pdf", RegisterFilters(), preparer="x")
    text = squash(pdf_text(tmp_path / "r.pdf"))
    assert all(squash(RISKY[k]) in text for k in ("name", "text", "basis", "notice"))
