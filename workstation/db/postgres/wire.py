"""A read-only PostgreSQL client on the standard library (socket, hashlib): the start-up reader's first
choice, because importing psycopg cost ~130 ms of CPU before the first screen (importlib.metadata, asyncio).

It speaks the simple-query protocol over plain TCP with trust, password, md5 or SCRAM-SHA-256 sign-in,
binds "?" parameters as literals (as psycopg's ClientCursor does) and answers as the psycopg reader does.
Anything else (TLS offered or asked for, other sign-ins, libpq settings from the environment, unusual URLs,
a column type it does not read) raises `Unsupported`, and the caller uses psycopg instead.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import os
import socket
import struct
from typing import Any
from urllib.parse import unquote, urlsplit

# libpq reads these from the environment; with any of them set, psycopg connects as libpq would.
_LIBPQ_ENV = ("PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE", "PGSSLMODE", "PGREQUIRESSL",
              "PGOPTIONS", "PGCONNECT_TIMEOUT", "PGCLIENTENCODING", "PGTARGETSESSIONATTRS", "PGGSSENCMODE",
              "PGSSLNEGOTIATION")
_SSL_REQUEST = struct.pack("!ii", 8, 80877103)
_PROTOCOL_3 = 196608


class Unsupported(Exception):
    """The connection or an answer needs what only psycopg does."""


class ServerError(Exception):
    """The server answered a statement with an error."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(fields.get("M", "server error"))
        self.sqlstate = fields.get("C")


class ConnectionLost(Exception):
    """The server closed the connection (a restart): open it again."""


def _text(value: bytes) -> str:
    return value.decode()


def _bool(value: bytes) -> bool:
    return value == b"t"


def _numeric(value: bytes):
    from decimal import Decimal

    return Decimal(value.decode())


def _json(value: bytes):
    import json

    return json.loads(value)


# Column type oid → how psycopg (with the reader's text loaders for dates and timestamps) gives it.
_LOADERS = {16: _bool, 18: _text, 19: _text, 20: int, 21: int, 23: int, 25: _text, 26: int, 114: _json,
            700: float, 701: float, 705: _text, 1042: _text, 1043: _text, 1082: _text, 1114: _text, 1184: _text,
            1700: _numeric, 3802: _json}


