"""The 机构登记 area end to end: registry → record with timeline → editor → saved → refreshed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from workstation.domain.enums import ClassType, InstitutionKind, LegalNature, PremisesType
from workstation.domain.nursery import ClassDraft, NurseryDraft, Override
from workstation.services.district.service import DistrictService
from workstation.services.registry.intake import IntakeService
from workstation.services.registry.listing import RegistryService
from workstation.services.registry.timeline import TimelineService
from workstation.ui.registry.area_page import IntakeAreaPage


@pytest.fixture
def area(qtbot, district, actor, tmp_path, monkeypatch):
    monkeypatch.setattr("workstation.ui.registry.registry_page.default_settings",
                        lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    intake = IntakeService(district.factory, actor, today=lambda: dt.date(2026, 11, 23))
    base = NurseryDraft(name="彩虹桥托育服务有限公司", legal_nature=LegalNature.PUBLIC_INSTITUTION,
                        kind=InstitutionKind.STANDALONE, uscc="91500107MA01ABCD53",
                        registered_at=dt.date(2025, 3, 1), address="杨家坪正街8号",
                        business_scope="3岁以下婴幼儿照护服务", premises_type=PremisesType.OWNED, places_total=30,
                        classes=(ClassDraft(ClassType.TODDLER_OLD, "大一班", 20, 14, 2),))
    record = intake.create(base, overrides=[Override("R-USCC-NATURE", "证照换发中")])
    intake.update(record.id, record.version, dataclasses.replace(base, phone="023-68881234"),
                  overrides=[Override("R-USCC-NATURE", "证照换发中")])
    page = IntakeAreaPage(RegistryService(district.factory), intake, TimelineService(district.factory, actor),
                          DistrictService(district.factory, actor).get())
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    return page, record.id


def test_activating_a_row_shows_record_with_timeline(qtbot, area):
    page, nursery_id = area
    table = page.registry_page.ui.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.record_dialog is not None and page.record_dialog.isVisible())
    dialog = page.record_dialog
    assert dialog.nursery_id == nursery_id
    assert dialog.ui.titleLabel.text() == "彩虹桥托育服务有限公司"
    texts = [dialog.ui.timelineTable.item(r, 3).text() for r in range(dialog.ui.timelineTable.rowCount())]
    assert "录入机构信息" in texts
    assert any("营业执照" in t or "事业单位法人证书" in t for t in texts)
    assert any("证照换发中" in t for t in texts)
    assert "修改了：联系电话" in texts  # the second save, naming what it changed


def test_edit_from_record_saves_and_refreshes(qtbot, area, type_text):
    page, nursery_id = area
    page.open_record(nursery_id)
    qtbot.mouseClick(page.record_dialog.ui.editButton, Qt.MouseButton.LeftButton)
    editor = page.editor
    qtbot.waitUntil(editor.isVisible)
    name = editor.ui.nameEdit
    name.selectAll()
    type_text(name, "彩虹桥婴幼儿照护中心")
    qtbot.waitUntil(lambda: editor.ui.saveButton.isEnabled())
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.record_dialog.ui.titleLabel.text() == "彩虹桥婴幼儿照护中心"
    qtbot.waitUntil(lambda: page.registry_page.model.row_at(0).name == "彩虹桥婴幼儿照护中心")


def test_ctrl_n_opens_an_empty_editor(qtbot, area):
    page, _ = area
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor.isVisible())
    assert page.editor.ui.nameEdit.text() == ""


def test_a_save_is_confirmed_in_the_status_bar(qtbot, area, type_text):
    from PySide6.QtWidgets import QMainWindow

    page, nursery_id = area
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(page)
    window.show()
    page.open_record(nursery_id)
    qtbot.mouseClick(page.record_dialog.ui.editButton, Qt.MouseButton.LeftButton)
    editor = page.editor
    qtbot.waitUntil(editor.isVisible)
    editor.ui.nameEdit.selectAll()
    type_text(editor.ui.nameEdit, "彩虹桥婴幼儿照护中心")
    qtbot.waitUntil(lambda: editor.ui.saveButton.isEnabled())
    assert window.statusBar().currentMessage() == ""
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == f"已保存“彩虹桥婴幼儿照护中心”（记录号 {nursery_id}）。"
    window.takeCentralWidget()  # the page is the fixture's to close
