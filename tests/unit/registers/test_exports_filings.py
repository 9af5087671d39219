"""备案登记簿: the .xlsx and the .pdf hold the decided filings of the database, with and without filters."""

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

from workstation.db.orm import Nursery, Street
from workstation.db.orm.filing import FilingApplication, FilingEvent
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.errors import ValidationError
from workstation.domain.filing import DECIDED_STATES, FilingAction, FilingEventKind, FilingKind, FilingState
from workstation.exports import RegisterFilters, export_register
from workstation.exports.registers import REGISTERS
from workstation.exports.registers.filings import FilingOutcome

FILTERS = {
    "street": RegisterFilters(street_code="500107002"),
    "verified": RegisterFilters(status=FilingOutcome.VERIFIED),
    "nature_inclusive": RegisterFilters(legal_nature=LegalNature.SOCIAL_SERVICE, inclusive=True),
    "receipts_2025": RegisterFilters(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31)),
    "receipts_since": RegisterFilters(date_from=dt.date(2026, 1, 1)),
}


def local_day(moment: dt.datetime | None) -> dt.date | None:
    return moment.replace(tzinfo=dt.UTC).astimezone().date() if moment else None


def _matches(app: FilingApplication, n: Nursery, street: Street | None, f: RegisterFilters) -> bool:
    checks = (
        f.street_code is None or (street is not None and street.code == f.street_code),
        f.legal_nature is None or n.legal_nature == f.legal_nature,
        f.inclusive is None or n.inclusive == f.inclusive,
        f.status is None or app.state.value == f.status.value,
        f.date_from is None or app.accepted_on >= f.date_from,
        f.date_to is None or app.accepted_on <= f.date_to,
    )
    return all(checks)


def expected_filings(db, f: RegisterFilters = ANY) -> tuple[list, tuple]:
    """(numbered rows, totals row) from the ORM: decided applications in receipt order."""
    with db.factory() as session:
        nurseries = {n.id: n for n in session.scalars(select(Nursery))}
        streets = {s.id: s for s in session.scalars(select(Street))}
        handlers: dict[int, str] = {}
        accepts = select(FilingEvent).where(FilingEvent.action == FilingAction.ACCEPT).order_by(FilingEvent.id)
        for event in session.scalars(accepts):
            handlers[event.application_id] = event.actor_name or event.actor
        apps = [a for a in session.scalars(select(FilingApplication)) if a.state in DECIDED_STATES]
        apps = [a for a in apps if _matches(a, nurseries[a.nursery_id], streets.get(nurseries[a.nursery_id].street_id), f)]
        apps.sort(key=lambda a: (a.accepted_on, a.receipt_no, a.id))
        rows = []
        for number, a in enumerate(apps, start=1):
            n = nurseries[a.nursery_id]
            street = streets.get(n.street_id)
            rows.append((number, a.receipt_no, n.name, n.uscc or None, street.name if street else None, a.kind.zh,
                         a.submitted_on, a.accepted_on, local_day(a.verified_at or a.notified_at), a.state.zh,
                         a.national_filing_no or None, handlers.get(a.id)))
    totals: list = [None] * len(REGISTERS["filings"].all_columns)
    totals[1], totals[2] = "合计", f"共 {len(rows)} 件"
    totals[5] = "；".join(f"{k.zh} {sum(1 for r in rows if r[5] == k.zh)} 件" for k in FilingKind)
    states = (FilingState.ACCEPTED, FilingState.VERIFIED, FilingState.NOTIFIED)
    totals[9] = "；".join(f"{s.zh} {sum(1 for r in rows if r[9] == s.zh)} 件" for s in states)
    return rows, tuple(totals)


def export(db, path, fmt="xlsx", filters=ANY, **kwargs):
    return export_register(db.factory, "filings", fmt, path, filters, preparer="测试员", prepared_on=TODAY,
                           **kwargs)


def test_xlsx_holds_every_decided_filing_and_counts_by_kind(demo_db, tmp_path):
    rows, totals = expected_filings(demo_db)
    result = export(demo_db, tmp_path / "f.xlsx")
    sheet = read_xlsx(tmp_path / "f.xlsx")
    assert result.rows == len(rows)
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals
    # The demo has every kind and every decided state, and no open application slipped in.
    assert {r[5] for r in rows} == {k.zh for k in FilingKind}
    assert {r[9] for r in rows} == {s.zh for s in DECIDED_STATES}
    assert all(r[1] and r[7] for r in rows)  # a receipt number and a receipt date each
    assert [r[7] for r in rows] == sorted(r[7] for r in rows)


@needs_pdftotext
def test_pdf_holds_the_same_rows_and_totals(demo_db, tmp_path):
    rows, totals = expected_filings(demo_db)
    export(demo_db, tmp_path / "f.pdf", "pdf")
    assert_pdf_rows(tmp_path / "f.pdf", "filings", rows, totals)


