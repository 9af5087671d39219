"""The materials checklist of a change application follows the 变更事项 rows chosen (issue #16 item 7):
a phone change needs no licence; a name or legal-representative change needs the changed licence."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import Clock, add_nursery, service
from PySide6.QtCore import Qt

from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import FilingKind
from workstation.domain.filing_rules import MaterialType
from workstation.ui.filing.application_dialog import FilingApplicationDialog
from workstation.ui.filing.changes_editor import ChangesEditor
from workstation.ui.filing.materials_table import MaterialsTable

LEFT = Qt.MouseButton.LeftButton
LICENCE = "变更后的营业执照或法人登记证书"


@pytest.fixture
def dialog(qtbot, district):
    svc = service(district, Clock(dt.date(2026, 12, 4)))
    app = svc.create(add_nursery(district.factory, status=InstitutionStatus.OPERATING), FilingKind.CHANGE)
    dialog = FilingApplicationDialog(svc, app.id)
    qtbot.addWidget(dialog)
    dialog.show_error = lambda message: pytest.fail(f"unexpected message: {message}")
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_cell(qtbot, type_text, dialog: FilingApplicationDialog, row: int, column: int, text: str) -> None:
    table = dialog.ui.changesTable
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = table.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)


def choose_change(qtbot, type_text, dialog: FilingApplicationDialog, field: str, new: str, reason: str) -> None:
    """Edit the first change row (adding it when there is none) and save the change items."""
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.changesTab)
    if ui.changesTable.rowCount() == 0:
        qtbot.mouseClick(ui.addChangeButton, LEFT)
    combo = ui.changesTable.cellWidget(0, ChangesEditor.FIELD)
    combo.setCurrentIndex(combo.findData(field))
    type_cell(qtbot, type_text, dialog, 0, ChangesEditor.NEW, new)
    type_cell(qtbot, type_text, dialog, 0, ChangesEditor.REASON, reason)
    qtbot.mouseClick(ui.saveChangesButton, LEFT)


def checklist_shown(dialog: FilingApplicationDialog) -> dict[str, str]:
    """Material title -> the 必需 column, as the materials tab shows them."""
    table = dialog.ui.materialsTable
    return {table.item(row, MaterialsTable.MATERIAL).text(): table.item(row, MaterialsTable.REQUIRED).text()
            for row in range(table.rowCount())}


def test_a_phone_change_asks_for_no_licence(qtbot, type_text, dialog):
    choose_change(qtbot, type_text, dialog, "phone", "023-60000000", "换号")
    assert [i.field for i in dialog.view.change_items] == ["phone"]
    shown = checklist_shown(dialog)
    assert LICENCE not in shown
    assert shown["托育机构备案变更申请（备案书）"] == "是"
    assert MaterialType.LICENCE not in {m.material_type for m in dialog.view.materials}


@pytest.mark.parametrize("field, new", [("name", "新名称托育园"), ("legal_rep_name", "李四"),
                                        ("address", "谢家湾正街1号")])
def test_a_registered_item_change_asks_for_the_changed_licence(qtbot, type_text, dialog, field, new):
    choose_change(qtbot, type_text, dialog, "phone", "023-60000000", "换号")
    assert LICENCE not in checklist_shown(dialog)
    choose_change(qtbot, type_text, dialog, field, new, "登记事项变更")
    assert [i.field for i in dialog.view.change_items] == [field]
    assert checklist_shown(dialog)[LICENCE] == "是"
