"""Rotating log file in the user log folder. Never log personal data."""

from __future__ import annotations

import logging
from pathlib import Path

_configured: Path | None = None


def setup_logging() -> Path:
    """Log to <user log dir>/workstation.log (1 MB x 5 files); return the file path."""
    global _configured
    if _configured is not None:
        return _configured
    from workstation.paths import user_log_dir

    folder = user_log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "workstation.log"
        path.touch()  # (an unwritable log folder is found now, as before)
        handler: logging.Handler = _LogFile(path)
        _private(folder, path)
    except OSError:
        path = Path("(stderr)")
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = path
    return path


class _LogFile(logging.Handler):
    """The rotating log file (1 MB x 5), its handler made at the first record: most starts log nothing,
    and logging.handlers costs a start about 8 ms."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:  # (called under this handler's lock)
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(self._path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _private(folder: Path, log: Path) -> None:
    """Logs name files and people: the folder 0700, each log 0600 (also those an older version left open)."""
    from workstation.db.file_modes import make_private

    make_private(folder, 0o700)
    for old in folder.glob(log.name + "*"):
        make_private(old)


def log_exception(exc: BaseException) -> Path:
    """Write the exception with its traceback to the log; return the log path."""
    path = setup_logging()
    logging.getLogger("workstation").error(
        "unhandled exception", exc_info=(type(exc), exc, exc.__traceback__)
    )
    return path
