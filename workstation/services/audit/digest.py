"""The monthly audit digest: what the trail recorded in one month (counts per action and per user, the month's
first and last row with their chain values) and the latest signed checkpoint, for the manager to sign and
file on paper. A later rewrite of the month's rows cannot reproduce the chain values printed on it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.audit_checkpoints import district_id, read_log
from workstation.db.audit_mac import audit_key
from workstation.db.orm.audit import AuditEntry
from workstation.db.orm.district import District
from workstation.domain.errors import ValidationError
from workstation.domain.permissions import Action
from workstation.services.audit.labels import actor_label
from workstation.services.audit.service import ACTION_LABELS, record_event
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, writing

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


@dataclass(frozen=True)
class ChainPoint:
    seq: int
    value: str
    at: str  # local time


@dataclass(frozen=True)
class AuditDigest:
    month: str  # YYYY-MM
    district: str
    rows: int
    by_action: tuple[tuple[str, int], ...]  # (label, count), most first
    by_user: tuple[tuple[str, int], ...]
    first: ChainPoint | None
    last: ChainPoint | None
    keyed: bool  # the month's rows carry MACs with the district key
    checkpoint: ChainPoint | None  # the latest signed checkpoint outside the database folder
    made_by: str
    made_at: str


def parse_month(text: str) -> dt.date:
    """The first day of a month written YYYY-MM."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(f"月份“{text}”应写成 YYYY-MM，例如 2026-11。", "month")
    return dt.date(int(match.group(1)), int(match.group(2)), 1)


def monthly_digest(factory: sessionmaker[Session], actor: Actor, month: str,
                   now: Callable[[], dt.datetime] = dt.datetime.now) -> AuditDigest:
    """The digest of `month` (local time, as the viewer shows it); needs AUDIT_VIEW."""
    first_day = parse_month(month)
    next_day = (first_day + dt.timedelta(days=32)).replace(day=1)
    since, until = _utc(first_day), _utc(next_day)
    with reading(factory, actor, Action.AUDIT_VIEW) as session:
        window = (AuditEntry.at >= since) & (AuditEntry.at < until)
        by_action = session.execute(select(AuditEntry.action, func.count()).where(window)
                                    .group_by(AuditEntry.action)).all()
        by_user = session.execute(select(AuditEntry.actor, func.count()).where(window)
                                  .group_by(AuditEntry.actor)).all()
        bounds = session.execute(select(func.min(AuditEntry.seq), func.max(AuditEntry.seq)).where(window)).one()
        first, last = (_point(session, seq) for seq in bounds)
        # every row of the month keyed (min() of a boolean exists on SQLite only)
        unkeyed = session.scalar(select(func.count()).where(window, AuditEntry.keyed.is_(False)))
        keyed = bounds[0] is not None and not unkeyed
        district = session.scalar(select(District.name).order_by(District.id).limit(1)) or ""
        checkpoint = _latest_checkpoint(session)
    return AuditDigest(
        f"{first_day:%Y-%m}", district, sum(n for _, n in by_action),
        tuple((ACTION_LABELS.get(a, a), n) for a, n in sorted(by_action, key=lambda r: (-r[1], r[0]))),
        tuple((actor_label(u) if u else "（系统）", n) for u, n in sorted(by_user, key=lambda r: (-r[1], r[0]))),
        first, last, keyed, checkpoint, actor.label, now().strftime("%Y-%m-%d %H:%M"))


def default_month(factory: sessionmaker[Session], actor: Actor, today: dt.date) -> str:
    """The month the digest offers: the previous one, the month to sign and file; the current one when the
    previous has no audit row (a district started this month), so the first digest is not empty."""
    this_month = today.replace(day=1)
    previous = (this_month - dt.timedelta(days=1)).replace(day=1)
    with reading(factory, actor, Action.AUDIT_VIEW) as session:
        found = session.scalar(select(AuditEntry.seq).where(
            AuditEntry.at >= _utc(previous), AuditEntry.at < _utc(this_month)).limit(1))
    return f"{previous if found is not None else this_month:%Y-%m}"


def export_digest(factory: sessionmaker[Session], actor: Actor, month: str, out: Path,
                  write: Callable[[Path, AuditDigest], None]) -> AuditDigest:
    """Write the digest with `write` (exports/audit) and record the export with the file's SHA-256."""
    digest = monthly_digest(factory, actor, month)
    write(out, digest)
    sha = hashlib.sha256(out.read_bytes()).hexdigest()
    with writing(factory, actor, Action.AUDIT_VIEW) as session:
        record_event(session, actor, "export", "audit_digest", digest.month,
                     {"file": str(out), "sha256": sha, "rows": digest.rows,
                      "last_seq": digest.last.seq if digest.last else None})
    return digest


def _point(session: Session, seq: int | None) -> ChainPoint | None:
    if seq is None:
        return None
    row = session.execute(select(AuditEntry.at, AuditEntry.hash).where(AuditEntry.seq == seq)).one()
    return ChainPoint(seq, row.hash, _local(row.at))


def _latest_checkpoint(session: Session) -> ChainPoint | None:
    key = audit_key(session.get_bind())
    district = district_id(session.connection())
    if key is None or district is None:
        return None
    checkpoints, _problems = read_log(district, key)
    if not checkpoints:
        return None
    latest = checkpoints[-1]
    at = dt.datetime.fromisoformat(latest.at)
    return ChainPoint(latest.seq, latest.value, at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))


def _utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC).replace(tzinfo=None)


def _local(at: dt.datetime) -> str:
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
