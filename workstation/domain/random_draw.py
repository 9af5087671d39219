"""双随机、一公开: draw nurseries from a population and pair them with inspectors, reproducibly.

The method (METHOD) is a plain hash ordering anyone can redo by hand or with any SHA-256 tool,
so a published draw can be shown to be fair:

1. The population is the list of candidate keys (统一社会信用代码) sorted as text, so the order
   in which a query returned them does not matter. Its fingerprint is the SHA-256 of the keys
   joined by line feeds (UTF-8).
2. Each candidate gets the number SHA-256("<seed>:<key>"); the `count` candidates with the
   smallest numbers are drawn, in that order (ties, which do not happen in practice, by key).
3. Drawn nursery number p (1, 2, …) gets the `per_nursery` inspectors with the fewest
   assignments so far; among equals, those with the smallest SHA-256("<seed>:<p>:<name>").
   This keeps every inspector's load within one of the others' and a nursery's inspectors distinct.

Python's `random` module is deliberately not used: only `random.random()` after seeding is
promised to stay the same across Python versions, not `sample` or `shuffle`.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workstation.domain.errors import ValidationError
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.domain.texts import text as domain_text

METHOD = "sha256-v1"
SEED_MAX_LENGTH = 64

EXPLANATION = (
    "复核方法：将抽取范围内全部机构的统一社会信用代码按文本排序，逐个计算 SHA-256（“随机种子:代码”），"
    "取数值最小的前 N 家，按从小到大的顺序即为抽中序号；第 p 家机构依次选取已分配次数最少的检查人员，"
    "次数相同时取 SHA-256（“随机种子:p:姓名”）较小者。使用相同的随机种子和相同的抽取范围，"
    "任何人都可以得到完全相同的结果。"
)


@dataclass(frozen=True)
class DrawPick:
    """One drawn candidate: its place in the draw (from 1), its key and its inspectors."""

    position: int
    key: str
    inspectors: tuple[str, ...]


@dataclass(frozen=True)
class DrawResult:
    """Everything needed to publish and to reproduce a draw."""

    seed: str
    population_size: int
    population_digest: str
    inspectors: tuple[str, ...]  # the canonical pool (sorted, without repeats)
    per_nursery: int
    picks: tuple[DrawPick, ...]
    method: str = METHOD

    def loads(self) -> dict[str, int]:
        """How many drawn nurseries each inspector of the pool was assigned."""
        counts = dict.fromkeys(self.inspectors, 0)
        for pick in self.picks:
            for name in pick.inspectors:
                counts[name] += 1
        return counts


def new_seed() -> str:
    """A fresh unpredictable seed, 12 digits so it can be read out and written down."""
    return f"{secrets.randbelow(10**12):012d}"


def normalize_seed(seed: str | int) -> str:
    """The seed as the text hashed; refused when empty or too long."""
    text = str(seed).strip()
    if not text:
        raise ValidationError("随机种子不能为空。", "seed")
    if len(text) > SEED_MAX_LENGTH:
        raise ValidationError(f"随机种子不能超过{SEED_MAX_LENGTH}个字符。", "seed")
    return text


def canonical_population(population: Iterable[str]) -> tuple[str, ...]:
    """The candidate keys sorted as text; a key listed twice is refused."""
    keys = sorted(str(key) for key in population)
    for first, second in zip(keys, keys[1:], strict=False):
        if first == second:
            raise ValidationError(f"抽取范围中机构“{first}”出现了两次。", "population")
    return tuple(keys)


def population_digest(population: Iterable[str]) -> str:
    """SHA-256 (hex) of the canonical population, keys joined by line feeds."""
    return _sha256("\n".join(canonical_population(population)))


def canonical_inspectors(inspectors: Iterable[str]) -> tuple[str, ...]:
    """The pool's names trimmed, without blanks or repeats, sorted."""
    return tuple(sorted({name.strip() for name in inspectors if name and name.strip()}))


def draw(population: Sequence[str], inspectors: Sequence[str], count: int, inspectors_per_nursery: int = 2,
         *, seed: str | int) -> DrawResult:
    """Draw `count` keys of `population` and give each `inspectors_per_nursery` inspectors (see module doc)."""
    seed_text = normalize_seed(seed)
    keys = canonical_population(population)
    pool = canonical_inspectors(inspectors)
    _check(len(keys), len(pool), count, inspectors_per_nursery)
    ranked = sorted(keys, key=lambda key: (_sha256(f"{seed_text}:{key}"), key))
    loads = dict.fromkeys(pool, 0)
    picks = []
    for position, key in enumerate(ranked[:count], start=1):
        team = _team(seed_text, position, loads, inspectors_per_nursery)
        picks.append(DrawPick(position, key, team))
    return DrawResult(seed_text, len(keys), _sha256("\n".join(keys)), pool, inspectors_per_nursery, tuple(picks))


def _team(seed: str, position: int, loads: dict[str, int], size: int) -> tuple[str, ...]:
    """The `size` least-loaded inspectors, ties broken by the hash of seed, position and name."""
    order = sorted(loads, key=lambda name: (loads[name], _sha256(f"{seed}:{position}:{name}"), name))
    team = tuple(order[:size])
    for name in team:
        loads[name] += 1
    return team


def check_request(population: int, pool: int, count: int, per_nursery: int) -> None:
    """Refuse a draw whose count, pool or inspectors per nursery cannot be met (before anything is frozen)."""
    _check(population, pool, count, per_nursery)


def _check(population: int, pool: int, count: int, per_nursery: int) -> None:
    if count <= 0:
        raise ValidationError(domain_text(QT_TRANSLATE_NOOP("DomainText", "抽取数量必须大于0。")), "count")
    if count > population:
        raise ValidationError(domain_text(QT_TRANSLATE_NOOP(
            "DomainText", "抽取数量（{count}家）超过抽取范围内的机构数（{population}家）。"), count=count,
            population=population), "count")
    if per_nursery <= 0:
        raise ValidationError(domain_text(QT_TRANSLATE_NOOP("DomainText", "每家机构的检查人员数必须大于0。")), "per_nursery")
    if pool < per_nursery:
        raise ValidationError(domain_text(QT_TRANSLATE_NOOP(
            "DomainText", "检查人员（{pool}名）少于每家机构所需的人数（{per_nursery}名）。"), pool=pool,
            per_nursery=per_nursery), "inspectors")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
