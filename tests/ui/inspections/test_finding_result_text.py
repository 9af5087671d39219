"""A finding's 检查结果 and its line on the 整改通知书 say the grade once when the inspector's note
already starts with it (the walk saw "基本符合：基本符合，个别细节需完善")."""

from __future__ import annotations

import datetime as dt

from inspections_ui_support import add_nursery, make_page, record_with, services
from sqlalchemy import update

from workstation.db.orm.inspections import Finding, InspectionItemResult
from workstation.domain.inspections import ItemResult
from workstation.exports.inspections.notice import notice_document

NOTE = "基本符合，个别细节需完善"
DAY = dt.date(2026, 12, 1)


def notice_text(document) -> str:
    return "\n".join(str(v) for block in document.blocks for row in getattr(block, "rows", ()) for v in row)


def test_the_grade_is_said_once(qtbot, district):
    svc = services(district, today=DAY).inspections
    inspection = record_with(svc, add_nursery(district.factory, 1), DAY, {"XF-02": ItemResult.PARTIAL})
    with district.engine.begin() as conn:  # as the demo generator writes its notes
        conn.execute(update(Finding).values(note=NOTE))
        conn.execute(update(InspectionItemResult).where(InspectionItemResult.code == "XF-02").values(note=NOTE))
    dialog = make_page(qtbot, district).open_finding(inspection.findings[0].id)
    assert dialog.ui.resultValue.text() == NOTE
    text = notice_text(notice_document(svc.notice(inspection.id)))
    assert NOTE in text and f"基本符合：{NOTE}" not in text


def test_a_note_that_does_not_start_with_the_grade_follows_it(qtbot, district):
    svc = services(district, today=DAY).inspections
    inspection = record_with(svc, add_nursery(district.factory, 1), DAY, {"XF-02": ItemResult.FAIL})
    dialog = make_page(qtbot, district).open_finding(inspection.findings[0].id)
    assert dialog.ui.resultValue.text() == "不符合：现场发现问题"
    assert "不符合：现场发现问题" in notice_text(notice_document(svc.notice(inspection.id)))
