"""Migration 20261204_0021: the attachments folder beside a SQLite file moves into the database."""

from __future__ import annotations

import hashlib
import logging

from alembic import command
from attachment_support import stored

from workstation.db import migrate
from workstation.db.engine import make_engine
from workstation.db.session import open_database


def _at_0019(path):
    engine = make_engine(path)
    with engine.begin() as conn:
        config = migrate._alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "20261204_0019")
    engine.dispose()


def _file(folder, content: bytes, name: str | None = None) -> str:
    sha = hashlib.sha256(content).hexdigest()
    name = name or sha
    (folder / name[:2]).mkdir(parents=True, exist_ok=True)
    (folder / name[:2] / name[2:]).write_bytes(content)
    return sha


def test_files_that_match_their_hash_move_in_and_the_folder_is_left_as_it_was(tmp_path, caplog):
    path = tmp_path / "district.db"
    _at_0019(path)
    folder = tmp_path / "district.db.files"
    scan, photo = _file(folder, b"%PDF licence scan" * 300), _file(folder, b"\xff\xd8 photo" * 500)
    damaged = hashlib.sha256(b"what was stored").hexdigest()
    _file(folder, b"overwritten later", damaged)
    (folder / ".tmp").mkdir()
    (folder / ".tmp" / "half-written").write_bytes(b"x")
    before = sorted((p.relative_to(folder), p.read_bytes()) for p in folder.rglob("*") if p.is_file())

    with caplog.at_level(logging.INFO, logger="alembic.runtime.migration"):
        open_database(path).close()

    assert stored(path) == {scan: b"%PDF licence scan" * 300, photo: b"\xff\xd8 photo" * 500}
    assert sorted((p.relative_to(folder), p.read_bytes()) for p in folder.rglob("*") if p.is_file()) == before
    assert f"原附件文件夹“{folder}”保持原样未动，确认无误后可自行删除" in caplog.text
    assert f"未移入数据库：{damaged[:12]}…" in caplog.text


def test_a_database_without_a_folder_migrates_to_an_empty_table(tmp_path):
    path = tmp_path / "new.db"
    _at_0019(path)
    open_database(path).close()
    assert stored(path) == {} and not (tmp_path / "new.db.files").exists()
