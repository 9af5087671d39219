"""Files holding personal data are their user's alone, also those an older version left readable."""

from __future__ import annotations

import logging
import stat

import pytest

from workstation import logs
from workstation.db.session import open_database


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.sqlite_only("file modes of the SQLite file and its side files")
def test_opening_a_database_makes_it_and_its_side_files_private(db_path, migrated_template):
    db_path.write_bytes(migrated_template.read_bytes())
    keyring = db_path.with_name(db_path.name + ".keyring")
    keyring.write_text("{}")
    for path in (db_path, keyring):
        path.chmod(0o644)
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        wal = db_path.with_name(db_path.name + "-wal")
        assert {_mode(p) for p in (db_path, keyring)} == {0o600}
        assert not wal.exists() or _mode(wal) & 0o077 == 0
    finally:
        db.close()


def test_the_log_folder_and_its_logs_are_private(monkeypatch, tmp_path):
    from workstation.paths import user_log_dir

    folder = user_log_dir()
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    old = folder / "workstation.log.1"
    old.write_text("an older version's log")
    old.chmod(0o644)
    monkeypatch.setattr(logs, "_configured", None)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        path = logs.setup_logging()
    finally:
        for handler in root.handlers[len(handlers):]:
            root.removeHandler(handler)
            handler.close()
    assert _mode(folder) == 0o700 and _mode(old) == 0o600 and _mode(path) & 0o077 == 0


def test_the_log_file_is_written_and_kept_private_when_its_handler_is_made_at_the_first_record(monkeypatch):
    monkeypatch.setattr(logs, "_configured", None)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        path = logs.setup_logging()
        assert path.exists() and _mode(path) & 0o077 == 0  # there before anything is logged
        logs.log_exception(ValueError("a test failure"))
    finally:
        for handler in root.handlers[len(handlers):]:
            root.removeHandler(handler)
            handler.close()
    assert "ValueError: a test failure" in path.read_text(encoding="utf-8")
