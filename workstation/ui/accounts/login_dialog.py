"""Login at start, and the unlock dialog of an idle-locked session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from workstation.domain.errors import DomainError
from workstation.models.common.domain_text import error_text
from workstation.services.accounts import AuthService
from workstation.services.common.context import Actor
from workstation.ui.common.form_widgets import show_read_only
from workstation.ui.forms.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    """Accepted only once the service has checked the password; `actor` is then who logged in."""

    def __init__(self, auth: AuthService, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._auth = auth
        self.actor: Actor | None = None
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.ui.messageLabel.hide()
        self.ui.usernameEdit.setText(username)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in either box is an attempt, whichever button the style or language made the default
        # (walk: in English Enter in the password box did nothing; clicking 登录 signed in).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
                self.ui.usernameEdit, self.ui.passwordEdit):
            event.accept()
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if not self.isVisible():  # no attempt before the person sees the dialog (walk: a red
            return                # "Enter your username." before anything was typed)
        username, password = self.ui.usernameEdit.text(), self.ui.passwordEdit.text()
        if not username.strip():
            self.show_message(self.tr("请输入用户名。"), self.ui.usernameEdit)
            return
        if not password:
            self.show_message(self.tr("请输入密码。"), self.ui.passwordEdit)
            return
        try:
            self.actor = self._authenticate(username, password)
        except DomainError as exc:
            self.ui.passwordEdit.clear()
            self.show_message(error_text(exc), self.ui.passwordEdit)
            return
        super().accept()

    def show_message(self, text: str, focus: QWidget) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()
        focus.setFocus()

    def _authenticate(self, username: str, password: str) -> Actor:
        return self._auth.login(username, password)


class UnlockDialog(LoginDialog):
    """The same user's password again. Escape does not close it; leaving means logging out (the login dialog follows)."""

    logout_requested = Signal()

    def __init__(self, auth: AuthService, actor: Actor, parent: QWidget | None = None, *,
                 by_hand: bool = False) -> None:
        super().__init__(auth, parent, actor.username)
        self._locked_actor = actor
        self.setWindowTitle(self.tr("会话已锁定"))
        reason = self.tr("会话已由用户手动锁定。") if by_hand else self.tr("长时间无操作，会话已锁定。")
        self.ui.hintLabel.setText(reason + self.tr("请输入“{user}”的密码继续；"
                                                   "已打开的窗口和未保存的内容都会保留。").format(user=actor.label))
        show_read_only(self.ui.usernameEdit, True)  # only this user may unlock
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("解锁"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("注销 / 切换用户"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

    def reject(self) -> None:
        answer = QMessageBox.question(self, self.tr("注销 / 切换用户"),
                                      self.tr("注销后回到登录窗口，已打开窗口中未保存的内容将会丢失。确定注销吗？"))
        if answer == QMessageBox.StandardButton.Yes:
            self.logout_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # an accidental Escape must not end the session
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def _authenticate(self, username: str, password: str) -> Actor:
        return self._auth.reauthenticate(self._locked_actor, password)
