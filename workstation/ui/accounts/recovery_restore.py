"""A new computer: an encrypted district's backup restored with the district's recovery secret, and an
administrator given a new password (services.backup.restore_with_recovery, then recover_administrator).
Offered by the first-run dialog, where no keyring lies beside the database yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import DomainError


class RecoveryRestoreDialog(QDialog):
    """On 恢复: the backup restored into `db_path` and the administrator's new password set; a refusal
    (wrong secret, weak password, not a backup of an encrypted district) keeps the dialog open and
    writes nothing."""

    def __init__(self, db_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self.restored = False
        self.setWindowTitle(self.tr("从加密备份恢复"))
        intro = QLabel(self.tr("在新电脑上恢复加密辖区的备份：需要备份文件和辖区恢复口令（抄写在纸上、存放在保险柜的那份）。"
                               "恢复后为下面的系统管理员设置新密码，其他账号用各自原来的密码登录。"), self)
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        browse = QPushButton(self.tr("浏览(&B)…"), self)
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.user_edit = QLineEdit(self)
        self.secret_edit, self.password_edit, self.confirm_edit = (self._hidden() for _ in range(3))
        form = QFormLayout()
        form.addRow(self.tr("备份文件(&F)："), file_row)
        form.addRow(self.tr("系统管理员用户名(&U)："), self.user_edit)
        form.addRow(self.tr("辖区恢复口令(&R)："), self.secret_edit)
        form.addRow(self.tr("新密码(&N)："), self.password_edit)
        form.addRow(self.tr("确认新密码(&C)："), self.confirm_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("恢复"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _hidden(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def choose_file(self) -> None:
        from workstation.ui.common import file_dialogs

        path, _ = file_dialogs.open_file_name(self, self.tr("选择备份文件"), "",
                                              self.tr("工作站备份 (*{suffix});;所有文件 (*)").format(suffix=".wsbackup"))
        if path:
            self.file_edit.setText(path)

    def accept(self) -> None:
        user, secret, password = self.user_edit.text().strip(), self.secret_edit.text(), self.password_edit.text()
        if not self.file_edit.text().strip() and not self.restored:
            self._show(self.tr("请选择要恢复的备份文件。"))
        elif not user:
            self._show(self.tr("请填写备份中一个系统管理员的用户名。"))
        elif password != self.confirm_edit.text():
            self._show(self.tr("两次输入的新密码不一致。"))
        elif password == secret:
            self._show(self.tr("新密码不能与辖区恢复口令相同。"))
        elif self._restore(user, secret, password):
            super().accept()

    def _restore(self, user: str, secret: str, password: str) -> bool:
        from workstation.services.accounts import check_new_password, recover_administrator
        from workstation.services.backup import restore_with_recovery

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check_new_password(password, user)  # before anything is written
            if not self.restored:
                restore_with_recovery(self.file_edit.text().strip(), self._db_path, secret)
                self.restored = True  # a wrong administrator name next: only the password step is retried
                self.file_edit.setEnabled(False)
            recover_administrator(self._db_path, secret, user, password)
        except DomainError as exc:
            self._show(exc.message)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def _show(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
