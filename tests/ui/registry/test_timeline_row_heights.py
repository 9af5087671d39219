"""The 时间线's rows fit their wrapped 内容 once the dialog is shown and again when it is resized (rows
sized while the column was still narrow were ~180 px tall for two lines in the walk)."""

from __future__ import annotations

from staff_support import add_nursery

from workstation.db.orm import WarningOverride
from workstation.services.common.context import Actor
from workstation.services.registry import IntakeService, TimelineService
from workstation.ui.registry import NurseryRecordDialog

MANAGER = Actor("manager", "王科长", "MANAGER")
LONG = "登记收费标准，自 2026-11-03 起执行：全日托 保育费 4,600.00元/月、伙食费 530.00元/月、报名建档费 200.00元/次；" * 2


def fitted(table) -> bool:
    """Every row as high as its text needs at the columns' present widths (at least one line)."""
    rows = table.verticalHeader()
    return all(table.rowHeight(r) == max(table.sizeHintForRow(r), rows.sectionSizeHint(r))
               for r in range(table.rowCount()))


def test_timeline_rows_fit_their_text_after_showing_and_resizing(qtbot, district):
    nursery = add_nursery(district.factory)
    with district.factory.begin() as session:
        session.add_all(WarningOverride(nursery_id=nursery, code="x", message=text, reason="已核实", created_by="clerk")
                        for text in (LONG, "短"))
    dialog = NurseryRecordDialog(IntakeService(district.factory, MANAGER), TimelineService(district.factory, MANAGER),
                                 nursery)
    qtbot.addWidget(dialog)
    dialog.resize(900, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.ui.timelineTable
    qtbot.waitUntil(lambda: table.columnWidth(3) > 400 and fitted(table))
    assert sorted(table.rowHeight(r) for r in range(3))[:2] == [table.verticalHeader().sectionSizeHint(0)] * 2
    wide, tall = table.columnWidth(3), max(table.rowHeight(r) for r in range(3))
    dialog.resize(1600, 600)
    qtbot.waitUntil(lambda: table.columnWidth(3) > wide and fitted(table))
    assert max(table.rowHeight(r) for r in range(3)) < tall  # the long text takes fewer lines now
