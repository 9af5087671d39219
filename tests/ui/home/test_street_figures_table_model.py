"""StreetFiguresTableModel: display text, alignment, numeric sorting through the proxy."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workstation.models.home.street_figures_table_model import StreetFiguresTableModel as Model
from workstation.models.home.street_figures_table_model import sorting_proxy
from workstation.services.home.figures import StreetFigures

ROWS = (
    StreetFigures("500107001", "杨家坪街道", 12, 3, 1200, 300),
    StreetFigures("500107002", "谢家湾街道", 2, 0, 90, 0),
    StreetFigures("500107003", "石坪桥街道", 5, 1, 300, 120),
)


def column(model, col: int) -> list:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_headers_and_display():
    model = Model(ROWS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["街道（乡镇）", "区划代码", "机构数", "已登记未备案", "托位数", "普惠托位数"]
    assert column(model, Model.PLACES) == ["1,200", "90", "300"]
    assert model.index(0, Model.PLACES).data(Model.SORT_ROLE) == 1200
    assert model.index(0, Model.NAME).data() == "杨家坪街道"


def test_numbers_are_right_aligned_and_names_left():
    model = Model(ROWS)
    number = Qt.AlignmentFlag(model.index(0, Model.NURSERIES).data(Qt.ItemDataRole.TextAlignmentRole))
    name = Qt.AlignmentFlag(model.index(0, Model.NAME).data(Qt.ItemDataRole.TextAlignmentRole))
    assert number & Qt.AlignmentFlag.AlignRight
    assert name & Qt.AlignmentFlag.AlignLeft and not name & Qt.AlignmentFlag.AlignRight


def test_proxy_sorts_numbers_as_numbers():
    model = Model(ROWS)
    proxy = sorting_proxy(model)
    proxy.sort(Model.PLACES, Qt.SortOrder.AscendingOrder)
    # As text "1,200" would sort before "300" and "90".
    assert column(proxy, Model.PLACES) == ["90", "300", "1,200"]
    proxy.sort(Model.NURSERIES, Qt.SortOrder.DescendingOrder)
    assert column(proxy, Model.NAME) == ["杨家坪街道", "石坪桥街道", "谢家湾街道"]


def test_set_rows_resets(qtmodeltester):
    model = Model()
    assert model.rowCount() == 0
    model.set_rows(ROWS)
    assert model.rowCount() == 3 and model.columnCount() == Model.COLUMN_COUNT
    assert model.row_at(2).street_name == "石坪桥街道"
    qtmodeltester.check(model)
