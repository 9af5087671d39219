"""The small window shown while a database of an older version is copied aside and migrated.

Both steps run on a thread of their own (a 100,000-nursery file takes ~10 s); the GUI thread only
shows the step and the copy's percentage. A failure is raised to the caller once the window has
closed, so the start-up's usual message says why (the migration is one transaction: nothing changed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from workstation.db.migrate import UpgradeProgress
    from workstation.db.session import Database

MIGRATE = "migrate"  # (workstation.db.migrate.MIGRATE: not imported before the ORM is needed)


class _Relay(QObject):
    progressed = Signal(str, int, int)  # emitted on the worker thread, received on the GUI thread
    finished = Signal()


class UpgradeProgressDialog(QDialog):
    """正在升级数据库: the step, and the copy's percentage (busy bar while the structure changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("正在升级数据库"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setModal(True)
        self.step = QLabel(self.tr("正在升级数据库：先备份…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        note = QLabel(self.tr("本程序版本较新，首次打开前先备份原数据库文件，再升级其结构。请勿关闭电脑。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(note)
        self.setMinimumWidth(420)

    def show_progress(self, step: str, done: int, total: int) -> None:
        if step == MIGRATE:
            self.step.setText(self.tr("正在升级结构…"))
            self.bar.setRange(0, 0)  # one transaction: no measurable share
            return
        percent = 100 * done // total if total else 0
        self.step.setText(self.tr("正在升级数据库：先备份… {percent}%").format(percent=percent))
        self.bar.setValue(percent)

    def reject(self) -> None:  # Esc must not leave a migration running behind a closed window
        pass


def open_with_progress(open_database: Callable[[UpgradeProgress], Database],
                       parent: QWidget | None = None) -> Database:
    """Run `open_database(progress)` on a thread behind the progress window; its result, or its error."""
    dialog = UpgradeProgressDialog(parent)
    relay = _Relay()
    relay.progressed.connect(dialog.show_progress, Qt.ConnectionType.QueuedConnection)
    relay.finished.connect(dialog.accept, Qt.ConnectionType.QueuedConnection)
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["database"] = open_database(relay.progressed.emit)
        except BaseException as exc:  # told on the GUI thread, as if opened there
            outcome["error"] = exc
        finally:
            relay.finished.emit()

    threading.Thread(target=work, name="database-upgrade", daemon=True).start()
    dialog.exec()  # (accept only comes from the worker's end)
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["database"]  # type: ignore[return-value]
