"""收费公示 on a server: a search listing more nurseries than the cap shows its first rows at once, says
"more than", and grows to the exact count taken on another thread (#20: counting 托 read 72,000 rows of the
server at every keystroke). The server's capped count is stood in for by a service answering as it does."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from workstation.services.common.context import Actor
from workstation.services.fees import FeeOverviewQuery
from workstation.services.fees.service import FeeService
from workstation.ui.fees import FeesPage

TODAY = dt.date(2026, 12, 5)
CAP = 3


class ServerLikeFees(FeeService):
    """Counts up to a cap as a server does; records the exact counts asked for and on which thread."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.exact_counts: list[str] = []

    def overview_count_up_to(self, query, as_of=None, *, cap, kept=None):
        total = super().overview_count(query, as_of)
        return (total, True) if total <= cap or not query.text else (cap + 1, False)

    def overview_count(self, query, as_of=None, *, kept=None, later=False):
        self.exact_counts.append((query.text, later))
        return super().overview_count(query, as_of, kept=kept, later=later)


@pytest.fixture
def page(qtbot, demo_database, tmp_path, monkeypatch):
    db = demo_database(tmp_path / "d.db", 60, seed=5, today=TODAY, actor=Actor("tester", "测试员", "SYSTEM"))
    fees = ServerLikeFees(db.factory, Actor("manager", "科室负责人", role="MANAGER"), today=lambda: TODAY)
    from workstation.models.fees.fee_overview_table_model import FeeOverviewTableModel

    monkeypatch.setattr(FeeOverviewTableModel, "COUNT_CAP", CAP)
    widget = FeesPage(fees, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.model.wait_for_count()
    db.close()


def test_many_matches_show_their_first_rows_then_grow_to_the_exact_count(qtbot, page):
    model, label = page.model, page.ui.countLabel
    exact = page._service.overview_count(FeeOverviewQuery(text="托育"), TODAY)
    assert exact > CAP + 1
    with qtbot.waitSignal(model.count_settled, timeout=10_000):
        page.ui.searchEdit.setText("托育")  # (the list follows the text as typed)
        assert (model.exact, model.total, model.rowCount()) == (False, CAP + 1, CAP + 1)
        assert "超过" in label.text() and f"{CAP:,}" in label.text()
        assert model.data(model.index(0, model.NAME), Qt.ItemDataRole.DisplayRole)  # the first rows at once
    assert (model.exact, model.total, model.rowCount()) == (True, exact, exact)
    assert "超过" not in label.text() and label.text().startswith(f"{exact:,} / ")
    assert ("托育", True) in page._service.exact_counts  # counted for later: no one waits on it


def test_a_count_of_what_was_typed_before_is_dropped(qtbot, page):
    model = page.model
    page.ui.searchEdit.setText("托育")
    page.ui.searchEdit.setText("没有这样的机构")
    model.wait_for_count()
    qtbot.wait(50)  # the count's signal crosses to this thread
    assert (model.exact, model.total) == (True, 0)
    assert not page.ui.countLabel.text().startswith("超过")


def test_scrolling_to_the_end_of_the_lower_bound_counts_at_once(qtbot, page):
    model = page.model
    model.set_query(FeeOverviewQuery(text="托育"))
    assert not model.exact and model.canFetchMore()
    model.fetchMore()
    exact = page._service.overview_count(FeeOverviewQuery(text="托育"), TODAY)
    assert (model.exact, model.total) == (True, exact)
    assert not model.canFetchMore()