@pytest.mark.parametrize("name", FILTERS)
def test_filtered_xlsx_matches_the_database(demo_db, tmp_path, name):
    rows, totals = expected_filings(demo_db, FILTERS[name])
    everything, _ = expected_filings(demo_db)
    assert 0 < len(rows) < len(everything), "the filter should pick some filings, not all"
    export(demo_db, tmp_path / "f.xlsx", filters=FILTERS[name])
    sheet = read_xlsx(tmp_path / "f.xlsx")
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals


def test_date_range_on_the_receipt_date_includes_both_ends(demo_db, tmp_path):
    everything, _ = expected_filings(demo_db)
    day = everything[len(everything) // 2][7]
    rows, _totals = expected_filings(demo_db, RegisterFilters(date_from=day, date_to=day))
    export(demo_db, tmp_path / "d.xlsx", filters=RegisterFilters(date_from=day, date_to=day))
    got = read_xlsx(tmp_path / "d.xlsx")["rows"]
    assert got == rows and {r[7] for r in got} == {day}


@needs_pdftotext
def test_filtered_pdf_matches_the_database(demo_db, tmp_path):
    rows, totals = expected_filings(demo_db, FILTERS["receipts_2025"])
    export(demo_db, tmp_path / "f.pdf", "pdf", filters=FILTERS["receipts_2025"])
    assert_pdf_rows(tmp_path / "f.pdf", "filings", rows, totals)


def test_filters_and_period_are_printed_under_the_title(demo_db, tmp_path):
    filters = RegisterFilters(street_code="500107002", status=FilingOutcome.VERIFIED, inclusive=True,
                              legal_nature=LegalNature.FOR_PROFIT, date_from=dt.date(2024, 1, 1))
    export(demo_db, tmp_path / "f.xlsx", filters=filters)
    sheet = read_xlsx(tmp_path / "f.xlsx")
    assert sheet["heading"][0] == "备案登记簿"
    assert sheet["heading"][2] == "统计期间：2024-01-01 至 2026-06-30（按回执日期）"
    assert sheet["heading"][3] == ("筛选条件：街道（乡镇）：谢家湾街道（500107002）；机构性质：营利性（企业）；"
                                   "办理状态：已核实；是否普惠：是；回执日期：2024-01-01 至 不限")
    # No personal data in this register: no masking note, handler names as they are.
    assert not REGISTERS["filings"].masks_personal_data
    assert not any("保留前6位" in line for line in sheet["tail"])


@pytest.mark.parametrize("filters, message", [
    (RegisterFilters(status=InstitutionStatus.OPERATING), "不是“备案登记簿”的办理状态"),
    (RegisterFilters(street_code="999999999"), "没有代码为“999999999”的街道"),
    (RegisterFilters(date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 1, 1)), "起始日期晚于截止日期"),
])
def test_bad_filters_are_refused_and_no_file_written(demo_db, tmp_path, filters, message):
    with pytest.raises(ValidationError, match=message):
        export(demo_db, tmp_path / "x.xlsx", filters=filters)
    assert list(tmp_path.iterdir()) == []


def test_status_choices_are_the_decided_states():
    assert [m.value for m in FilingOutcome] == [s.value for s in FilingState if s in DECIDED_STATES]
    assert REGISTERS["filings"].status_enum is FilingOutcome


RISKY = {"name": "=1+1", "national": "+86-1", "handler": "@审核"}


@pytest.fixture
def risky(district):
    """One verified filing whose typed texts look like formulas."""
    with district.factory.begin() as session:
        nursery = Nursery(name=RISKY["name"], legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                          status=InstitutionStatus.OPERATING)
        session.add(nursery)
        session.flush()
        app = FilingApplication(nursery_id=nursery.id, kind=FilingKind.INITIAL, state=FilingState.VERIFIED,
                                receipt_no="500107-2026-0001", submitted_on=dt.date(2026, 3, 2),
                                accepted_on=dt.date(2026, 3, 4), national_filing_no=RISKY["national"])
        session.add(app)
        session.flush()
        session.add(FilingEvent(application_id=app.id, nursery_id=nursery.id, kind=FilingEventKind.ACTION,
                                action=FilingAction.ACCEPT, actor="clerk", actor_name=RISKY["handler"]))
    return district


def test_formula_like_texts_are_written_as_text(risky, tmp_path):
    path = tmp_path / "r.xlsx"
    export_register(risky.factory, "filings", "xlsx", path, RegisterFilters(), preparer="x")
    rows = read_xlsx(path)["rows"]
    assert [(r[2], r[10], r[11]) for r in rows] == [(RISKY["name"], RISKY["national"], RISKY["handler"])]
    ws = load_workbook(path).worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if c.value in RISKY.values()]
    assert len(cells) == 3 and {c.data_type for c in cells} == {"s"}
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


@needs_pdftotext
def test_pdf_prints_formula_like_texts_as_they_are(risky, tmp_path):
    export_register(risky.factory, "filings", "pdf", tmp_path / "r.pdf", RegisterFilters(), preparer="x")
    text = squash(pdf_text(tmp_path / "r.pdf"))
    assert all(squash(value) in text for value in RISKY.values())
