"""系统设置 — 备份 tab: whether the database is encrypted and, for the administrator of a plain one,
its conversion (a backup first; the program then quits and the next sign-in unlocks it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from workstation.domain.permissions import Role
from workstation.services.accounts import AuthService, check_recovery_secret, is_encrypted
from workstation.services.backup import EncryptionResult, encrypt_database
from workstation.services.common.context import Actor
from workstation.ui.accounts import PasswordDialog
from workstation.ui.tasks import Pool, Task


class EncryptionPanel(QObject):
    """The status line and, for an administrator on a plain database, the 加密数据库… button."""

    finished = Signal(bool, str)  # encrypted?, what to tell; the window then quits

    def __init__(self, layout: QVBoxLayout, db_location: str, actor: Actor, auth: AuthService,
                 release_database: Callable[[], None], backups_dir: Callable[[], Path],
                 pool: Pool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._location, self._actor, self._auth = db_location, actor, auth
        self._release, self._backups_dir, self._pool, self._parent = release_database, backups_dir, pool, parent
        self.dialog: PasswordDialog | None = None
        self.task: Task | None = None
        self.status = QLabel(parent)
        self.status.setWordWrap(True)
        self.button = QPushButton(self.tr("加密数据库…"), parent)
        self.button.clicked.connect(self.ask)
        layout.insertWidget(1, self.status)
        layout.insertWidget(2, self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.describe()

    def describe(self) -> None:
        local = "://" not in self._location
        sealed = local and is_encrypted(self._location)
        self.status.setText(self.tr("数据库：已加密（各账号以自己的密码解锁；备份同样加密）") if sealed
                            else self.tr("数据库：未加密（其他能读取此文件的人可以看到全部数据）"))
        self.button.setVisible(local and not sealed and self._actor.role == Role.ADMIN.value)

    def ask(self) -> None:
        """Own password and the district's new recovery secret, checked before anything changes."""
        answer: list[tuple[str, str]] = []

        def check(password: str, secret: str) -> None:
            self._auth.reauthenticate(self._actor, password)
            check_recovery_secret(secret, password)
            answer.append((password, secret))

        dialog = self.dialog = PasswordDialog(check, True, self._parent)
        dialog.setWindowTitle(self.tr("加密数据库"))
        dialog.ui.introLabel.setText(self.tr(
            "先备份，再把数据库转为加密文件；完成后程序退出，重新启动后各账号以自己的密码登录解锁。"
            "辖区恢复口令用于在所有账号密码都遗失时打开数据库：请抄写在纸上，密封后存放在单位保险柜。"))
        dialog.ui.currentLabel.setText(self.tr("本人密码(&O)："))
        dialog.ui.newLabel.setText(self.tr("恢复口令(&P)："))
        dialog.ui.confirmLabel.setText(self.tr("确认恢复口令(&C)："))
        dialog.mismatch = self.tr("两次输入的恢复口令不一致。")
        dialog.accepted.connect(lambda: answer and self.encrypt(*answer[0]))
        dialog.open()

    def encrypt(self, password: str, secret: str) -> None:
        """Let go of the database, then back up and encrypt it on the pool."""
        self._release()
        location, actor, folder = self._location, self._actor, self._backups_dir()
        progress = QProgressDialog(self.tr("正在备份并加密数据库，请稍候…"), "", 0, 0, self._parent)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()
        self.task = Task(lambda _progress, _cancelled: encrypt_database(location, actor, password, secret, folder))
        self.task.signals.finished.connect(lambda result: (progress.close(), self._done(result)))
        self.task.signals.failed.connect(lambda message: (progress.close(), self._failed(message)))
        self.task.start(self._pool)

    def _done(self, result: EncryptionResult) -> None:
        self.finished.emit(True, self.tr("数据库已加密，加密前的备份在：{path}\n程序将退出，请重新启动并登录。").format(
            path=result.backup.path))

    def _failed(self, message: str) -> None:
        self.finished.emit(False, self.tr("数据库未加密：{message}\n程序将退出，请重新启动。").format(message=message))


def tell_encrypted(parent: QWidget | None, encrypted: bool, text: str) -> None:
    if encrypted:
        QMessageBox.information(parent, QCoreApplication.translate("EncryptionPanel", "加密完成"), text)
    else:
        QMessageBox.warning(parent, QCoreApplication.translate("EncryptionPanel", "加密未完成"), text)
