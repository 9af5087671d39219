"""Backups authenticated with the district key (issue #17): the manifest's HMAC and audit checkpoint, forged and
empty bundles refused before anything is replaced, and the audit rows a restore would drop exported first.
The same on a server database (WS_TEST_DB=postgresql): pg_dump inside the bundle, signed and checkpointed alike."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, text
from test_engines import ON_POSTGRES

from workstation.db import server_dump
from workstation.db.audit_checkpoints import write_checkpoint
from workstation.db.district_keys import attach_district_key
from workstation.db.engine import make_engine
from workstation.db.orm.audit import AuditEntry
from workstation.db.schema_version import HEAD
from workstation.domain.errors import StorageError
from workstation.services.audit import check_server
from workstation.services.audit.checks import check_database
from workstation.services.audit.service import record_event
from workstation.services.backup.bundle import DATABASE, MANIFEST, SERVER_DUMP, BackupInvalid
from workstation.services.backup.server import server_backups_dir
from workstation.services.backup.service import backup, restore, verify
from workstation.services.common.uow import writing

KEY = bytes(range(32))
on_server = pytest.mark.skipif(not ON_POSTGRES, reason="a server database's dump (WS_TEST_DB=postgresql)")


@pytest.fixture
def keyed(district):
    attach_district_key(district.engine, KEY)
    return district


def path_of(db) -> Path:
    return Path(db.location)


def district_name(path: Path) -> str:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT name FROM district").fetchone()[0]


def run_sql(location: str, *statements: str, **params):
    """Run statements on the database at `location` outside the program (no audit row); the last one's rows."""
    engine = make_engine(location)
    try:
        with engine.begin() as conn:
            for sql in statements:
                result = conn.execute(text(sql), params)
            return result.all() if result.returns_rows else None
    finally:
        engine.dispose()


def check(db, key):
    return check_server(db.location, key) if ON_POSTGRES else check_database(path_of(db), district_key=key)


def member_of() -> str:
    return SERVER_DUMP if ON_POSTGRES else DATABASE


def rewrite_bundle(source: Path, target: Path, database: Path | None = None, manifest_edit=None) -> Path:
    """Copy a bundle replacing its database member and recomputing the manifest's checksums (no key)."""
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        members = {n: archive.read(n) for n in archive.namelist() if n != MANIFEST}
    if database is not None:
        members[member_of()] = database.read_bytes()
    for name, data in members.items():
        manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    if manifest_edit is not None:
        manifest_edit(manifest)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False))
    return target


def test_a_keyed_backup_carries_a_checkpoint_and_a_mac_and_restores_over_a_newer_chain(keyed, actor, tmp_path):
    made = backup(keyed.location, tmp_path / "b.wsbackup", actor=actor, district_key=KEY)
    assert made.manifest.mac and made.manifest.checkpoint["event"] == "backup"
    with writing(keyed.factory, actor) as session:
        record_event(session, actor, "export", "register", "nurseries", {"note": "after the backup"})
    write_checkpoint(keyed.engine, "exit")  # the outside log now knows rows the backup lacks
    keyed.close()
    restore(made.path, keyed.location, actor=actor, district_key=KEY)
    report = check(keyed, KEY)
    assert report.ok, report.problems  # the restore started a new epoch of checkpoints


@pytest.mark.sqlite_only("edits the database file inside the bundle with sqlite3 (the server's twin follows)")
def test_a_forged_backup_with_recomputed_checksums_is_refused_before_anything_is_replaced(keyed, actor, tmp_path):
    made = backup(keyed.location, tmp_path / "b.wsbackup", actor=actor, district_key=KEY)
    keyed.close()
    edited = tmp_path / "edited.sqlite"
    with zipfile.ZipFile(made.path) as archive:
        edited.write_bytes(archive.read(DATABASE))
    with sqlite3.connect(edited) as conn:
        conn.execute("UPDATE district SET name = '伪造区'")
    forged = rewrite_bundle(made.path, tmp_path / "forged.wsbackup", edited)
    before = path_of(keyed).read_bytes()
    with pytest.raises(BackupInvalid, match="签名与本辖区密钥不符"):
        restore(forged, keyed.location, actor=actor, district_key=KEY)
    with pytest.raises(BackupInvalid, match="签名与本辖区密钥不符"):
        verify(forged, keyed.location, district_key=KEY)
    assert path_of(keyed).read_bytes() == before and district_name(path_of(keyed)) == "九龙坡区"


