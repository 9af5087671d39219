"""Similar-nursery detection: names and addresses compared after normalisation."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workstation.db.orm import DuplicateDecision, Nursery
from workstation.domain.normalize import clean_text
from workstation.services.registry.duplicate_candidates import first_matching

_BRACKETS = re.compile(r"[()\[\]【】（）〔〕<>《》「」\s·.,，、\-—_#]")
_NAME_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "托育服务中心", "婴幼儿照护服务中心", "托育中心", "托育服务部",
    "托育服务", "托育园", "托育所", "托育点", "托育室", "托育", "中心", "公司",
)
# A branch named after its parent: 重庆爱童托育服务有限公司九龙分公司, 小星星托育园杨家坪第2分园. The parent's
# name ends in a legal form or a kind of establishment; a place (and a number) of up to 8 characters follows.
_BRANCH = re.compile(r"^(.+(?:公司|中心|园|所|部|室|点))[\u4e00-\u9fa5\d]{0,8}?分(?:公司|园|店|部|中心|所|点)$")
_REGION_PREFIX = re.compile(r"^(?:[\u4e00-\u9fa5]{2,3}[省市])?(?:[\u4e00-\u9fa5]{2,4}?[区县])?")
SIMILARITY_THRESHOLD = 0.85
# Rows compared at most per search: the first ones by id that share a run of the name or address.
CANDIDATES = 200


# Keyed by the text: a receipt compares the same nurseries' names and addresses over and over.
@lru_cache(maxsize=1 << 16)
def name_key(name: str, district_name: str = "") -> str:
    """Name without spaces, brackets, region prefix, a branch's place and 分公司/分园 (a branch has its
    parent's key) and common suffixes such as 有限公司/托育中心."""
    text = _BRACKETS.sub("", clean_text(name))
    if district_name:
        # 重庆市九龙坡区…, 九龙坡区…, 九龙坡…: the city and the district, with or without 区/县
        text = re.sub(r"^[\u4e00-\u9fa5]{2,3}市", "", text)
        short = re.sub(r"(?<=..)[区县市旗]$", "", district_name)
        for prefix in (district_name, short):
            if text.startswith(prefix) and len(text) > len(prefix) + 1:
                text = text[len(prefix):]
                break
    if branch := _BRANCH.match(text):
        text = branch.group(1)
    changed = True
    while changed:
        changed = False
        for suffix in _NAME_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix) + 1:
                text, changed = text[: -len(suffix)], True
    return text


@lru_cache(maxsize=1 << 16)
def address_key(address: str) -> str:
    """Address without spaces, brackets, punctuation and the city/district prefix."""
    text = _BRACKETS.sub("", clean_text(address))
    return _REGION_PREFIX.sub("", text)


def similar(a: str, b: str) -> bool:
    return _Key(a).similar(b)


class _Key:
    """A key compared with many others: its length and characters counted once."""

    def __init__(self, key: str) -> None:
        self.key, self.length = key, len(key)
        self._counts: Counter[str] | None = None

    def similar(self, other: str) -> bool:
        if not self.key or not other:
            return False
        if self.key == other:
            return True
        # SequenceMatcher's two quick ratios, upper bounds of ratio() computed as it computes them:
        # most candidates are ruled out before ratio().
        length = self.length + len(other)
        if 2.0 * min(self.length, len(other)) / length < SIMILARITY_THRESHOLD:
            return False
        if self._counts is None:
            self._counts = Counter(self.key)
        if 2.0 * (self._counts & Counter(other)).total() / length < SIMILARITY_THRESHOLD:
            return False
        return SequenceMatcher(None, self.key, other).ratio() >= SIMILARITY_THRESHOLD


@dataclass(frozen=True)
class SimilarNursery:
    id: int
    name: str
    uscc: str
    address: str
    legal_rep_name: str
    status_label: str
    matched_on: str  # "名称" | "地址" | "名称、地址"


def find_similar(session: Session, name: str, address: str, district_name: str,
                 exclude_id: int | None = None, limit: int = 10) -> list[SimilarNursery]:
    """Nurseries whose name or address is similar, minus those already judged different; the ones of
    the same (normalised) name first."""
    nkey, akey = name_key(name, district_name), address_key(address)
    runs = [("name", run) for run in _like_runs(nkey, 2)] + [("address", run) for run in _like_runs(akey, 4)]
    if not runs:
        return []
    decided = _decided_different(session, exclude_id)
    name_probe, address_probe = _Key(nkey), _Key(akey)
    hits: dict[int, str] = {}
    # Looked up on their own: the first candidates by id of a busy street's address could crowd them out.
    for nursery_id, _name, other_address in _same_name(session, name, nkey, district_name, exclude_id)[:limit]:
        if nursery_id not in decided:
            hits[nursery_id] = "名称、地址" if address_probe.similar(address_key(other_address)) else "名称"
    for nursery_id, other_name, other_address in first_matching(session, runs, CANDIDATES, exclude_id):
        if len(hits) >= limit:
            break
        if nursery_id in decided or nursery_id in hits:
            continue
        on = [label for label, hit in (("名称", name_probe.similar(name_key(other_name, district_name))),
                                       ("地址", address_probe.similar(address_key(other_address)))) if hit]
        if on:
            hits[nursery_id] = "、".join(on)
        if len(hits) == limit:
            break
    if not hits:
        return []
    rows = {row.id: row for row in session.execute(
        select(Nursery.id, Nursery.name, Nursery.uscc, Nursery.address, Nursery.legal_rep_name, Nursery.status)
        .where(Nursery.id.in_(hits)))}
    return [SimilarNursery(row.id, row.name, row.uscc or "", row.address, row.legal_rep_name, row.status.zh, on)
            for row, on in ((rows[nursery_id], on) for nursery_id, on in hits.items())]


def _same_name(session: Session, name: str, nkey: str, district_name: str, exclude_id: int | None) -> list:
    """The first nurseries by id whose normalised name is `nkey`: those named exactly `name` (ix_nursery_name)
    and those among the first candidates by id holding the key. (A short key such as 悦园, left of
    九龙坡区悦园托育园（个体工商户）, is held by hundreds of names: the exact one could be past the candidates.)"""
    run = nkey.replace("%", "").replace("_", "")
    if len(nkey) < 2 or not run:
        return []
    exact = select(Nursery.id, Nursery.name, Nursery.address).where(Nursery.name.in_({name, clean_text(name)}))
    if exclude_id is not None:
        exact = exact.where(Nursery.id != exclude_id)
    rows = {row.id: row for row in session.execute(exact.order_by(Nursery.id).limit(CANDIDATES))}
    rows.update((row.id, row) for row in first_matching(session, [("name", run)], CANDIDATES, exclude_id))
    return [rows[key] for key in sorted(rows) if name_key(rows[key].name, district_name) == nkey]


def _like_runs(key: str, min_len: int) -> list[str]:
    """What the key's LIKE patterns look for (`%run%`): the whole key, or its first and last three characters."""
    if len(key) < min_len:
        return []
    escaped = key.replace("%", "").replace("_", "")
    if len(escaped) <= 4:
        return [escaped]
    return [escaped[:3], escaped[-3:]]


def _decided_different(session: Session, nursery_id: int | None) -> set[int]:
    if nursery_id is None:
        return set()
    rows = session.execute(
        select(DuplicateDecision.nursery_id, DuplicateDecision.other_nursery_id).where(
            or_(DuplicateDecision.nursery_id == nursery_id, DuplicateDecision.other_nursery_id == nursery_id),
            DuplicateDecision.decision == "different",
        )
    )
    return {b if a == nursery_id else a for a, b in rows}
