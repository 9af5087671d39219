"""SQLite-only code lives under workstation/db/sqlite/ (issue #20): a rule checked on every run.

Code (not comments or docstrings) naming `sqlite3`, or SQL text holding `PRAGMA`, `fts5`, `MATCH` or `sqlite_master`, is allowed
only under db/sqlite/ and in the files listed below, each with why it is still elsewhere. A new file
outside them fails here: put the engine-specific part under db/sqlite/ (or db/postgres/) behind an
engine-neutral front in db/.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3] / "workstation"
ALLOWED_UNDER = ("db/sqlite/",)
# file -> why it still holds SQLite-only code
EXCEPTIONS = {
    "db/engine.py": "connection pragmas (WAL, busy timeout, cache) for the SQLite engine",
    "db/errors.py": "translates SQLite errors by result code (PostgreSQL's go through db/postgres/errors)",
    "db/sqlite_file.py": "the file's header and revision read before any engine exists (start-up)",
    "db/change_stamp.py": "PRAGMA data_version on a connection of its own (SQLite's change stamp)",
    "db/backup.py": "the SQLite online backup of the file (db/server_dump does PostgreSQL's)",
    "db/attachment_refs.py": "reads a backup file's attachment list (a SQLite file) without an engine",
    "services/backup/authenticity.py": "checks a backup's copy (a SQLite file) holds the workstation's tables",
    "cli_messages.py": "argparse's own English messages (\"could match\"), no SQL",
}
SQL_WORDS = re.compile(r"\bPRAGMA\b|\bfts5\b|\bsqlite_master\b|\bMATCH\b", re.IGNORECASE)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            found.add(id(body[0].value))
    return found


def _engine_specific(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.alias) and node.name.split(".")[0] == "sqlite3":
            hits.append(f"import {node.name}")
        elif isinstance(node, ast.Name) and node.id == "sqlite3":
            hits.append(f"line {node.lineno}: sqlite3")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs \
                and SQL_WORDS.search(node.value):
            hits.append(f"line {node.lineno}: {node.value[:60]!r}")
    return hits


def test_sqlite_only_code_stays_under_db_sqlite():
    offending = {}
    for path in sorted(ROOT.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith(ALLOWED_UNDER) or name in EXCEPTIONS or "/forms/" in name:
            continue
        hits = _engine_specific(path)
        if hits:
            offending[name] = hits
    assert offending == {}, "SQLite-only code outside workstation/db/sqlite/: " + repr(offending)


def test_every_exception_still_needs_its_place():
    stale = [name for name in EXCEPTIONS if not (ROOT / name).exists() or not _engine_specific(ROOT / name)]
    assert stale == [], f"no longer SQLite-specific (drop from EXCEPTIONS): {stale}"
