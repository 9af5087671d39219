"""Labels of the staff dialogs with a shortcut letter show it underlined (a buddy is set), not a
literal "&", and Alt+letter moves to their field, in Chinese and in English."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from staff_support import add_nursery

from workstation.i18n.translation import install_translator
from workstation.services.staff.bans import BanService
from workstation.services.staff.service import StaffService
from workstation.ui.staff.member_dialog import StaffMemberDialog
from workstation.ui.staff.record_dialogs import BanDialog

TODAY = dt.date(2026, 12, 4)


def _dialogs(district, actor):
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    yield StaffMemberDialog(staff, add_nursery(district.factory), TODAY)
    yield BanDialog(BanService(district.factory, actor, today=lambda: TODAY), TODAY)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_label_with_a_shortcut_has_a_buddy(qtbot, qapp, translators, district, actor, lang):
    translators.extend(install_translator(qapp, lang))
    for dialog in _dialogs(district, actor):
        qtbot.addWidget(dialog)
        marked = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
        assert marked
        assert [label.objectName() for label in marked if label.buddy() is None] == []


def test_alt_m_moves_to_the_name(qtbot, district, actor):
    dialog = next(_dialogs(district, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.ui.idNoEdit.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.ui.nameEdit

