"""The English login (walk): Enter in the password box signs in whichever button is the default, and
no error shows before the person has tried to sign in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from test_login import ADMIN, PASSWORD, auth  # noqa: F401 (fixture)

from workstation.i18n.translation import install_translator
from workstation.ui.accounts.login_dialog import LoginDialog


def _dialog(qtbot, auth, before_show=lambda dialog: None) -> LoginDialog:  # noqa: F811
    dialog = LoginDialog(auth)
    qtbot.addWidget(dialog)
    before_show(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_in_the_password_box_signs_in_without_a_default_button(qtbot, qapp, translators, auth):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    dialog = _dialog(qtbot, auth)
    for button in dialog.ui.buttonBox.buttons():  # as when no button ended up the default
        button.setDefault(False)
        button.setAutoDefault(False)
    qtbot.keyClicks(dialog.ui.usernameEdit, "admin")
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor == ADMIN


def test_enter_signs_in_once(qtbot, qapp, translators, auth, monkeypatch):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    dialog = _dialog(qtbot, auth)
    calls = []
    real = dialog._authenticate
    monkeypatch.setattr(dialog, "_authenticate", lambda *a: calls.append(a) or real(*a))
    qtbot.keyClicks(dialog.ui.usernameEdit, "admin")
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-password")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Enter)
    assert len(calls) == 1 and dialog.isVisible()
    assert dialog.ui.messageLabel.isVisible()


def test_no_error_before_an_attempt(qtbot, qapp, translators, auth):  # noqa: F811
    translators.extend(install_translator(qapp, "en"))
    dialog = _dialog(qtbot, auth, before_show=lambda d: d.ui.buttonBox.button(
        QDialogButtonBox.StandardButton.Ok).click())  # an accept that comes before the dialog shows
    assert not dialog.ui.messageLabel.isVisible()
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)  # the first real attempt
    assert dialog.ui.messageLabel.isVisible() and dialog.ui.messageLabel.text() == "Enter your username."
