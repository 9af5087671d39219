"""The 备案管理 list at scale: a refresh of 500 applications resets the model once and reads one page;
the search goes to the service as a query; the selected application stays selected."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from workstation.domain.filing import FilingKind, FilingState
from workstation.services.filing import ApplicationPage, ApplicationRow, WorkQueues
from workstation.ui.filing.filing_page import FilingPage

TODAY = dt.date(2026, 12, 4)
TOTAL = 500


class Service:
    def __init__(self, rows: list[ApplicationRow]) -> None:
        self.rows, self.asked = rows, []

    def queues(self) -> WorkQueues:
        return WorkQueues(TODAY, ())

    def applications_first_page(self, query, limit):
        self.asked.append(("first", query))
        return ApplicationPage(len(self.rows), tuple(self.rows[:limit]))

    def applications_page(self, query, offset, limit):
        self.asked.append(("page", query))
        return self.rows[offset:offset + limit]


def application(number: int) -> ApplicationRow:
    return ApplicationRow(number, number, f"备案托育园{number}", "", FilingKind.INITIAL, FilingState.SUBMITTED,
                          TODAY, TODAY, None)


def make(qtbot, service: Service) -> FilingPage:
    page = FilingPage(service, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_refresh_of_500_applications_resets_the_list_once_and_reads_one_page(qtbot):
    service = Service([application(n) for n in range(TOTAL, 0, -1)])
    page = make(qtbot, service)
    model = page.ui.applicationTable.model()
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda *args: inserted.append(args))
    service.asked.clear()

    page.refresh()

    assert (len(resets), inserted) == (1, [])
    assert model.rowCount() == TOTAL and model.index(0, FilingPage.NAME).data() == "备案托育园500"
    assert [kind for kind, _ in service.asked] == ["first"]


def test_search_and_filters_go_to_the_service_and_the_selection_stays(qtbot):
    service = Service([application(n) for n in range(TOTAL, 0, -1)])
    page = make(qtbot, service)
    view = page.ui.applicationTable
    view.setCurrentIndex(page.model.index(300, 0))
    page.ui.stateCombo.setCurrentIndex(page.ui.stateCombo.findData(FilingState.SUBMITTED))
    page.ui.searchEdit.setText("托育园")
    page.reload_list()
    query = service.asked[-1][1]
    assert (query.text, query.state, query.kind) == ("托育园", FilingState.SUBMITTED, None)
    assert page.model.row_at(view.currentIndex().row()).id == TOTAL - 300


def test_the_list_opens_with_its_order_shown_in_the_header_and_a_click_sorts_in_sql(qtbot):
    """The header's sort indicator names the column the list is sorted by from the start (提交日期, latest
    first): the service's default order (the id) has no column, so the header showed none."""
    service = Service([application(n) for n in range(3, 0, -1)])
    page = make(qtbot, service)
    header = page.ui.applicationTable.horizontalHeader()
    first = [query for kind, query in service.asked if kind == "first"][0]
    assert (first.sort_key, first.descending) == ("submitted", True)  # the order read is the one shown
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (FilingPage.SUBMITTED,
                                                                             Qt.SortOrder.DescendingOrder)
    service.asked.clear()
    header.setSortIndicator(FilingPage.NAME, Qt.SortOrder.AscendingOrder)  # as a header click does
    assert [(kind, q.sort_key, q.descending) for kind, q in service.asked] == [("first", "nursery", False)]
