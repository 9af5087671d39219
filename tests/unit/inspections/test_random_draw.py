"""双随机 draw (domain): reproducible, fair to the rules, refusals; properties over random populations."""

from __future__ import annotations

import hashlib
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.domain.errors import ValidationError
from workstation.domain.random_draw import (
    METHOD,
    canonical_inspectors,
    draw,
    new_seed,
    normalize_seed,
    population_digest,
)

POPULATION = [f"91500107MA{n:08d}" for n in range(40)]
POOL = ["张三", "李四", "王五", "赵六", "钱七"]


def picked(result) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.key, p.inspectors) for p in result.picks]


def test_same_seed_and_population_in_any_order_gives_the_same_draw():
    first = draw(POPULATION, POOL, 10, seed="20250930")
    shuffled = POPULATION[:]
    random.Random(1).shuffle(shuffled)
    again = draw(shuffled, list(reversed(POOL)), 10, seed="20250930")
    assert picked(again) == picked(first)
    assert again.population_digest == first.population_digest
    assert [p.position for p in first.picks] == list(range(1, 11))


def test_int_seed_equals_its_text():
    assert picked(draw(POPULATION, POOL, 5, seed=42)) == picked(draw(POPULATION, POOL, 5, seed=" 42 "))


def test_different_seeds_draw_different_nurseries():
    draws = {tuple(p.key for p in draw(POPULATION, POOL, 10, seed=f"seed-{n}").picks) for n in range(20)}
    assert len(draws) == 20


def test_the_method_is_the_published_hash_ordering():
    """Redo the draw by hand as the printed explanation says (guards against silent method changes)."""
    seed = "123456789012"
    by_hand = sorted(POPULATION, key=lambda key: hashlib.sha256(f"{seed}:{key}".encode()).hexdigest())[:3]
    result = draw(POPULATION, POOL, 3, seed=seed)
    assert [p.key for p in result.picks] == by_hand
    first_team = sorted(sorted(POOL), key=lambda n: hashlib.sha256(f"{seed}:1:{n}".encode()).hexdigest())[:2]
    assert result.picks[0].inspectors == tuple(first_team)
    assert result.method == METHOD
    assert result.population_digest == hashlib.sha256("\n".join(sorted(POPULATION)).encode()).hexdigest()


def test_pinned_result_stays_the_same_across_versions():
    result = draw(["A", "B", "C", "D", "E"], ["甲", "乙", "丙"], 3, seed="fixed")
    expected = sorted("ABCDE", key=lambda k: hashlib.sha256(f"fixed:{k}".encode()).hexdigest())[:3]
    assert [p.key for p in result.picks] == expected
    assert result.loads() == {"甲": 2, "乙": 2, "丙": 2}


def test_no_nursery_twice_and_teams_distinct_and_balanced():
    result = draw(POPULATION, POOL, 13, 2, seed="s")
    keys = [p.key for p in result.picks]
    assert len(set(keys)) == 13
    assert all(len(set(p.inspectors)) == 2 for p in result.picks)
    loads = result.loads()
    assert sum(loads.values()) == 26
    assert max(loads.values()) - min(loads.values()) <= 1


def test_teams_are_not_fixed_pairs():
    result = draw(POPULATION, ["甲", "乙", "丙", "丁"], 20, 2, seed="pairs")
    assert len({frozenset(p.inspectors) for p in result.picks}) > 2


def test_the_whole_population_can_be_drawn():
    result = draw(POPULATION, POOL, len(POPULATION), seed="all")
    assert sorted(p.key for p in result.picks) == sorted(POPULATION)


@pytest.mark.parametrize(("count", "inspectors", "per", "message"), [
    (0, POOL, 2, "抽取数量必须大于0"),
    (-1, POOL, 2, "抽取数量必须大于0"),
    (41, POOL, 2, "超过抽取范围内的机构数（40家）"),
    (3, ["张三"], 2, "检查人员（1名）少于每家机构所需的人数（2名）"),
    (3, ["张三", " 张三 ", ""], 2, "检查人员（1名）"),
    (3, POOL, 0, "每家机构的检查人员数必须大于0"),
])
def test_refusals(count, inspectors, per, message):
    with pytest.raises(ValidationError, match=message.replace("（", r"\（").replace("）", r"\）")):
        draw(POPULATION, inspectors, count, per, seed="x")


def test_seed_and_population_refusals():
    with pytest.raises(ValidationError, match="随机种子不能为空"):
        draw(POPULATION, POOL, 1, seed="  ")
    with pytest.raises(ValidationError, match="不能超过64个字符"):
        normalize_seed("9" * 65)
    with pytest.raises(ValidationError, match="出现了两次"):
        draw(["A", "B", "A"], POOL, 1, seed="x")


def test_new_seeds_are_twelve_digits_and_differ():
    seeds = {new_seed() for _ in range(20)}
    assert len(seeds) == 20 and all(len(s) == 12 and s.isdigit() for s in seeds)


def test_canonical_inspectors_and_digest_ignore_order():
    assert canonical_inspectors([" 李四", "张三", "李四", ""]) == ("张三", "李四")  # by code point
    assert population_digest(["B", "A"]) == population_digest(["A", "B"]) != population_digest(["A", "C"])


@settings(max_examples=150, deadline=None)
@given(population=st.sets(st.text(min_size=1, max_size=20), min_size=1, max_size=60),
       pool=st.sets(st.text(alphabet="张王李赵钱孙周吴郑陈abc", min_size=1, max_size=4), min_size=1, max_size=9),
       data=st.data(), seed=st.one_of(st.integers(min_value=0), st.text(min_size=1, max_size=30).filter(str.strip)))
def test_properties_over_random_populations(population, pool, data, seed):
    keys = sorted(population)
    count = data.draw(st.integers(min_value=1, max_value=len(keys)), label="count")
    per = data.draw(st.integers(min_value=1, max_value=len(pool)), label="per")
    result = draw(keys, sorted(pool), count, per, seed=seed)
    again = draw(list(reversed(keys)), list(pool), count, per, seed=seed)
    assert picked(result) == picked(again)  # input order never matters
    drawn = [p.key for p in result.picks]
    assert len(drawn) == count and len(set(drawn)) == count and set(drawn) <= population
    assert all(len(p.inspectors) == per and len(set(p.inspectors)) == per for p in result.picks)
    assert all(set(p.inspectors) <= pool for p in result.picks)
    loads = result.loads()
    assert max(loads.values()) - min(loads.values()) <= 1
    assert result.population_size == len(keys)
