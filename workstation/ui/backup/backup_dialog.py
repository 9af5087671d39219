"""Manual backup: choose a folder (for example a USB drive) → progress → where the file went."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from workstation.services.backup import BackupResult, backup, default_file_name
from workstation.services.common.context import Actor
from workstation.ui.common import file_dialogs
from workstation.ui.forms.ui_backup_dialog import Ui_BackupDialog
from workstation.ui.tasks import Pool, Task


class BackupDialog(QDialog):
    """Runs services.backup.backup as a Task; the workstation stays usable meanwhile."""

    backed_up = Signal(object)  # BackupResult

    def __init__(self, db_location: str, actor: Actor, pool: Pool | None = None, folder: Path | None = None,
                 now: Callable[[], dt.datetime] = dt.datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self._location, self._actor, self._pool, self._now = db_location, actor, pool, now
        self.task: Task | None = None
        self.result: BackupResult | None = None
        self.busy = False
        self.ui.folderEdit.setText(str(folder or Path.home()))
        self.ui.folderEdit.textChanged.connect(self._update)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.startButton.clicked.connect(self.start)
        self.ui.closeButton.clicked.connect(self.reject)
        self._update()

    def start(self) -> None:
        """Start the backup into the chosen folder (a dated file name)."""
        folder = Path(self.ui.folderEdit.text().strip())
        if not folder.is_dir():
            self._status(self.tr("文件夹“{folder}”不存在，请重新选择（U盘是否已插好？）。").format(folder=folder))
            return
        out = folder / default_file_name(self._location, self._now())
        self.ui.fileNameLabel.setText(out.name)
        self.task = Task(lambda progress, is_cancelled: backup(
            self._location, out, actor=self._actor, progress=progress, is_cancelled=is_cancelled, now=self._now()))
        self.task.signals.progressed.connect(self._progressed)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._cancelled)
        self._running(True)
        self._status(self.tr("正在备份…"))
        self.task.start(self._pool)

    def reject(self) -> None:
        """Cancel (or Esc) during a backup stops it first; the dialog stays until it has stopped."""
        if self.busy and self.task is not None:
            self.task.cancel()
            self._status(self.tr("正在取消…"))
            return
        super().reject()

    def _browse(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("选择保存备份的文件夹"), self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)

    def _finished(self, result: BackupResult) -> None:
        self.result = result
        self._running(False)
        text = self.tr("备份完成：{path}\n大小 {size:.1f} MB，附件 {files} 个。").format(
            path=result.path, size=result.file_size / 1e6, files=result.manifest.attachments)
        if result.manifest.damaged:
            text += self.tr("\n注意：{n} 个附件已损坏（内容与名称不符），未放入备份。").format(n=len(result.manifest.damaged))
        if result.missing:
            text += self.tr("\n注意：数据库记录的附件中有 {n} 个缺失或已损坏，备份中没有它们；请运行命令“workstation check --user 用户名”查看是哪些。").format(
                n=len(result.missing))
        self._status(text)
        self.ui.closeButton.setText(self.tr("关闭"))
        self.ui.startButton.setEnabled(False)
        self.backed_up.emit(result)

    def _failed(self, message: str) -> None:
        self._running(False)
        self._status(self.tr("备份失败：{message}").format(message=message))

    def _cancelled(self) -> None:
        self._running(False)
        self.ui.progressBar.setValue(0)
        self._status(self.tr("备份已取消，未留下不完整的文件。"))

    def _running(self, running: bool) -> None:
        self.busy = running
        for widget in (self.ui.folderEdit, self.ui.browseButton, self.ui.startButton):
            widget.setEnabled(not running)
        self.ui.closeButton.setText(self.tr("取消备份") if running else self.tr("关闭"))
        if not running:
            self._update()

    def _update(self) -> None:
        self.ui.startButton.setEnabled(bool(self.ui.folderEdit.text().strip()) and self.result is None)

    def _status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
