"""An encrypted district's backup restored onto a computer without its keyring, by the recovery secret.

Every backup of an encrypted district carries the district key wrapped under the recovery secret
(never an account's wrap: passwords are weaker than the secret kept in the safe) in its signed
manifest. The secret unwraps it here; the manifest's MAC, the copy's chain and checkpoint are then
checked with that key as in any restore, and a keyring holding only the recovery wrap is written
beside the restored database. The caller then gives an administrator a new password with it
(services/accounts recover_administrator), as `recover` does.

Every other active account gets an interim wrap from its password hash, as when a district is
encrypted (services/backup/encryption): the office keeps signing in with its own passwords on the new
computer, each replaced by a wrap under the password at its first sign-in. Without them only the
administrator could sign in until they had reset every password by hand.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from workstation.db import keyring
from workstation.db.backup import sqlite_file
from workstation.db.server_dump import is_server
from workstation.db.sqlite.cipher import remember, use_district_key
from workstation.db.sqlite_file import has_no_accounts
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.keys import DATABASE, derive
from workstation.domain.permissions import Role
from workstation.services.backup import authenticity
from workstation.services.backup.bundle import MANIFEST, BackupInvalid, Manifest, read_manifest
from workstation.services.backup.encryption import active_password_hashes
from workstation.services.backup.service import Progress, RestoreResult, _open_archive, restore
from workstation.services.common.context import Actor

RECOVERY_ACTOR = Actor("system:recovery", "辖区恢复口令", Role.ADMIN.value)


def restore_with_recovery(backup_file: str | Path, db_location: str | Path, secret: str, *,
                          progress: Progress | None = None, now: dt.datetime | None = None) -> RestoreResult:
    """Restore `backup_file` into `db_location` (no database or keyring there yet) with the recovery secret.

    A wrong secret, a backup without a recovery wrap or a target already in use is refused before
    anything is written.
    """
    if is_server(db_location):
        raise ValidationError("用恢复口令恢复只适用于本机数据库文件；服务器数据库请用普通恢复。", "db")
    db_path = sqlite_file(db_location)
    if keyring.has_keyring(db_path) or not _unused(db_path):
        raise ConflictError(f"“{db_path}”处已有数据库或密钥文件：用恢复口令恢复只用于新电脑上的空位置。"
                            "已有数据库请登录后用普通恢复，或换一个空文件夹；未作任何改动。")
    manifest = _manifest(Path(backup_file))
    if manifest.recovery_wrap is None:
        raise BackupInvalid("这份备份不含用辖区恢复口令封装的密钥（来自未加密的辖区或较早版本的程序），"
                            "不能用恢复口令恢复；未作任何改动。", MANIFEST)
    key = keyring.unlock_recovery_entry(manifest.recovery_wrap, secret)
    if key is None:
        raise ValidationError("辖区恢复口令不正确（或这份备份来自其他辖区）；未作任何改动。", "recovery_secret")
    authenticity.check_manifest(manifest, key)  # the wrap itself is covered by the signature
    for suffix in ("", "-wal", "-shm", "-journal"):  # the empty database of a first start holds nothing
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    use_district_key(db_path, key)
    remember(db_path, derive(key, DATABASE))  # the path may have been open in this process (a first start)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    keyring.create_from_recovery(db_path, manifest.recovery_wrap)
    try:
        result = restore(backup_file, db_path, actor=RECOVERY_ACTOR, progress=progress, now=now, district_key=key)
    except BaseException:
        if not db_path.is_file():  # refused or cancelled: leave the place as it was
            keyring.keyring_path(db_path).unlink(missing_ok=True)
        raise
    for name, password_hash in active_password_hashes(db_path).items():
        keyring.put_account_via_hash(db_path, key, name, password_hash)
    return result


def _unused(db_path: Path) -> bool:
    """No database there, or only the empty one a first start made (no account yet: nothing to lose)."""
    return not db_path.is_file() or db_path.stat().st_size == 0 or has_no_accounts(db_path)


def _manifest(path: Path) -> Manifest:
    archive = _open_archive(path)
    try:
        with archive:
            return read_manifest(archive)
    except zipfile.BadZipFile as exc:
        raise BackupInvalid(f"“{path.name}”不是工作站备份文件（已损坏或被截断）；未作任何改动。") from exc
