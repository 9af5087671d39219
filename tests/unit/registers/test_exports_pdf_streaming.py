"""The PDF register is written page by page: a long register does not keep its pages in memory
until the end, and every page still says 第 X 页 共 Y 页 with the right total."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import cycle, islice

import pytest
from exports_support import TODAY, demo_db_fixture, needs_pdftotext, pdf_pages, pdf_text  # noqa: F401
from reportlab.pdfbase.pdfdoc import PDFDocument, PDFObjectReference
from reportlab.pdfgen import canvas as rl_canvas
from sqlalchemy import text

from workstation.db.engine import CACHE_KIB, STREAM_CACHE_KIB
from workstation.exports import export_register
from workstation.exports.common.body import RegisterBody, ReportInfo, heading
from workstation.exports.common.files import Watch
from workstation.exports.common.pdf import write_pdf
from workstation.exports.common.pdf_stream import StreamingDocument
from workstation.exports.common.spec import RegisterFilters, SourceContext
from workstation.exports.registers import REGISTERS

ROWS = 2000


def _body(demo_db, rows: int) -> RegisterBody:
    spec = REGISTERS["nurseries"]
    with demo_db.factory() as session:
        source = list(spec.rows(session, SourceContext(RegisterFilters(), 4.5, as_of=TODAY)))
    return RegisterBody(spec, islice(cycle(source), rows), masked=True)


@needs_pdftotext
def test_long_register_hands_each_page_over_as_it_ends_with_right_footers(demo_db, tmp_path, monkeypatch):
    canvases: list[rl_canvas.Canvas] = []
    original_init = rl_canvas.Canvas.__init__

    def recording_init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        canvases.append(self)

    monkeypatch.setattr(rl_canvas.Canvas, "__init__", recording_init)
    seen: list[tuple[int, int, int]] = []  # rows done, pages in the document, page text still held

    def progress(done: int, _total: int) -> None:
        doc_pages = canvases[-1]._doc.Pages.pages
        held = sum(len(page.stream or "") for page in doc_pages if hasattr(page, "stream"))
        seen.append((done, len(doc_pages), held))

    spec = REGISTERS["nurseries"]
    head = heading(spec, ReportInfo("九龙坡区卫生健康委员会", "测试员", prepared_on=TODAY), "无（全部）",
                   f"数据截至：{TODAY.isoformat()}", None)
    notes = [f"第{n}条说明：" + "本表数据仅供测试。" * 12 for n in range(1, 61)]  # the tail takes pages too
    out = tmp_path / "long.pdf"
    write_pdf(out, head, _body(demo_db, ROWS), notes, Watch(ROWS + 1, progress))

    # While the rows are laid out, the finished pages are already in the document, compressed:
    # the memory a register takes does not grow with its pages.
    done, pages_so_far, held = seen[-1]
    assert done == ROWS + 1
    assert pages_so_far >= 0.9 * len(seen)
    assert all(held == 0 for _done, _pages, held in seen)

    pages = pdf_pages(out)
    total = len(pages)
    assert total > len(seen)  # the notes spill over onto pages after the table
    for number, lines in enumerate(pages, start=1):
        footers = [line for line in lines if re.search(r"第 \d+ 页 共 \d+ 页", line)]
        assert len(footers) == 1 and f"第 {number} 页 共 {total} 页" in footers[0], (number, footers)


@needs_pdftotext
def test_each_page_is_in_the_file_before_the_next_one_is_drawn(demo_db, tmp_path, monkeypatch):
    # reportlab's save() would otherwise build the whole file in memory at the end (twice over)
    canvases: list[rl_canvas.Canvas] = []
    original_init = rl_canvas.Canvas.__init__

    def recording_init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        canvases.append(self)

    monkeypatch.setattr(rl_canvas.Canvas, "__init__", recording_init)
    out = tmp_path / "register.pdf"
    seen: list[tuple[int, bool]] = []  # bytes on disk, and whether every finished page has left the document

    def progress(_done: int, _total: int) -> None:
        doc = canvases[-1]._doc
        gone = all(isinstance(page, PDFObjectReference) for page in doc.Pages.pages)
        seen.append((out.stat().st_size if out.exists() else 0, gone))

    spec = REGISTERS["nurseries"]
    head = heading(spec, ReportInfo("九龙坡区卫生健康委员会", "测试员", prepared_on=TODAY), "无（全部）",
                   f"数据截至：{TODAY.isoformat()}", None)
    write_pdf(out, head, _body(demo_db, ROWS), [], Watch(ROWS + 1, progress))

    sizes = [size for size, _gone in seen]
    assert len(seen) > 50
    assert all(gone for _size, gone in seen)
    assert sizes == sorted(sizes)
    # page after page reaches the disk while drawing (file buffering aside): most of the file is there
    # before the last page is drawn, the fonts and the cross-reference table are what the end adds
    assert len(set(sizes)) > len(sizes) / 2
    assert sizes[-1] > out.stat().st_size / 2
    assert len(pdf_pages(out)) == len(seen)


@needs_pdftotext
def test_the_written_file_reads_as_reportlab_would_write_it(demo_db, tmp_path, monkeypatch):
    spec = REGISTERS["nurseries"]
    head = heading(spec, ReportInfo("九龙坡区卫生健康委员会", "测试员", prepared_on=TODAY), "无（全部）",
                   f"数据截至：{TODAY.isoformat()}", None)
    streamed = tmp_path / "streamed.pdf"
    write_pdf(streamed, head, _body(demo_db, 300), ["说明一"], Watch(301))
    # the same layout saved by reportlab's own save() (every page kept to the end)
    monkeypatch.setattr(StreamingDocument, "start", lambda self, out: None)
    monkeypatch.setattr(StreamingDocument, "write_last_page", lambda self: None)
    monkeypatch.setattr(StreamingDocument, "SaveToFile", PDFDocument.SaveToFile)
    whole = tmp_path / "whole.pdf"
    write_pdf(whole, head, _body(demo_db, 300), ["说明一"], Watch(301))
    assert pdf_text(streamed) == pdf_text(whole)
    assert streamed.read_bytes().startswith(b"%PDF-1.4\n")


@pytest.mark.sqlite_only("SQLite's page cache (PRAGMA cache_size) while an export streams")
def test_the_export_reads_through_a_small_page_cache_then_gives_the_usual_one_back(demo_db, tmp_path,
                                                                                     monkeypatch):
    spec = REGISTERS["nurseries"]
    caches: list[int] = []

    def rows(session, ctx):
        caches.append(session.execute(text("PRAGMA cache_size")).scalar_one())
        yield from spec.rows(session, ctx)

    monkeypatch.setitem(REGISTERS, "nurseries", replace(spec, rows=rows))
    export_register(demo_db.factory, "nurseries", "pdf", tmp_path / "r.pdf", RegisterFilters(), preparer="测试员",
                    prepared_on=TODAY)
    assert caches == [-STREAM_CACHE_KIB]
    with demo_db.factory() as session:  # the pooled connection the export used
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -CACHE_KIB