def literal(value: Any) -> str:
    """`value` as SQL text, as psycopg's ClientCursor writes it."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f" {value}" if value < 0 else str(value)  # a space: "x-?" must not become a comment
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return f"'{value!r}'::float8".replace("nan", "NaN").replace("inf", "Infinity")
        return f" {value!r}" if value < 0 else repr(value)
    if isinstance(value, str):
        if "\0" in value:
            raise Unsupported("NUL in a string")
        quoted = value.replace("'", "''")
        if "\\" in value:
            return "E'" + quoted.replace("\\", "\\\\") + "'"
        return f"'{quoted}'"
    if isinstance(value, datetime.datetime):
        return f"'{value.isoformat()}'::{'timestamptz' if value.tzinfo else 'timestamp'}"
    if isinstance(value, datetime.date):
        return f"'{value.isoformat()}'::date"
    raise Unsupported(f"parameter of type {type(value).__name__}")


def bind(sql: str, params: tuple[Any, ...]) -> str:
    """The "?" placeholders of `sql` (sqlite3's style) replaced by `params` as literals."""
    if not params:
        return sql
    pieces = sql.split("?")
    if len(pieces) != len(params) + 1:
        raise ValueError(f"{len(pieces) - 1} placeholders for {len(params)} parameters")
    out = [pieces[0]]
    for value, piece in zip(params, pieces[1:], strict=True):
        out.append(literal(value))
        out.append(piece)
    return "".join(out)


def _target(conninfo: str) -> tuple[str, int, str, str | None, str, float]:
    """host, port, user, password, database and connect timeout of a postgresql:// URI this client serves."""
    if any(os.environ.get(name) for name in _LIBPQ_ENV):
        raise Unsupported("libpq settings in the environment")
    parts = urlsplit(conninfo)
    if parts.scheme not in ("postgresql", "postgres") or not parts.hostname or not parts.username:
        raise Unsupported("a URL without host or user")
    if "," in parts.netloc or parts.fragment:
        raise Unsupported("several hosts")
    timeout = 10.0
    for pair in filter(None, parts.query.split("&")):
        key, _, value = pair.partition("=")
        if key == "connect_timeout" and value.isdigit():
            timeout = float(value) or 10.0
        elif not (key == "sslmode" and value in ("disable", "allow", "prefer")):
            raise Unsupported(f"URL parameter {key}")
    database = unquote(parts.path.lstrip("/")) or unquote(parts.username)
    password = unquote(parts.password) if parts.password is not None else None
    return parts.hostname, parts.port or 5432, unquote(parts.username), password, database, timeout


def _pgpass(host: str, port: int, database: str, user: str) -> str | None:
    """The password for this connection in the password file, as libpq finds it."""
    path = os.environ.get("PGPASSFILE") or os.path.expanduser("~/.pgpass")
    try:
        if os.name == "posix" and os.stat(path).st_mode & 0o077:
            return None  # libpq ignores a file others can read
        with open(path, encoding="utf-8") as file:
            lines = file.read().splitlines()
    except OSError:
        return None
    wanted = (host, str(port), database, user)
    for line in lines:
        if not line or line.startswith("#"):
            continue
        fields, field, escaped = [], "", False
        for char in line:
            if escaped:
                field, escaped = field + char, False
            elif char == "\\":
                escaped = True
            elif char == ":" and len(fields) < 4:
                fields.append(field)
                field = ""
            else:
                field += char
        fields.append(field)
        if len(fields) == 5 and all(f == "*" or f == w for f, w in zip(fields[:4], wanted, strict=True)):
            return fields[4]
    return None


class WireConnection:
    """One autocommit read-only session; `rows()` runs one statement."""

    def __init__(self, conninfo: str) -> None:
        host, port, user, password, database, timeout = _target(conninfo)
        self._sock = socket.create_connection((host, port), timeout=timeout)
        try:
            self._buffer = b""
            self._sock.sendall(_SSL_REQUEST)  # libpq's default (sslmode=prefer) asks first
            if self._exact(1) != b"N":
                raise Unsupported("the server offers TLS")
            self._start(user, database, password, (host, port))
            self._sock.settimeout(None)
        except BaseException:
            self._sock.close()
            raise

    # -- messages --
    def _exact(self, n: int) -> bytes:
        while len(self._buffer) < n:
            chunk = self._sock.recv(max(65536, n - len(self._buffer)))
            if not chunk:
                raise ConnectionLost("the server closed the connection")
            self._buffer += chunk
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        return out

    def _message(self) -> tuple[bytes, bytes]:
        kind, length = struct.unpack("!ci", self._exact(5))
        return kind, self._exact(length - 4)

    def _send(self, kind: bytes, body: bytes) -> None:
        self._sock.sendall(kind + struct.pack("!i", len(body) + 4) + body)

    @staticmethod
    def _error(body: bytes) -> ServerError:
        fields = {}
        for item in body.split(b"\0"):
            if item:
                fields[chr(item[0])] = item[1:].decode(errors="replace")
        return ServerError(fields)

    # -- sign-in --
    def _start(self, user: str, database: str, password: str | None, where: tuple[str, int]) -> None:
        settings = {"user": user, "database": database, "client_encoding": "UTF8",
                    "options": "-c default_transaction_read_only=on -c DateStyle=ISO"}
        body = struct.pack("!i", _PROTOCOL_3) + b"".join(
            k.encode() + b"\0" + v.encode() + b"\0" for k, v in settings.items()) + b"\0"
        self._sock.sendall(struct.pack("!i", len(body) + 4) + body)
        secret: list[str | None] = [password]

        def the_password() -> str:
            if secret[0] is None:
                secret[0] = os.environ.get("PGPASSWORD") or _pgpass(where[0], where[1], database, user)
            if secret[0] is None:
                raise Unsupported("no password at hand")
            return secret[0]

        scram = None
        while True:
            kind, body = self._message()
            if kind == b"E":
                raise self._error(body)
            if kind == b"R":
                code = struct.unpack("!i", body[:4])[0]
                if code == 0:
                    continue
                if code == 3:
                    self._send(b"p", the_password().encode() + b"\0")
                elif code == 5:
                    inner = hashlib.md5((the_password() + user).encode()).hexdigest()
                    self._send(b"p", b"md5" + hashlib.md5(inner.encode() + body[4:8]).hexdigest().encode() + b"\0")
                elif code == 10 and b"SCRAM-SHA-256\0" in body[4:]:
                    scram = _Scram(the_password())
                    first = scram.first().encode()
                    self._send(b"p", b"SCRAM-SHA-256\0" + struct.pack("!i", len(first)) + first)
                elif code == 11 and scram:
                    self._send(b"p", scram.final(body[4:].decode()).encode())
                elif code == 12 and scram:
                    scram.verify(body[4:].decode())
                else:
                    raise Unsupported(f"sign-in method {code}")
            elif kind == b"S":
                name, value = body.split(b"\0")[:2]
                if name == b"standard_conforming_strings" and value != b"on":
                    raise Unsupported("standard_conforming_strings off")
            elif kind == b"Z":
                return

    # -- statements --
    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        self._send(b"Q", bind(sql, params).encode() + b"\0")
        loaders: list = []
        out: list[tuple[Any, ...]] = []
        failure: Exception | None = None
        while True:
            kind, body = self._message()
            if kind == b"D" and failure is None:
                out.append(self._row(body, loaders))
            elif kind == b"T":
                loaders = self._loaders(body)
                if any(loader is None for loader in loaders):
                    failure = Unsupported("a column type this reader does not load")
            elif kind == b"E":
                failure = self._error(body)
            elif kind == b"Z":
                if failure is not None:
                    raise failure
                return out

    @staticmethod
    def _loaders(body: bytes) -> list:
        count = struct.unpack("!h", body[:2])[0]
        at, loaders = 2, []
        for _ in range(count):
            at = body.index(b"\0", at) + 1
            oid = struct.unpack("!i", body[at + 6:at + 10])[0]
            loaders.append(_LOADERS.get(oid))
            at += 18
        return loaders

    @staticmethod
    def _row(body: bytes, loaders: list) -> tuple[Any, ...]:
        values = []
        at = 2
        for loader in loaders:
            length = struct.unpack("!i", body[at:at + 4])[0]
            at += 4
            if length < 0:
                values.append(None)
            else:
                values.append(loader(body[at:at + length]))
                at += length
        return tuple(values)

    def close(self) -> None:
        try:
            self._send(b"X", b"")
        except OSError:
            pass
        self._sock.close()


class _Scram:
    """SCRAM-SHA-256 without channel binding (RFC 5802/7677), the server's signature checked."""

    def __init__(self, password: str, user: str = "", nonce: str = "") -> None:
        self._password = password.encode()  # (libpq applies SASLprep; the same for printable ASCII)
        self._nonce = nonce or base64.b64encode(os.urandom(18)).decode()
        self._first_bare = f"n={user},r={self._nonce}"  # PostgreSQL takes the user from the start message
        self._server_key = b""
        self._auth = b""

    def first(self) -> str:
        return "n,," + self._first_bare

    def final(self, server_first: str) -> str:
        attrs = dict(item.split("=", 1) for item in server_first.split(","))
        if not attrs["r"].startswith(self._nonce):
            raise ConnectionError("the server's SCRAM nonce does not extend ours")
        salted = hashlib.pbkdf2_hmac("sha256", self._password, base64.b64decode(attrs["s"]), int(attrs["i"]))
        client_key = hmac.digest(salted, b"Client Key", "sha256")
        without_proof = f"c=biws,r={attrs['r']}"
        self._auth = f"{self._first_bare},{server_first},{without_proof}".encode()
        signature = hmac.digest(hashlib.sha256(client_key).digest(), self._auth, "sha256")
        proof = bytes(a ^ b for a, b in zip(client_key, signature, strict=True))
        self._server_key = hmac.digest(salted, b"Server Key", "sha256")
        return f"{without_proof},p={base64.b64encode(proof).decode()}"

    def verify(self, server_final: str) -> None:
        expected = base64.b64encode(hmac.digest(self._server_key, self._auth, "sha256")).decode()
        if not hmac.compare_digest(server_final.strip(), f"v={expected}"):
            raise ConnectionError("the server's SCRAM signature is not the expected one")
