"""The first applications of a filing queue by deadline, then nursery name, without a nursery page per
candidate (issue #17: on an encrypted file every page read is decrypted).

The deadline's covering index gives each day's candidates (application and nursery ids) cheaply. A day with
few candidates is ordered by the join as before. A day with many (the next working day's ~1,600 receipts at
100,000 nurseries) is ordered by walking the nurseries' name index (ix_nursery_name_pinyin) from the start
and keeping the candidates' nurseries: about limit ÷ share entries of a dense index, instead of a wide
nursery row per candidate. Portable SQL: the start-up reader, the ORM's session and a server alike; the
order is the database's own (its ORDER BY name_pinyin), never re-sorted by Python's string order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from workstation.domain.counting import CLOSED

Rows = Callable[[str, tuple], Sequence[Sequence[Any]]]
WALK_OVER = 200  # candidates on one day above which the name index is walked
_BATCH = 2000  # name index entries per read of the walk


def first_by_due(rows: Rows, where: str, params: tuple, due: str, op: str, day: object, limit: int,
                 walk_over: int | None = None, closed_ids: Callable[[], set[int]] | None = None) -> list[int]:
    """Ids of the first `limit` applications (`a`) of open nurseries meeting `where` whose `due` is `op`
    ("<" or "=") `day`, by `due`, then the nursery's name_pinyin (NULL first), then id. (A day's own reads
    repeat no range term: with one the planner walks the range instead of the day.) `closed_ids`: the
    closed nurseries' ids, when the caller has them."""
    walk_over = WALK_OVER if walk_over is None else walk_over
    closed = tuple(sorted(status.value for status in CLOSED))
    marks = ", ".join("?" * len(closed))
    found: list[int] = []
    shut: set[int] | None = None
    for on, candidates in _days(rows, where, params, f"{due} {op} ?", (day,), due, limit):
        need = limit - len(found)
        if need <= 0:
            break
        if candidates <= walk_over:
            found += [r[0] for r in rows(
                f"SELECT a.id FROM filing_application AS a JOIN nursery AS n ON n.id = a.nursery_id "
                f"WHERE n.status NOT IN ({marks}) AND {where} AND {due} = ? "
                f"ORDER BY n.name_pinyin IS NOT NULL, n.name_pinyin, a.id LIMIT ?",  # (NULL first on a server too)
                (*closed, *params, on, need))]
            continue
        if shut is None:
            shut = closed_ids() if closed_ids is not None else \
                {r[0] for r in rows(f"SELECT id FROM nursery WHERE status IN ({marks})", closed)}
        by_nursery: dict[int, list[int]] = {}
        for app_id, nursery_id in rows(f"SELECT a.id, a.nursery_id FROM filing_application AS a "
                                       f"WHERE {where} AND {due} = ?", (*params, on)):
            if nursery_id not in shut:
                by_nursery.setdefault(nursery_id, []).append(app_id)
        found += _by_name(rows, by_nursery, need)
    return found[:limit]


def _days(rows: Rows, where: str, params: tuple, span: str, span_params: tuple, due: str, limit: int):
    """(day, candidates) by day within `span`, `limit` days per read (an overdue range spans hundreds)."""
    last = None
    while True:
        after, more = ("", ()) if last is None else (f" AND {due} > ?", (last,))
        days = rows(f"SELECT {due}, count(*) FROM filing_application AS a WHERE {where} AND {span}"
                    f"{after} GROUP BY {due} ORDER BY {due} LIMIT ?", (*params, *span_params, *more, limit))
        yield from days
        if len(days) < limit:
            return
        last = days[-1][0]


def _by_name(rows: Rows, by_nursery: dict[int, list[int]], need: int) -> list[int]:
    """The first `need` applications of `by_nursery` by their nursery's name_pinyin (NULL first), then id."""
    ranked: list[tuple[int, int]] = []  # (rank of the name in the index's order, application id)
    rank = 0

    def take(nursery_ids) -> None:
        for nursery_id in nursery_ids:
            ranked.extend((rank, app_id) for app_id in by_nursery.get(nursery_id, ()))

    take(r[0] for r in rows("SELECT id FROM nursery WHERE name_pinyin IS NULL", ()))
    last: str | None = None
    while len(ranked) < need:
        batch = rows("SELECT id, name_pinyin FROM nursery WHERE name_pinyin IS NOT NULL ORDER BY name_pinyin, id "
                     "LIMIT ?", (_BATCH,)) if last is None else \
            rows("SELECT id, name_pinyin FROM nursery WHERE name_pinyin > ? ORDER BY name_pinyin, id LIMIT ?",
                 (last, _BATCH))
        if not batch:
            break
        full = len(batch) == _BATCH
        if full:  # the last name may go on past the batch: read it whole
            last = batch[-1][1]
            batch = [r for r in batch if r[1] != last]
            batch += rows("SELECT id, name_pinyin FROM nursery WHERE name_pinyin = ? ORDER BY id", (last,))
        for index, (nursery_id, pinyin) in enumerate(batch):
            if index == 0 or pinyin != batch[index - 1][1]:
                if len(ranked) >= need:  # every later name sorts after those taken
                    return _ordered(ranked, need)
                rank += 1
            take((nursery_id,))
        last = batch[-1][1]
        if not full:
            break
    return _ordered(ranked, need)


def _ordered(ranked: list[tuple[int, int]], need: int) -> list[int]:
    return [app_id for _rank, app_id in sorted(ranked)[:need]]
