"""The PDF register's progress counts every row as its page is laid out: each page of rows
is drawn whole on its own page, never split by reportlab into the room the last page left."""

from __future__ import annotations

from itertools import cycle, islice

import pytest
from exports_support import TODAY, demo_db_fixture, needs_pdftotext, pdf_pages  # noqa: F401

from workstation.exports.common import pdf
from workstation.exports.common.body import RegisterBody, ReportInfo, heading
from workstation.exports.common.files import ExportCancelled, Watch
from workstation.exports.common.pdf_table import PageTable
from workstation.exports.common.spec import RegisterFilters, SourceContext
from workstation.exports.registers import REGISTERS

ROWS = 600
LONG_NOTE = "待补材料（消防、卫生评价）" * 6  # several lines in the 备注 column


def _tall_rows_body(demo_db) -> RegisterBody:
    spec = REGISTERS["nurseries"]
    with demo_db.factory() as session:
        source = list(spec.rows(session, SourceContext(RegisterFilters(), 4.5, as_of=TODAY)))
    # a tall row every few rows: a page that ends before one leaves more room than a header takes
    source = [(*row[:-1], LONG_NOTE) if index % 7 == 3 else row for index, row in enumerate(source)]
    return RegisterBody(spec, islice(cycle(source), ROWS), masked=True)


def _heading():
    return heading(REGISTERS["nurseries"], ReportInfo("九龙坡区卫生健康委员会", "测试员", prepared_on=TODAY),
                   "无（全部）", f"数据截至：{TODAY.isoformat()}", None)


@needs_pdftotext
def test_progress_reaches_every_row_page_by_page_when_tall_rows_end_pages_early(demo_db, tmp_path, monkeypatch):
    body = _tall_rows_body(demo_db)
    splits: list[float] = []
    builds: list[int] = []
    original_split, original_build = PageTable.split, pdf._Document.build

    def spying_split(self, width, height):
        splits.append(height)
        return original_split(self, width, height)

    def counting_build(self, *args, **kwargs):
        builds.append(1)
        return original_build(self, *args, **kwargs)

    monkeypatch.setattr(PageTable, "split", spying_split)
    monkeypatch.setattr(pdf._Document, "build", counting_build)
    reported: list[int] = []
    out = tmp_path / "tall.pdf"
    pdf.write_pdf(out, _heading(), body, [], Watch(ROWS + 1, lambda done, _total: reported.append(done)))

    assert splits == [] and len(builds) == 1
    assert reported == sorted(set(reported)) and reported[-1] == ROWS + 1  # the totals row counts too
    # one report per page of rows, each page with the header once at its top and none left at its foot
    headers = [sum(line.count("备注") for line in lines) for lines in pdf_pages(out)]
    assert headers[:len(reported)] == [1] * len(reported)
    assert not any(headers[len(reported):])  # pages after the table: the tail only


def test_cancelling_while_the_later_pages_are_drawn_stops_the_export(demo_db, tmp_path):
    reported: list[int] = []
    watch = Watch(ROWS + 1, lambda done, _total: reported.append(done), is_cancelled=lambda: len(reported) >= 20)

    with pytest.raises(ExportCancelled):
        pdf.write_pdf(tmp_path / "tall.pdf", _heading(), _tall_rows_body(demo_db), [], watch)
    assert len(reported) == 20 and reported[-1] < ROWS
