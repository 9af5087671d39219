"""Restore wizard (choose → verify → confirm → restore) and the backup dialog, driven like a user."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QWizard
from sqlalchemy import text

from workstation.db.attachments import Attachments
from workstation.db.backup_files import partials
from workstation.services.backup.service import backup, verify
from workstation.ui.backup import BackupDialog, RestoreWizard
from workstation.ui.tasks import SynchronousPool

NOW = dt.datetime(2026, 11, 23, 9, 30, 0)


def names(db) -> list[str]:
    with db.factory() as session:
        return list(session.scalars(text("SELECT name FROM street ORDER BY id")))


@pytest.fixture
def made(district, actor, tmp_path) -> Path:
    """A backup of the district database (two streets, one attachment), then a change after it."""
    Attachments(district.factory).put(b"scan of a licence")
    path = backup(district.location, tmp_path / "b.wsbackup", actor=actor).path
    with district.factory.begin() as session:
        session.execute(text("UPDATE street SET name = '备份后改名' WHERE code = '500107001'"))
    return path


def wizard_for(qtbot, district, actor, released: list, pool=None) -> RestoreWizard:
    def release() -> None:
        released.append(True)
        district.close()  # the app lets go of the database before the files are swapped

    wizard = RestoreWizard(district.location, actor, release, pool or SynchronousPool())
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_enabled(wizard: QWizard) -> bool:
    button = QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage() else QWizard.WizardButton.NextButton
    return wizard.button(button).isEnabled()


def test_choose_verify_confirm_restore(qtbot, district, actor, made):
    released, restored = [], []
    wizard = wizard_for(qtbot, district, actor, released)
    wizard.restored.connect(restored.append)
    assert not next_enabled(wizard)
    wizard.ui.fileEdit.setText(str(made))
    wizard.next()

    assert wizard.currentId() == RestoreWizard.VERIFY
    shown = wizard.ui.verifyResult.text()
    assert "校验通过" in shown and "数据库完整性检查通过" in shown and "附件 1 个" in shown
    assert next_enabled(wizard) and released == []
    wizard.next()

    assert wizard.currentId() == RestoreWizard.CONFIRM and not next_enabled(wizard)
    assert district.location in wizard.ui.confirmText.text()
    wizard.ui.confirmCheck.setChecked(True)
    wizard.next()

    assert wizard.currentId() == RestoreWizard.RESULT and released == [True]
    [result] = restored
    assert result.replaced is not None and str(result.replaced) in wizard.ui.resultLabel.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert names(district) == ["杨家坪街道", "谢家湾街道"]  # the engine reconnects to the restored file


def test_tampered_backup_stops_at_verification_naming_the_member(qtbot, district, actor, made):
    with zipfile.ZipFile(made) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    photo = "database.sqlite"  # the attachment is inside it
    members[photo] = members[photo][:-1] + b"!"
    with zipfile.ZipFile(made, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    before = hashlib.sha256(Path(district.location).read_bytes()).hexdigest()
    released = []
    wizard = wizard_for(qtbot, district, actor, released)
    wizard.ui.fileEdit.setText(str(made))
    wizard.next()
    assert "未通过校验" in wizard.ui.verifyResult.text() and photo in wizard.ui.verifyResult.text()
    assert not next_enabled(wizard) and released == []
    assert hashlib.sha256(Path(district.location).read_bytes()).hexdigest() == before
    wizard.back()
    wizard.ui.fileEdit.setText(str(made.with_name("missing.wsbackup")))
    wizard.next()
    assert "找不到备份文件" in wizard.ui.verifyResult.text()


def test_verification_runs_on_the_thread_pool(qtbot, district, actor, made):
    pool = QThreadPool()
    wizard = wizard_for(qtbot, district, actor, [], pool)
    wizard.ui.fileEdit.setText(str(made))
    wizard.next()
    qtbot.waitUntil(lambda: next_enabled(wizard), timeout=10_000)
    assert wizard.ui.verifyProgress.value() == 100 and wizard.verified is not None
    pool.waitForDone(10_000)


def test_failed_restore_is_reported_and_finish_is_offered(qtbot, district, actor, made):
    failures = []
    wizard = wizard_for(qtbot, district, actor, [])
    wizard.restore_failed.connect(failures.append)
    wizard.ui.fileEdit.setText(str(made))
    wizard.next()
    wizard.next()
    wizard.ui.confirmCheck.setChecked(True)
    made.write_bytes(b"replaced on the USB drive after the check")  # restore checks again
    wizard.next()
    assert wizard.currentId() == RestoreWizard.RESULT and len(failures) == 1
    assert "恢复失败" in wizard.ui.resultLabel.text() and "未被替换" in wizard.ui.resultLabel.text()
    assert names(district) == ["备份后改名", "谢家湾街道"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


# -- manual backup dialog -----------------------------------------------------------------------

@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def backup_dialog(qtbot, district, actor, folder: Path) -> BackupDialog:
    dialog = BackupDialog(district.location, actor, SynchronousPool(), folder, now=lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def test_backup_dialog_backs_up_into_the_chosen_folder(qtbot, district, actor, usb):
    dialog = backup_dialog(qtbot, district, actor, usb)
    with qtbot.waitSignal(dialog.backed_up) as done:
        qtbot.mouseClick(dialog.ui.startButton, left())
    out = done.args[0].path
    assert out.parent == usb and out.name == "test-备份-20261123-093000.wsbackup"
    assert str(out) in dialog.ui.statusLabel.text() and dialog.ui.progressBar.value() == 100
    assert dialog.ui.closeButton.text() == "关闭" and not dialog.ui.startButton.isEnabled()
    verify(out, district.location)


def test_backup_dialog_cancel_leaves_no_file(qtbot, district, actor, usb):
    dialog = backup_dialog(qtbot, district, actor, usb)
    dialog.ui.progressBar.valueChanged.connect(lambda value: value and dialog.ui.closeButton.click())
    qtbot.mouseClick(dialog.ui.startButton, left())
    assert "已取消" in dialog.ui.statusLabel.text() and dialog.result is None
    assert list(usb.iterdir()) == [] and not partials(Path(district.location).parent)
    assert dialog.ui.startButton.isEnabled() and not dialog.busy


def test_backup_dialog_refuses_a_missing_folder(qtbot, district, actor, usb):
    dialog = backup_dialog(qtbot, district, actor, usb)
    shutil.rmtree(usb)
    qtbot.mouseClick(dialog.ui.startButton, left())
    assert "不存在" in dialog.ui.statusLabel.text() and dialog.task is None


def left() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton
