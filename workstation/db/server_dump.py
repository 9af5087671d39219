"""pg_dump and pg_restore for a PostgreSQL database (custom format), run as child processes.

The connection comes from the URL, split into libpq's environment variables of the child only:
the password never appears on a command line (where `ps` shows it to every account of the
computer); without one in the URL, libpq reads the user's .pgpass (PGPASSFILE) as usual.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from workstation.db.locations import is_server, safe_location  # noqa: F401  (this module's names too)
from workstation.domain.errors import StorageError

_TIMEOUT_S = 6 * 3600
_TICK_S = 0.1  # how often a running child's caller is asked for progress and cancel

Tick = Callable[[float], None]  # seconds since the child started; raises to stop the child
_QUERY_ENV = {"host": "PGHOST", "port": "PGPORT", "sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT",
              "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY", "passfile": "PGPASSFILE",
              "connect_timeout": "PGCONNECT_TIMEOUT"}


def tool(name: str) -> str | None:
    """The path of pg_dump / pg_restore, or None when the PostgreSQL client tools are not installed."""
    return shutil.which(name)


def child_env(location: str) -> dict[str, str]:
    """libpq's variables for the database at `location` (of the parent's PG* variables only the
    password file and the password this program itself connects with are passed on)."""
    from sqlalchemy.engine import make_url

    url = make_url(str(location))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    values = {"PGHOST": url.host, "PGPORT": url.port, "PGUSER": url.username, "PGPASSWORD": url.password,
              "PGDATABASE": url.database}
    for key, var in _QUERY_ENV.items():
        if key in url.query:
            raw = url.query[key]
            values[var] = raw[0] if isinstance(raw, tuple) else raw
    for inherited in ("PGPASSFILE", "PGPASSWORD"):  # what this program itself connects with (ui/common/server_password)
        if os.environ.get(inherited) and not values.get(inherited):
            values[inherited] = os.environ[inherited]
    env.update({k: str(v) for k, v in values.items() if v not in (None, "")})
    return env


def dump(url: str, out: Path, tick: Tick | None = None) -> None:
    """pg_dump --format=custom of the whole database into `out`; StorageError saying why not.

    `tick` is called about every 0.1 s while pg_dump runs (progress, cancel): an exception it raises
    ends pg_dump and is raised here."""
    _run("pg_dump", ["--format=custom", "--no-password", f"--file={out}"], url, "备份服务器数据库", tick)


def restore(url: str, dump_file: Path) -> None:
    """pg_restore the dump into the same database, replacing its objects, in one transaction (a
    failure leaves the database as it was)."""
    from sqlalchemy.engine import make_url

    env_db = make_url(url).database or ""
    _run("pg_restore", ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-password",
                        f"--dbname={env_db}", str(dump_file)], url, "恢复服务器数据库")


def _run(name: str, args: list[str], url: str, doing: str, tick: Tick | None = None) -> None:
    program = tool(name)
    if program is None:
        raise StorageError(f"{doing}需要 PostgreSQL 客户端程序 {name}，本机未安装（例如 apt install postgresql-client）。")
    try:
        child = subprocess.Popen([program, *args], env=child_env(url), stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    except OSError as exc:
        raise StorageError(f"{doing}失败：无法运行 {name}（{exc}）。") from exc
    started = time.monotonic()
    while True:  # polled, not waited for: the caller's progress dialog repaints and its cancel works
        try:
            _out, errors = child.communicate(timeout=_TICK_S)
            break
        except subprocess.TimeoutExpired:
            try:
                elapsed = time.monotonic() - started
                if elapsed > _TIMEOUT_S:
                    raise StorageError(f"{doing}失败：{name} 运行超过 {_TIMEOUT_S // 3600} 小时仍未结束，已停止。") from None
                if tick is not None:
                    tick(elapsed)
            except BaseException:
                child.kill()
                child.communicate()
                raise
    if child.returncode != 0:
        detail = " ".join(errors.split())[:400] or f"退出码 {child.returncode}"
        raise StorageError(f"{doing}失败（{name}）：{detail}")


def check_dump(dump_file: Path) -> None:
    """pg_restore --list reads the dump's table of contents (no server needed); StorageError when it cannot."""
    program = tool("pg_restore")
    if program is None:
        raise StorageError("校验服务器数据库备份需要 PostgreSQL 客户端程序 pg_restore，本机未安装。")
    done = subprocess.run([program, "--list", str(dump_file)], capture_output=True, text=True, check=False,
                          env={k: v for k, v in os.environ.items() if not k.startswith("PG")})
    if done.returncode != 0:
        raise StorageError("备份中的服务器数据库转储无法读取：" + " ".join(done.stderr.split())[:300])


def dump_tables(dump_file: Path) -> set[str]:
    """The tables a dump creates (read from its table of contents; no server needed)."""
    from workstation.db.postgres.dump_audit import dump_tables as tables

    return tables(dump_file)


def shadow_audit_tables(conn, dump_file: Path) -> None:
    """The dump's audit rows in temporary tables that shadow the real ones until `conn`'s transaction ends."""
    from workstation.db.postgres.dump_audit import shadow_audit_tables as shadow

    shadow(conn, dump_file)
