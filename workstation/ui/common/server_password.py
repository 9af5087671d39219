"""The password of a server database, asked once at start when nothing else supplies it.

It is never part of the command line (`--db postgresql+psycopg://user@host/db`): libpq takes it from
PGPASSWORD or the password file (~/.pgpass, PGPASSFILE); otherwise the person types it here and it
is kept in this process's environment only, where libpq, and pg_dump for the automatic backups,
find it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from workstation.db.server_dump import is_server, safe_location


def needs_password(location: str) -> bool:
    """True for a server URL without a password when neither PGPASSWORD nor a password file gives one."""
    if not is_server(location) or os.environ.get("PGPASSWORD"):
        return False
    from sqlalchemy.engine import make_url

    if make_url(location).password:
        return False
    return not Path(os.environ.get("PGPASSFILE") or "~/.pgpass").expanduser().is_file()


def ask_password(location: str, parent: QWidget | None = None) -> bool:
    """Ask for the server password when needed; False when the person cancelled."""
    if not needs_password(location):
        return True
    title = QCoreApplication.translate("ServerPassword", "连接服务器数据库")
    label = QCoreApplication.translate("ServerPassword", "服务器数据库 {where} 的密码：").format(
        where=safe_location(location))
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    if not ok:
        return False
    os.environ["PGPASSWORD"] = text
    return True
