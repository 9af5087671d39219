"""File-level steps of long work: outputs written to a temporary file renamed into place, stale
temporaries of killed processes removed (restore's switch of database and attachments: restore_switch.py).

`atomic_output` is what every writer of a user's file uses (exports, documents, backups, import
reports, calendar files) so the final name only ever holds a whole file, and never names a database
(output_paths.py):

    with atomic_output(Path("out.xlsx")) as temp:
        write(temp)            # an exception (cancel, disk full) deletes temp; out.xlsx is untouched

A temporary is named `.<final name>.<random>.partial` and, while its writer lives, holds an OS
lock; `clean_stale_partials` deletes only those whose writer is gone (for example killed).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from workstation.db.backup import storage_error
from workstation.db.output_paths import check_output_path
from workstation.domain.errors import StorageError

PARTIAL_SUFFIX = ".partial"
LOCK_NAME = "lock"  # inside a partial folder


@contextmanager
def atomic_output(final: Path, inputs: Iterable[str | Path] = ()) -> Iterator[Path]:
    """Yield a temporary path beside `final`; on success it is synced and renamed onto `final`.

    Refused (ValidationError, nothing written) when `final` is an open database, one of its side
    files or inside its attachments folder, or one of `inputs`. On any exception (including
    cancellation and KeyboardInterrupt) the temporary is deleted.
    """
    check_output_path(final, inputs=inputs)
    folder = final.parent
    if not folder.is_dir():
        raise StorageError(f"文件夹“{folder}”不存在（U盘可能已拔出），请重新选择保存位置。")
    clean_stale_partials(folder)
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{final.name}.", suffix=PARTIAL_SUFFIX)
    except OSError as exc:
        raise storage_error(exc, "写入文件") from exc
    temp = Path(name)
    try:
        _lock(fd)
        yield temp
        _sync(temp)
        os.close(fd)
        fd = -1
        os.replace(temp, final)
        fsync_dir(folder)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        if fd >= 0:
            os.close(fd)


@contextmanager
def partial_folder(beside: Path, label: str) -> Iterator[Path]:
    """A locked temporary folder beside `beside` (same disk, so its content can be renamed into place);
    removed with everything left in it at the end."""
    clean_stale_partials(beside.parent)
    folder = Path(tempfile.mkdtemp(dir=beside.parent, prefix=f".{beside.name}.{label}-", suffix=PARTIAL_SUFFIX))
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
        yield folder
    finally:
        os.close(fd)
        shutil.rmtree(folder, ignore_errors=True)


def clean_stale_partials(folder: Path) -> list[Path]:
    """Delete temporaries in `folder` left by processes that died; return what was deleted."""
    removed = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(PARTIAL_SUFFIX)]
    except OSError:
        return removed
    for path in candidates:
        if not _abandoned(path / LOCK_NAME if path.is_dir() else path):
            continue
        try:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        except OSError:
            continue  # in use after all (Windows), or already gone
        removed.append(path)
    return removed


def partials(folder: Path) -> list[Path]:
    """Temporaries currently in `folder` (live or abandoned)."""
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(PARTIAL_SUFFIX))


def _lock(fd: int) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    # On Windows an open file cannot be deleted by another process, which is lock enough.


def _abandoned(path: Path) -> bool:
    """True when no living process holds `path` open under lock (POSIX: flock; Windows: delete fails)."""
    if os.name != "posix":
        return True  # the unlink itself fails while the writer holds the file open
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _sync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make renames in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
