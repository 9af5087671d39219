"""The event hub keeps every open view current: a change made on one page shows on the others
without pressing 查询 or leaving the page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from workstation.app import attach_database, build_main_window
from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.codes import make_org_code, make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.filing_rules import FireProofKind, HygieneRating, MaterialResult, MaterialType
from workstation.models.registry import NurseryTableModel
from workstation.services.common.context import Actor
from workstation.services.filing import FilingInfo, FilingService, MaterialUpdate

MANAGER = Actor("manager", "李科长", "MANAGER")   # decides filings and reads the audit trail
CLERK = Actor("clerk", "王登记", "CLERK")


def _filed_nursery(factory) -> int:
    with factory.begin() as session:
        row = Nursery(name="注销托育园", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                      status=InstitutionStatus.FILED, uscc=make_uscc("91", "500107", make_org_code("00000009")),
                      registered_at=dt.date(2025, 6, 1), director_name="李四", filing_no="500107-2025-0001")
        session.add(row)
        session.flush()
        return row.id


def _cancellation_ready_to_accept(database, nursery_id: int) -> int:
    svc = FilingService(database.factory, CLERK, Attachments(database.factory))
    app = svc.create(nursery_id, FilingKind.CANCELLATION)
    app = svc.update_info(app.id, app.version, FilingInfo(settlement_note="在托幼儿已全部妥善安置。"))
    for m in app.materials:
        if m.required:
            svc.update_material(m.id, MaterialUpdate(
                True, FireProofKind.ACCEPTANCE if m.material_type is MaterialType.FIRE_SAFETY else None,
                HygieneRating.QUALIFIED if m.material_type is MaterialType.HYGIENE_EVALUATION else None))
    app = svc.get(app.id)
    app = svc.act(app.id, FilingAction.START_CHECK, svc.act(app.id, FilingAction.SUBMIT, app.version).version)
    for m in app.materials:
        if m.required:
            app = svc.check_material(m.id, MaterialResult.OK)
    return app.id


def _status_shown(registry_page, name: str) -> str:
    model = registry_page.model
    for row in range(model.rowCount()):
        if model.index(row, NurseryTableModel.NAME).data() == name:
            return model.index(row, NurseryTableModel.STATUS).data()
    raise AssertionError(f"{name} is not listed")


def test_a_cancellation_shows_in_the_registry_and_the_audit_list_at_once(qtbot, district):
    nursery = _filed_nursery(district.factory)
    app_id = _cancellation_ready_to_accept(district, nursery)
    window = build_main_window(district, MANAGER)
    qtbot.addWidget(window)
    attach_database(window, district, MANAGER)
    registry = window.page("registry").registry_page
    assert _status_shown(registry, "注销托育园") == "注销办理中"  # submitted, not yet accepted
    audit = window.page("settings").audit_page
    rows_before = audit.model.total

    dialog = window.page("filing").open_application(app_id)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda _title, _text: True
    qtbot.mouseClick(dialog.action_buttons[FilingAction.ACCEPT], Qt.MouseButton.LeftButton)

    # Nothing else pressed: the hub told the registry and the audit list.
    assert _status_shown(registry, "注销托育园") == "已注销"
    assert audit.model.total > rows_before
    assert audit.ui.countLabel.text() == f"共 {audit.model.total} 条记录"


def test_pages_are_built_on_first_visit(qtbot, district):
    window = build_main_window(district, MANAGER)
    qtbot.addWidget(window)
    attach_database(window, district, MANAGER)
    assert [key for key in ("registry", "filing", "inspections", "fees", "registers") if window.built(key)] == []
    window.show_area("fees")
    assert window.built("fees") and not window.built("filing")


def test_every_kind_of_change_reaches_any_changed(qtbot):
    from workstation.ui.events import KINDS, AppEvents

    events = AppEvents()
    seen: list[str] = []
    events.any_changed.connect(seen.append)
    for kind in KINDS:
        with qtbot.waitSignal(getattr(events, f"{kind}_changed"), timeout=100):
            events.notify(kind)
    assert seen == list(KINDS)
