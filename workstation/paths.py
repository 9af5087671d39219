"""Where things live: user data/log folders and bundled resources (source or frozen)."""

from __future__ import annotations

import sys
from pathlib import Path

from workstation import APP_NAME

_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resource_path(*parts: str) -> Path:
    """A file shipped with the program: resources/, migrations/ (works frozen too)."""
    return _ROOT.joinpath(*parts)


def migrations_dir() -> Path:
    return resource_path("migrations")


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "workstation.db"
