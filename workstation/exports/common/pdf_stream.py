"""Pages written as they are finished, so a register's memory stays flat whatever its length.

The rows are wrapped and cut into pages first, each page's run pickled to a temporary file
(`RunSpool`): the number of pages is then known before anything is drawn, and each page is read
back only when it is laid out. The canvas stamps "第 X 页 共 Y 页" as each page ends and writes
the page (its dictionary and its compressed content stream) to the file there and then; only the
small shared objects (fonts, page tree, catalogue) and the cross-reference table wait for the end.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from reportlab.pdfbase.pdfdoc import (
    PDFCrossReferenceTable,
    PDFDocument,
    PDFIndirectObject,
    PDFObjectReference,
    PDFTrailer,
    pdfdocEnc,
)
from reportlab.pdfgen.canvas import Canvas

Run = list[tuple[list[str], float]]  # a page's rows: wrapped cells and height
HEADER = b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"  # as reportlab's PDFFile


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


class RowSpool:
    """A register's rows in a temporary file, read back once, in order: the rows can be measured
    (`seen(row)` as each goes by) before the widths they are laid out at are chosen."""

    def __init__(self, rows: Iterable[list], seen: Callable[[list], None], check: Callable[[], None],
                 batch: int = 1000) -> None:
        self._file = tempfile.TemporaryFile()
        self._batches = 0
        chunk: list[list] = []
        for row in rows:
            seen(row)
            chunk.append(row)
            if len(chunk) == batch:
                self._dump(chunk)
                chunk = []
                check()
        if chunk:
            self._dump(chunk)

    def _dump(self, chunk: list[list]) -> None:
        pickle.dump(chunk, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._batches += 1

    def __iter__(self) -> Iterator[list]:
        self._file.seek(0)
        for _ in range(self._batches):
            yield from pickle.load(self._file)

    def close(self) -> None:
        self._file.close()


def numbered_canvas(total: int, footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that ends each page with `footer(canvas, number, total)` and writes it out.

    Its `filename` must be an open binary file (the caller opens and closes it).
    """

    class NumberedCanvas(Canvas):
        pages_written = 0

        def __init__(self, file: IO[bytes], *args: Any, **kwargs: Any) -> None:
            super().__init__(file, *args, **kwargs)
            # reportlab builds its PDFDocument inside Canvas.__init__; this one writes pages as they end
            self._doc.__class__ = StreamingDocument
            self._doc.start(file)

        def showPage(self) -> None:
            self.pages_written += 1
            footer(self, self.pages_written, total)
            super().showPage()
            self._doc.write_last_page()

    return NumberedCanvas


class StreamingDocument(PDFDocument):
    """reportlab's document, writing each page to the file when it ends instead of at save().

    Objects are formatted exactly as reportlab formats them (same bytes), only earlier; the
    objects still held at save() are written in reportlab's order, then the cross-reference table.
    A page written out leaves a reference behind in the page tree, not the page.
    """

    _out: IO[bytes]
    _offset: int
    _header: bytes

    def start(self, out: IO[bytes]) -> None:
        self._out, self._offset = out, 0
        self._header = pdfdocEnc(f"%PDF-{self._pdfVersion[0]}.{self._pdfVersion[1]}")
        self._write(self._header + HEADER)

    def _write(self, data: bytes) -> int:
        offset = self._offset
        self._out.write(data)
        self._offset += len(data)
        return offset

    def _write_object(self, name: str) -> None:
        # formatting may register new objects (a page's content stream): written right after it
        obj = self.idToObject[name]
        self.idToOffset[name] = self._write(PDFIndirectObject(name, obj).format(self))
        self.idToObject[name] = None  # written: let the object go

    def write_last_page(self) -> None:
        pages = self.Pages.pages
        page = pages[-1]
        name = page.__InternalName__
        self._write_object(name)
        self._write_object(page.Contents.__InternalName__)
        pages[-1] = PDFObjectReference(name)

    def SaveToFile(self, filename: Any, canvas: Canvas) -> None:
        if getattr(self, "_savedToFile", False):
            raise RuntimeError("a document can only be saved once")
        self._savedToFile = True
        # as PDFDocument.GetPDFData, then format() with the written objects skipped
        for font in self.delayedFonts:
            font.addObjects(self)
        self.info.invariant = self.invariant
        self.info.digest(self.signature)
        self.Reference(self.Catalog)
        self.Reference(self.info)
        self.Outlines.prepare(self, canvas)
        if self.Outlines.ready < 0:
            self.Catalog.Outlines = None
        self._finish()

    def _finish(self) -> None:
        self.encrypt.prepare(self)
        catalog, info = self.Reference(self.Catalog), self.Reference(self.info)
        encrypt_info = self.encrypt.info()
        encrypt = self.Reference(encrypt_info) if encrypt_info else None
        counter, ids = 0, []
        while True:  # objects may be registered while others are formatted
            counter += 1
            if counter not in self.numberToId:
                break
            name = self.numberToId[counter]
            if name not in self.idToOffset:
                self._write_object(name)
            ids.append(name)
        xref = PDFCrossReferenceTable()
        xref.addsection(0, ids)
        start = self._write(xref.format(self))
        trailer = PDFTrailer(startxref=start, Size=len(ids) + 1, Root=catalog, Info=info, Encrypt=encrypt,
                             ID=self.ID())
        self._write(trailer.format(self))
        header = pdfdocEnc(f"%PDF-{self._pdfVersion[0]}.{self._pdfVersion[1]}")
        if header != self._header and len(header) == len(self._header):  # a feature raised the version
            end = self._out.tell()
            self._out.seek(0)
            self._out.write(header)
            self._out.seek(end)
