"""The PDF register table, laid out page by page.

Every cell is wrapped here (pdf_text.Wrapper), so every row's height is known before
reportlab sees it. The rows are then cut into pages and each page becomes one Table that
starts with the header rows: the header repeats on every page by construction, and the
header's spans cost nothing per page. (One LongTable with repeatRows recomputes its span
map over all remaining rows at every page break: quadratic, 10x slower at 10,000 rows.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from workstation.exports.common.body import RegisterBody, text_of
from workstation.exports.common.files import Watch
from workstation.exports.common.pdf_text import Wrapper
from workstation.exports.common.spec import Column

PADDING = 1.5  # left and right
TOP, BOTTOM = 1.0, 1.5
GRID = colors.HexColor("#808080")
SHADE = colors.HexColor("#E7E6E6")
ELLIPSIS = "…"


@dataclass
class Grid:
    """Column widths and the text metrics of one table."""

    columns: tuple[Column, ...]
    widths: list[float]
    wrapper: Wrapper
    leading: float
    _spans: list[float] = field(init=False, repr=False)
    _renders: list[Callable[[object], str]] = field(init=False, repr=False)
    # Font sizes of the totals row's numbers too wide for their column at the table's size.
    totals_sizes: dict[int, float] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        # Numbers are never broken over lines (a huge total may overflow its cell instead).
        self._spans = [float("inf") if c.fmt.numeric else w - 2 * PADDING
                       for c, w in zip(self.columns, self.widths, strict=True)]
        self._renders = [text_of(c) for c in self.columns]

    def height(self, lines: int) -> float:
        return lines * self.leading + TOP + BOTTOM

    def row(self, values: Sequence[object]) -> tuple[list[str], float]:
        """The row's cells as wrapped text, and its height."""
        cells, most, wrap = [], 1, self.wrapper.lines
        for render, value, span in zip(self._renders, values, self._spans, strict=True):
            if value is None:
                cells.append("")
                continue
            lines = wrap(render(value), span)
            most = max(most, len(lines))
            cells.append("\n".join(lines))
        return cells, self.height(most)

    def totals(self, values: tuple, size: float) -> tuple[list[str], float]:
        """The totals row, its numbers with thousands separators (1,234); a sum wider than its column is
        set smaller (down to half), then wrapped."""
        cells, height = self.row(tuple(grouped(column, value) for column, value in zip(self.columns, values,
                                                                                         strict=True)))
        for index, (column, width, text) in enumerate(zip(self.columns, self.widths, cells, strict=True)):
            room, wide = width - 2 * PADDING, self.wrapper.width(text)
            if not column.fmt.numeric or "\n" in text or wide <= room:
                continue
            smaller = size * room / wide
            if smaller >= size / 2:
                self.totals_sizes[index] = smaller
            else:
                lines = self.wrapper.lines(text, room)
                cells[index] = "\n".join(lines)
                height = max(height, self.height(len(lines)))
        return cells, height


def grouped(column: Column, value: object) -> object:
    """A number of a numeric column as text with thousands separators: 6344644 -> 6,344,644."""
    if not column.fmt.numeric or not isinstance(value, int | float) or isinstance(value, bool):
        return value
    return _LEADING_DIGITS.sub(lambda m: f"{m.group(1)}{int(m.group(2)):,d}", column.fmt.text(value), count=1)


_LEADING_DIGITS = re.compile(r"^(-?)(\d+)")


WHOLE_MOST = 0.2  # the most of the page's width a code column takes; a longer value wraps
LEAST_CHARACTERS = 2  # a text column is never narrower than two Chinese characters (its header wraps)


def column_widths(columns: tuple[Column, ...], wrapper: Wrapper, total: float,
                  longest: Mapping[int, float] | None = None) -> list[float]:
    """Widths on a page `total` points wide: numbers and dates on one line, codes (`whole` columns:
    USCC, ID and phone numbers) as wide as their longest text, the other text columns sharing the rest.

    `longest`: the widest text of each text column (points by column index, `Widest`). Without it the
    text columns share the room by the spec's `pdf_width`. With it, they share it by what their longest
    texts need, so that each wraps its longest text into about as many lines (a row is as tall as its
    tallest cell): a column of short labels gives its room to the names and addresses; no column is
    wider than its longest text, nor narrower than two characters.
    """
    pad = 2 * PADDING + 1
    shares = [c.pdf_width or c.width for c in columns]
    base = [share * total / sum(shares) for share in shares]
    need = [wrapper.width(c.fmt.sample) + pad if c.fmt.sample else 0.0 for c in columns]
    if longest is None:
        return _fit(base, need, total)
    widths = [max(b, n) if n else b for b, n in zip(base, need, strict=True)]
    for index, column in enumerate(columns):
        if column.whole and longest.get(index):
            widths[index] = max(need[index], min(longest[index] + pad, total * WHOLE_MOST))
    texts = [i for i in longest if not columns[i].whole]
    room = total - sum(w for i, w in enumerate(widths) if i not in texts)
    least = wrapper.width("国" * LEAST_CHARACTERS) + pad
    spans = {i: (least, max(least, longest[i] + pad), longest[i]) for i in texts}
    for index, width in _share_by_need(spans, room).items():
        widths[index] = width
    return widths if sum(widths) <= total + 0.01 else _fit(widths, need, total)


