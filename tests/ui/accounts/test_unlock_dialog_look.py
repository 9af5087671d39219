"""The unlock dialog's user name: read-only (only the locked user may unlock) and painted so."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit

from workstation.services.accounts import AuthService
from workstation.ui.accounts.login_dialog import LoginDialog, UnlockDialog


def background(edit: QLineEdit) -> QColor:
    image = edit.grab().toImage()
    return image.pixelColor(image.width() - 8, image.height() // 2)


def test_the_locked_user_name_looks_read_only(qtbot, district, actor):
    auth = AuthService(district.factory)
    login = LoginDialog(auth)
    unlock = UnlockDialog(auth, actor)
    for dialog in (login, unlock):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    disabled = QLineEdit(unlock)
    disabled.setEnabled(False)
    disabled.resize(login.ui.usernameEdit.size())
    assert background(login.ui.usernameEdit) != background(disabled)  # else the test proves nothing
    name = unlock.ui.usernameEdit
    assert name.isReadOnly() and name.text() == actor.username
    assert background(name) == background(disabled)
