"""A stored 双随机 draw re-checked from what was frozen: its population against its fingerprint, the
seed against SHA-256(fingerprint:public value), and the picks and inspectors drawn again from them.
The answer names every step that does not hold; the check is recorded as a view in the audit trail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm.random_draws import RandomDraw
from workstation.domain import draw_commitment as commitment
from workstation.domain import random_draw as method
from workstation.domain.errors import NotFound, ValidationError
from workstation.domain.permissions import Action
from workstation.services.audit import record_event
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing
from workstation.services.inspections.draw_dto import DRAWN


@dataclass(frozen=True)
class DrawCheck:
    """What was re-computed, and why it does not agree (empty: 一致)."""

    draw_id: int
    method: str
    frozen_at: dt.datetime
    drawn_at: dt.datetime | None
    population_size: int
    fingerprint: str
    public_value: str
    witness: str
    seed: str
    recomputed_seed: str
    picks: int
    reasons: tuple[str, ...]

    @property
    def consistent(self) -> bool:
        return not self.reasons


def verify_draw(factory: sessionmaker[Session], actor: Actor, draw_id: int) -> DrawCheck:
    """Re-compute draw `draw_id` (INSPECTION_VIEW); audited as a view with its result."""
    with writing(factory, actor, Action.INSPECTION_VIEW) as session:
        row = session.get(RandomDraw, draw_id)
        if row is None:
            raise NotFound(f"抽查记录（编号{draw_id}）不存在。")
        check = _check(row)
        record_event(session, actor, "view", "random_draw", row.id,
                     {"what": "verify_draw", "result": "一致" if check.consistent else "不一致",
                      "reasons": list(check.reasons)}, entity_uuid=row.uuid)
        return check


def _check(row: RandomDraw) -> DrawCheck:
    population = [str(key) for key in row.population]
    reasons: list[str] = []
    if len(population) != row.population_size:
        reasons.append(f"冻结的抽取范围有 {len(population)} 家机构，而记录的范围数量为 {row.population_size} 家：范围被改动。")
    fingerprint = method.population_digest(population) if population else ""
    if fingerprint != row.population_sha256:
        reasons.append(f"冻结的抽取范围重新计算的校验值为 {fingerprint[:16]}…，与记录的 {row.population_sha256[:16]}… "
                       "不符：范围在冻结后被改动。")
    recomputed = row.seed
    if row.method == commitment.METHOD:
        if row.stage != DRAWN or not row.public_value:
            reasons.append("这次抽取只冻结了范围，尚未录入公开数值开奖：还没有可核对的结果。")
        else:
            try:
                recomputed = commitment.committed_seed(row.population_sha256, row.public_value)
            except ValidationError as exc:
                reasons.append(f"记录的公开数值无效：{exc.message}")
            else:
                if recomputed != row.seed:
                    reasons.append("记录的随机种子不是 SHA-256（“范围校验值:公开数值”）：种子被改动。")
    elif row.method != method.METHOD:
        reasons.append(f"不认识的抽取方法“{row.method}”。")
    if not reasons or (row.stage == DRAWN and row.picks):
        reasons += _picks_problems(row, population)
    return DrawCheck(row.id, row.method, row.created_at, row.drawn_at, row.population_size, row.population_sha256,
                     row.public_value, row.witness, row.seed, recomputed, len(row.picks), tuple(reasons))


def _picks_problems(row: RandomDraw, population: list[str]) -> list[str]:
    """The picks and inspectors drawn again with the stored seed, compared position by position."""
    try:
        again = method.draw(population, row.inspectors, row.count, row.per_nursery, seed=row.seed)
    except ValidationError as exc:
        return [f"按记录的种子无法重新抽取：{exc.message}"]
    problems = []
    if again.inspectors != tuple(row.inspectors):
        problems.append("检查人员名单与重新抽取时整理出的名单不同：名单被改动。")
    stored = {p.position: (p.nursery_key, tuple(p.inspectors), p.nursery_name) for p in row.picks}
    if len(stored) != len(again.picks):
        problems.append(f"记录有 {len(stored)} 个抽中对象，重新抽取得到 {len(again.picks)} 个。")
    for pick in again.picks:
        found = stored.get(pick.position)
        if found is None:
            problems.append(f"第 {pick.position} 位：记录中缺失，重新抽取为 {pick.key}。")
        elif found[0] != pick.key:
            problems.append(f"第 {pick.position} 位：记录为 {found[0]}（{found[2]}），重新抽取为 {pick.key}。")
        elif found[1] != pick.inspectors:
            problems.append(f"第 {pick.position} 位的检查人员：记录为 {'、'.join(found[1])}，"
                            f"重新抽取为 {'、'.join(pick.inspectors)}。")
    return problems
