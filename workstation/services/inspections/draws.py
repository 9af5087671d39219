"""双随机、一公开: draw nurseries from a filtered population, pair them with inspectors, keep and verify it.

The draw itself is workstation.domain.random_draw (a hash ordering anyone can redo); this
service picks the population from the nursery table and freezes it with the count and the
inspectors (stored, audited); the draw is made when the public value published after the freeze
is entered, its seed derived from it (workstation.domain.draw_commitment), so the person drawing
cannot steer it. A draw is re-run on request to show it was not altered. Writing the printable
result is done by the exports package, handed in as `writer` by the composition root
(normally workstation.exports.inspections.draw.write_draw_pdf): the import contract keeps
services and exports independent of each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer, sessionmaker

from workstation.db.base import utcnow
from workstation.db.orm import Nursery, Street
from workstation.db.orm.accounts import User
from workstation.db.orm.random_draws import RandomDraw, RandomDrawPick
from workstation.domain import draw_commitment as commitment
from workstation.domain import random_draw as method
from workstation.domain.errors import ConflictError, NotFound, PermissionDenied, StorageError, ValidationError
from workstation.domain.permissions import Action, Role
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.services.audit import record_event
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, require, writing
from workstation.services.district import StreetInfo
from workstation.services.inspections.draw_dto import (
    DRAWN,
    FROZEN,
    NO_USCC_PREFIX,
    SUMMARY_COLUMNS,
    Candidate,
    DrawDTO,
    DrawFilters,
    DrawSummary,
    candidate_key,
    draw_view,
    summary_of,
)

DrawWriter = Callable[[Path, DrawDTO], None]


class RandomDrawService:
    """Random selections as the acting user, in two steps (freeze, then complete). `now` is injectable for tests."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, writer: DrawWriter | None = None, *,
                 now: Callable[[], dt.datetime] = utcnow) -> None:
        self._factory = factory
        self._actor = actor
        self._writer = writer
        self._now = now

    def may_draw(self) -> bool:
        """Whether the acting user may make a draw (the dialog disables 抽取 otherwise)."""
        try:
            require(self._actor, Action.RANDOM_DRAW)
        except PermissionDenied:
            return False
        return True

    def streets(self) -> tuple[StreetInfo, ...]:
        """The district's streets and townships by code (choices of the street filter)."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            rows = session.execute(select(Street.code, Street.name, Street.resident_population).order_by(Street.code))
            return tuple(StreetInfo(*row) for row in rows)

    def population(self, filters: DrawFilters | None = None) -> list[Candidate]:
        """The nurseries a draw with `filters` (default: filed and open ones) would draw from, by key."""
        with reading(self._factory, self._actor, Action.RANDOM_DRAW) as session:
            keyed = _population_keys(session, filters or DrawFilters())
            found = _candidates(session, keyed.values())
            return [found[id_] for _key, id_ in sorted(keyed.items())]

    def population_size(self, filters: DrawFilters | None = None) -> int:
        """How many nurseries a draw with `filters` would draw from (counted in SQL)."""
        with reading(self._factory, self._actor, Action.RANDOM_DRAW) as session:
            stmt = _filtered(select(func.count()).select_from(Nursery), filters or DrawFilters())
            return int(session.scalar(stmt) or 0)

    def inspectors_pool(self) -> list[str]:
        """Names of the active inspector accounts (the dialog also takes typed names)."""
        with reading(self._factory, self._actor, Action.RANDOM_DRAW) as session:
            rows = session.execute(select(User.display_name, User.username).where(
                User.active.is_(True), User.role == Role.INSPECTOR))
            return sorted({(display or username).strip() for display, username in rows})

    def freeze(self, filters: DrawFilters, count: int, inspectors: Sequence[str], per_nursery: int = 2) -> DrawDTO:
        """Step 1: fix the population, the count and the inspectors of a draw, before any seed exists.

        The frozen draw is stored (audited, time-stamped) with its population's fingerprint; its
        result depends only on the public value entered afterwards (`complete`). Raises
        ValidationError (count, pool) or PermissionDenied; nothing is stored then.
        """
        with writing(self._factory, self._actor, Action.RANDOM_DRAW, "双随机抽取：冻结抽取范围") as session:
            # One frozen draw at a time: freezing several and drawing the one that suits the public value
            # would steer the result again (a frozen draw cannot be withdrawn, only drawn).
            waiting = session.scalar(select(RandomDraw.id).where(RandomDraw.stage == FROZEN).limit(1))
            if waiting is not None:
                raise ConflictError(text(QT_TRANSLATE_NOOP(
                    "DomainText", "第 {id} 次抽取已冻结、尚未开奖：请先录入公开数值开奖，再冻结新的抽取。"), id=waiting))
            keyed = _population_keys(session, filters)
            if not keyed:
                raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "按所选条件没有可抽取的机构。")), "filters")
            population = method.canonical_population(keyed)
            pool = method.canonical_inspectors(inspectors)
            method.check_request(len(population), len(pool), count, per_nursery)
            who, at = self._actor.username, self._now()
            street = session.scalar(select(Street.name).where(Street.code == filters.street_code)) or ""
            row = RandomDraw(
                created_at=at, updated_at=at, created_by=who, updated_by=who, drawn_by_name=self._actor.label,
                method=commitment.METHOD, seed="", seed_generated=False, filters=filters.to_json(street),
                population_size=len(population), population_sha256=method.population_digest(population),
                population=list(population), count=count, per_nursery=per_nursery, inspectors=list(pool),
                stage=FROZEN)
            session.add(row)
            session.flush()
            return draw_view(row)

    def complete(self, draw_id: int, public_value: str, witness: str) -> DrawDTO:
        """Step 2: draw a frozen draw with the public value published after its freeze.

        The seed is SHA-256("<population fingerprint>:<public value>"): nobody chooses it. Raises
        ValidationError (blank or long value or witness), ConflictError (already drawn), NotFound.
        """
        value = commitment.normalize_public_value(public_value)
        name = commitment.normalize_witness(witness)
        with writing(self._factory, self._actor, Action.RANDOM_DRAW, "双随机抽取：录入公开数值并开奖") as session:
            row = _load(session, draw_id)
            if row.stage != FROZEN:
                raise ConflictError(f"第 {draw_id} 次抽取已开奖，不能再次录入公开数值。")
            seed = commitment.committed_seed(row.population_sha256, value)
            result = method.draw(list(row.population), row.inspectors, row.count, row.per_nursery, seed=seed)
            ids = _ids_of_keys(session, [p.key for p in result.picks])
            missing = [p.key for p in result.picks if p.key not in ids]
            if missing:
                raise ConflictError(f"抽中的机构（{'、'.join(missing)}）已不在机构登记中，请核实后处理。")
            found = _candidates(session, ids.values())
            row.seed, row.public_value, row.witness = seed, value, name
            row.stage, row.drawn_at = DRAWN, self._now()
            row.updated_by = self._actor.username
            for pick in result.picks:
                chosen = found[ids[pick.key]]
                row.picks.append(RandomDrawPick(
                    position=pick.position, nursery_id=chosen.nursery_id, nursery_key=pick.key,
                    nursery_name=chosen.name, street_name=chosen.street_name, inspectors=list(pick.inspectors)))
            session.flush()
            return draw_view(row)

    def draws(self, limit: int = 200) -> list[DrawSummary]:
        """Past draws, newest first."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            # The stored populations (tens of thousands of keys each) are left unread.
            rows = session.execute(select(*SUMMARY_COLUMNS).order_by(RandomDraw.id.desc()).limit(limit))
            return [summary_of(row) for row in rows]

    def draw(self, draw_id: int, with_population: bool = False) -> DrawDTO:
        """One stored draw with its picks (and its population for a printed sheet)."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            return draw_view(_load(session, draw_id, with_population=with_population), with_population)

    def verify(self, draw_id: int) -> bool:
        """Re-run the stored draw (seed, population, pool) and compare with what was stored.

        False when the stored population no longer matches its fingerprint, or any drawn
        nursery, position or inspector differs: the record was altered after the draw.
        """
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            row = _load(session, draw_id)
            return _reproduces(row)

    def export_pdf(self, draw_id: int, path: Path | str) -> Path:
        """Write the printable result of the draw to `path` (replaced only when complete); recorded in the audit trail."""
        if self._writer is None:
            raise StorageError("未配置抽查结果的导出。")
        view = self.draw(draw_id, with_population=True)
        out = Path(path)
        self._writer(out, view)
        with writing(self._factory, self._actor) as session:
            record_event(session, self._actor, "export", "random_draw", draw_id, {"file": str(out)},
                         entity_uuid=view.uuid)
        return out

def _filtered(stmt, filters: DrawFilters):
    """`stmt` over Nursery narrowed by the filters (the street by its id: no join)."""
    if filters.statuses:  # none chosen: any status
        stmt = stmt.where(Nursery.status.in_(filters.statuses))
    if filters.street_code is not None:
        stmt = stmt.where(Nursery.street_id == select(Street.id).where(Street.code == filters.street_code)
                          .scalar_subquery())
    if filters.legal_nature is not None:
        stmt = stmt.where(Nursery.legal_nature == filters.legal_nature)
    if filters.kind is not None:
        stmt = stmt.where(Nursery.kind == filters.kind)
    if filters.inclusive is not None:
        stmt = stmt.where(Nursery.inclusive == filters.inclusive)
    return stmt


def _population_keys(session: Session, filters: DrawFilters) -> dict[str, int]:
    """Candidate key -> nursery id of the population (the draw hashes the keys only)."""
    stmt = _filtered(select(Nursery.id, Nursery.uscc, Nursery.uuid), filters)
    return {candidate_key(uscc, uuid): id_ for id_, uscc, uuid in session.execute(stmt)}


def _candidates(session: Session, ids) -> dict[int, Candidate]:
    """Nursery id -> Candidate, for the given ids only."""
    wanted = list(ids)
    found: dict[int, Candidate] = {}
    for start in range(0, len(wanted), 500):  # bounded IN lists
        stmt = (select(Nursery.id, Nursery.uscc, Nursery.uuid, Nursery.name, Street.name, Nursery.status)
                .outerjoin(Street, Street.id == Nursery.street_id).where(Nursery.id.in_(wanted[start:start + 500])))
        for id_, uscc, uuid, name, street, status in session.execute(stmt):
            found[id_] = Candidate(id_, candidate_key(uscc, uuid), name, uscc or "", street or "", status)
    return found


def _load(session: Session, draw_id: int, with_population: bool = True) -> RandomDraw:
    options = () if with_population else (defer(RandomDraw.population),)
    row = session.get(RandomDraw, draw_id, options=options)
    if row is None:
        raise NotFound(f"抽查记录（编号{draw_id}）不存在。")
    return row


def _ids_of_keys(session: Session, keys: list[str]) -> dict[str, int]:
    """Candidate key (USCC, or uuid:<uuid> without one) -> nursery id, for the given keys."""
    codes = [key for key in keys if not key.startswith(NO_USCC_PREFIX)]
    uuids = [key[len(NO_USCC_PREFIX):] for key in keys if key.startswith(NO_USCC_PREFIX)]
    found: dict[str, int] = {}
    if codes:
        found.update((uscc, id_) for uscc, id_ in session.execute(
            select(Nursery.uscc, Nursery.id).where(Nursery.uscc.in_(codes))))
    if uuids:
        found.update((f"{NO_USCC_PREFIX}{uuid}", id_) for uuid, id_ in session.execute(
            select(Nursery.uuid, Nursery.id).where(Nursery.uuid.in_(uuids))))
    return found


def _reproduces(row: RandomDraw) -> bool:
    """The stored draw is what its method gives; a two-step draw's seed is the one its public value gives."""
    population = list(row.population)
    if len(population) != row.population_size:
        return False
    if row.method == commitment.METHOD:
        if row.stage != DRAWN or not row.public_value:
            return False
        try:
            if row.seed != commitment.committed_seed(row.population_sha256, row.public_value):
                return False
        except ValidationError:
            return False
    elif row.method != method.METHOD:
        return False
    try:
        if method.population_digest(population) != row.population_sha256:
            return False
        again = method.draw(population, row.inspectors, row.count, row.per_nursery, seed=row.seed)
    except ValidationError:
        return False
    stored = [(p.position, p.nursery_key, tuple(p.inspectors)) for p in row.picks]
    return again.inspectors == tuple(row.inspectors) and stored == [
        (p.position, p.key, p.inspectors) for p in again.picks]
