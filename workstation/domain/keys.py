"""The district's key hierarchy: one random district key, one sub-key per purpose (HKDF-SHA256, RFC 5869).

The district key itself is never stored in clear: it is wrapped per account (db/ keyring) and held
in memory only while someone is signed in. Each purpose gets its own sub-key so that, e.g., the key
that authenticates backups cannot open the database.
"""

from __future__ import annotations

import hashlib
import hmac

DATABASE = "database"  # SQLCipher key of the database file (and so of its backups)
AUDIT = "audit"  # MAC of the audit chain and its checkpoints
BACKUP = "backup"  # MAC of a backup's manifest
RECORDS = "records"  # hash of a business row's audited state
PURPOSES = frozenset({DATABASE, AUDIT, BACKUP, RECORDS})
KEY_BYTES = 32
_SALT = b"nursery-workstation/district-key/v1"


def derive(district_key: bytes, purpose: str) -> bytes:
    """The 32-byte sub-key for `purpose` (one of PURPOSES)."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown key purpose: {purpose}")
    if len(district_key) != KEY_BYTES:
        raise ValueError("a district key has 32 bytes")
    prk = hmac.new(_SALT, district_key, hashlib.sha256).digest()
    return hmac.new(prk, purpose.encode() + b"\x01", hashlib.sha256).digest()