@on_server
def test_a_forged_server_dump_with_recomputed_checksums_is_refused_before_anything_is_replaced(keyed, actor, tmp_path):
    made = backup(keyed.location, tmp_path / "b.wsbackup", actor=actor, district_key=KEY)
    run_sql(keyed.location, "UPDATE district SET name = '伪造区'")
    server_dump.dump(keyed.location, tmp_path / "edited.pgdump")  # the forger's dump of the edited data
    run_sql(keyed.location, "UPDATE district SET name = '九龙坡区'")
    forged = rewrite_bundle(made.path, tmp_path / "forged.wsbackup", tmp_path / "edited.pgdump")
    with pytest.raises(BackupInvalid, match="签名与本辖区密钥不符"):
        restore(forged, keyed.location, actor=actor, district_key=KEY)
    with pytest.raises(BackupInvalid, match="签名与本辖区密钥不符"):
        verify(forged, keyed.location, district_key=KEY)
    assert run_sql(keyed.location, "SELECT name FROM district") == [("九龙坡区",)]


@on_server
def test_a_server_dump_whose_chain_was_rewritten_is_refused_even_when_signed(keyed, actor, tmp_path):
    """A forger holding the key can sign anything; the dump's own chain must still verify (read from the dump)."""
    from workstation.services.backup.authenticity import manifest_mac
    from workstation.services.backup.bundle import parse_manifest

    made = backup(keyed.location, tmp_path / "b.wsbackup", actor=actor, district_key=KEY)
    ((who,),) = run_sql(keyed.location, "SELECT actor FROM audit_log WHERE seq = 1")
    run_sql(keyed.location, "UPDATE audit_log SET actor = 'someone' WHERE seq = 1")
    server_dump.dump(keyed.location, tmp_path / "edited.pgdump")
    run_sql(keyed.location, "UPDATE audit_log SET actor = :who WHERE seq = 1", who=who)

    def resign(manifest):
        manifest.pop("mac")
        manifest["mac"] = manifest_mac(parse_manifest(json.dumps(manifest).encode()), KEY)

    forged = rewrite_bundle(made.path, tmp_path / "forged.wsbackup", tmp_path / "edited.pgdump", resign)
    with pytest.raises(BackupInvalid, match="备份中的审计链未通过校验"):
        restore(forged, keyed.location, actor=actor, district_key=KEY)
    assert check(keyed, KEY).ok


def test_a_backup_without_the_districts_signature_is_refused(keyed, actor, tmp_path):
    made = backup(keyed.location, tmp_path / "b.wsbackup", actor=actor, district_key=KEY)
    keyed.close()
    stripped = rewrite_bundle(made.path, tmp_path / "stripped.wsbackup", manifest_edit=lambda m: m.pop("mac"))
    with pytest.raises(BackupInvalid, match="没有本辖区密钥的签名"):
        restore(stripped, keyed.location, actor=actor, district_key=KEY)


@pytest.mark.sqlite_only("builds the SQLite file of the bundle with sqlite3 (the server's twin follows)")
@pytest.mark.parametrize("key", [KEY, None], ids=["keyed", "no key"])
def test_a_bundle_holding_only_alembic_version_is_refused(district, actor, tmp_path, key):
    made = backup(district.location, tmp_path / "b.wsbackup", actor=actor)
    district.close()
    empty = tmp_path / "empty.sqlite"
    with sqlite3.connect(empty) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (HEAD,))

    def sign(manifest):  # a forger holding the key could sign it; the content is still refused
        from workstation.services.backup.authenticity import manifest_mac
        from workstation.services.backup.bundle import parse_manifest

        manifest["tables"] = {"alembic_version": 1}
        manifest.pop("mac", None)
        if key is not None:
            manifest["mac"] = manifest_mac(parse_manifest(json.dumps(manifest).encode()), key)

    bundle = rewrite_bundle(made.path, tmp_path / "empty.wsbackup", empty, sign)
    before = path_of(district).read_bytes()
    with pytest.raises(BackupInvalid, match="缺少数据表 audit_head、audit_log、district"):
        restore(bundle, district.location, actor=actor, district_key=key)
    assert path_of(district).read_bytes() == before


