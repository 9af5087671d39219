"""Property tests: arbitrary rows and files never raise anything but the typed validation errors."""

from __future__ import annotations

import csv
import datetime as dt
import itertools

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from workstation.domain.codes import make_uscc
from workstation.domain.enums import LegalNature
from workstation.domain.errors import ValidationError
from workstation.domain.routing import route_for
from workstation.services.imports import RegistrationImporter, UnusableFileError, read_table, save_rejected
from workstation.services.imports.columns import FIELD_HEADERS
from workstation.services.imports.reader import SheetRow
from workstation.services.imports.rows import Candidate, RowContext, validate_row

TODAY = dt.date(2026, 11, 23)
FIELDS = list(FIELD_HEADERS)
HEADER = [FIELD_HEADERS[f][0] for f in FIELDS]
CTX = RowContext(TODAY, "500107", {n: route_for(n) for n in LegalNature}, {}, (("杨家坪街道", 1),))
DB_SETTINGS = settings(max_examples=40, deadline=None,
                       suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Text that looks like the real thing now and then: codes, dates, natures, organs.
plausible = st.sampled_from([
    make_uscc("91", "500107", "MA0000001"), make_uscc("52", "500107", "MA0000002"), "121101054000000188",
    "91110105MA01ABCD5X", "2024年3月5日", "20240305", "2099-01-01", "事业单位", "民非", "个体工商户",
    "区委编办", "市场监督管理局", "=1+1", "@cmd", "+1", "-1", "", "  ", "家庭托育点", "杨家坪街道1号",
])
any_cell = st.one_of(
    st.none(), st.text(max_size=40), plausible, st.integers(), st.floats(), st.booleans(),
    st.dates(), st.datetimes(), st.times(), st.timedeltas(),
)
clean_text = st.one_of(plausible, st.text(max_size=30)).map(lambda s: ILLEGAL_CHARACTERS_RE.sub("", s))


@settings(max_examples=500, deadline=None)
@given(cells=st.lists(any_cell, max_size=len(FIELDS) + 2), order=st.permutations(range(len(FIELDS))))
def test_validate_row_returns_a_candidate_or_a_validation_error(cells, order):
    columns = dict(zip(FIELDS, order, strict=True))
    try:
        result = validate_row(SheetRow(5, tuple(cells)), columns, CTX)
    except ValidationError as exc:
        assert exc.message
    else:
        assert isinstance(result, Candidate) and result.name and len(result.uscc) == 18


@DB_SETTINGS
@given(rows=st.lists(st.lists(clean_text, min_size=len(HEADER), max_size=len(HEADER)), max_size=12))
def test_arbitrary_csv_rows(district, actor, tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("prop")
    path = folder / "p.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    importer = RegistrationImporter(district.factory, actor, today=lambda: TODAY)
    try:
        dry = importer.dry_run(path)
        done = importer.commit(path, accept_valid=True)
    except UnusableFileError as exc:
        assert "没有数据行" in exc.message or "表头" in exc.message
        return
    assert [r.row_number for r in dry.rows] == [r.row_number for r in done.rows]
    assert done.committed and done.accepted + done.updated + done.rejected == len(done.rows)
    out = save_rejected(done, path, folder / "r.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


@DB_SETTINGS
@given(rows=st.lists(st.lists(st.one_of(st.none(), clean_text, st.integers(-10**15, 10**15),
                                        st.floats(allow_nan=False, allow_infinity=False),
                                        st.dates(min_value=dt.date(1900, 3, 1)), st.booleans()),
                              max_size=len(HEADER) + 1), min_size=1, max_size=8))
def test_arbitrary_xlsx_rows(district, actor, tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("prop") / "p.xlsx"
    book = openpyxl.Workbook()
    for values in [HEADER, *rows]:
        book.active.append(values)
    book.save(path)
    importer = RegistrationImporter(district.factory, actor, today=lambda: TODAY)
    try:
        report = importer.commit(path, accept_valid=True)
    except UnusableFileError:
        return
    assert report.committed


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=600), prefix=st.sampled_from([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
                                                              "名称,统一社会信用代码\n".encode()]),
       suffix=st.sampled_from([".csv", ".xlsx", ".xls", ".txt", ".tsv"]))
def test_arbitrary_bytes_give_a_table_or_one_clear_message(tmp_path_factory, data, prefix, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"f{suffix}"
    path.write_bytes(prefix + data)
    try:
        table = read_table(path)
    except UnusableFileError as exc:
        assert exc.message and "\n" not in exc.message
    else:
        assert table.rows


@pytest.mark.parametrize("n", [1, 3])
def test_header_found_below_title_rows(tmp_path, n):
    path = tmp_path / "p.csv"
    lines = itertools.chain([["标题"]] * n, [HEADER], [["托育", make_uscc("91", "500107", "MA0000001")]])
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(lines)
    assert read_table(path).header_row == n + 1
