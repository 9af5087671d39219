"""Signing in to an encrypted district: the typed password unwraps the district key before the
database can be read; a new district is sealed once its first administrator exists.

The login dialog still shows at once: the ORM is imported on a thread while the person types, and
once the key is unwrapped the home page is served by the start-up reader as on a plain file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from workstation.services.common.context import Actor
from workstation.ui.accounts.login_flow import DatabaseLoader, LazyAuth

if TYPE_CHECKING:
    from workstation.db.readers import SqliteFileReader
    from workstation.db.session import Database
    from workstation.services.accounts import AuthService
    from workstation.services.home import PrefetchedHome
    from workstation.sign_in_ahead import SignInAhead


class UnlockingAuth:
    """The login dialog's auth on an encrypted database: unlock with the password, then LazyAuth."""

    def __init__(self, db_path: str, preload: bool = True,
                 home_for: Callable[[SqliteFileReader], PrefetchedHome] | None = None,
                 ahead: SignInAhead | None = None) -> None:
        """`preload`: import the ORM on a thread while the person types (given credentials: left to the
        window's first paint, as on a plain file);
        `home_for(reader)`: 首页's readings taken beside the password check once the key is known."""
        self._db_path = db_path
        self._preload = preload
        self._home_for = home_for
        self._inner: LazyAuth | None = None
        self.reader: SqliteFileReader | None = None
        self.loader: DatabaseLoader | None = None
        self.home: PrefetchedHome | None = None
        self._binding: threading.Thread | None = None
        self._ahead = ahead  # the unwrap begun before Qt loaded, for credentials given with the command
        if preload:
            threading.Thread(target=import_module, args=("workstation.db.session",), name="orm-import",
                             daemon=True).start()

    def login(self, username: str, password: str) -> Actor:
        from workstation.services.accounts import unlock_for_sign_in  # (no ORM: keyring, <db>.attempts)

        opened = self._ahead.opened(username, password) if self._ahead is not None else None
        if opened is None:
            opened = unlock_for_sign_in(self._db_path, username, password)  # LoginFailed, in the usual words
        key = opened.key
        assert key is not None
        if self._inner is None:
            self._open_with(key)
        assert self._inner is not None
        actor = self._inner.login(username, password, opened.password_hash)
        self._bind_wrap(key, username, password, opened.password_hash)
        return actor

    def _bind_wrap(self, key: bytes, username: str, password: str, computed: str) -> None:
        """A wrap not bound to the stored hash (made before s12) is rebound once the password has been
        checked in full, on a thread (one scrypt), so the next sign-in needs no second scrypt."""
        if self.reader is None:
            return
        from workstation.services.accounts import stored_hash

        stored = stored_hash(self.reader, username)
        if not stored or stored == computed:
            return

        def rebind() -> None:
            from workstation.db import keyring

            try:
                keyring.put_account(self._db_path, key, username, password, stored)
            except Exception:  # (a keyring that cannot be written now still opens: the next sign-in tries again)
                pass

        self._binding = threading.Thread(target=rebind, name="wrap-binding", daemon=True)
        self._binding.start()

    def _open_with(self, key: bytes) -> None:
        from workstation.db.readers import quick_reader
        from workstation.db.sqlite.cipher import use_district_key

        use_district_key(Path(self._db_path).expanduser(), key)
        served = self._ahead.served() if self._ahead is not None else None  # (begun while Qt loaded)
        self.reader = served[0] if served is not None else quick_reader(self._db_path)

        def open_database() -> Database:
            from workstation.db.session import open_database

            return open_database(self._db_path, key)

        upgrading = self.reader is None and _upgrade_pending(self._db_path)
        self.loader = DatabaseLoader(_upgrading_opener(self._db_path, key) if upgrading else open_database)
        if self._preload and self.reader is None and not upgrading:
            # (served: it opens after the first paint, off the sign-in's path; an older file is copied and
            # migrated when first asked for, on the GUI thread's call, behind a progress window)
            self.loader.start()
        if served is not None and self._home_for is not None:
            self.home = served[1]  # its readings begun already
        elif served is not None:
            served[1].close()
        elif self.reader is not None and self._home_for is not None:
            self.home = self._home_for(self.reader)
        begin = self.home.start if self.home is not None and served is None else None
        self._inner = LazyAuth(self.loader, self.reader, on_check=begin)

    def record_pending(self) -> None:
        if self._inner is not None:
            self._inner.record_pending()

    def close(self) -> None:
        if self._binding is not None:
            self._binding.join()
        if self.home is not None:
            self.home.close()
        if self.reader is not None:
            self.reader.close()
        if self.loader is not None and self.loader.database is not None:
            self.loader.database.close()

    def __getattr__(self, name: str) -> Any:
        if self._inner is None:
            raise AttributeError(name)
        return getattr(self._inner, name)


