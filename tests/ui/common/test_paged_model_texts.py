"""A lazy list's cell texts are made once per refill: a repaint asks every visible cell again for
several roles (a page's first paint more than once), and each text was made anew every time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from workstation.models.common.paged_table_model import PagedSource, PagedTableModel


@dataclass(frozen=True)
class Line:
    id: int
    name: str


@dataclass(frozen=True)
class Page:
    total: int
    rows: list


class Lines(PagedTableModel):
    HEADERS = ("名称", "编号")
    SORT_KEYS = (None, None)

    def __init__(self, rows: list[Line]) -> None:
        self.rows, self.made = rows, 0
        super().__init__(PagedSource(lambda _q, limit: Page(len(self.rows), self.rows[:limit]),
                                     lambda _q, offset, limit: self.rows[offset:offset + limit]), None)

    def display(self, row: Line, column: int) -> str:
        self.made += 1
        return (row.name, str(row.id))[column]


def test_each_text_is_made_once_per_refill(qapp):
    model = Lines([Line(n, f"园{n}") for n in range(1, 501)])
    model.set_query(None)
    cells = [model.index(row, column) for row in range(30) for column in range(2)]
    for _paint in range(3):
        for index in cells:
            assert index.data(Qt.ItemDataRole.DisplayRole) == (f"园{index.row() + 1}", str(index.row() + 1))[index.column()]
            index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.made == 60
    model.rows = [Line(n, f"新园{n}") for n in range(1, 501)]
    model.refresh()  # a refill makes them again from the rows read
    assert model.index(0, 0).data() == "新园1" and model.made == 61
    assert model.index(450, 0).data() == "新园451"  # another page read: its texts are its own


class MarkedLines(Lines):
    HEADERS = ("名称", "编号", "状态")
    SORT_KEYS = (None, None, None)

    def __init__(self, rows: list[Line]) -> None:
        self.looked = 0
        super().__init__(rows)

    def display(self, row: Line, column: int) -> str:
        return (row.name, str(row.id), "逾期")[column]

    def decoration(self, row: Line, role: int):
        self.looked += 1
        if row.id % 2:
            return None
        return "red" if role == Qt.ItemDataRole.ForegroundRole else "bold"


def test_a_rows_colour_and_font_are_made_once_per_refill_not_for_each_cell_and_repaint(qapp):
    model = MarkedLines([Line(n, f"园{n}") for n in range(1, 501)])
    model.set_query(None)
    for _paint in range(3):
        for row in range(30):
            for column in range(3):
                index = model.index(row, column)
                odd = (row + 1) % 2
                assert index.data(Qt.ItemDataRole.ForegroundRole) == (None if odd else "red")
                assert index.data(Qt.ItemDataRole.FontRole) == (None if odd else "bold")
    assert model.looked == 60  # 30 rows, two roles
    model.rows = [Line(n + 1, f"新园{n}") for n in range(1, 501)]
    model.refresh()  # a refill asks again: the first row is now even
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) == "red" and model.looked == 61
