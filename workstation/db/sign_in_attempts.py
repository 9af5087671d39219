"""Wrong passwords typed before an encrypted district is unlocked (`<db>.attempts`, JSON, mode 0600).

Before the key is unwrapped nothing can be written to the database, so these failures are kept
beside the keyring, counted per account named in it, and handed to the accounts' lockout once a
password opens the database. A lockout (reached here or in the database) is mirrored here too,
so that a locked account's password does not unwrap the key until it ends.

Like the keyring, it names no account: each count is filed under the HMAC of the name the keyring
files its wrap under (the keyring's salt); a file written before that (names in clear) still reads
and is refiled at its next write.

Whoever may write this file may also copy the keyring and guess offline, which no counter stops;
the scrypt cost of each try (domain/key_wrap) is what bounds that.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from workstation.db import keyring
from workstation.db.private_json import write_private_json
from workstation.domain.passwords import normalize_username

SUFFIX = ".attempts"


@dataclass(frozen=True)
class Pending:
    """An account's failures since the database last saw them, and its lockout if one was reached."""

    failures: int
    locked_until: dt.datetime | None


def attempts_path(db_path: str | Path) -> Path:
    path = Path(db_path).expanduser()
    return path.with_name(path.name + SUFFIX)


def entry_ids(db_path: str | Path, username: str) -> list[str]:
    """The ids `username`'s count may be filed under: the keyring's HMAC of the name, then the name
    itself (a file written before the HMAC, or a keyring without a salt yet)."""
    name = normalize_username(username)
    hashed = keyring.name_id(db_path, name)
    return [hashed, name] if hashed is not None else [name]


def locked_until(db_path: str | Path, username: str, now: dt.datetime) -> dt.datetime | None:
    """The end of `username`'s lockout when it is still running."""
    until = _entry(_read(db_path), db_path, username).locked_until
    return until if until is not None and until > now else None


def record_failure(db_path: str | Path, username: str, now: dt.datetime, max_failures: int,
                   lockout: dt.timedelta) -> dt.datetime | None:
    """Count a wrong password; the lockout's end once `max_failures` are reached in a row."""
    data = _read(db_path)
    entry = _entry(data, db_path, username)
    failures, until = entry.failures + 1, entry.locked_until
    if failures % max_failures == 0:
        until = now + lockout
    _put(data, db_path, username, Pending(failures, until))
    _write(db_path, data)
    return until if failures % max_failures == 0 else None


def set_lock(db_path: str | Path, username: str, until: dt.datetime | None) -> None:
    """Mirror the database's lockout of `username` (None: lifted, and its count forgotten)."""
    data = _read(db_path)
    if until is None:
        removed = [data["accounts"].pop(key, None) for key in entry_ids(db_path, username)]
        if all(entry is None for entry in removed):
            return
    else:
        _put(data, db_path, username, Pending(_entry(data, db_path, username).failures, until))
    _write(db_path, data)


def pending(db_path: str | Path) -> dict[str, Pending]:
    """Every count by the id it is filed under (see `entry_ids`)."""
    data = _read(db_path)
    return {key: _parse(data["accounts"][key]) for key in data["accounts"]}


def forget(db_path: str | Path, counted: dict[str, Pending]) -> None:
    """Drop the failures the database has now counted; a lockout still running stays mirrored."""
    data = _read(db_path)
    for key, seen in counted.items():
        entry = _parse(data["accounts"].get(key))
        left = entry.failures - seen.failures
        if left > 0 or entry.locked_until is not None:
            data["accounts"][key] = _dump(Pending(max(left, 0), entry.locked_until))
        else:
            data["accounts"].pop(key, None)
    _write(db_path, data)


def _entry(data: dict, db_path: str | Path, username: str) -> Pending:
    for key in entry_ids(db_path, username):
        if key in data["accounts"]:
            return _parse(data["accounts"][key])
    return Pending(0, None)


def _parse(raw: object) -> Pending:
    if not isinstance(raw, dict):
        return Pending(0, None)
    try:
        failures = max(int(raw.get("failures", 0)), 0)
        until = dt.datetime.fromisoformat(raw["locked_until"]) if raw.get("locked_until") else None
    except (TypeError, ValueError):
        return Pending(0, None)
    return Pending(failures, until.replace(tzinfo=None) if until is not None else None)


def _put(data: dict, db_path: str | Path, username: str, entry: Pending) -> None:
    first, *older = entry_ids(db_path, username)
    for key in older:
        data["accounts"].pop(key, None)
    data["accounts"][first] = _dump(entry)


def _dump(entry: Pending) -> dict:
    return {"failures": entry.failures,
            "locked_until": entry.locked_until.isoformat() if entry.locked_until is not None else None}


def _hide_names(db_path: str | Path, data: dict) -> None:
    """Counts still filed under a name (older files) refiled under its HMAC, before any write."""
    for name in [key for key in data["accounts"] if not key.startswith(keyring.NAME_PREFIX)]:
        hashed = keyring.name_id(db_path, name)
        if hashed is not None:
            entry = data["accounts"].pop(name)
            data["accounts"].setdefault(hashed, entry)


def _read(db_path: str | Path) -> dict:
    path = attempts_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"version": 1, "accounts": {}}
    except (OSError, ValueError):
        data = None  # damaged: counting starts again rather than locking everyone out
    if not isinstance(data, dict) or not isinstance(data.get("accounts"), dict):
        return {"version": 1, "accounts": {}}
    return data


def _write(db_path: str | Path, data: dict) -> None:
    path = attempts_path(db_path)
    _hide_names(db_path, data)
    data["version"] = 2
    if not data["accounts"]:
        path.unlink(missing_ok=True)
        return
    write_private_json(path, data, f"无法写入登录失败记录“{path}”")
