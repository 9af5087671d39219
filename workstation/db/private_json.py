"""A small JSON side file (the keyring, the sign-in failures before an unlock) replaced atomically and
readable by its owner only."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from workstation.domain.errors import StorageError


def write_private_json(path: Path, data: dict, failure: str, indent: int | None = None) -> None:
    """Write `data` to `path` through a 0600 temporary file and a rename (never half-written);
    StorageError `failure` + the reason when the disk refuses."""
    try:
        fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=indent, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StorageError(f"{failure}：{exc.strerror}") from exc
