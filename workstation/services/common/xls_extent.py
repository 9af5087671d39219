"""The extent of an old binary Excel 97-2003 (.xls) workbook's sheets, found without building them.

A reader builds the whole rectangle of a sheet's cells from A1 to its last used cell: a 6 KB .xls
with one cell at IV65536 took 1 GB of memory in calamine. So the OLE2 container is walked here
(header, FAT, directory, the Workbook stream) and every cell record of each BIFF substream gives its
row and column; the largest must lie within the import's bounds before any reader opens the file.
Only what is needed is read; anything malformed is DamagedXls (the reader says it in its words).
"""

from __future__ import annotations

import struct

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN, _FREE = 0xFFFFFFFE, 0xFFFFFFFF
_DIR_ENTRY = 128
_STREAMS = ("Workbook", "Book")  # BIFF8, and BIFF5 written by older programs

# Records starting with (row, column), BIFF5 and BIFF8 alike: FORMULA, BLANK, NUMBER, LABEL, BOOLERR, RK,
# LABELSST, RSTRING
_CELLS = frozenset({0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6})
_MULTIPLE = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: row, first column, …, last column


class DamagedXls(ValueError):
    """Not a readable OLE2 workbook."""


def workbook_extent(data: bytes) -> tuple[int, int]:
    """The last used row and column (1-based, from A1) over every sheet of the workbook."""
    return _biff_extent(_workbook_stream(data))


def _workbook_stream(data: bytes) -> bytes:
    if len(data) < 512 or not data.startswith(_MAGIC):
        raise DamagedXls("no OLE2 header")
    sector_shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    if sector_shift not in (9, 12) or mini_shift != 6:
        raise DamagedXls("unusual sector sizes")
    size = 1 << sector_shift
    fat_count, first_dir, _, cutoff, first_minifat, minifat_count, first_difat, difat_count = struct.unpack_from(
        "<IIIIIIII", data, 0x2C)
    sectors = (len(data) - size) // size

    def sector(number: int) -> bytes:
        if number >= sectors:
            raise DamagedXls("sector out of range")
        start = size + number * size
        return data[start:start + size]

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    next_difat, seen = first_difat, 0
    while next_difat not in (_END_OF_CHAIN, _FREE) and seen <= difat_count:
        block = struct.unpack(f"<{size // 4}I", sector(next_difat))
        difat.extend(block[:-1])
        next_difat, seen = block[-1], seen + 1
    fat: list[int] = []
    for number in difat[:fat_count]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(number)))

    def chain(start: int, table: list[int]) -> list[int]:
        found, current = [], start
        while current not in (_END_OF_CHAIN, _FREE):
            if current >= len(table) or len(found) > len(table):
                raise DamagedXls("broken sector chain")
            found.append(current)
            current = table[current]
        return found

    directory = b"".join(sector(n) for n in chain(first_dir, fat))
    entries = {}
    root = None
    for offset in range(0, len(directory) - _DIR_ENTRY + 1, _DIR_ENTRY):
        name_bytes, = struct.unpack_from("<H", directory, offset + 64)
        kind = directory[offset + 66]
        start, length = struct.unpack_from("<IQ", directory, offset + 116)
        if sector_shift == 9:
            length &= 0xFFFFFFFF  # version 3 files keep junk in the high half
        name = directory[offset:offset + max(name_bytes - 2, 0)].decode("utf-16-le", errors="replace")
        if kind == 5:
            root = (start, length)
        elif kind == 2:
            entries.setdefault(name, (start, length))
    stream = next((entries[name] for name in _STREAMS if name in entries), None)
    if stream is None or root is None:
        raise DamagedXls("no workbook stream")
    start, length = stream
    if length >= cutoff:
        return b"".join(sector(n) for n in chain(start, fat))[:length]
    minifat: list[int] = []
    for number in chain(first_minifat, fat)[:max(minifat_count, 0) or None]:
        minifat.extend(struct.unpack(f"<{size // 4}I", sector(number)))
    mini_stream = b"".join(sector(n) for n in chain(root[0], fat))
    parts = []
    for number in chain(start, minifat):
        begin = number << mini_shift
        if begin + (1 << mini_shift) > len(mini_stream):
            raise DamagedXls("mini sector out of range")
        parts.append(mini_stream[begin:begin + (1 << mini_shift)])
    return b"".join(parts)[:length]


def _biff_extent(stream: bytes) -> tuple[int, int]:
    """The last row and column any cell record of the stream names (a sheet's end is not trusted)."""
    rows = columns = 0
    offset, end = 0, len(stream)
    unpack = struct.unpack_from
    while offset + 4 <= end:
        kind, length = unpack("<HH", stream, offset)
        body = offset + 4
        offset = body + length
        if offset > end:
            break
        if kind in _CELLS and length >= 4:
            row, column = unpack("<HH", stream, body)
            rows, columns = max(rows, row + 1), max(columns, column + 1)
        elif kind in _MULTIPLE and length >= 6:
            row, = unpack("<H", stream, body)
            last, = unpack("<H", stream, body + length - 2)
            rows, columns = max(rows, row + 1), max(columns, last + 1)
    return rows, columns
