"""File dialogs that never read the files they list (use these, never QFileDialog's static functions).

Qt's stock icon provider guesses each listed file's type by reading its first bytes. Opening and
closing the live database (or its -wal/-shm) that way drops every POSIX lock this process holds on
it, so the next command-line run believes it is the last user and deletes the -wal and -shm the
workstation still writes to: later saves land in a deleted file and the database is damaged. The
dialogs here use an icon provider that looks only at names, and Qt's own dialog on every system
but Windows (where locks are not lost this way), since a desktop's in-process dialog sniffs too.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Folder or file icons and type names from the file name alone (no file is opened)."""

    def __init__(self) -> None:
        super().__init__()
        self._stock = QFileIconProvider()

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kind = (QAbstractFileIconProvider.IconType.Folder if what.isDir()
                    else QAbstractFileIconProvider.IconType.File)
            return self._stock.icon(kind)
        return self._stock.icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "文件夹")
        suffix = info.suffix().upper()
        if suffix:
            return QCoreApplication.translate("FileDialogs", "{suffix} 文件").format(suffix=suffix)
        return QCoreApplication.translate("FileDialogs", "文件")


_PROVIDER: NameOnlyIconProvider | None = None


def name_only_icons() -> NameOnlyIconProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NameOnlyIconProvider()
    return _PROVIDER


def make_dialog(parent: QWidget | None, caption: str, directory: str = "", name_filter: str = "") -> QFileDialog:
    """A QFileDialog that lists files without reading them (see the module's docstring)."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(name_only_icons())
    # Qt's Chinese catalogue lacks two of these labels of its own dialog.
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialogs", "查找范围(&L)："))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialogs", "文件名(&N)："))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialogs", "文件类型(&T)："))
    return dialog


def open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> tuple[str, str]:
    """(chosen file, chosen filter); ("", "") when cancelled — as QFileDialog.getOpenFileName."""
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def open_file_names(parent: QWidget | None, caption: str, directory: str = "",
                    name_filter: str = "") -> tuple[list[str], str]:
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> tuple[str, str]:
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _run(dialog)


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    dialog = make_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)[0]


def _run(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()
