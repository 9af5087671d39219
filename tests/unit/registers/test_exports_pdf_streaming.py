"""The PDF register is written page by page: a long register does not keep its pages in memory
until the end, and every page still says 第 X 页 共 Y 页 with the right total."""

from __future__ import annotations

import re
from itertools import cycle, islice

from exports_support import TODAY, demo_db_fixture, needs_pdftotext, pdf_pages  # noqa: F401
from reportlab.pdfgen import canvas as rl_canvas

from workstation.exports.common.body import RegisterBody, ReportInfo, heading
from workstation.exports.common.files import Watch
from workstation.exports.common.pdf import write_pdf
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
