"""Content-addressed attachments beside the database: names are SHA-256 of the content."""

from __future__ import annotations

import errno
import hashlib
import os

import pytest

from workstation.db.attachments import Attachments, attachments_dir
from workstation.domain.errors import StorageError, ValidationError


@pytest.fixture
def store(tmp_path):
    return Attachments.for_database(tmp_path / "w.db")


def test_folder_sits_beside_the_database(tmp_path):
    assert attachments_dir(tmp_path / "w.db") == tmp_path / "w.db.files"


def test_put_bytes_stores_under_sha256_in_a_two_digit_folder(store):
    data = "营业执照扫描件".encode() * 1000
    sha = store.put(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert store.path(sha) == store.root / sha[:2] / sha[2:]
    assert store.path(sha).read_bytes() == data
    assert store.exists(sha) and store.verify(sha)


def test_put_file_equals_put_bytes_and_is_stored_once(store, tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(3 << 20))  # larger than one read block
    sha = store.put(photo)
    assert store.put(photo.read_bytes()) == sha
    assert [s for s, _ in store] == [sha]
    assert not any((store.root / ".tmp").iterdir())


def test_verify_notices_a_changed_file(store):
    sha = store.put(b"original")
    store.path(sha).write_bytes(b"changed")
    assert store.exists(sha) and not store.verify(sha)


def test_iteration_skips_temporaries_and_foreign_files(store):
    sha = store.put(b"a")
    (store.root / ".tmp" / "leftover").write_bytes(b"x")
    (store.root / "notes.txt").write_text("?")
    (store.root / sha[:2] / "short").write_bytes(b"y")
    assert [s for s, _ in store] == [sha]


@pytest.mark.parametrize("bad", ["", "abc", "G" * 64, "../" + "a" * 61, "A" * 64])
def test_invalid_ids_are_refused(store, bad):
    with pytest.raises(ValidationError):
        store.path(bad)


def test_missing_folder_gives_a_clear_message_and_put_recreates_it(store):
    sha = hashlib.sha256(b"x").hexdigest()
    assert list(store) == [] and not store.exists(sha)
    with pytest.raises(StorageError, match="附件文件夹.*不存在"):
        store.read(sha)
    assert store.put(b"x") == sha
    assert store.read(sha) == b"x"


def test_missing_attachment_in_existing_folder(store):
    store.put(b"kept")
    with pytest.raises(StorageError, match="找不到"):
        store.read(hashlib.sha256(b"gone").hexdigest())


def test_missing_source_file(store, tmp_path):
    with pytest.raises(StorageError, match="找不到文件"):
        store.put(tmp_path / "nope.jpg")


def test_disk_full_while_storing_leaves_no_temporary_and_keeps_earlier_files(store, monkeypatch):
    kept = store.put(b"saved before")

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("workstation.db.attachments.os.fsync", full)
    with pytest.raises(StorageError, match="磁盘空间已满"):
        store.put(b"new photo")
    assert [s for s, _ in store] == [kept]
    assert not any((store.root / ".tmp").iterdir())
    assert store.verify(kept)
