"""Damaged, tampered and foreign backup files are refused, naming the failing member, before anything
changes; arbitrary bytes or zip bundles given as a backup raise only StorageError/ValidationError."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.db.session import open_database
from workstation.domain.errors import StorageError, ValidationError
from workstation.services.backup.bundle import DATABASE, MANIFEST
from workstation.services.backup.service import BackupInvalid, backup, restore, verify
from workstation.services.common.context import Actor
from workstation.services.district.service import DistrictService

ACTOR = Actor(username="tester")


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    """A backup of a small district database with two attachments as files beside it, as backups
    made before revision 20261204_0021 hold them (every member is checked the same way)."""
    path = tmp_path_factory.mktemp("original") / "w.db"
    db = open_database(path)
    DistrictService(db.factory, ACTOR).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
    made = backup(path, path.with_name("b.wsbackup"), actor=ACTOR).path
    db.close()

    def add_files(members, manifest):
        for data in (b"photo" * 1000, b"scan" * 800):
            digest = hashlib.sha256(data).hexdigest()
            members[f"files/{digest[:2]}/{digest[2:]}"] = data
            manifest["members"][f"files/{digest[:2]}/{digest[2:]}"] = {"sha256": digest, "size": len(data)}

    rewrite(made, add_files)
    return made


@pytest.fixture
def made(original, tmp_path) -> Path:
    return Path(shutil.copy(original, tmp_path / "b.wsbackup"))


@pytest.fixture
def db_file(tmp_path) -> Path:
    """The database a restore would replace: any file will do, it must stay as it is."""
    path = tmp_path / "w.db"
    path.write_bytes(b"current database")
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rewrite(path: Path, change) -> None:
    """Rebuild a backup with `change(members, manifest)` applied (members: name -> bytes)."""
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(members.pop(MANIFEST))
    change(members, manifest)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in [*members.items(), (MANIFEST, json.dumps(manifest).encode())]:
            archive.writestr(name, data)


def _photo(members: dict) -> str:
    return next(n for n in members if n.startswith("files/"))


def _database_edited(members, manifest, sql: str) -> None:
    """Change the database with `sql` and record the new checksum, as a careful forger would."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.db"
        path.write_bytes(members[DATABASE])
        conn = sqlite3.connect(path)
        conn.executescript(sql)
        conn.close()
        members[DATABASE] = path.read_bytes()
    manifest["members"][DATABASE]["sha256"] = hashlib.sha256(members[DATABASE]).hexdigest()
    manifest["members"][DATABASE]["size"] = len(members[DATABASE])


def _corrupt_pages(members, manifest) -> None:
    data = bytearray(members[DATABASE])
    data[3 * 4096:6 * 4096] = bytes(range(256)) * 48  # garbage over b-tree pages
    members[DATABASE] = bytes(data)
    manifest["members"][DATABASE]["sha256"] = hashlib.sha256(data).hexdigest()


TAMPERING = {
    "attachment changed": (lambda m, _: m.update({_photo(m): b"X" + m[_photo(m)][1:]}), "files/", "校验失败"),
    "database changed": (lambda m, _: m.update({DATABASE: m[DATABASE][:-1] + b"\x01"}), DATABASE, "校验失败"),
    "attachment removed": (lambda m, _: m.pop(_photo(m)), "files/", "缺少成员"),
    "member smuggled in": (lambda m, _: m.update({"files/00/" + "0" * 62: b"?"}), "files/00/", "未列出"),
    "attachment renamed": (lambda m, f: (m.update({"files/ff/" + "f" * 62: m.pop(_photo(m))}), f["members"].update(
        {"files/ff/" + "f" * 62: f["members"].pop(next(n for n in f["members"] if n.startswith("files/")))})),
        "files/ff/", "内容与名称不符"),
    "database corrupt, checksum forged": (_corrupt_pages, DATABASE, "完整性"),
    "newer schema": (lambda m, f: (_database_edited(m, f, "UPDATE alembic_version SET version_num='29991231_9999'"),
                                   f.update(schema_revision="29991231_9999")), DATABASE, "较新版本"),
    "revision differs from manifest": (lambda m, f: f.update(schema_revision="20200101_0001"), DATABASE, "与清单不符"),
}


@pytest.mark.parametrize("case", TAMPERING)
def test_damaged_or_tampered_backup_is_refused_before_anything_changes(made, db_file, case):
    change, member, words = TAMPERING[case]
    rewrite(made, change)
    before, listing = sha(db_file), sorted(p.name for p in db_file.parent.iterdir())
    with pytest.raises(BackupInvalid) as caught:
        restore(made, db_file, actor=ACTOR)
    assert words in caught.value.message
    assert (caught.value.member or "").startswith(member)
    assert sha(db_file) == before and sorted(p.name for p in db_file.parent.iterdir()) == listing


@pytest.mark.parametrize("cut", [0, 10, 0.5, 0.97])
def test_truncated_or_foreign_file_is_refused(made, db_file, cut):
    data = made.read_bytes()
    made.write_bytes(data[: int(len(data) * cut)] if isinstance(cut, float) else b"PK\x03\x04"[:cut] * 3)
    with pytest.raises(BackupInvalid):
        restore(made, db_file, actor=ACTOR)


# -- property: arbitrary files as backups -------------------------------------------------------

@pytest.fixture(scope="module")
def scratch_db(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("scratch") / "w.db"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_as_a_backup_only_raise_storage_errors(scratch_db, data):
    path = scratch_db.with_name("arbitrary.wsbackup")
    path.write_bytes(data)
    with pytest.raises((StorageError, ValidationError)):
        verify(path, scratch_db)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                                      max_size=4), max_leaves=20)
manifests = st.fixed_dictionaries({"format": st.just("workstation-backup"), "format_version": st.just(1)},
                                  optional={k: json_values for k in ("app_version", "schema_revision", "created_at",
                                                                     "source", "tables", "members")})


@settings(max_examples=150, deadline=None)
@given(st.one_of(manifests.map(lambda m: json.dumps(m).encode()), st.binary(max_size=300)),
       st.dictionaries(st.sampled_from([DATABASE, "files/ab/" + "c" * 62, "../evil", "files/"]),
                       st.binary(max_size=200), max_size=3))
def test_arbitrary_zip_bundles_only_raise_storage_errors(scratch_db, manifest, members):
    path = scratch_db.with_name("bundle.wsbackup")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in [*members.items(), (MANIFEST, manifest)]:
            archive.writestr(name, data)
    with pytest.raises((StorageError, ValidationError)):
        verify(path, scratch_db)
    assert not list(scratch_db.parent.glob(".*.partial"))
