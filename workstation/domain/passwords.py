"""Password hashing: salted scrypt from the standard library, compared in constant time.

Plain hashlib, so the start-up path can check a password before SQLAlchemy has loaded.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32

def hash_password(password: str) -> str:
    """A new salted scrypt hash: 'scrypt$n$r$p$salt$key' (base64 parts)."""
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(["scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(key)])


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` matches the stored hash (constant-time compare; malformed → False)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def hash_like(password: str, stored: str) -> str:
    """`password` hashed with the salt and parameters of `stored`, in the stored form ("" when `stored` is
    malformed): equal to `stored` exactly when the password matches. Lets a check begin on a thread before
    its answer is needed (the start-up's sign-in given on standard input)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return ""
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p), len(base64.b64decode(key)))
    except (ValueError, TypeError):
        return ""
    return "$".join([scheme, n, r, p, salt, _b64(actual)])


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, size: int = KEY_BYTES) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=size,
                          maxmem=256 * n * r)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@functools.cache
def dummy_hash() -> str:
    """Checked for unknown usernames, so they cost the same time as known ones."""
    return hash_password(secrets.token_hex(8))


def normalize_username(text: str) -> str:
    return text.strip().casefold()
