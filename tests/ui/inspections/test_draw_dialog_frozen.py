"""Walk (English): after 冻结抽取范围 the count could still be raised to 2 while the frozen draw took 1; the
conditions, counts and inspectors now show the frozen draw's values, read-only, until it is drawn. Freezing
with too few inspectors said "检查人员（0名）少于…" in English and kept saying it after the inspectors were
ticked again: the refusal is in the interface language and goes once an input changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_draw_dialog import INSPECTOR, db, dialog, set_count  # noqa: F401 (fixtures)

from workstation.exports.inspections.draw import write_draw_pdf
from workstation.i18n.translation import install_translator
from workstation.services.inspections.draws import RandomDrawService
from workstation.ui.inspections.draw_dialog import DrawDialog


def _criteria(ui):
    return (ui.streetCombo, ui.natureCombo, ui.kindCombo, ui.statusCombo, ui.inclusiveCombo, ui.countSpin,
            ui.perNurserySpin, ui.inspectorList, ui.nameEdit, ui.addNameButton)


def test_a_frozen_draw_shows_its_values_read_only_until_drawn(qtbot, dialog, db):  # noqa: F811
    ui = dialog.ui
    ui.streetCombo.setCurrentIndex(ui.streetCombo.findText("谢家湾街道"))
    ui.inspectorList.item(2).setCheckState(Qt.CheckState.Unchecked)
    set_count(qtbot, ui.countSpin, 1)
    frozen = dialog.draw()
    assert frozen is not None and frozen.count == 1
    assert not any(w.isEnabled() for w in _criteria(ui))
    assert f"第 {frozen.id} 次抽取已冻结" in ui.countSpin.toolTip()
    assert ui.publicEdit.isEnabled() and ui.witnessEdit.isEnabled()

    later = DrawDialog(RandomDrawService(db.factory, INSPECTOR, write_draw_pdf))  # opened again meanwhile
    qtbot.addWidget(later)
    lui = later.ui
    assert not any(w.isEnabled() for w in _criteria(lui))
    assert lui.countSpin.value() == 1 and lui.streetCombo.currentText() == "谢家湾街道"
    assert later.inspectors() == list(frozen.inspectors) and len(frozen.inspectors) == 2
    assert lui.populationLabel.text() == "3 家机构"

    ui.publicEdit.setText("507")
    ui.witnessEdit.setText("见证人甲")
    drawn = dialog.complete()
    assert drawn is not None and len(drawn.picks) == 1
    assert all(w.isEnabled() for w in _criteria(ui)) and ui.countSpin.value() == 1
    assert not ui.countSpin.toolTip().startswith("第")


def test_a_refused_freeze_in_english_goes_when_the_inputs_change(qtbot, qapp, translators, dialog):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    ui = dialog.ui
    for row in range(ui.inspectorList.count()):
        ui.inspectorList.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.draw() is None
    assert ui.errorLabel.isVisible()
    assert ui.errorLabel.text() == "Inspectors selected: 0, fewer than the 2 each nursery needs."
    ui.inspectorList.item(0).setCheckState(Qt.CheckState.Checked)
    assert not ui.errorLabel.isVisible() and ui.errorLabel.text() == ""
    set_count(qtbot, ui.countSpin, 9)
    assert dialog.draw() is None and ui.errorLabel.text() == (
        "The count (9) exceeds the nurseries in the population (8).")
    set_count(qtbot, ui.countSpin, 2)
    assert not ui.errorLabel.isVisible()
    ui.inspectorList.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.draw() is not None and not ui.errorLabel.isVisible()
    assert dialog.complete() is None and ui.errorLabel.text().startswith("Enter the public value published")


def test_past_draws_criteria_in_english(qtbot, qapp, translators, db):  # noqa: F811
    service = RandomDrawService(db.factory, INSPECTOR, write_draw_pdf)
    chinese = DrawDialog(service)
    qtbot.addWidget(chinese)
    assert chinese.draw() is not None
    chinese.refresh_history()
    assert chinese.ui.historyTable.item(0, 6).text() == (
        "街道（乡镇）：全部街道（乡镇）；机构性质：不限；机构类型：不限；机构状态：已备案、正常运营、已通知说明情况、变更备案中；普惠性：不限")
    translators.extend(install_translator(qapp, "en"))
    english = DrawDialog(service)
    qtbot.addWidget(english)
    assert english.ui.historyTable.item(0, 6).text() == (
        "Street/township: All streets/townships; legal nature: Any; type: Any; "
        "status: Filed, Operating, Under notice, Change filing in progress; inclusive: Any")
