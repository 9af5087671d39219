"""Long-work plumbing for exports: temp file renamed into place, progress and cancellation."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import DomainError, StorageError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PART_SUFFIX = ".part"


class ExportCancelled(DomainError):
    """The user cancelled the export; no file was written."""

    def __init__(self) -> None:
        super().__init__("已取消导出，未生成文件。")


@dataclass
class Watch:
    """Reports progress and stops the work when the user cancels."""

    total: int
    progress: Progress | None = None
    is_cancelled: Cancelled | None = None
    done: int = -1  # last reported

    def check(self) -> None:
        """Raise ExportCancelled when the user has cancelled."""
        if self.is_cancelled is not None and self.is_cancelled():
            raise ExportCancelled()

    def report(self, done: int) -> None:
        """Check for cancellation, then report `done` of `total`."""
        self.check()
        self.done = min(done, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)


    def finish(self) -> None:
        """Report the work complete (no cancelling any more: the file is in place)."""
        if self.progress is not None and self.done < self.total:
            self.done = self.total
            self.progress(self.total, self.total)


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """A temp file beside `out`, renamed over it only when the block succeeds; removed otherwise.

    Beside, not in /tmp, so the rename stays on one file system and is atomic: a reader sees
    the old file or the complete new one, never a partial file.
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise StorageError(f"保存位置“{out.parent}”不存在。")
    if out.is_dir():
        raise StorageError(f"“{out}”是一个文件夹，请指定文件名。")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=PART_SUFFIX, dir=out.parent)
    except OSError as exc:
        raise StorageError(f"无法在“{out.parent}”中写入文件：{exc.strerror}") from exc
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, out)
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