def _share_by_need(spans: Mapping[int, tuple[float, float, float]], room: float) -> dict[int, float]:
    """Widths between each column's (least, most) summing to `room`: each column `need / lines` wide (its
    longest text in `lines` lines), the same `lines` for all, found by bisection."""
    if not spans:
        return {}

    def widths(lines: float) -> dict[int, float]:
        return {i: min(most, max(least, need / lines)) for i, (least, most, need) in spans.items()}

    low, high = 1e-3, 1e4  # lines: many (all at their least) .. few (all at their most)
    if sum(widths(high).values()) >= room:  # not even the least widths fit: leave it to _fit
        return widths(high)
    if sum(widths(low).values()) <= room:  # every text fits on one line: share the room over in proportion
        most = widths(low)
        scale = room / sum(most.values())
        return {i: w * scale for i, w in most.items()}
    for _ in range(60):
        middle = (low * high) ** 0.5
        if sum(widths(middle).values()) > room:
            low = middle
        else:
            high = middle
    return widths(high)


def _fit(shares: list[float], need: list[float], total: float) -> list[float]:
    """`shares` scaled to `total`, the columns that need more (numbers, dates) given what they need."""
    widths = [share * total / sum(shares) for share in shares]
    fixed = [i for i, w in enumerate(widths) if need[i] > w]
    if not fixed:
        return widths
    rest = [i for i in range(len(shares)) if i not in fixed]
    scale = (total - sum(need[i] for i in fixed)) / sum(shares[i] for i in rest)
    return [need[i] if i in fixed else shares[i] * scale for i in range(len(shares))]


class Widest:
    """The widest text met so far in each text column (points at the table's size), as rows go by
    (`add`): the `whole` columns and those without a sample of their widest value (numbers and dates)."""

    def __init__(self, columns: tuple[Column, ...], wrapper: Wrapper, size: float) -> None:
        self.columns = [i for i, c in enumerate(columns) if c.whole or not (c.fmt.numeric or c.fmt.sample)]
        self.any_whole = any(c.whole for c in columns)
        self.widths: dict[int, float] = dict.fromkeys(self.columns, 0.0)
        self._renders = {i: text_of(columns[i]) for i in self.columns}
        self._width = wrapper.width
        self._em = size * 1.2  # no character is wider: a text too short to be wider is not measured

    def add(self, values: Sequence[object]) -> None:
        widths, em = self.widths, self._em
        for i in self.columns:
            value = values[i]
            if value is None:
                continue
            text = self._renders[i](value)
            if len(text) * em > widths[i]:
                w = max(self._width(line) for line in text.split("\n"))
                if w > widths[i]:
                    widths[i] = w


def header(grid: Grid) -> tuple[list[list[str]], list[float]]:
    """One header row, or two when columns are grouped (group titles span their columns)."""
    columns, widths, lines = grid.columns, grid.widths, grid.wrapper.lines
    if not any(c.group for c in columns):
        cells = [lines(c.header, w - 2 * PADDING) for c, w in zip(columns, widths, strict=True)]
        return [["\n".join(c) for c in cells]], [grid.height(max(len(c) for c in cells))]
    top, bottom, lone = [], [], 1
    for index, (column, width) in enumerate(zip(columns, widths, strict=True)):
        if column.group is None:
            text = lines(column.header, width - 2 * PADDING)
            lone = max(lone, len(text))
            top.append(text)
            bottom.append([])
        else:
            first = index == 0 or columns[index - 1].group != column.group
            span = sum(w for c, w in zip(columns[index:], widths[index:], strict=True) if c.group == column.group)
            top.append(lines(column.group, span - 2 * PADDING) if first else [])
            bottom.append(lines(column.header, width - 2 * PADDING))
    upper = grid.height(max(len(t) for t, c in zip(top, columns, strict=True) if c.group))
    lower = max(grid.height(max(len(b) for b in bottom)), grid.height(lone) - upper)
    return [["\n".join(t) for t in top], ["\n".join(b) for b in bottom]], [upper, lower]


