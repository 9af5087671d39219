"""Create an account (the first administrator, or a user by an administrator); change a password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from workstation.domain.errors import DomainError
from workstation.domain.permissions import USER_ROLES, Role
from workstation.i18n.labels import ui_label
from workstation.services.accounts import AuthService, UserService
from workstation.services.common.context import Actor
from workstation.ui.forms.ui_users_account_dialog import Ui_AccountDialog
from workstation.ui.forms.ui_users_password_dialog import Ui_PasswordDialog

CreateAccount = Callable[[str, str, Role, str], object]


def _show(dialog: QDialog, exc: DomainError, fields: dict[str, QWidget], default: QWidget) -> None:
    dialog.ui.messageLabel.setText(exc.message)
    dialog.ui.messageLabel.show()
    fields.get(getattr(exc, "field", None) or "", default).setFocus()


def _matching(dialog: QDialog, password: QLineEdit, confirm: QLineEdit, mismatch: str = "") -> bool:
    if password.text() == confirm.text():
        return True
    dialog.ui.messageLabel.setText(mismatch or QCoreApplication.translate("AccountDialog", "两次输入的密码不一致。"))
    dialog.ui.messageLabel.show()
    confirm.clear()
    confirm.setFocus()
    return False


class AccountDialog(QDialog):
    """Username, name, role and password; OK calls `create` and stays open on a refusal."""

    def __init__(self, create: CreateAccount, roles: tuple[Role, ...] = USER_ROLES,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self._create = create
        self.created: object | None = None
        for role in roles:
            self.ui.roleCombo.addItem(ui_label(role), role)
        self.ui.roleCombo.setEnabled(len(roles) > 1)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.messageLabel.hide()

    @classmethod
    def for_new_user(cls, users: UserService, parent: QWidget | None = None) -> AccountDialog:
        return cls(users.create, USER_ROLES, parent)

    @classmethod
    def for_first_admin(cls, auth: AuthService, parent: QWidget | None = None) -> AccountDialog:
        """First run: the administrator's account; `created` is then the Actor."""
        dialog = cls(lambda name, display, _role, pw: auth.create_first_admin(name, display, pw),
                     (Role.ADMIN,), parent)
        dialog.setWindowTitle(QCoreApplication.translate("AccountDialog", "首次使用：创建系统管理员"))
        dialog.ui.introLabel.setText(QCoreApplication.translate(
            "AccountDialog", "这是新的数据库。请先为自己创建系统管理员账号，之后用它登录并为同事创建账号。密码至少 10 个字符，不能是常见密码，也不能与用户名相同，请牢记。"))
        return dialog

    @property
    def actor(self) -> Actor | None:
        return self.created if isinstance(self.created, Actor) else None

    def accept(self) -> None:
        ui = self.ui
        if not _matching(self, ui.passwordEdit, ui.confirmEdit):
            return
        try:
            self.created = self._create(ui.usernameEdit.text(), ui.displayNameEdit.text(),
                                        Role(ui.roleCombo.currentData()), ui.passwordEdit.text())
        except DomainError as exc:
            fields = {"username": ui.usernameEdit, "password": ui.passwordEdit, "role": ui.roleCombo}
            _show(self, exc, fields, ui.usernameEdit)
            return
        super().accept()


class PasswordDialog(QDialog):
    """Change one's own password (current one asked), or an administrator's reset (not asked)."""

    def __init__(self, change: Callable[[str, str], object], ask_current: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self._change = change
        self.mismatch = ""  # what two different entries are called out as (the recovery secret sets its own)
        self.ui.currentEdit.setVisible(ask_current)
        self.ui.currentLabel.setVisible(ask_current)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.messageLabel.hide()

    @classmethod
    def for_own(cls, auth: AuthService, actor: Actor, parent: QWidget | None = None) -> PasswordDialog:
        return cls(lambda old, new: auth.change_password(actor, old, new), True, parent)

    @classmethod
    def for_reset(cls, users: UserService, username: str, parent: QWidget | None = None) -> PasswordDialog:
        dialog = cls(lambda _old, new: users.reset_password(username, new), False, parent)
        dialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", "重置“{user}”的密码").format(user=username))
        return dialog

    def accept(self) -> None:
        ui = self.ui
        if not _matching(self, ui.newEdit, ui.confirmEdit, self.mismatch):
            return
        try:
            self._change(ui.currentEdit.text(), ui.newEdit.text())
        except DomainError as exc:
            _show(self, exc, {"old_password": ui.currentEdit, "password": ui.newEdit}, ui.newEdit)
            return
        super().accept()
