"""Restore wizard: choose a backup → verify it (checksums, integrity, schema; nothing touched) →
confirm → restore, naming where the replaced database was kept.

The app must let go of the database before the files are swapped: `release_database` is called
just before the restore starts (close the engine there). Afterwards the app reopens the database
whatever happened: `restored(RestoreResult)` or `restore_failed(message)` says which.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from workstation.db.server_dump import safe_location
from workstation.services.backup import SUFFIX, RestoreResult, VerifiedBackup, restore, verify
from workstation.services.common.context import Actor
from workstation.ui.common import file_dialogs
from workstation.ui.forms.ui_backup_restore_wizard import Ui_RestoreWizard
from workstation.ui.tasks import Pool, Task


class RestoreWizard(QWizard):
    CHOOSE, VERIFY, CONFIRM, RESULT = range(4)  # page ids, in the order of the .ui file

    restored = Signal(object)  # RestoreResult
    restore_failed = Signal(str)

    def __init__(self, db_location: str, actor: Actor, release_database: Callable[[], None] | None = None,
                 pool: Pool | None = None, start_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreWizard()
        self.ui.setupUi(self)
        self._location, self._actor, self._release, self._pool = db_location, actor, release_database, pool
        self._start_dir = start_dir or Path.home()
        self.task: Task | None = None
        self.verified: VerifiedBackup | None = None
        self.result: RestoreResult | None = None
        self.ui.choosePage.registerField("file*", self.ui.fileEdit)
        self.ui.verifyPage.registerField("verified*", self.ui.verifiedFlag)
        self.ui.confirmPage.registerField("confirmed*", self.ui.confirmCheck)
        self.ui.resultPage.registerField("done*", self.ui.doneFlag)
        self.ui.confirmPage.setCommitPage(True)
        self._button_texts()
        self.ui.browseButton.clicked.connect(self._browse)

    def _button_texts(self) -> None:
        button = QWizard.WizardButton
        for which, label in ((button.BackButton, self.tr("上一步(&B)")), (button.NextButton, self.tr("下一步(&N)")),
                             (button.CommitButton, self.tr("恢复(&R)")), (button.FinishButton, self.tr("完成")),
                             (button.CancelButton, self.tr("取消"))):
            self.setButtonText(which, label)

    def backup_file(self) -> Path:
        return Path(self.ui.fileEdit.text().strip())

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == self.VERIFY:
            self._verify()
        elif page_id == self.CONFIRM:
            self._describe_replacement()
        elif page_id == self.RESULT:
            self._restore()

    def cleanupPage(self, page_id: int) -> None:
        """Going back from the check: stop it, and the next visit checks again."""
        if page_id == self.VERIFY and self.task is not None:
            self.task.cancel()
        super().cleanupPage(page_id)

    def reject(self) -> None:
        if self.currentId() == self.RESULT and not self.ui.doneFlag.isChecked():
            return  # files are being swapped: it cannot be stopped half way
        if self.task is not None:
            self.task.cancel()
        super().reject()

    def _browse(self) -> None:
        name, _ = file_dialogs.open_file_name(self, self.tr("选择备份文件"), str(self._start_dir),
                                              self.tr("工作站备份 (*{suffix});;所有文件 (*)").format(suffix=SUFFIX))
        if name:
            self.ui.fileEdit.setText(name)

    def _verify(self) -> None:
        self.verified = None
        self.ui.verifiedFlag.setChecked(False)
        self.ui.verifyProgress.setValue(0)
        self.ui.verifyResult.setText(self.tr("正在校验…"))
        path = self.backup_file()
        task = self._task(lambda progress, is_cancelled: verify(path, self._location, progress, is_cancelled),
                          self.ui.verifyProgress.setValue)
        task.signals.finished.connect(self._verified)
        task.signals.failed.connect(lambda message: self.ui.verifyResult.setText(
            self.tr("未通过校验：{message}\n\n请返回选择其他备份文件。").format(message=message)))
        task.start(self._pool)

    def _verified(self, checked: VerifiedBackup) -> None:
        if self.currentId() != self.VERIFY:
            return  # the user went back meanwhile
        self.verified = checked
        m = checked.manifest
        lines = [
            self.tr("校验通过："),
            self.tr("✓ 全部 {n} 个成员的 SHA-256 校验值与清单一致").format(n=len(m.members)),
            self.tr("✓ 数据库完整性检查通过"),
            self.tr("✓ 数据库结构版本 {revision}，本程序可以打开").format(revision=m.schema_revision),
            "",
            self.tr("备份时间：{time}").format(time=local_time(m.created_at)),
            self.tr("备份来源：{source}").format(source=m.source),
            self.tr("备份程序版本：{version}").format(version=m.app_version),
            self.tr("机构 {nurseries} 家，附件 {files} 个，共 {size:.1f} MB").format(
                nurseries=m.tables.get("nursery", 0), files=m.attachments, size=m.size / 1e6),
        ]
        self.ui.verifyResult.setText("\n".join(lines))
        self.ui.verifiedFlag.setChecked(True)

    def _describe_replacement(self) -> None:
        created = local_time(self.verified.manifest.created_at) if self.verified else ""
        self.ui.confirmText.setText(self.tr(
            "当前数据库：{db}\n将被替换为 {time} 的备份。\n\n"
            "当前数据库及其附件不会删除，会改名另存为“{name}.replaced-日期-时间”，放在同一文件夹中。\n"
            "恢复时工作站会先关闭当前数据库；恢复结束后程序退出，重新启动即使用恢复的数据。").format(
                db=safe_location(self._location), time=created, name=Path(self._location).name))

    def _restore(self) -> None:
        self.ui.doneFlag.setChecked(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.ui.resultLabel.setText(self.tr("正在恢复…"))
        if self._release is not None:
            self._release()
        path = self.backup_file()
        task = self._task(lambda progress, _cancelled: restore(path, self._location, actor=self._actor,
                                                               progress=progress),
                          self.ui.restoreProgress.setValue)
        task.signals.finished.connect(self._restored)
        task.signals.failed.connect(self._restore_failed)
        task.start(self._pool)

    def _restored(self, result: RestoreResult) -> None:
        self.result = result
        if result.replaced is not None:
            aside = self.tr("原数据库已另存为：{path}").format(path=result.replaced)
        else:
            aside = self.tr("原位置没有数据库，已直接放入恢复的数据库。")
        if result.newer_audit_rows:
            aside += "\n" + self.tr("注意：被替换的数据库中有 {n} 条审计记录晚于这份备份，恢复后的数据库中没有；"
                                     "它们保留在另存的原数据库中，请一并保管。").format(n=result.newer_audit_rows)
        if result.exported is not None:
            aside += "\n" + self.tr("恢复前已把这些审计记录导出到：{path}").format(path=result.exported.path)
        self.ui.resultLabel.setText(self.tr("已从备份恢复：{db}\n{aside}").format(db=safe_location(result.database), aside=aside))
        self._finish()
        self.restored.emit(result)

    def _restore_failed(self, message: str) -> None:
        self.ui.resultLabel.setText(self.tr("恢复失败：{message}\n当前数据库未被替换。").format(message=message))
        self._finish()
        self.restore_failed.emit(message)

    def _finish(self) -> None:
        self.ui.doneFlag.setChecked(True)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)

    def _task(self, work, progressed: Callable[[int], None]) -> Task:
        self.task = Task(work)
        self.task.signals.progressed.connect(lambda done, total: progressed(done * 100 // max(total, 1)))
        return self.task


def local_time(iso: str) -> str:
    """A manifest's ISO time as local "YYYY-MM-DD HH:MM" (as written when unreadable)."""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
