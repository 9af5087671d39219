"""The keyring beside an encrypted database (`<db>.keyring`, JSON, mode 0600): the district key
wrapped once per active account and once under the district's recovery secret.

It lies outside the encrypted file because it must be read before the database can be opened.
It holds no key in clear: each wrap needs its password (scrypt) to give the key up. Nor does it list
the user names: each wrap is filed under an HMAC of the name with the keyring's own random salt, found
by hashing the typed name (a keyring of names in clear is rewritten so at its next write).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from pathlib import Path

from workstation.db.keyring_path import SUFFIX, has_keyring, keyring_path  # noqa: F401  (this module's names too)
from workstation.db.private_json import write_private_json
from workstation.domain.errors import StorageError
from workstation.domain.key_wrap import (
    Opened,
    Wrap,
    open_wrap,
    spend_like_unwrap,
    wrap_key,
    wrap_key_bound,
    wrap_key_via_hash,
)
from workstation.domain.passwords import normalize_username

RECOVERY = "recovery"
NAME_SALT = "name_salt"
NAME_PREFIX = "hmac-sha256:"  # an account's entry: this and the HMAC of its name (older keyrings: the name)
BOUND = "hash_bound"  # in an account's entry: its wrap bound to the password hash (_account_wrap)


def create_keyring(db_path: str | Path, district_key: bytes, username: str, password: str,
                   recovery_secret: str, password_hash: str = "") -> None:
    """A new keyring: the first administrator's wrap (bound to `password_hash` when given) and the
    recovery wrap."""
    data = _new()
    data[RECOVERY] = wrap_key(district_key, recovery_secret).to_json()
    data["accounts"][_name_id(data, username)] = _account_wrap(district_key, password, password_hash)
    _write(db_path, data)


def unlock(db_path: str | Path, username: str, password: str) -> bytes | None:
    """The district key when `password` is `username`'s; None for any failure (the same time either way)."""
    return open_account(db_path, username, password).key


def open_account(db_path: str | Path, username: str, password: str) -> Opened:
    """unlock(), with the password hash the wrap computed ("" for an unbound wrap): a sign-in compares it
    with the account's stored hash (key_wrap's module doc). What the keyring says proves nothing by itself.

    An interim wrap (made when the database was encrypted) is replaced by one bound to the hash it was
    made from.
    """
    entry = _entry(_read(db_path), username)
    opened = _open(entry, password)
    if opened.key is not None and isinstance(entry, dict) and entry.get("via_hash"):
        put_account(db_path, opened.key, username, password, opened.password_hash)
    return opened


def put_account_via_hash(db_path: str | Path, district_key: bytes, username: str, password_hash: str) -> None:
    """An interim wrap for an account whose password this program does not know (see key_wrap.Wrap)."""
    data = _read(db_path) if keyring_path(db_path).is_file() else _new()
    _put(data, username, wrap_key_via_hash(district_key, password_hash).to_json())
    _write(db_path, data)


def unlock_with_recovery(db_path: str | Path, secret: str) -> bytes | None:
    return _unwrap(_read(db_path).get(RECOVERY), secret)


def recovery_entry(db_path: str | Path) -> dict | None:
    """The recovery wrap as stored (for a backup's manifest), None without a keyring."""
    if not has_keyring(db_path):
        return None
    entry = _read(db_path).get(RECOVERY)
    return dict(entry) if isinstance(entry, dict) else None


def unlock_recovery_entry(entry: object, secret: str) -> bytes | None:
    """The district key from a recovery wrap carried elsewhere (a backup's manifest)."""
    return _unwrap(entry, secret)


def create_from_recovery(db_path: str | Path, entry: dict) -> None:
    """A keyring holding only the recovery wrap (a district restored onto a new computer)."""
    _write(db_path, {"version": 1, RECOVERY: dict(entry), "accounts": {}})


def put_account(db_path: str | Path, district_key: bytes, username: str, password: str,
                password_hash: str = "") -> None:
    """Wrap the key for `username` under `password` (a new account, a new or reset password), bound to
    the account's stored `password_hash` when given (the sign-in then needs no second scrypt)."""
    entry = _account_wrap(district_key, password, password_hash)  # (the scrypts before the read: a short write)
    data = _read(db_path)
    _put(data, username, entry)
    _write(db_path, data)


