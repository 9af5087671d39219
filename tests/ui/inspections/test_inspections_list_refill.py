"""The 监督检查 lists at scale: a refresh of 500 open findings resets the model once (no row-by-row
fill), reads one page, sorts in SQL on a header click and keeps the selected finding."""

from __future__ import annotations

import datetime as dt
import types

from inspections_ui_support import DAY, INSPECTOR
from PySide6.QtCore import QPoint, Qt

from workstation.domain.enums import InspectingDeptKind
from workstation.domain.inspections import RectificationState, Severity
from workstation.models.inspections import FindingTableModel
from workstation.services.inspections import FindingRow, HomeCounts, ListPage
from workstation.ui.inspections.inspections_page import InspectionServices, InspectionsPage

TOTAL = 500


def finding(number: int) -> FindingRow:
    late = number < 100
    return FindingRow(number, 1, number, f"托育园{number}", InspectingDeptKind.FIRE, f"XF-{number:03}", "灭火器",
                      Severity.GENERAL, RectificationState.OVERDUE if late else RectificationState.ISSUED,
                      DAY + dt.timedelta(days=number - 100), 0, "", 100 - number if late else 0)


class Queues:
    """The page's read side, counting what the page asks for."""

    def __init__(self, rows: list[FindingRow]) -> None:
        self.rows, self.asked = rows, []

    def findings_first_page(self, query, limit):
        self.asked.append(("first", query, limit))
        return ListPage(len(self.rows), tuple(self.rows[:limit]))

    def findings_page(self, query, offset, limit):
        self.asked.append(("page", query, offset))
        return self.rows[offset:offset + limit]

    def inspections_first_page(self, query, limit):
        return ListPage(0, ())

    def inspections_page(self, query, offset, limit):
        return []

    def home_counts(self):
        return HomeCounts(0, 100)


def make(qtbot, queues: Queues) -> InspectionsPage:
    none = types.SimpleNamespace()
    page = InspectionsPage(InspectionServices(none, none, queues, lambda text: []), INSPECTOR, today=lambda: DAY)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_refresh_of_500_findings_resets_the_list_once_and_reads_one_page(qtbot):
    queues = Queues([finding(n) for n in range(TOTAL)])
    page = make(qtbot, queues)
    model = page.ui.findingsTable.model()
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda *args: inserted.append(args))
    queues.asked.clear()

    page.refresh()

    assert (len(resets), inserted) == (1, [])
    assert model.rowCount() == TOTAL
    assert [kind for kind, *_ in queues.asked] == ["first"]  # one count and one page, nothing else
    assert model.index(0, 5).data() == "逾期 100 天"


def test_a_header_click_asks_the_service_for_that_order(qtbot):
    queues = Queues([finding(n) for n in range(TOTAL)])
    page = make(qtbot, queues)
    queues.asked.clear()
    header = page.ui.findingsTable.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(FindingTableModel.DEADLINE) + 5, 5))
    [(kind, query, _limit)] = queues.asked
    assert kind == "first" and query.sort_key == "deadline"


def test_the_selected_finding_stays_selected_across_a_refresh(qtbot):
    rows = [finding(n) for n in range(TOTAL)]
    queues = Queues(rows)
    page = make(qtbot, queues)
    view = page.ui.findingsTable
    view.setCurrentIndex(view.model().index(250, 0))
    assert page.selected().id == 250
    queues.rows = rows[:10] + rows[11:]  # one finding before it was closed: it moved up one row
    page.refresh()
    assert page.selected().id == 250 and view.currentIndex().row() == 249
    queues.rows = [r for r in rows if r.id != 250]
    page.refresh()
    assert page.selected() is None or page.selected().id != 250
