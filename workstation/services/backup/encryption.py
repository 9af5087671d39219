"""An existing plain database encrypted on the administrator's request: a backup first, then the
file encrypted in place (db/sqlite/encrypt_file.py: export, verify every table's rows, swap).

Accounts whose passwords this program does not know get an interim wrap under their password hash,
replaced by a wrap under the password at their first sign-in (domain/key_wrap.Wrap.via_hash).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workstation.db import keyring
from workstation.db.sqlite import cipher
from workstation.db.sqlite.encrypt_file import encrypt_in_place, is_plain_file
from workstation.domain.errors import ConflictError, DomainError, PermissionDenied
from workstation.domain.key_wrap import new_district_key
from workstation.domain.permissions import Role
from workstation.services.backup.rotation import backups_folder
from workstation.services.backup.service import BackupResult, backup
from workstation.services.backup.trail import record
from workstation.services.common.context import Actor


@dataclass(frozen=True)
class EncryptionResult:
    backup: BackupResult
    rows: int
    accounts: int


def encrypt_database(db_location: str, actor: Actor, password: str, recovery_secret: str,
                     backup_folder: Path | None = None) -> EncryptionResult:
    """Encrypt the closed plain database at `db_location`; `password` is the administrator's own.

    The caller checked `password` by signing in and `recovery_secret` against the rules; nobody may
    have the database open (refused otherwise, before anything changes).
    """
    if actor.role != Role.ADMIN.value:
        raise PermissionDenied("只有系统管理员可以加密数据库。")
    path = Path(db_location).expanduser()
    if keyring.has_keyring(path):
        raise ConflictError("数据库已经加密。")
    folder = backup_folder or backups_folder(db_location)
    folder.mkdir(parents=True, exist_ok=True)
    key = new_district_key()
    # signed with the new key: the district's own backup from before the conversion stays restorable
    saved = backup(db_location, folder, actor=actor, district_key=key)
    hashes = active_password_hashes(path)
    try:
        keyring.create_keyring(path, key, actor.username, password, recovery_secret,
                               hashes.get(actor.username, ""))
        for name, password_hash in hashes.items():
            if name != actor.username:
                keyring.put_account_via_hash(path, key, name, password_hash)
        counts = encrypt_in_place(path, key)
    except BaseException as exc:
        keyring.keyring_path(path).unlink(missing_ok=True)
        if is_plain_file(path):  # nothing converted: the backup would only be one more readable copy
            saved.path.unlink(missing_ok=True)
            _tell(exc, "数据库仍是原来的未加密文件，未作任何改动；本次加密前所做的备份已删除，没有留下未加密的副本。")
        else:
            _tell(exc, f"加密前的备份在：{saved.path}")
        raise
    record(path, actor, "database_encrypted", {"backup": str(saved.path), "tables": len(counts)}, key)
    return EncryptionResult(saved, sum(counts.values()), len(hashes))


def _tell(exc: BaseException, note: str) -> None:
    """Add to a refusal's message what became of the backup made before the conversion."""
    if isinstance(exc, DomainError):
        exc.message = f"{exc.message.rstrip()}\n{note}"
        exc.text = None
        exc.args = (exc.message,)


def active_password_hashes(path: Path) -> dict[str, str]:
    """Each active account's password hash, read from the (open-able) file at `path`."""
    conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT username, password_hash FROM user_account WHERE active"))
    finally:
        conn.close()
