"""Long-work plumbing for exports: temp file renamed into place, progress and cancellation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from workstation.db.backup_files import atomic_output as durable_output
from workstation.db.output_paths import check_output_path
from workstation.domain.errors import DomainError, StorageError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


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
    """A temp file beside `out`, synced and renamed over it only when the block succeeds; removed otherwise.

    The one mechanism backups use too (db/backup_files.py); here it only adds the export's own checks.
    """
    out = Path(out)
    check_output_path(out)  # before the folder check: "c.db.files" is refused as the attachments folder
    if out.is_dir():
        raise StorageError(f"“{out}”是一个文件夹，请指定文件名。")
    with durable_output(out) as temp:
        yield temp
