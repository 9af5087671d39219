"""The district key wrapped under a secret (an account's password or the district's recovery secret).

scrypt turns the secret into 64 bytes: the first half is XORed with the key, the second half
authenticates the result (HMAC-SHA256), so a wrong secret is told apart before any database is tried.

An account's wrap is *bound* to its password hash (domain/passwords): it uses the hash's salt and cost and
takes the 32 bytes after the hash's key from the same scrypt (PBKDF2 output blocks, independent of one
another), so the unwrap computes the password hash too. The sign-in compares that with the stored hash
instead of running scrypt a second time; knowing the hash (e.g. from an old plain copy) gives nothing of
the wrap's 64 bytes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from workstation.domain.keys import KEY_BYTES

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_MAX_N = 2**20  # a keyring naming more is refused (memory), not obeyed


@dataclass(frozen=True)
class Wrap:
    salt: bytes
    n: int
    r: int
    p: int
    wrapped: bytes
    tag: bytes
    # An interim wrap made when a plain database was encrypted: its secret is the account's password
    # hash ('scrypt$n$r$p$salt$key' without the key), recomputed from the typed password at sign-in
    via_hash: str = ""
    bound: bool = False  # its salt and cost are those of the account's password hash (module doc)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"kdf": "scrypt", "n": self.n, "r": self.r, "p": self.p, "salt": _b64(self.salt),
                                   "wrapped": _b64(self.wrapped), "tag": _b64(self.tag)}
        if self.via_hash:
            data["via_hash"] = self.via_hash
        if self.bound:
            data["bound"] = "password_hash"
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Wrap:
        """ValueError when the entry is malformed."""
        try:
            n, r, p = int(data["n"]), int(data["r"]), int(data["p"])  # type: ignore[call-overload]
            wrap = cls(base64.b64decode(str(data["salt"])), n, r, p, base64.b64decode(str(data["wrapped"])),
                       base64.b64decode(str(data["tag"])), str(data.get("via_hash", "")),
                       data.get("bound") == "password_hash")
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"malformed key wrap: {exc}") from exc
        if data.get("kdf") != "scrypt" or not 2 <= n <= _MAX_N or len(wrap.wrapped) != KEY_BYTES:
            raise ValueError("unsupported key wrap")
        return wrap


def new_district_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def wrap_key(district_key: bytes, secret: str) -> Wrap:
    if len(district_key) != KEY_BYTES:
        raise ValueError("a district key has 32 bytes")
    salt = secrets.token_bytes(16)
    pad, mac_key = _kek(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = bytes(a ^ b for a, b in zip(district_key, pad, strict=True))
    return Wrap(salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, wrapped, hmac.new(mac_key, wrapped, hashlib.sha256).digest())


def wrap_key_via_hash(district_key: bytes, password_hash: str) -> Wrap:
    """An interim wrap for an account whose password is unknown but whose hash is (see Wrap.via_hash)."""
    scheme, n, r, p, salt, key = password_hash.split("$")
    if scheme != "scrypt":
        raise ValueError("unsupported password hash")
    wrap = wrap_key(district_key, key)
    return Wrap(wrap.salt, wrap.n, wrap.r, wrap.p, wrap.wrapped, wrap.tag, "$".join([scheme, n, r, p, salt]))


def wrap_key_bound(district_key: bytes, password: str, password_hash: str) -> Wrap:
    """`password`'s wrap bound to `password_hash` (module doc); an unbound one (wrap_key) when that hash
    is not `password`'s or not of this scheme, so a wrong binding can never be made."""
    if len(district_key) != KEY_BYTES:
        raise ValueError("a district key has 32 bytes")
    try:
        salt, n, r, p = _hash_params(password_hash)
    except ValueError:
        return wrap_key(district_key, password)
    hashed, pad, mac_key = _bound_kek(password, salt, n, r, p)
    if not hmac.compare_digest(_hash_string(salt, n, r, p, hashed), password_hash):
        return wrap_key(district_key, password)
    wrapped = bytes(a ^ b for a, b in zip(district_key, pad, strict=True))
    return Wrap(salt, n, r, p, wrapped, hmac.new(mac_key, wrapped, hashlib.sha256).digest(), bound=True)


@dataclass(frozen=True)
class Opened:
    """An unwrap's result: the district key (None: wrong secret) and the password hash the typed
    password has under the wrap's salt and cost ("": the wrap is not bound to a hash)."""

    key: bytes | None
    password_hash: str = ""


def open_wrap(wrap: Wrap, secret: str) -> Opened:
    """The district key and, for a bound or interim wrap, the typed password's hash (compare it with the
    stored one: equal means the password is the account's; the keyring itself proves nothing)."""
    hashed = ""
    if wrap.bound:
        digest, pad, mac_key = _bound_kek(secret, wrap.salt, wrap.n, wrap.r, wrap.p)
        hashed = _hash_string(wrap.salt, wrap.n, wrap.r, wrap.p, digest)
    else:
        if wrap.via_hash:
            hashed = wrap.via_hash + "$" + _password_hash_key(secret, wrap.via_hash)
            secret = hashed.rsplit("$", 1)[1]
        pad, mac_key = _kek(secret, wrap.salt, wrap.n, wrap.r, wrap.p)
    if not hmac.compare_digest(hmac.new(mac_key, wrap.wrapped, hashlib.sha256).digest(), wrap.tag):
        return Opened(None)
    return Opened(bytes(a ^ b for a, b in zip(wrap.wrapped, pad, strict=True)), hashed)


def unwrap_key(wrap: Wrap, secret: str) -> bytes | None:
    """The district key, or None when `secret` is not the one it was wrapped under."""
    return open_wrap(wrap, secret).key


def spend_like_unwrap(secret: str) -> None:
    """The time an unwrap takes, for a name without a wrap (the answer must not tell names apart)."""
    _kek(secret, b"\0" * 16, SCRYPT_N, SCRYPT_R, SCRYPT_P)


def _kek(secret: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    out = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=2 * KEY_BYTES,
                         maxmem=256 * 1024 * 1024)
    return out[:KEY_BYTES], out[KEY_BYTES:]


def _bound_kek(secret: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes, bytes]:
    """One scrypt: the password hash's key (its first 32 bytes, as domain/passwords computes it), then
    the pad and the MAC key of a bound wrap."""
    if not 2 <= n <= _MAX_N:
        raise ValueError("unsupported key wrap")
    out = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=3 * KEY_BYTES,
                         maxmem=256 * 1024 * 1024)
    return out[:KEY_BYTES], out[KEY_BYTES:2 * KEY_BYTES], out[2 * KEY_BYTES:]


def _hash_params(password_hash: str) -> tuple[bytes, int, int, int]:
    scheme, n, r, p, salt, _key = password_hash.split("$")
    if scheme != "scrypt":
        raise ValueError("unsupported password hash")
    return base64.b64decode(salt), int(n), int(r), int(p)


def _hash_string(salt: bytes, n: int, r: int, p: int, key: bytes) -> str:
    """The stored form of a password hash (domain/passwords.hash_password)."""
    return "$".join(["scrypt", str(n), str(r), str(p), _b64(salt), _b64(key)])


def _password_hash_key(password: str, params: str) -> str:
    """The key part of the password hash `params` + key would hold for `password` (domain/passwords)."""
    _scheme, n, r, p, salt = params.split("$")
    n_, r_, p_ = int(n), int(r), int(p)
    if not 2 <= n_ <= _MAX_N:
        raise ValueError("unsupported password hash")
    key = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=n_, r=r_, p=p_,
                         dklen=KEY_BYTES, maxmem=256 * 1024 * 1024)
    return _b64(key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
