"""Pages written as they are finished, so a register's memory stays flat whatever its length.

The rows are wrapped and cut into pages first, each page's run pickled to a temporary file
(`RunSpool`): the number of pages is then known before anything is drawn, and each page is read
back only when it is laid out. The canvas stamps "第 X 页 共 Y 页" as each page ends and hands
the page's content to the document compressed, instead of keeping every page until the end.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterable

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFArray, PDFBase85Encode, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

Run = list[tuple[list[str], float]]  # a page's rows: wrapped cells and height


class RunSpool:
    """Page-sized runs of wrapped rows in a temporary file, read back one page at a time."""

    def __init__(self, runs: Iterable[Run]) -> None:
        self._file = tempfile.TemporaryFile()
        self._runs: list[tuple[int, int, float]] = []  # (offset, rows, height of the rows)
        for run in runs:
            self._runs.append((self._file.tell(), len(run), sum(height for _cells, height in run)))
            pickle.dump(run, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def __len__(self) -> int:
        return len(self._runs)

    def rows(self, index: int) -> int:
        return self._runs[index][1]

    def height(self, index: int) -> float:
        return self._runs[index][2]

    def read(self, index: int) -> Run:
        self._file.seek(self._runs[index][0])
        return pickle.load(self._file)

    def close(self) -> None:
        self._file.close()


def numbered_canvas(total: int, footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that ends each page with `footer(canvas, number, total)` and keeps no page."""

    class NumberedCanvas(Canvas):
        pages_written = 0

        def showPage(self) -> None:
            self.pages_written += 1
            footer(self, self.pages_written, total)
            super().showPage()
            _compress_last_page(self)

    return NumberedCanvas


def _compress_last_page(canvas: Canvas) -> None:
    # reportlab keeps each page's stream as text until save() and encodes it there; encoding it
    # now, with the same filters, yields the same bytes and keeps a page's compressed size only.
    if not canvas._pageCompression:
        return
    page = canvas._doc.Pages.pages[-1]
    if page.Contents or not page.stream:
        return
    filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    content = page.stream
    for encoding in reversed(filters):
        content = encoding.encode(content)
    stream = PDFStream(content=content)
    stream.dictionary["Filter"] = PDFArray([PDFName(encoding.pdfname) for encoding in filters])
    stream.__Comment__ = "page stream"
    page.Contents, page.stream = stream, None
