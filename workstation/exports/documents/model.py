"""Single documents (receipts, notices, letters, draw sheets) as renderer-neutral blocks.

Every document of every area is built from these blocks; one PDF renderer (documents/pdf.py) and
the UI's print path lay them out, so the paper and the file say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"  # body | indent (first-line indent) | note (small print) | subtitle | heading | right


@dataclass(frozen=True)
class Fields:
    """Label/value lines of the document's subject (机构名称, 统一社会信用代码…)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Grid:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # shares of the line width
    numeric: frozenset[int] = frozenset()  # columns of amounts (right-aligned)
    spans: tuple[tuple[int, int, int], ...] = ()  # (column, first row, last row) merged; rows count from 0


Block = Para | Fields | Grid


@dataclass(frozen=True)
class Document:
    title: str
    number: str      # e.g. 编号：500107-2025-0001
    copy_mark: str   # "" for the original; 副本（第n次补打） for a reprint
    addressee: str
    blocks: tuple[Block, ...]
    issuer: str
    issued_on: str
    file_stem: str   # suggested file name without extension
    keep_end: int = 0  # the last n blocks stay on one page with the closing lines (a signature never alone)


def cn_date(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "——"


