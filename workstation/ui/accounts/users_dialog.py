"""User management for administrators: accounts, roles, deactivation, password resets, unlocking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from workstation.db.base import utcnow
from workstation.domain.errors import DomainError
from workstation.domain.permissions import USER_ROLES, Role
from workstation.i18n.labels import ui_label
from workstation.services.accounts import UserInfo, UserService
from workstation.ui.accounts.account_dialogs import AccountDialog, PasswordDialog
from workstation.ui.forms.ui_users_dialog import Ui_UsersDialog

USERNAME_COLUMN, NAME_COLUMN, ROLE_COLUMN, STATE_COLUMN, LOGIN_COLUMN = range(5)


class UsersDialog(QDialog):
    """Every change goes through UserService, which checks USER_MANAGE again."""

    changed = Signal()  # an account was created or changed (the event hub tells other pages)

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self._users = users
        self._rows: list[UserInfo] = []
        for role in USER_ROLES:
            self.ui.roleCombo.addItem(ui_label(role), role)
        self.ui.newButton.clicked.connect(self.new_user)
        self.ui.setRoleButton.clicked.connect(self.set_role)
        self.ui.toggleActiveButton.clicked.connect(self.toggle_active)
        self.ui.resetPasswordButton.clicked.connect(self.reset_password)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.userTable.itemSelectionChanged.connect(self._selection_changed)
        # Columns fit their texts and the last fills the rest, after every refresh too (fitting them by
        # hand once left the last one short of the table's edge until the dialog was resized).
        header = self.ui.userTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LOGIN_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.refresh()

    def refresh(self, select: str = "") -> None:
        self._rows = self._users.users()
        table = self.ui.userTable
        table.setRowCount(len(self._rows))
        now = utcnow()
        for row, info in enumerate(self._rows):
            for column, text in enumerate(self._cells(info, now)):
                table.setItem(row, column, QTableWidgetItem(text))
        names = [info.username for info in self._rows]
        table.selectRow(names.index(select) if select in names else 0)
        self._selection_changed()

    def selected(self) -> UserInfo | None:
        rows = self.ui.userTable.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def new_user(self) -> None:
        dialog = AccountDialog.for_new_user(self._users, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(dialog.created.username)
            self._say(self.tr("已创建用户“{user}”。").format(user=dialog.created.username))
            self.changed.emit()

    def set_role(self) -> None:
        self._apply(lambda u: self._users.set_role(u.username, Role(self.ui.roleCombo.currentData())),
                    self.tr("已把“{user}”设为{role}；下次登录时生效。"))

    def toggle_active(self) -> None:
        self._apply(lambda u: self._users.set_active(u.username, not u.active),
                    self.tr("已{state}“{user}”。"))

    def unlock(self) -> None:
        self._apply(lambda u: self._users.unlock(u.username), self.tr("已解除“{user}”的锁定。"))

    def reset_password(self) -> None:
        info = self.selected()
        if info is None:
            return
        if PasswordDialog.for_reset(self._users, info.username, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh(info.username)
            self._say(self.tr("已重置“{user}”的密码，请告知本人并提醒其登录后修改。").format(user=info.username))

    def _apply(self, change, message: str) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            changed = change(info)
        except DomainError as exc:
            self._say(exc.message, error=True)
            return
        self.refresh(changed.username)
        self.changed.emit()
        state = self.tr("启用") if changed.active else self.tr("停用")
        self._say(message.format(user=changed.username, role=ui_label(changed.role), state=state))

    def _cells(self, info: UserInfo, now: dt.datetime) -> list[str]:
        state = self.tr("已锁定") if info.locked(now) else self.tr("启用") if info.active else self.tr("已停用")
        last = _local(info.last_login_at) if info.last_login_at else self.tr("从未登录")
        return [info.username, info.display_name, ui_label(info.role), state, last]

    def _selection_changed(self) -> None:
        info = self.selected()
        self.ui.selectedGroup.setEnabled(info is not None)
        if info is None:
            return
        index = self.ui.roleCombo.findData(info.role)
        self.ui.roleCombo.setCurrentIndex(max(index, 0))
        self.ui.toggleActiveButton.setText(self.tr("停用(&D)") if info.active else self.tr("启用(&E)"))
        self.ui.unlockButton.setEnabled(info.locked(utcnow()))

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet("color: #b00020;" if error else "")
        self.ui.messageLabel.setText(text)


def _local(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
