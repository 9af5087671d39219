"""What a pg_dump file holds, read before it replaces anything: its tables (from the table of contents)
and its audit rows, copied into temporary tables that shadow the real ones for one transaction, so the
chain and checkpoint checks of a backup run on the backup's rows while the database stays as it is."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from sqlalchemy import Column, MetaData, Table
from sqlalchemy.engine import Connection

from workstation.db.orm.audit import AuditEntry, AuditHead
from workstation.db.server_dump import tool
from workstation.domain.errors import StorageError

AUDIT_TABLES = (AuditEntry.__table__, AuditHead.__table__)
_TOC_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ")
_COPY = re.compile(r'^COPY (?:"?\w+"?\.)?"?(\w+)"? \(([^)]*)\) FROM stdin;$')


def dump_tables(dump_file: Path) -> set[str]:
    """The names of the tables the dump creates."""
    listing = _pg_restore(["--list", str(dump_file)])
    return {m.group(2).strip('"') for line in listing.splitlines() if (m := _TOC_TABLE.match(line))}


def shadow_audit_tables(conn: Connection, dump_file: Path) -> None:
    """Create temporary `audit_log` and `audit_head` holding the dump's rows; until `conn`'s transaction
    ends, every unqualified query of those tables reads them (PostgreSQL searches pg_temp first)."""
    names = [t.name for t in AUDIT_TABLES]
    script = _pg_restore(["--data-only", *(f"--table={n}" for n in names), "--file=-", str(dump_file)])
    for source in AUDIT_TABLES:  # every column nullable: a backup of an older schema may lack newer ones
        Table(source.name, MetaData(), *(Column(c.name, c.type) for c in source.columns),
              prefixes=["TEMPORARY"]).create(conn)
    raw = conn.connection.driver_connection
    lines = iter(script.splitlines(keepends=True))
    for line in lines:
        match = _COPY.match(line.rstrip("\n"))
        if match is None or match.group(1) not in names:
            continue
        with raw.cursor() as cursor, cursor.copy(f"COPY pg_temp.{match.group(1)} ({match.group(2)}) FROM STDIN") as copy:
            for row in lines:
                if row.rstrip("\n") == "\\.":
                    break
                copy.write(row)


def _pg_restore(args: list[str]) -> str:
    program = tool("pg_restore")
    if program is None:
        raise StorageError("校验服务器数据库备份需要 PostgreSQL 客户端程序 pg_restore，本机未安装。")
    done = subprocess.run([program, *args], capture_output=True, text=True, check=False,
                          env={k: v for k, v in os.environ.items() if not k.startswith("PG")})
    if done.returncode != 0:
        raise StorageError("备份中的服务器数据库转储无法读取：" + " ".join(done.stderr.split())[:300])
    return done.stdout