class FirstAdminAuth:
    """AuthService for the first-run dialog, keeping the new administrator's password to seal with."""

    def __init__(self, auth: AuthService) -> None:
        self._auth = auth
        self.password: str | None = None

    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        actor = self._auth.create_first_admin(username, display_name, password)
        self.password = password
        return actor

    def __getattr__(self, name: str) -> Any:
        return getattr(self._auth, name)


def seal_first_run(db: Database, actor: Actor, password: str, parent: QWidget | None = None) -> Database:
    """Ask the district's recovery secret and encrypt the new database; return it reopened.

    Cancelled, the database stays unencrypted with its administrator (who may need the district at
    once): said plainly, with where to encrypt it later, and the same `db` is returned."""
    from workstation.services.accounts import seal_new_district
    from workstation.ui.accounts.account_dialogs import PasswordDialog

    sealed: list[Database] = []
    dialog = PasswordDialog(lambda _old, secret: sealed.append(
        seal_new_district(db, actor.username, password, secret)), False, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySecret", "设置辖区恢复口令"))
    dialog.ui.introLabel.setText(QCoreApplication.translate(
        "RecoverySecret", "数据库将加密保存，各账号以自己的密码解锁。") + "\n" + QCoreApplication.translate(
        "RecoverySecret", "辖区恢复口令用于在所有账号密码都遗失时打开数据库：请抄写在纸上，密封后存放在单位保险柜，"
                          "不要保存在本机。") + "\n" + QCoreApplication.translate(
        "RecoverySecret", "口令至少 10 个字符，不能是常见密码，也不能与管理员密码相同。"))
    dialog.ui.newLabel.setText(QCoreApplication.translate("RecoverySecret", "恢复口令(&P)："))
    dialog.ui.confirmLabel.setText(QCoreApplication.translate("RecoverySecret", "确认恢复口令(&C)："))
    dialog.mismatch = QCoreApplication.translate("RecoverySecret", "两次输入的恢复口令不一致。")
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if accepted and sealed:
        return sealed[0]
    QMessageBox.warning(parent, QCoreApplication.translate("RecoverySecret", "数据库未加密"), unsealed_text())
    return db


def unsealed_text() -> str:
    return QCoreApplication.translate(
        "RecoverySecret", "没有设置辖区恢复口令，数据库未加密：其他能读取此文件的人可以看到全部数据。") + "\n" + \
        QCoreApplication.translate(
            "RecoverySecret", "以后可由系统管理员在“系统设置 → 备份与恢复”中点“加密数据库…”加密。")


def _upgrade_pending(db_path: str) -> bool:
    from workstation.db.migrate import upgrade_pending

    return upgrade_pending(db_path)


def _upgrading_opener(db_path: str, key: bytes) -> Callable[[], Database]:
    """Open an older encrypted file (copy aside, migrate) on a thread behind the progress window."""
    def opener() -> Database:
        from workstation.db.session import open_database
        from workstation.ui.upgrade_progress import open_with_progress

        return open_with_progress(lambda progress: open_database(db_path, key, progress=progress))

    return opener
