"""A minimal Excel 97-2003 (.xls, BIFF8 in an OLE2 file) written by hand, for the import bounds tests:
numbers at any cells, so a tiny file can reach far rows and columns (imported by bare name; no tests)."""

from __future__ import annotations

import struct
from pathlib import Path

_SECTOR = 512
_END, _FREE, _FAT_SECTOR, _NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x0006))


def workbook_stream(cells: dict[tuple[int, int], float]) -> bytes:
    """Globals (one sheet) and a sheet of NUMBER records at the 0-based (row, column) keys."""
    sheet_name = "Sheet1"
    boundsheet_len = 4 + 8 + len(sheet_name)
    globals_ = _bof(0x0005) + _record(0x0042, struct.pack("<H", 1200))  # CODEPAGE: UTF-16
    sheet_offset = len(globals_) + boundsheet_len + 4
    globals_ += _record(0x0085, struct.pack("<IBBBB", sheet_offset, 0, 0, len(sheet_name), 0) + sheet_name.encode())
    globals_ += _record(0x000A, b"")
    last_row = max(r for r, _ in cells) + 1
    last_col = max(c for _, c in cells) + 1
    sheet = _bof(0x0010) + _record(0x0200, struct.pack("<IIHHH", 0, last_row, 0, last_col, 0))
    for (row, col), value in sorted(cells.items()):
        sheet += _record(0x0203, struct.pack("<HHHd", row, col, 0x0F, value))
    sheet += _record(0x000A, b"")
    return globals_ + sheet


def write_xls(path: Path, cells: dict[tuple[int, int], float]) -> Path:
    """An .xls holding `cells`; the stream is padded with cells past 4096 bytes (no mini stream)."""
    padded = dict(cells)
    row = 0
    while len(workbook_stream(padded)) < 4200:
        padded.setdefault((row, 0), float(row))
        row += 1
    stream = workbook_stream(padded)
    stream_sectors = -(-len(stream) // _SECTOR)
    fat = [_FAT_SECTOR, _END] + [3 + n for n in range(stream_sectors - 1)] + [_END]
    fat += [_FREE] * (_SECTOR // 4 - len(fat))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x003E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
              + struct.pack("<I", 0) + struct.pack("<108I", *([_FREE] * 108)))
    directory = (_entry("Root Entry", 5, _END, 0, child=1) + _entry("Workbook", 2, 2, len(stream))
                 + _entry("", 0, 0, 0) + _entry("", 0, 0, 0))
    body = struct.pack(f"<{_SECTOR // 4}I", *fat) + directory + stream.ljust(stream_sectors * _SECTOR, b"\0")
    path.write_bytes(header + body)
    return path


def _entry(name: str, kind: int, start: int, size: int, child: int = _NONE) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1 if kind else 0)
            + struct.pack("<III", _NONE, _NONE, child) + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
            + struct.pack("<IQ", start, size))
