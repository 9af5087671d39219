"""Copies of attachments written for a viewer: in a folder only this user can read (0700, files
0600), made once per process with `tempfile.mkdtemp` and removed at exit, never a shared temp dir
where other accounts of the computer could read a scan of an ID card."""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
from pathlib import Path

from workstation.db.backup_files import atomic_output

_folder: Path | None = None


def private_folder() -> Path:
    global _folder
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="workstation-attachments-"))  # mode 0700
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def write_private_copy(name: str, content: bytes) -> Path:
    """Write `content` as `name` (made safe) in the private folder; written whole or not at all."""
    target = private_folder() / safe_name(name)
    with atomic_output(target) as temp:  # mkstemp: 0600, kept by the rename
        temp.write_bytes(content)
    return target


def safe_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).lstrip(".") or "scan"
