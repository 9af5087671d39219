"""Attachments stored in the database (table attachment_blob): keyed by the SHA-256 of their content."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest
from sqlalchemy import select

from workstation.db.attachments import Attachments
from workstation.db.orm.attachments import AttachmentBlob
from workstation.domain.errors import StorageError, ValidationError


@pytest.fixture
def store(database):
    return Attachments(database.factory)


def test_put_bytes_stores_them_in_the_database_under_their_sha256(store, database, tmp_path):
    data = "营业执照扫描件".encode() * 1000
    sha = store.put(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert not (tmp_path / "w.db.files").exists() and not list(tmp_path.glob("*.files"))  # no folder beside it
    with database.factory() as session:
        row = session.scalars(select(AttachmentBlob)).one()
    assert (row.sha256, row.size, row.content) == (sha, len(data), data)
    assert store.read(sha) == data and store.exists(sha) and store.verify(sha)


def test_put_file_equals_put_bytes_and_is_stored_once(store, tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(3 << 20))
    sha = store.put(photo)
    assert store.put(photo.read_bytes()) == sha
    assert store.shas() == [sha] and store.count() == 1


def test_put_in_the_callers_transaction_is_undone_with_it(store, database):
    with pytest.raises(RuntimeError), database.factory.begin() as session:
        sha = store.put(b"scan of a save that failed", session)
        raise RuntimeError("the save failed after the scan was stored")
    assert not store.exists(sha) and store.count() == 0


def test_verify_notices_changed_bytes(store, database):
    sha = store.put(b"original")
    with database.factory.begin() as session:
        session.get(AttachmentBlob, sha).content = b"changed"
    assert store.exists(sha) and not store.verify(sha)


@pytest.mark.parametrize("bad", ["", "abc", "G" * 64, "../" + "a" * 61, "A" * 64])
def test_invalid_ids_are_refused(store, bad):
    with pytest.raises(ValidationError):
        store.read(bad)


def test_missing_attachment_gives_a_clear_message(store):
    store.put(b"kept")
    with pytest.raises(StorageError, match="不在数据库中"):
        store.read(hashlib.sha256(b"gone").hexdigest())


def test_missing_source_file(store, tmp_path):
    with pytest.raises(StorageError, match="找不到文件"):
        store.put(tmp_path / "nope.jpg")


def test_an_opened_copy_lies_in_a_private_folder_only_its_user_can_read(store):
    sha = store.put(b"%PDF scan of an ID card")
    copy = store.open_copy(sha, "身份证/扫描件.pdf")
    assert copy.read_bytes() == b"%PDF scan of an ID card"
    assert copy.name == f"{sha[:12]}-身份证_扫描件.pdf"
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert copy.parent.name.startswith("workstation-attachments-") and copy.parent.name != "workstation-attachments"
    assert store.open_copy(sha, "身份证/扫描件.pdf") == copy  # opened again: the same private folder
