"""托育服务统计汇总表: per-street figures in both formats, checked against the database."""

from __future__ import annotations

import pytest
from exports_support import (
    ANY,
    TODAY,
    assert_pdf_rows,
    demo_db_fixture,  # noqa: F401  (the demo_db fixture)
    needs_pdftotext,
    nurseries_matching,
    read_xlsx,
)
from sqlalchemy import select

from workstation.db.orm import Street
from workstation.domain.enums import InstitutionStatus as S
from workstation.domain.enums import LegalNature
from workstation.domain.errors import ValidationError
from workstation.exports import RegisterFilters, export_register

FILED = {S.FILED, S.OPERATING, S.UNDER_NOTICE, S.CHANGING, S.SUSPENDED, S.CANCELLING}
# Counted nurseries by filing status (adding up to 机构总数), then those not counted.
BUCKETS = [{S.REGISTERED}, {S.FILING}, FILED, {S.INTAKE}, {S.CANCELLED, S.CLOSED_UNFILED}]
NOT_COUNTED = {S.INTAKE, S.CANCELLED, S.CLOSED_UNFILED}


def figures(nurseries: list, name: str, population: int | None, target: float) -> tuple:
    counted = [n for n in nurseries if n.status not in NOT_COUNTED]
    places = sum(n.places_total for n in counted)
    ratio = round(places * 1000 / population, 2) if population else None
    return (
        name, population, len(counted),
        *(sum(1 for n in counted if n.legal_nature is nature) for nature in LegalNature),
        *(sum(1 for n in nurseries if n.status in bucket) for bucket in BUCKETS),
        places, sum(n.places_inclusive for n in counted), sum(c.enrolled for n in counted for c in n.classes),
        ratio, None if ratio is None else ("达标" if ratio >= target else "未达标"),
    )


def expected_summary(db, f: RegisterFilters = ANY, target: float = 4.5) -> tuple[list, tuple]:
    chosen = nurseries_matching(db, f)
    with db.factory() as session:
        streets = session.scalars(select(Street).order_by(Street.code)).all()
    rows = [figures([n for n, s, _o in chosen if s is not None and s.id == street.id], street.name,
                    street.resident_population, target)
            for street in streets if f.street_code in (None, street.code)]
    unassigned = [n for n, s, _o in chosen if s is None]
    if unassigned and f.street_code is None:
        rows.append(figures(unassigned, "（未划分街道）", None, target))
    numbered = [(i, *row) for i, row in enumerate(rows, start=1)]
    sums = [sum(r[i] for r in rows) for i in range(2, 16)]  # nurseries … enrolled
    population = None if any(r[1] is None for r in rows) else sum(r[1] for r in rows)
    ratio = round(sums[11] * 1000 / population, 2) if population else None  # sums[11]: places
    reached = None if ratio is None else ("达标" if ratio >= target else "未达标")
    return numbered, (None, "合计", population, *sums, ratio, reached)


def export(db, path, fmt="xlsx", filters=ANY, **kwargs):
    return export_register(db.factory, "summary", fmt, path, filters, preparer="测试员", prepared_on=TODAY,
                           **kwargs)


def test_xlsx_sums_every_street_and_the_district(demo_db, tmp_path):
    rows, totals = expected_summary(demo_db)
    export(demo_db, tmp_path / "s.xlsx")
    sheet = read_xlsx(tmp_path / "s.xlsx")
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals
    assert rows[-1][1] == "（未划分街道）"
    intake, closed = totals[-7], totals[-6]  # the two columns not counted in 机构总数
    assert totals[3] + intake + closed == 300 and intake and closed  # every nursery once
    assert sum(totals[-10:-7]) == totals[3]  # the counted status buckets add up to 机构总数
    assert totals[2] is None and totals[-2:] == (None, None)  # the unassigned row has no population
    assert sheet["heading"][4] == "国家目标：每千人口拥有3岁以下婴幼儿托位数 4.5 个"


@needs_pdftotext
def test_pdf_holds_the_same_rows_and_totals(demo_db, tmp_path):
    rows, totals = expected_summary(demo_db)
    export(demo_db, tmp_path / "s.pdf", "pdf")
    assert_pdf_rows(tmp_path / "s.pdf", "summary", rows, totals)


@pytest.mark.parametrize("filters", [
    RegisterFilters(street_code="500107003"),
    RegisterFilters(legal_nature=LegalNature.FOR_PROFIT, inclusive=False),
    RegisterFilters(status=S.OPERATING),
], ids=["street", "nature-inclusive", "status"])
def test_filtered_summary_matches_the_database(demo_db, tmp_path, filters):
    rows, totals = expected_summary(demo_db, filters)
    export(demo_db, tmp_path / "s.xlsx", filters=filters)
    sheet = read_xlsx(tmp_path / "s.xlsx")
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals


@needs_pdftotext
def test_filtered_pdf_summary_with_its_total_ratio(demo_db, tmp_path):
    filters = RegisterFilters(street_code="500107003")
    rows, totals = expected_summary(demo_db, filters, target=20)
    assert totals[-2] is not None and totals[-1] == "未达标"
    export(demo_db, tmp_path / "s.pdf", "pdf", filters=filters, target_per_thousand=20)
    assert_pdf_rows(tmp_path / "s.pdf", "summary", rows, totals)


def test_the_target_is_a_parameter(demo_db, tmp_path):
    low, _ = expected_summary(demo_db, target=4.5)
    high, _ = expected_summary(demo_db, target=15)
    export(demo_db, tmp_path / "s.xlsx", target_per_thousand=15)
    sheet = read_xlsx(tmp_path / "s.xlsx")
    assert sheet["rows"] == high != low
    assert {r[-1] for r in sheet["rows"][:-1]} == {"达标", "未达标"}
    assert sheet["heading"][4] == "国家目标：每千人口拥有3岁以下婴幼儿托位数 15 个"


def test_street_without_nurseries_is_listed_with_zeros(demo_db, tmp_path):
    filters = RegisterFilters(street_code="500107001", legal_nature=LegalNature.OTHER)
    export(demo_db, tmp_path / "s.xlsx", filters=filters)
    row = read_xlsx(tmp_path / "s.xlsx")["rows"][0]
    assert row[1] == "杨家坪街道" and row[3:17] == (0,) * 14 and row[-2:] == (0.0, "未达标")


def test_date_range_is_refused(demo_db, tmp_path):
    import datetime as dt

    with pytest.raises(ValidationError, match="不能按日期范围筛选"):
        export(demo_db, tmp_path / "s.xlsx", filters=RegisterFilters(date_from=dt.date(2025, 1, 1)))
    assert not (tmp_path / "s.xlsx").exists()
