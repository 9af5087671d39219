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
