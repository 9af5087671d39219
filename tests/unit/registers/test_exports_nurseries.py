"""托育机构名册: the .xlsx and the .pdf hold the database's rows and totals, with and without filters."""

from __future__ import annotations

import datetime as dt

import pytest
from exports_support import (
    ANY,
    NO_STREET_IDS,
    NOTE,
    TODAY,
    assert_pdf_rows,
    demo_db_fixture,  # noqa: F401  (the demo_db fixture)
    expected_nurseries,
    needs_pdftotext,
    pdf_text,
    read_xlsx,
    squash,
)

from workstation.domain.enums import InstitutionStatus, LegalNature
from workstation.domain.errors import ValidationError
from workstation.exports import RegisterFilters, export_register

FILTERS = {
    "street": RegisterFilters(street_code="500107002"),
    "status": RegisterFilters(status=InstitutionStatus.OPERATING),
    "nature_inclusive": RegisterFilters(legal_nature=LegalNature.SOCIAL_SERVICE, inclusive=True),
    "not_inclusive": RegisterFilters(inclusive=False, street_code="500107001"),
    "filed_in_2025": RegisterFilters(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31)),
    "filed_since": RegisterFilters(date_from=dt.date(2026, 1, 1)),
}


def export(db, path, fmt="xlsx", filters=ANY, **kwargs):
    return export_register(db.factory, "nurseries", fmt, path, filters, preparer="测试员", prepared_on=TODAY,
                           **kwargs)


def test_xlsx_holds_every_nursery_and_the_totals(demo_db, tmp_path):
    rows, totals = expected_nurseries(demo_db)
    result = export(demo_db, tmp_path / "n.xlsx")
    sheet = read_xlsx(tmp_path / "n.xlsx")
    assert result.rows == len(rows) == 300
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals
    # Nurseries without a street come last, the multi-line note survives.
    assert [r[1] for r in sheet["rows"][-3:]] == [None] * 3
    assert NOTE in [r[-1] for r in sheet["rows"]]
    assert len(NO_STREET_IDS) == 3


@needs_pdftotext
def test_pdf_holds_the_same_rows_and_totals(demo_db, tmp_path):
    rows, totals = expected_nurseries(demo_db)
    export(demo_db, tmp_path / "n.pdf", "pdf")
    assert_pdf_rows(tmp_path / "n.pdf", "nurseries", rows, totals)


@pytest.mark.parametrize("name", FILTERS)
def test_filtered_xlsx_matches_the_database(demo_db, tmp_path, name):
    rows, totals = expected_nurseries(demo_db, FILTERS[name])
    assert 0 < len(rows) < 300, "the filter should pick some nurseries, not all"
    export(demo_db, tmp_path / "f.xlsx", filters=FILTERS[name])
    sheet = read_xlsx(tmp_path / "f.xlsx")
    assert sheet["rows"] == rows
    assert sheet["totals"] == totals


@needs_pdftotext
@pytest.mark.parametrize("name", ["street", "filed_in_2025"])
def test_filtered_pdf_matches_the_database(demo_db, tmp_path, name):
    rows, totals = expected_nurseries(demo_db, FILTERS[name])
    export(demo_db, tmp_path / "f.pdf", "pdf", filters=FILTERS[name])
    assert_pdf_rows(tmp_path / "f.pdf", "nurseries", rows, totals)


def test_filters_period_and_frame_are_printed_under_the_title(demo_db, tmp_path):
    filters = RegisterFilters(street_code="500107002", status=InstitutionStatus.FILED, inclusive=True,
                              legal_nature=LegalNature.FOR_PROFIT, date_from=dt.date(2024, 1, 1))
    export(demo_db, tmp_path / "f.xlsx", filters=filters, reviewer="李审核", unit="九龙坡区卫生健康委")
    heading = read_xlsx(tmp_path / "f.xlsx")["heading"]
    assert heading[0] == "托育机构名册"
    assert heading[1] == "填报单位：九龙坡区卫生健康委"
    assert heading[2] == "统计期间：2024-01-01 至 2026-06-30（按备案日期）"
    assert heading[3] == ("筛选条件：街道（乡镇）：谢家湾街道（500107002）；机构性质：营利性（企业）；"
                          "备案状态：已备案；是否普惠：是；备案日期：2024-01-01 至 不限")


def test_unfiltered_register_is_as_of_the_preparation_date_with_signatures(demo_db, tmp_path):
    export(demo_db, tmp_path / "a.xlsx", reviewer="李审核")
    sheet = read_xlsx(tmp_path / "a.xlsx")
    assert sheet["heading"][1] == "填报单位：九龙坡区卫生健康委员会"  # the district's health commission
    assert sheet["heading"][2:4] == ["数据截至：2026-06-30", "筛选条件：无（全部）"]
    assert sheet["tail"][0] == "说明："
    assert any("保留前6位和后4位" in line for line in sheet["tail"])
    assert sheet["tail"][-1].split() == ["制表人：测试员", "审核人：李审核", "制表日期：2026-06-30"]


@needs_pdftotext
def test_pdf_prints_the_same_frame(demo_db, tmp_path):
    filters = RegisterFilters(street_code="500107001")
    export(demo_db, tmp_path / "a.pdf", "pdf", filters=filters, reviewer="李审核")
    export(demo_db, tmp_path / "a.xlsx", filters=filters, reviewer="李审核")
    text = squash(pdf_text(tmp_path / "a.pdf"))
    sheet = read_xlsx(tmp_path / "a.xlsx")
    for line in [*sheet["heading"], *sheet["tail"]]:
        assert squash(line) in text, line


def test_empty_result_still_gives_a_register_with_zero_totals(demo_db, tmp_path):
    filters = RegisterFilters(date_from=dt.date(2030, 1, 1))
    result = export(demo_db, tmp_path / "e.xlsx", filters=filters)
    sheet = read_xlsx(tmp_path / "e.xlsx")
    assert result.rows == 0
    assert sheet["rows"] == []
    assert sheet["totals"][1:3] == ("合计", "共 0 家")
    assert sheet["totals"][17:24] == (0,) * 7


@pytest.mark.parametrize("filters, message", [
    (RegisterFilters(street_code="999999999"), "没有代码为“999999999”的街道"),
    (RegisterFilters(date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 1, 1)), "起始日期晚于截止日期"),
    (RegisterFilters(status=LegalNature.OTHER), "不是“托育机构名册”的备案状态"),
])
def test_bad_filters_are_refused_and_no_file_written(demo_db, tmp_path, filters, message):
    with pytest.raises(ValidationError, match=message):
        export(demo_db, tmp_path / "x.xlsx", filters=filters)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("register, fmt, message", [
    ("teachers", "xlsx", "没有名为“teachers”的名册报表"),
    ("nurseries", "docx", "不支持的导出格式"),
])
def test_unknown_register_or_format_is_refused(demo_db, tmp_path, register, fmt, message):
    with pytest.raises(ValidationError, match=message):
        export_register(demo_db.factory, register, fmt, tmp_path / "x", RegisterFilters(), preparer="x")
