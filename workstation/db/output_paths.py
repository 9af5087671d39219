"""Where a file may be written (never onto a database, its side files, its attachments, or an input)
and which chosen file may be read (never a database this process has open, nor its side files).

One check for every writer. `backup_files.atomic_output` (the temp-file-and-rename all of them use)
applies it against the databases this process has open; the command line and the pages that choose
a file name apply it first, against the database they were given, before any work starts.

Paths are compared as the file system sees them: relative paths and symbolic links resolved, the
same file under two names recognised (`os.path.samefile`), and letter case ignored where the
database's folder ignores it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from workstation.db.attachment_folder import attachments_dir
from workstation.db.sqlite_file import live_databases
from workstation.domain.errors import ValidationError

SIDE_FILES = ("-wal", "-shm", "-journal")
# Not allowed in Windows file names; "*" typed into a save dialog is a wildcard, never a name.
_NOT_IN_NAMES = re.compile(r'[<>:"|?*\x00-\x1f]')


def check_output_path(out: str | Path, *, databases: Iterable[str | Path] = (),
                      inputs: Iterable[str | Path] = ()) -> None:
    """Raise ValidationError when writing `out` would overwrite a database or what belongs to it.

    Checked: each of `databases` (paths or sqlite:/// URLs) and every database this process has
    open, their side files (-wal, -shm, -journal) and attachments folders (and anything inside
    them), and `inputs` (the files the same command reads).
    """
    target = Path(out).expanduser()
    shown = str(out)
    bad = sorted(set(_NOT_IN_NAMES.findall(target.name)))
    if bad:
        raise ValidationError(f"文件名“{target.name}”含有不能用于文件名的字符 {' '.join(bad)}，请换一个文件名。", "out")
    for source in inputs:
        if _same(target, Path(source).expanduser()):
            raise ValidationError(f"不能保存到“{shown}”：这是本次要读取的文件，保存会把它覆盖。请换一个文件名。", "out")
    for db in _unique(databases):
        if _same(target, db, probe=db):
            raise ValidationError(f"不能保存到“{shown}”：这是正在使用的数据库文件。请换一个文件名。", "out")
        for suffix in SIDE_FILES:
            if _same(target, db.with_name(db.name + suffix), probe=db):
                raise ValidationError(
                    f"不能保存到“{shown}”：这是数据库“{db.name}”的附属文件（{suffix}），覆盖它会损坏数据库。"
                    "请换一个文件名。", "out")
        files = attachments_dir(db)
        if _same(target, files, probe=db):
            raise ValidationError(f"不能保存到“{shown}”：这是数据库“{db.name}”的附件文件夹。请换一个文件名。", "out")
        if any(_same(folder, files, probe=db) for folder in _resolved(target).parents):
            raise ValidationError(
                f"不能保存到“{shown}”：这个位置在数据库“{db.name}”的附件文件夹里，其中只能存放附件。"
                "请换一个文件夹。", "out")


def check_input_path(source: str | Path, *, databases: Iterable[str | Path] = ()) -> None:
    """Raise ValidationError when `source` is a database this process has open (or one of
    `databases`) or one of its side files: reading it with a plain open()/close() would drop this
    process's SQLite locks (see sqlite_file._live), and it is never a file to import anyway."""
    path = Path(source).expanduser()
    for db in _unique(databases):
        names = [db, *(db.with_name(db.name + suffix) for suffix in SIDE_FILES)]
        if any(_same(path, name, probe=db) for name in names):
            raise ValidationError(
                f"“{path.name}”是正在使用的数据库文件（或其附属文件），不能作为要读取的文件。请选择其他文件。", "file")


def _unique(databases: Iterable[str | Path]) -> list[Path]:
    found: dict[str, Path] = {}
    for db in [*databases, *live_databases()]:
        text = str(db).removeprefix("sqlite:///")
        if "://" in text:
            continue  # a database server: no file of ours to protect
        path = _resolved(Path(text).expanduser())
        found.setdefault(os.path.normcase(str(path)), path)
    return list(found.values())


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:  # a symbolic link loop, or a drive that went away
        return path.absolute()


def _same(a: Path, b: Path, probe: Path | None = None) -> bool:
    """Whether `a` and `b` name the same file (existing or not); `probe`, an existing file in `b`'s
    folder, tells whether that folder ignores letter case."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    ra, rb = _resolved(a), _resolved(b)
    if os.path.normcase(str(ra)) == os.path.normcase(str(rb)):
        return True
    if ra.name.casefold() != rb.name.casefold() or not _same(ra.parent, rb.parent):
        return False
    return probe is not None and _ignores_case(probe)


def _ignores_case(probe: Path) -> bool:
    """True when `probe` can also be reached with its name's letter case swapped (Windows, macOS)."""
    other = probe.with_name(probe.name.swapcase())
    if other.name == probe.name:
        return False
    try:
        return other.exists() and os.path.samefile(probe, other)
    except OSError:
        return False
