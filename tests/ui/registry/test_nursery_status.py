"""The nursery record's 办理状态变化: the clerk records a life-cycle act; status, timeline, registry follow."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import CLERK, add_nursery
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from workstation.domain.enums import InstitutionStatus as S
from workstation.domain.lifecycle import LifecycleAct as A
from workstation.services.district.service import DistrictService
from workstation.services.registry import IntakeService, LifecycleService, RegistryService, TimelineService
from workstation.ui.registry.area_page import IntakeAreaPage

TODAY = dt.date(2026, 12, 4)


@pytest.fixture
def page(qtbot, district, tmp_path, monkeypatch):
    monkeypatch.setattr("workstation.ui.registry.registry_page.default_settings",
                        lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    page = IntakeAreaPage(RegistryService(district.factory), IntakeService(district.factory, CLERK),
                          TimelineService(district.factory, CLERK), DistrictService(district.factory, CLERK).get(),
                          lifecycle=LifecycleService(district.factory, CLERK, today=lambda: TODAY),
                          today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


def _ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_clerk_suspends_then_resumes_a_nursery_from_its_record(qtbot, page, district, type_text):
    nursery_id = add_nursery(district.factory, 1, S.OPERATING)
    page.open_record(nursery_id)
    record = page.record_dialog
    assert record.ui.statusButton.isVisibleTo(record)
    assert list(record.act_actions) == [A.SUSPEND]
    record.act_actions[A.SUSPEND].trigger()
    dialog = record.status_dialog
    assert dialog.ui.statusValue.text() == "正常运营 → 停业整顿/暂停收托"
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # no reason given
    assert "请填写依据或情况说明" in dialog.ui.messageLabel.text() and dialog.isVisible()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 30))
    type_text(dialog.ui.noteEdit, "区卫健委责令停业整顿（消防通道堵塞）")
    with qtbot.waitSignal(record.status_changed):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert record.ui.statusValue.text() == "停业整顿/暂停收托"
    texts = [record.ui.timelineTable.item(r, 3).text() for r in range(record.ui.timelineTable.rowCount())]
    assert "2026-11-30 停业整顿/暂停收托：正常运营 → 停业整顿/暂停收托（区卫健委责令停业整顿（消防通道堵塞））" in texts

    assert list(record.act_actions) == [A.RESUME]
    record.act_actions[A.RESUME].trigger()
    resume = record.status_dialog
    assert resume.ui.noteCaption.text() == "复查情况："
    type_text(resume.ui.noteEdit, "12月3日复查合格")
    qtbot.mouseClick(_ok(resume), Qt.MouseButton.LeftButton)
    assert record.ui.statusValue.text() == "正常运营"


def test_no_act_button_where_nothing_can_be_recorded(qtbot, page, district):
    nursery_id = add_nursery(district.factory, 1, S.FILING)
    page.open_record(nursery_id)
    assert not page.record_dialog.ui.statusButton.isVisibleTo(page.record_dialog)
