"""bulk_fill: a table filled in one pass keeps its column modes, sorting and painting afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from workstation.ui.common.tables import bulk_fill

FIT, STRETCH = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch


def _table(qtbot) -> QTableWidget:
    table = QTableWidget(0, 3)
    qtbot.addWidget(table)
    table.horizontalHeader().setSectionResizeMode(FIT)
    table.horizontalHeader().setSectionResizeMode(0, STRETCH)
    table.setSortingEnabled(True)
    table.show()
    return table


def test_modes_come_back_and_columns_fit_the_longest_cell(qtbot):
    table = _table(qtbot)
    with bulk_fill(table):
        assert table.horizontalHeader().sectionResizeMode(1) is QHeaderView.ResizeMode.Interactive
        assert not table.isSortingEnabled() and not table.updatesEnabled()
        table.setRowCount(300)
        for r in range(300):
            for c in range(3):
                table.setItem(r, c, QTableWidgetItem("很长的一段文字" * (r == 299) + str(r)))
    header = table.horizontalHeader()
    assert [header.sectionResizeMode(c) for c in range(3)] == [STRETCH, FIT, FIT]
    assert table.isSortingEnabled() and table.updatesEnabled()
    assert header.sectionSize(1) >= table.fontMetrics().horizontalAdvance("很长的一段文字299")


def test_an_error_while_filling_leaves_the_table_usable(qtbot):
    table = _table(qtbot)
    with pytest.raises(RuntimeError), bulk_fill(table):
        raise RuntimeError("query failed")
    assert table.horizontalHeader().sectionResizeMode(2) is FIT and table.updatesEnabled()
