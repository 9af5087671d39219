"""The application dialog keeps what the clerk typed: attaching a scan or ticking a material leaves the
info tab and the change items alone, and closing with unsaved input asks 保存 / 放弃 / 取消."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import Clock, add_nursery, service
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import FilingKind
from workstation.domain.filing_rules import MaterialType
from workstation.services.filing.dto import ChangeDraft
from workstation.ui.filing.application_dialog import FilingApplicationDialog
from workstation.ui.filing.changes_editor import ChangesEditor

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def svc(district):
    return service(district, Clock(dt.date(2026, 12, 4)))


def open_dialog(qtbot, svc, app_id: int, answers: list[str] | None = None) -> FilingApplicationDialog:
    dialog = FilingApplicationDialog(svc, app_id)
    qtbot.addWidget(dialog)
    dialog.show_error = lambda message: pytest.fail(f"unexpected message: {message}")
    dialog.asked = []
    dialog.ask_unsaved = lambda: dialog.asked.append("asked") or (answers or ["cancel"]).pop(0)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def scan(tmp_path) -> str:
    path = tmp_path / "营业执照.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(path), "PNG")
    return str(path)


def attach(qtbot, dialog: FilingApplicationDialog, path: str,
           material: MaterialType = MaterialType.FILING_FORM) -> None:
    dialog.ui.tabs.setCurrentWidget(dialog.ui.materialsTab)
    dialog.ui.materialsTable.selectRow(dialog.materials.row_of(material))
    dialog.choose_files = lambda: [path]
    qtbot.mouseClick(dialog.ui.attachButton, LEFT)
    assert len(dialog.view.material(material).files) == 1


def test_attaching_a_scan_keeps_the_typed_filing_information(qtbot, type_text, svc, district, tmp_path):
    app = svc.create(add_nursery(district.factory), FilingKind.INITIAL)
    dialog = open_dialog(qtbot, svc, app.id)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.infoTab)
    type_text(ui.signerEdit, "张三")
    type_text(ui.nationalNoEdit, "TY-500107-88")
    attach(qtbot, dialog, scan(tmp_path))
    assert (ui.signerEdit.text(), ui.nationalNoEdit.text()) == ("张三", "TY-500107-88")
    qtbot.mouseClick(ui.saveInfoButton, LEFT)
    stored = svc.get(app.id)
    assert (stored.commitment_signer, stored.national_filing_no) == ("张三", "TY-500107-88")
    assert not dialog.has_unsaved()
    qtbot.mouseClick(ui.closeButton, LEFT)  # everything saved: closes without asking
    assert dialog.asked == [] and not dialog.isVisible()


def add_change(qtbot, type_text, dialog: FilingApplicationDialog, new: str, reason: str) -> None:
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.changesTab)
    qtbot.mouseClick(ui.addChangeButton, LEFT)
    row = ui.changesTable.rowCount() - 1
    combo = ui.changesTable.cellWidget(row, ChangesEditor.FIELD)
    combo.setCurrentIndex(combo.findData("director_name"))
    for column, text in ((ChangesEditor.NEW, new), (ChangesEditor.REASON, reason)):
        ui.changesTable.setCurrentCell(row, column)
        ui.changesTable.editItem(ui.changesTable.item(row, column))
        editor = ui.changesTable.focusWidget()
        type_text(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda r=row, c=column, t=text: ui.changesTable.item(r, c).text() == t)


@pytest.fixture
def change_app(svc, district):
    return svc.create(add_nursery(district.factory, status=InstitutionStatus.OPERATING), FilingKind.CHANGE)


def test_unsaved_change_rows_survive_a_scan_and_closing_asks(qtbot, type_text, svc, change_app, tmp_path):
    dialog = open_dialog(qtbot, svc, change_app.id, answers=["cancel", "save"])
    add_change(qtbot, type_text, dialog, "赵六", "原负责人退休")
    attach(qtbot, dialog, scan(tmp_path))
    assert dialog.changes.drafts() == [ChangeDraft("director_name", "赵六", "原负责人退休")]
    qtbot.mouseClick(dialog.ui.closeButton, LEFT)  # 取消: stays open with the rows
    assert dialog.asked == ["asked"] and dialog.isVisible()
    assert dialog.ui.changesTable.rowCount() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # 保存: saved, then closed
    assert dialog.asked == ["asked", "asked"] and not dialog.isVisible()
    assert [(i.field, i.new_value, i.reason) for i in svc.get(change_app.id).change_items] == [
        ("director_name", "赵六", "原负责人退休")]


def test_discarding_closes_without_saving(qtbot, type_text, svc, change_app):
    dialog = open_dialog(qtbot, svc, change_app.id, answers=["discard"])
    add_change(qtbot, type_text, dialog, "赵六", "原负责人退休")
    dialog.close()
    assert dialog.asked == ["asked"] and not dialog.isVisible()
    assert svc.get(change_app.id).change_items == ()