def data_rows(body: RegisterBody, grid: Grid, watch: Watch, size: float,
              rows: Iterable[Sequence[object]] | None = None) -> Iterator[tuple[list[str], float]]:
    """Every row of the body (or `rows`, the body's rows read back), then the totals row, wrapped
    (checks for cancel as it goes)."""
    for number, values in enumerate(body if rows is None else rows, start=1):
        yield grid.row(values)
        if number % 500 == 0:
            watch.check()
    yield grid.totals(body.totals_row(), size)


KEPT_WITH_TAIL = 3  # rows (the totals row and the last data rows) the notes and signatures never leave


def paginate(rows: Iterator[tuple[list[str], float]], grid: Grid, head_height: float, first_room: float,
             room: float, tail_height: float = 0.0) -> Iterator[list[tuple[list[str], float]]]:
    """Rows in page-sized runs: each run under the header fits its page's room.

    The first run is empty when not even the first row fits under the title on page 1. When the
    closing block (`tail_height`: notes and signatures) does not fit under the last run, its last
    rows start a page of their own with it, so that no page holds the closing block alone.
    """
    page: list[tuple[list[str], float]] = []
    free, first_page = first_room - head_height, True
    for cells, height in rows:
        if height > room - head_height:  # a row taller than a page (a very long note): cut it
            cells, height = _cut(cells, grid, room - head_height)
        if height > free and (page or first_page):
            yield page
            page, free = [], room - head_height
        first_page = False
        page.append((cells, height))
        free -= height
    kept = page[-KEPT_WITH_TAIL:]
    if tail_height > free and len(page) > len(kept) \
            and sum(h for _c, h in kept) + tail_height <= room - head_height:
        yield page[:-KEPT_WITH_TAIL]
        page = kept
    yield page


def _cut(cells: list[str], grid: Grid, room: float) -> tuple[list[str], float]:
    """The row cut to the lines that fit in `room`, "…" marking where each long cell was cut."""
    keep = max(1, int((room - TOP - BOTTOM) // grid.leading))
    cut = [c if c.count("\n") < keep else "\n".join([*c.split("\n")[:keep - 1], ELLIPSIS]) for c in cells]
    return cut, grid.height(keep)


class PageTable(Flowable):
    """One page of the register (header rows, then the page's rows), built only when laid out.

    A reportlab Table keeps a style object per cell; building each page's Table just in time
    and dropping it once drawn keeps one page's worth of them in memory, not the register's.
    The rows themselves are loaded (`load()`) only then too.
    """

    def __init__(self, grid: Grid, head: tuple[list[list[str]], list[float]],
                 load: Callable[[], list[tuple[list[str], float]]], rows: int, last: bool, font: str,
                 size: float) -> None:
        super().__init__()
        self.rows = rows  # data rows (the totals row included on the last page)
        self._make = (grid, head, load, last, font, size)
        self._table: Table | None = None

    def _built(self) -> Table:
        if self._table is None:
            grid, (head, heights), load, last, font, size = self._make
            rows = load()
            self._table = Table([*head, *(cells for cells, _h in rows)], colWidths=grid.widths,
                                rowHeights=[*heights, *(h for _c, h in rows)])
            totals = grid.totals_sizes if last and rows else None
            self._table.setStyle(_style(grid.columns, len(head), font, size, totals))
        return self._table

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.width, self.height = self._built().wrap(width, height)
        return self.width, self.height

    def split(self, width: float, height: float) -> list[Any]:
        return self._built().split(width, height)  # only if the page arithmetic were off

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803 (reportlab's name)
        self._built().drawOn(canvas, x, y, _sW)
        self._table = None  # the page is drawn: let its rows go


def _style(columns: tuple[Column, ...], head: int, font: str, size: float,
           totals: dict[int, float] | None) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, size, size * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), TOP), ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM),
        ("BACKGROUND", (0, 0), (-1, head - 1), SHADE),
        ("ALIGN", (0, 0), (-1, head - 1), "CENTER"), ("VALIGN", (0, 0), (-1, head - 1), "MIDDLE"),
        *(("ALIGN", (i, head), (i, -1), "RIGHT") for i, c in enumerate(columns) if c.fmt.numeric),
    ]
    if totals is not None:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
        commands += [("FONT", (i, -1), (i, -1), font, s, s * 1.2) for i, s in totals.items()]
    if head == 2:
        commands += _spans(columns)
    return TableStyle(commands)


def _spans(columns: tuple[Column, ...]) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = []
    index = 0
    while index < len(columns):
        group, last = columns[index].group, index
        while group and last + 1 < len(columns) and columns[last + 1].group == group:
            last += 1
        commands.append(("SPAN", (index, 0), (last, 0)) if group else ("SPAN", (index, 0), (index, 1)))
        index = last + 1
    return commands