@on_server
@pytest.mark.parametrize("key", [KEY, None], ids=["keyed", "no key"])
def test_a_server_dump_holding_only_alembic_version_is_refused(district, actor, tmp_path, pg_server, key):
    made = backup(district.location, tmp_path / "b.wsbackup", actor=actor)
    name = pg_server.new_name("only")
    empty = pg_server.create(name)
    try:
        run_sql(empty, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                f"INSERT INTO alembic_version VALUES ('{HEAD}')")
        server_dump.dump(empty, tmp_path / "empty.pgdump")
    finally:
        pg_server.drop(name)

    def sign(manifest):
        from workstation.services.backup.authenticity import manifest_mac
        from workstation.services.backup.bundle import parse_manifest

        manifest["tables"] = {"alembic_version": 1}
        manifest.pop("mac", None)
        if key is not None:
            manifest["mac"] = manifest_mac(parse_manifest(json.dumps(manifest).encode()), key)

    bundle = rewrite_bundle(made.path, tmp_path / "empty.wsbackup", tmp_path / "empty.pgdump", sign)
    with pytest.raises(BackupInvalid, match="缺少数据表 audit_head、audit_log、district"):
        restore(bundle, district.location, actor=actor, district_key=key)
    assert run_sql(district.location, "SELECT name FROM district") == [("九龙坡区",)]


def test_restore_exports_the_newer_audit_rows_and_records_the_files_hash(keyed, actor, tmp_path):
    made = backup(keyed.location, tmp_path / "b.wsbackup", actor=actor, district_key=KEY)
    with writing(keyed.factory, actor) as session:
        record_event(session, actor, "export", "register", "nurseries", {"note": "after the backup"})
    keyed.close()
    result = restore(made.path, keyed.location, actor=actor, district_key=KEY)
    exported = result.exported
    folder = server_backups_dir(keyed.location) if ON_POSTGRES else path_of(keyed).with_name("test.db.backups")
    assert exported is not None and exported.path.parent == folder
    assert str(exported.path) in result.warning() and exported.path.stat().st_mode & 0o777 == 0o600
    lines = [json.loads(line) for line in exported.path.read_text(encoding="utf-8").splitlines()]
    assert [r["action"] for r in lines] == ["backup", "export"]
    assert hashlib.sha256(exported.path.read_bytes()).hexdigest() == exported.sha256
    log = AuditEntry.__table__
    engine = make_engine(keyed.location)
    with engine.connect() as conn:
        action, details = conn.execute(select(log.c.action, log.c.details).order_by(log.c.seq.desc()).limit(1)).one()
    engine.dispose()
    assert action == "restore"
    assert json.loads(details)["newer_audit_export"] == {"file": str(exported.path), "rows": 2,
                                                         "sha256": exported.sha256}


def test_no_backup_is_made_of_a_chain_rewound_behind_its_checkpoint(keyed, actor, tmp_path):
    with writing(keyed.factory, actor) as session:
        record_event(session, actor, "export", "register", "nurseries", {})
    write_checkpoint(keyed.engine, "sign-in")
    keyed.close()
    ((seq, value),) = run_sql(keyed.location, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1 OFFSET 1")
    run_sql(keyed.location, "DELETE FROM audit_log WHERE seq > :seq", "UPDATE audit_head SET seq = :seq, hash = :value",
            seq=seq, value=value)
    with pytest.raises(StorageError, match="审计链与外部检查点不符，未生成备份") as raised:
        backup(keyed.location, tmp_path / "b.wsbackup", actor=actor, district_key=KEY)
    assert not (tmp_path / "b.wsbackup").exists()
    # It names the command that exists (no GUI item is called 检查数据库), without a stray space or "。。".
    message = raised.value.message
    assert message.endswith("。请运行命令“workstation check --user 用户名”查明。")
    assert " 请" not in message and "。。" not in message and "检查数据库" not in message
