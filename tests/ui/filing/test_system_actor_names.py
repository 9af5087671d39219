"""An application's 审核人 and 办理记录 name the demo generator 演示数据, not its code system:demo."""

from __future__ import annotations

import datetime as dt

from filing_support import Clock, add_nursery, service
from sqlalchemy import update

from workstation.db.orm.filing import FilingEvent, FilingMaterial
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import FilingKind
from workstation.ui.filing.application_dialog import FilingApplicationDialog
from workstation.ui.filing.materials_table import MaterialsTable


def test_a_demo_review_and_event_are_named_demo_data(qtbot, district):
    svc = service(district, Clock(dt.date(2026, 12, 4)))
    app = svc.create(add_nursery(district.factory, status=InstitutionStatus.OPERATING), FilingKind.CHANGE)
    with district.engine.begin() as conn:  # as the demo generator writes them
        conn.execute(update(FilingMaterial).where(FilingMaterial.application_id == app.id)
                     .values(checked_by="system:demo", checked_at=dt.datetime(2026, 12, 1, 2)))
        conn.execute(update(FilingEvent).where(FilingEvent.application_id == app.id)
                     .values(actor="system:demo", actor_name=""))
    dialog = FilingApplicationDialog(svc, app.id)
    qtbot.addWidget(dialog)
    materials = dialog.ui.materialsTable
    reviewers = {materials.item(r, MaterialsTable.CHECKED).text() for r in range(materials.rowCount())}
    assert reviewers and all(text.startswith("演示数据 2026-12-01") for text in reviewers)
    history = dialog.ui.historyTable
    assert {history.item(r, 1).text() for r in range(history.rowCount())} == {"演示数据"}
