"""Walk: as 登记员, 双随机抽查 showed 抽取范围 “——” and a disabled 冻结抽取范围 with no reason; after a freeze the
button stayed enabled (a second click was refused: one frozen draw at a time). The dialog now says why a
role may not draw, and 冻结抽取范围 is disabled, saying which draw waits, until that draw is drawn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_draw_dialog import INSPECTOR, db, dialog, set_count  # noqa: F401 (fixtures)

from workstation.exports.inspections.draw import write_draw_pdf
from workstation.services.common.context import Actor
from workstation.services.inspections.draws import RandomDrawService
from workstation.ui.inspections.draw_dialog import DrawDialog


def test_a_clerk_is_told_why_the_draw_is_not_offered(qtbot, db):  # noqa: F811
    clerk = DrawDialog(RandomDrawService(db.factory, Actor("clerk", "王登记", "CLERK")))
    qtbot.addWidget(clerk)
    clerk.show()
    ui, reason = clerk.ui, "当前角色无权双随机抽取"
    assert not ui.drawButton.isEnabled() and not ui.completeButton.isEnabled()
    assert reason in ui.resultLabel.text()  # in view, not only on hover
    assert reason in ui.drawButton.toolTip() and reason in ui.populationLabel.toolTip()
    assert not ui.filtersGroup.isEnabled() and not ui.nameEdit.isEnabled() and not ui.addNameButton.isEnabled()
    assert clerk.draw() is None and reason in ui.errorLabel.text()


def test_the_freeze_button_is_disabled_while_the_frozen_draw_waits(qtbot, dialog, db):  # noqa: F811
    ui = dialog.ui
    set_count(qtbot, ui.countSpin, 2)
    assert ui.drawButton.isEnabled() and ui.drawButton.toolTip().startswith("第一步")
    qtbot.mouseClick(ui.drawButton, Qt.MouseButton.LeftButton)
    frozen = dialog.current
    assert frozen is not None and frozen.pending

    assert not ui.drawButton.isEnabled()
    assert f"第 {frozen.id} 次抽取已冻结、尚未开奖" in ui.drawButton.toolTip()
    ui.countSpin.setFocus()
    qtbot.keyClick(ui.countSpin, Qt.Key.Key_Return)  # Enter in a condition: no second freeze, the reason shown
    assert ui.historyTable.rowCount() == 1 and f"第 {frozen.id} 次" in ui.errorLabel.text()

    later = DrawDialog(RandomDrawService(db.factory, INSPECTOR, write_draw_pdf))  # opened again meanwhile
    qtbot.addWidget(later)
    assert not later.ui.drawButton.isEnabled()

    ui.publicEdit.setText("507")
    ui.witnessEdit.setText("见证人甲")
    assert dialog.complete() is not None
    assert ui.drawButton.isEnabled() and ui.drawButton.toolTip().startswith("第一步")
