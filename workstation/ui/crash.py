"""Last-resort handler: an unexpected exception is logged and shown, never a silent crash."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(log_exception: Callable[[BaseException], Path]) -> ExceptHook:
    """Make sys.excepthook log the exception and show a dialog; return the previous hook."""
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        exc.__traceback__ = exc.__traceback__ or tb
        log_path = _log_safely(log_exception, exc)
        if showing or QApplication.instance() is None:  # no GUI, or an error inside the dialog
            previous(kind, exc, tb)
            return
        showing = True
        try:
            show_crash_dialog(exc, log_path)
        finally:
            showing = False

    sys.excepthook = hook
    return previous


def show_crash_dialog(exc: BaseException, log_path: Path | None) -> None:
    title = QCoreApplication.translate("CrashDialog", "程序错误")
    text = QCoreApplication.translate(
        "CrashDialog", "发生了意外错误，刚才的操作可能没有完成。\n\n错误：{error}\n\n详细信息已记录在日志文件：\n{log}"
    ).format(error=f"{type(exc).__name__}: {exc}", log=log_path or "—")
    QMessageBox.critical(None, title, text)


def _log_safely(log_exception: Callable[[BaseException], Path], exc: BaseException) -> Path | None:
    try:
        return log_exception(exc)
    except Exception:  # logging must never hide the original error
        return None
