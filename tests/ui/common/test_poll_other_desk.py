"""A nursery registered at another desk shows in this desk's registry list without pressing anything:
the main window polls the database's change stamp (both engines)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from workstation.app import attach_database, build_main_window
from workstation.db.session import open_database
from workstation.domain.enums import InstitutionKind, LegalNature
from workstation.domain.nursery import NurseryDraft
from workstation.models.registry import NurseryTableModel
from workstation.services.common.context import Actor
from workstation.services.registry.intake import IntakeService

CLERK = Actor("clerk", "王登记", "CLERK")
TODAY = dt.date(2026, 12, 4)


def _names(registry_page) -> list[str]:
    model = registry_page.model
    return [model.index(row, NurseryTableModel.NAME).data() for row in range(model.rowCount())]


def _register_at_another_desk(location: str, name: str) -> None:
    desk = open_database(location)
    try:
        draft = NurseryDraft(name=name, legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                             street_code="500107001", address="杨家坪正街8号", places_total=40)
        IntakeService(desk.factory, Actor("li", "李四", "CLERK"), today=lambda: TODAY).create(
            dataclasses.replace(draft))
    finally:
        desk.close()


def test_another_desks_new_nursery_appears_in_the_list_in_view(qtbot, district):
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    window.show()
    window.show_area("registry")
    registry = window.page("registry").registry_page
    assert "远方托育园" not in _names(registry)

    window.poll_changes(20)  # the window's own timer, looking more often than the desks' 3 s
    _register_at_another_desk(district.location, "远方托育园")
    qtbot.waitUntil(lambda: "远方托育园" in _names(registry))


def test_nothing_is_read_again_while_nobody_commits(qtbot, district, monkeypatch):
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    window.show()
    window.show_area("registry")
    assert not window.check_for_changes()
    _register_at_another_desk(district.location, "远方托育园")
    assert window.check_for_changes()
    assert "远方托育园" in _names(window.page("registry").registry_page)
    assert not window.check_for_changes()
