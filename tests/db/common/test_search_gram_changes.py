"""The short-term index's net gram changes of a row, computed from where its values differ, equal the
difference of the full gram sets (what the import wrote before, and what the triggers write)."""

from __future__ import annotations

import random

from workstation.db.sqlite.search_grams import gram_changes, grams_of

ALPHABET = "托育中心重庆市九龙坡区杨家坪街道号附（）ABcab12 \x00"  # NUL: it separates values in one test


def by_full_sets(old, now, positions):
    """Every gram of the changed old values less every gram of the new ones (and the reverse), less the
    grams an unchanged field holds."""
    pairs = list(zip(old, now, strict=True))
    before = grams_of([a for a, b in pairs if a != b], positions)
    after = grams_of([b for a, b in pairs if a != b], positions)
    kept = grams_of([a for a, b in pairs if a == b], positions)
    return before - after - kept, after - before - kept


def value(rng: random.Random) -> str | None:
    if rng.random() < 0.1:
        return None
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))


def edited(rng: random.Random, text: str | None) -> str | None:
    """Another value, mostly close to `text`: appended to, cut, edited at the end or the start, re-cased."""
    base = text or ""
    kind = rng.randrange(6)
    if kind == 0:
        return base + (value(rng) or "") if rng.random() < 0.9 else None
    if kind == 1:
        return base[:rng.randint(0, len(base))]
    if kind == 2:
        cut = rng.randint(0, len(base))
        return base[:cut] + (value(rng) or "") + base[cut + rng.randint(0, 3):]
    if kind == 3:
        return (value(rng) or "") + base
    if kind == 4:
        return base.swapcase()
    return value(rng)


def test_gram_changes_equal_the_difference_of_the_full_gram_sets():
    rng = random.Random(20261204)
    for _ in range(4000):
        old = [value(rng) for _ in range(5)]
        now = [edited(rng, a) if rng.random() < 0.5 else a for a in old]
        positions = rng.choice((3, 6, 10, 1000))
        assert gram_changes(old, now, positions) == by_full_sets(old, now, positions), (old, now, positions)


def test_an_appended_address_adds_only_its_new_grams():
    old = ["托育中心", None, "91500107MA0000001X", "重庆市九龙坡区1号", "张三"]
    now = [*old[:3], "重庆市九龙坡区1号（2）", "张三"]
    assert gram_changes(old, now, 1000) == (set(), {"（", "2", "）", "号（", "（2", "2）"})


def test_grams_fold_ascii_letters_only_as_sqlite_lower_does():
    assert grams_of(["ＡBc托"], 10) == {"Ａ", "b", "c", "托", "Ａb", "bc", "c托"}
