"""A differing value is readable in the comparison from the first show: the two addresses differed only in
3楼 / 5楼 and both showed as "…高新大道141…" until the list was read again."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from workstation.domain.inbox import Decision, ItemClass
from workstation.services.inbox import Comparison, ItemRow
from workstation.ui.inbox.comparison_panel import ComparisonPanel

REGISTRY = "重庆市九龙坡区谢家湾街道高新大道141号九龙意库创意产业园3栋3楼301室"
PUSHED = "重庆市九龙坡区谢家湾街道高新大道141号九龙意库创意产业园3栋5楼501室"
ITEM = ItemRow(1, 1, 5, "91500107MA00000000", "彩虹桥托育有限公司", ItemClass.DIFFERS, 7, ("address",), "",
               Decision.PENDING, "", "", None)
ROWS = [Comparison("name", "名称", "彩虹桥托育有限公司", "彩虹桥托育有限公司", True),
        Comparison("address", "住所", REGISTRY, PUSHED, True)]


def test_differing_values_stay_whole_when_the_pane_settles_narrower(qtbot):
    """The page fills the pane as it is shown, then its splitter settles: the rows must follow the width."""
    holder = QWidget()
    qtbot.addWidget(holder)
    panel = ComparisonPanel(holder)
    QVBoxLayout(holder).addWidget(panel)
    holder.resize(900, 400)
    holder.show()
    qtbot.waitExposed(holder)
    panel.show_item(ITEM, ROWS)
    table, address = panel.table, 1
    assert table.rowHeight(address) >= table.sizeHintForRow(address)

    holder.resize(300, 400)
    qtbot.waitUntil(lambda: table.columnWidth(1) < 120)
    assert table.columnWidth(1) < table.fontMetrics().horizontalAdvance(REGISTRY)  # it has to wrap
    # tall enough for every wrapped line (without the fix the row stays one line high for good)
    qtbot.waitUntil(lambda: table.rowHeight(address) >= table.sizeHintForRow(address) )
    for column, value in ((1, REGISTRY), (2, PUSHED)):
        assert value in table.item(address, column).toolTip()  # and the whole value on hover
