"""File dialogs must not read the files they list: reading the live database drops this process's
SQLite locks, and the next command-line run then deletes the -wal and -shm under the workstation
(the audit-index damage a walkthrough found after an export dialog and CLI runs side by side)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from workstation.ui.common import file_dialogs

WORKSTATION_UI = Path(file_dialogs.__file__).resolve().parents[1]


def _live_database(folder: Path) -> tuple[Path, sqlite3.Connection]:
    path = folder / "workstation.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.execute("SELECT count(*) FROM t").fetchone()  # holds its shared locks like the GUI does
    return path, conn


def _another_process_writes_and_closes(path: Path) -> None:
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('INSERT INTO t VALUES (2)');"
            " c.commit(); c.close()")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)


def test_browsing_the_database_folder_keeps_the_workstation_s_locks(qtbot, tmp_path):
    path, conn = _live_database(tmp_path)
    dialog = file_dialogs.make_dialog(None, "导出为", str(tmp_path), "Excel 工作簿 (*.xlsx);;所有文件 (*)")
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
        dialog.show()
    provider = dialog.iconProvider()
    for name in (path.name, path.name + "-wal", path.name + "-shm"):  # what the listing asks for each file
        info = QFileInfo(str(tmp_path / name))
        provider.icon(info)
        provider.type(info)

    _another_process_writes_and_closes(path)

    assert (tmp_path / "workstation.db-wal").exists(), "the other process believed it was the last user"
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    conn.close()


def test_type_names_come_from_the_file_name(qtbot, tmp_path):
    provider = file_dialogs.name_only_icons()
    (tmp_path / "报表.xlsx").write_bytes(b"%PDF-1.4 not what the name says")
    assert provider.type(QFileInfo(str(tmp_path / "报表.xlsx"))) == "XLSX 文件"
    assert provider.type(QFileInfo(str(tmp_path))) == "文件夹"


def test_no_page_opens_a_qt_file_dialog_of_its_own():
    offenders = [str(p.relative_to(WORKSTATION_UI)) for p in WORKSTATION_UI.rglob("*.py")
                 if p.parent.name != "forms" and p.name != "file_dialogs.py" and "QFileDialog" in p.read_text("utf-8")]
    assert offenders == [], f"use workstation.ui.common.file_dialogs instead: {offenders}"


def test_every_label_of_the_dialog_is_chinese(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    dialog = file_dialogs.make_dialog(None, "导出为", str(tmp_path), "Excel 工作簿 (*.xlsx)")
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not [text for text in labels if text.isascii()], labels
