"""The district key and the accounts: unlock at sign-in, a new district sealed when its first
administrator is made, and each account's wrap kept in step with its password.

The database of a district with a keyring (db/keyring.py) is encrypted (db/cipher.py) under the
district key; a person's password unwraps that key before the database can be opened.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db import keyring
from workstation.db.district_keys import district_key
from workstation.db.session import Database, open_database
from workstation.db.sqlite.encrypt_file import encrypt_in_place
from workstation.domain.errors import ValidationError
from workstation.domain.key_wrap import new_district_key
from workstation.services.accounts.auth import POLICY, check_new_password
from workstation.services.accounts.key_unlock import is_encrypted, unlock  # noqa: F401  (this module's names too)

RECOVERY_HELP = ("辖区恢复口令用于在所有账号密码都遗失时打开数据库：请抄写在纸上，密封后存放在单位保险柜，"
                 "不要保存在本机。")


def unlock_with_recovery(db_location: str, secret: str) -> bytes:
    key = keyring.unlock_with_recovery(db_location, secret)
    if key is None:
        raise ValidationError("辖区恢复口令不正确。", "recovery_secret")
    return key


def check_recovery_secret(secret: str, password: str) -> None:
    """The recovery secret follows the password rules and is not the administrator's password."""
    check_new_password(secret, "", POLICY, noun="恢复口令", field="recovery_secret")
    if secret == password:
        raise ValidationError("辖区恢复口令不能与管理员密码相同。", "recovery_secret")


def seal_new_district(db: Database, username: str, password: str, recovery_secret: str) -> Database:
    """Encrypt a new district's database once its first administrator exists; return it reopened.

    The district key is made now and wrapped for the administrator and under the recovery secret.
    `db` is closed (the file is swapped); use the returned database.
    """
    check_recovery_secret(recovery_secret, password)
    path = Path(db.location).expanduser()
    key = new_district_key()
    stored = _stored_hash(db.factory, username)
    db.close()
    keyring.create_keyring(path, key, username, password, recovery_secret, stored)
    encrypt_in_place(path, key)
    return open_database(path, key)


def wrap_for(factory: sessionmaker[Session], username: str, password: str) -> None:
    """Give `username` a wrap under `password` (new account, changed or reset password)."""
    found = _keyring_of(factory)
    if found is not None:  # bound to the hash just committed (the sign-in then needs one scrypt)
        keyring.put_account(found[0], found[1], username, password, _stored_hash(factory, username))


def _stored_hash(factory: sessionmaker[Session], username: str) -> str:
    from workstation.db.orm.accounts import User
    from workstation.domain.passwords import normalize_username

    with factory() as session:
        return session.scalar(select(User.password_hash).where(User.username == normalize_username(username))) or ""


def drop_wrap(factory: sessionmaker[Session], username: str) -> None:
    """A deactivated account's password no longer unlocks the district."""
    found = _keyring_of(factory)
    if found is not None:
        keyring.remove_account(found[0], username)


def _keyring_of(factory: sessionmaker[Session]) -> tuple[Path, bytes] | None:
    engine = factory.kw.get("bind")
    if engine is None or engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    path = Path(engine.url.database)
    key = district_key(engine)
    if key is None or not keyring.has_keyring(path):
        return None
    return path, key


def recover_administrator(db_location: str, secret: str, username: str, new_password: str) -> None:
    """Every password lost: the recovery secret unlocks the district and gives the administrator
    `username` a new password (reactivated and unlocked if need be); audited as the recovery."""
    from workstation.domain.errors import NotFound
    from workstation.domain.passwords import normalize_username
    from workstation.domain.permissions import Role
    from workstation.services.accounts.users import UserService
    from workstation.services.common.context import Actor

    key = unlock_with_recovery(db_location, secret)
    db = open_database(db_location, key)
    try:
        users = UserService(db.factory, Actor("system:recovery", "辖区恢复口令", Role.ADMIN.value))
        name = normalize_username(username)
        found = next((u for u in users.users() if u.username == name), None)
        if found is None or found.role != Role.ADMIN:
            raise NotFound(f"“{username}”不是本辖区的系统管理员账号；恢复口令只能为系统管理员重设密码。")
        if not found.active:
            users.set_active(name, True)
        users.reset_password(name, new_password)
    finally:
        db.close()
