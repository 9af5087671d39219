"""Files holding personal data are their user's alone: 0600 files, 0700 folders.

New files get it from the umask the program sets at start (cli.run); these tighten what an older
version left readable to others (a database of 0644, its log folder of 0755).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".keyring", ".attempts")


def make_private(path: Path, mode: int = 0o600) -> None:
    """chmod `path` to `mode` when it is ours and more open than that (quietly skipped otherwise)."""
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & ~mode:
            path.chmod(stat.S_IMODE(info.st_mode) & mode)
    except (OSError, AttributeError):  # (gone, not ours, or no POSIX modes)
        pass


def make_database_private(db_path: Path) -> None:
    """The database file, its side files and its keyring: 0600."""
    for suffix in SIDE_SUFFIXES:
        make_private(db_path.with_name(db_path.name + suffix))
