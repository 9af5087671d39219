"""A refresh of 收费公示 counts the district's fee list once (the unfiltered list's count is its total);
with a search active the total is still counted apart."""

from __future__ import annotations

from test_fees_page import TODAY, services  # noqa: F401 (fixture)

from workstation.ui.fees import FeesPage


def test_the_unfiltered_list_is_counted_once_and_a_search_keeps_the_total(qtbot, services, monkeypatch):  # noqa: F811
    fees, rules, _ids = services
    counted: list[object] = []
    original = type(fees).overview_count
    monkeypatch.setattr(type(fees), "overview_count",
                        lambda self, query, as_of: (counted.append(query), original(self, query, as_of))[1])
    page = FeesPage(fees, rule_service=rules, today=lambda: TODAY)
    qtbot.addWidget(page)

    assert len(counted) == 1  # built (its first visit): one count for both numbers
    assert page.ui.countLabel.text() == "2 / 2 家"

    page.ui.searchEdit.setText("阳光")
    page.model.set_query(type(page.model.query)(text="阳光"))
    counted.clear()
    page.refresh()
    assert [q.text for q in counted] == ["阳光", ""]
    assert page.ui.countLabel.text() == "1 / 2 家"


def test_the_count_is_grouped_and_keeps_its_width_while_the_search_narrows_it(qtbot, services, monkeypatch):  # noqa: F811
    """Walk at 100k: "71268 / 71268 家" without separators, the toolbar shifting as the count shrank."""
    fees, rules, _ids = services
    monkeypatch.setattr(type(fees), "overview_count", lambda self, query, as_of: 71268 if not query.text else 7)
    page = FeesPage(fees, rule_service=rules, today=lambda: TODAY)
    qtbot.addWidget(page)
    label = page.ui.countLabel
    assert label.text() == "71,268 / 71,268 家"
    width = label.minimumWidth()
    assert width >= label.fontMetrics().horizontalAdvance(label.text())
    page.ui.searchEdit.setText("阳光")
    page.model.set_query(type(page.model.query)(text="阳光"))
    page.refresh()
    assert label.text() == "7 / 71,268 家" and label.minimumWidth() == width