def _account_wrap(district_key: bytes, password: str, password_hash: str) -> dict:
    """An account's entry: a wrap under `password` as every earlier version reads it and, when
    `password_hash` is the password's, beside it (BOUND) the same key bound to that hash (key_wrap),
    which this version opens. Two wraps of one key under one password: guessing costs what it did."""
    entry = wrap_key(district_key, password).to_json()
    if password_hash:
        bound = wrap_key_bound(district_key, password, password_hash)
        if bound.bound:  # (a hash that is not the password's: none, and the sign-in checks it in full)
            entry[BOUND] = bound.to_json()
    return entry


def remove_account(db_path: str | Path, username: str) -> None:
    data = _read(db_path)
    removed = [data["accounts"].pop(k, None) for k in (_name_id(data, username), normalize_username(username))]
    if any(entry is not None for entry in removed):
        _write(db_path, data)


def has_account(db_path: str | Path, username: str) -> bool:
    """Whether `username` has a wrap (the keyring itself does not name its accounts)."""
    return _entry(_read(db_path), username) is not None


def name_id(db_path: str | Path, username: str) -> str | None:
    """The id `username`'s wrap is filed under (an HMAC with the keyring's salt); None while the
    keyring has no salt yet (an older keyring not rewritten) or cannot be read."""
    try:
        data = _read(db_path)
    except StorageError:
        return None
    return _name_id(data, username) if isinstance(data.get(NAME_SALT), str) else None


def accounts(db_path: str | Path) -> list[str]:
    """The entries' ids: HMACs of the names (older keyrings not yet rewritten: the names)."""
    return sorted(_read(db_path)["accounts"])


def set_recovery(db_path: str | Path, district_key: bytes, secret: str) -> None:
    data = _read(db_path)
    data[RECOVERY] = wrap_key(district_key, secret).to_json()
    _write(db_path, data)


def _new() -> dict:
    return {"version": 2, NAME_SALT: secrets.token_hex(16), "accounts": {}}


def _name_id(data: dict, username: str) -> str:
    """The entry id of `username`: an HMAC of the normalised name under the keyring's salt."""
    salt = data.get(NAME_SALT)
    if not isinstance(salt, str):
        salt = data[NAME_SALT] = secrets.token_hex(16)
    mac = hmac.new(bytes.fromhex(salt), normalize_username(username).encode("utf-8"), hashlib.sha256)
    return NAME_PREFIX + mac.hexdigest()


def _entry(data: dict, username: str) -> object:
    """`username`'s wrap, under its HMAC or, in a keyring not rewritten yet, under the name itself."""
    found = data["accounts"].get(_name_id(data, username)) if isinstance(data.get(NAME_SALT), str) else None
    return found if found is not None else data["accounts"].get(normalize_username(username))


def _put(data: dict, username: str, wrap: dict) -> None:
    data["accounts"].pop(normalize_username(username), None)
    data["accounts"][_name_id(data, username)] = wrap


def _hide_names(data: dict) -> dict:
    """Entries still filed under a name (older keyrings) refiled under its HMAC, before any write."""
    for name in [k for k in data["accounts"] if not k.startswith(NAME_PREFIX)]:
        data["accounts"][_name_id(data, name)] = data["accounts"].pop(name)
    data["version"] = 2
    return data


def _unwrap(entry: object, secret: str) -> bytes | None:
    return _open(entry, secret).key


def _open(entry: object, secret: str) -> Opened:
    if isinstance(entry, dict) and isinstance(entry.get(BOUND), dict):
        entry = entry[BOUND]  # (one scrypt either way: the other wrap is for earlier versions)
    try:
        wrap = Wrap.from_json(entry) if isinstance(entry, dict) else None
        if wrap is not None:
            return open_wrap(wrap, secret)
    except ValueError:
        pass
    spend_like_unwrap(secret)
    return Opened(None)


def _read(db_path: str | Path) -> dict:
    path = keyring_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StorageError(f"找不到数据库的密钥文件“{path.name}”（应与数据库在同一文件夹）。"
                           "没有它只能用辖区恢复口令打开数据库。") from None
    except (OSError, ValueError) as exc:
        raise StorageError(f"密钥文件“{path.name}”无法读取：{exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("accounts"), dict):
        raise StorageError(f"密钥文件“{path.name}”格式不对（可能已损坏）。")
    return data


def _write(db_path: str | Path, data: dict) -> None:
    """Replace the keyring atomically (no name in clear); the file is readable by its owner only."""
    data = _hide_names(data)
    path = keyring_path(db_path)
    write_private_json(path, data, f"无法写入密钥文件“{path}”", indent=1)
