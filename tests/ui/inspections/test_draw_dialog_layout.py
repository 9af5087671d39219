"""The 双随机 dialog keeps its filter fields at full height after a draw and its 复核 line, on the
screens the districts use (1200×760 and 1366×768)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit
from test_draw_dialog import db, dialog, two_steps  # noqa: F401 (fixtures)

from workstation.ui.startup import apply_app_font


@pytest.fixture(autouse=True)
def app_font(qapp):
    before = QApplication.font()
    apply_app_font(qapp)  # as the program starts: the bundled CJK font at its size
    yield
    QApplication.setFont(before)


@pytest.mark.parametrize("size", [(1200, 760), (1366, 768)])
def test_filter_fields_are_not_squashed_after_verify(qtbot, dialog, size):  # noqa: F811
    dialog.resize(*size)
    assert two_steps(dialog) is not None
    dialog.refresh_history()
    dialog.ui.historyTable.selectRow(0)
    assert dialog.verify_selected() is True
    assert dialog.ui.verifyLabel.text().startswith("复核一致")
    qtbot.waitUntil(lambda: dialog.layout().geometry().height() > 0)
    dialog.layout().activate()
    fields = [w for kind in (QComboBox, QAbstractSpinBox, QLineEdit)
              for w in dialog.ui.filtersGroup.findChildren(kind)
              if w.isVisibleTo(dialog) and not w.objectName().startswith("qt_")]  # not a spin box's own edit
    assert len(fields) >= 9
    squashed = [(w.objectName(), w.height(), w.minimumSizeHint().height()) for w in fields
                if w.height() < w.minimumSizeHint().height()]
    assert squashed == []
    ui = dialog.ui
    assert ui.witnessEdit.isVisible() and ui.drawButton.isVisible() and ui.completeButton.isVisible()
    below = ui.resultGroup.geometry().top()
    assert below >= ui.filtersGroup.geometry().bottom()  # nothing below covers the 见证人 row
    for label in (ui.resultLabel, ui.verifyLabel):  # every line of the result and the 复核 line whole
        assert label.height() >= label.sizeHint().height() and label.width() >= label.sizeHint().width()
    assert dialog.height() <= size[1]  # it fits the screen it was sized for
