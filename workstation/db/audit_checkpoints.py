"""Signed checkpoints of the audit chain, kept outside the database folder.

A checkpoint is (seq, chain value, time, district, event) with an HMAC by the district's audit key,
appended as one JSON line to `<user state dir>/audit-checkpoints/<district uuid>-<key id>.log` (0600) at
sign-in, at exit, before a backup, after a restore and every CHECKPOINT_EVERY commits. Someone who
deletes the newest audit rows and rewinds the head, or wipes the trail, cannot reach that file's
values again without the key: verification reports the seq range that is missing.

Only districts with a key write checkpoints (an unsigned line would prove nothing). A restore line
starts a new epoch: the chain restored from a backup is checked from there on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import weakref
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, event, select
from sqlalchemy.orm import Session

from workstation.db import audit_mac
from workstation.db.orm.audit import AuditEntry, AuditHead, canonical_json

CHECKPOINT_EVERY = 50  # commits between checkpoints (one short line appended: cheap)
FOLDER = "audit-checkpoints"
_COMMITS: weakref.WeakKeyDictionary[Engine, int] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    value: str
    at: str
    district: str
    event: str
    mac: str = ""

    def content(self) -> dict:
        data = asdict(self)
        data.pop("mac")
        return data

    def signed(self, key: bytes) -> Checkpoint:
        return Checkpoint(**self.content(), mac=_mac(key, self.content()))

    def valid(self, key: bytes) -> bool:
        return hmac.compare_digest(self.mac, _mac(key, self.content()))

    def describe(self) -> str:
        return f"第 {self.seq} 条，链值 {self.value[:16]}…，{self.at}"


def _mac(key: bytes, content: dict) -> str:
    return hmac.new(key, canonical_json(content).encode("utf-8"), hashlib.sha256).hexdigest()


def checkpoint_folder() -> Path:
    import platformdirs

    from workstation import APP_NAME

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / FOLDER


def log_path(district: str, key: bytes) -> Path:
    """One file per district and key: two copies of a district sealed apart (e.g. two demo files made
    from one seed share the district's uuid) never read each other's lines as forgeries."""
    key_id = hmac.new(key, b"checkpoint file", hashlib.sha256).hexdigest()[:12]
    return checkpoint_folder() / f"{district}-{key_id}.log"


def district_id(conn: Connection) -> str | None:
    from workstation.db.orm.district import District

    return conn.execute(select(District.uuid).order_by(District.id).limit(1)).scalar()


def head(conn: Connection) -> tuple[int, str] | None:
    row = conn.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).first()
    return None if row is None else (row.seq, row.hash)


def current(conn: Connection, key: bytes, event_name: str) -> Checkpoint | None:
    """A signed checkpoint of the chain's head as `conn` sees it (None: no district or no head yet)."""
    district, top = district_id(conn), head(conn)
    if district is None or top is None:
        return None
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return Checkpoint(top[0], top[1], at, district, event_name).signed(key)


def append_line(checkpoint: Checkpoint, key: bytes) -> None:
    folder = checkpoint_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    line = (json.dumps(asdict(checkpoint), ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    fd = os.open(log_path(checkpoint.district, key), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def write_checkpoint(engine: Engine, event_name: str) -> Checkpoint | None:
    """Append a checkpoint of `engine`'s chain; None when the district has no key attached or no head."""
    key = audit_mac.audit_key(engine)
    if key is None:
        return None
    with engine.connect() as conn:
        checkpoint = current(conn, key, event_name)
    if checkpoint is not None:
        append_line(checkpoint, key)
    return checkpoint


def read_log(district: str, key: bytes) -> tuple[list[Checkpoint], list[str]]:
    """The district's checkpoints since the last restore, and problems with the file itself."""
    path = log_path(district, key)
    if not path.is_file():
        return [], []
    found, problems = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            checkpoint = Checkpoint(**json.loads(line))
        except (ValueError, TypeError):
            problems.append(f"审计检查点文件“{path}”第 {number} 行无法读取（被改动或截断）。")
            continue
        if not checkpoint.valid(key) or checkpoint.district != district:
            problems.append(f"审计检查点文件“{path}”第 {number} 行签名不符：该行被改动或伪造。")
            continue
        if checkpoint.event == "restore":
            found = []
        found.append(checkpoint)
    return found, problems


def verify(conn: Connection, key: bytes, checkpoints: list[Checkpoint] | None = None) -> list[str]:
    """Problems of the chain in `conn` against the signed checkpoints (those of the log by default).

    Each checkpoint's seq must still be in the chain with the same value; a missing range is named.
    """
    problems: list[str] = []
    if checkpoints is None:
        district = district_id(conn)
        if district is None:
            return []
        checkpoints, problems = read_log(district, key)
    if not checkpoints:
        return problems
    log = AuditEntry.__table__
    last = conn.execute(select(log.c.seq).order_by(log.c.seq.desc()).limit(1)).scalar() or 0
    newest = max(checkpoints, key=lambda c: c.seq)
    if newest.seq > last:
        where = "审计记录已被全部删除" if last == 0 else f"审计记录只到第 {last} 条"
        problems.append(f"审计链被回退：外部检查点（{newest.describe()}）证明曾有第 {newest.seq} 条记录，"
                        f"而{where}；第 {last + 1}–{newest.seq} 条记录缺失（被删除，链头被回退）。")
    present = [c for c in checkpoints if c.seq <= last and c.seq > 0]
    values: dict[int, str] = {}
    seqs = sorted({c.seq for c in present})
    for start in range(0, len(seqs), 500):
        values.update(conn.execute(select(log.c.seq, log.c.hash).where(log.c.seq.in_(seqs[start:start + 500]))).all())
    for checkpoint in sorted(present, key=lambda c: c.seq):
        stored = values.get(checkpoint.seq)
        if stored is None:
            problems.append(f"审计记录第 {checkpoint.seq} 条缺失，而外部检查点（{checkpoint.describe()}）记有它："
                            "记录被删除或重新编号。")
            break
        if stored != checkpoint.value:
            problems.append(f"审计记录第 {checkpoint.seq} 条的链值与外部检查点不符（检查点 {checkpoint.value[:16]}…，"
                            f"数据库中 {stored[:16]}…）：这条或更早的记录被改写、重新编号或重新计算过。")
            break
    return problems


@event.listens_for(Session, "after_commit")
def _count_commit(session: Session) -> None:
    """Every CHECKPOINT_EVERY commits of a keyed engine, one checkpoint (read after the commit: never a value
    that was rolled back)."""
    try:
        engine = session.get_bind()
    except Exception:  # a session without one engine (unbound): nothing to anchor
        return
    if not isinstance(engine, Engine) or audit_mac.audit_key(engine) is None:
        return
    count = _COMMITS[engine] = _COMMITS.get(engine, 0) + 1
    if count % CHECKPOINT_EVERY == 0:
        try:
            write_checkpoint(engine, "commits")
        except OSError:  # a full disk must not fail the user's committed work; the next one tries again
            _COMMITS[engine] -= 1
