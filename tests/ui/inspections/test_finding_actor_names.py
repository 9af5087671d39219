"""A finding's history names the demo generator 演示数据, not its code system:demo."""

from __future__ import annotations

import datetime as dt

from inspections_ui_support import add_nursery, make_page, record_with, services
from sqlalchemy import update

from workstation.db.orm.inspections import FindingEvent
from workstation.domain.inspections import ItemResult


def test_a_demo_finding_history_names_demo_data(qtbot, district):
    day = dt.date(2026, 12, 1)
    inspection = record_with(services(district, today=day).inspections, add_nursery(district.factory, 1), day,
                             {"XF-02": ItemResult.FAIL})
    with district.engine.begin() as conn:  # as the demo generator writes it
        conn.execute(update(FindingEvent).values(actor="system:demo", actor_name=""))
    dialog = make_page(qtbot, district).open_finding(inspection.findings[0].id)
    history = dialog.ui.historyView.toPlainText()
    assert "（演示数据）" in history and "system:demo" not in history
