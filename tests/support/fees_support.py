"""A stand-in for FeeService's paged fee list: serves given rows and records what it was asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from workstation.services.fees import CurrentFees, FeeOverviewQuery


class FakeFeeOverview:
    """overview_count / overview_page over `rows` (search by name, the two flags); no sorting of its own."""

    def __init__(self, rows: Sequence[CurrentFees]) -> None:
        self.rows = list(rows)
        self.counts: list[FeeOverviewQuery] = []
        self.pages: list[tuple[FeeOverviewQuery, int, int]] = []
        self.counted_with: list[frozenset[int] | None] = []
        self.listed_asked: list[dt.date | None] = []
        self.listed_given: list[int | None] = []  # the count the model passed with each page

    def _matching(self, query: FeeOverviewQuery) -> list[CurrentFees]:
        return [r for r in self.rows if query.text in r.name and (not query.over_cap_only or r.over_cap)
                and (not query.unpublicised_only or (r.schedule_id is not None and not r.publicised))]

    def overview_count(self, query: FeeOverviewQuery, as_of: dt.date | None = None, *,
                       kept: dict[dt.date, frozenset[int] | None] | None = None) -> int:
        self.counts.append(query)
        if kept is not None and as_of not in kept:
            self.listed_asked.append(as_of)  # the service looks the listed non-charging nurseries up
            kept[as_of] = frozenset()
        self.counted_with.append(None if kept is None else kept[as_of])
        return len(self._matching(query))

    def overview_count_up_to(self, query: FeeOverviewQuery, as_of: dt.date | None = None, *, cap: int,
                             kept: dict[dt.date, frozenset[int] | None] | None = None) -> tuple[int, bool]:
        """As a file's service: always the exact count (a server's capped count: test_fees_count_later)."""
        return self.overview_count(query, as_of, kept=kept), True

    def overview_page(self, query: FeeOverviewQuery, offset: int, limit: int,
                      as_of: dt.date | None = None, *, listed: int | None = None) -> list[CurrentFees]:
        self.pages.append((query, offset, limit))
        self.listed_given.append(listed)
        return self._matching(query)[offset:offset + limit]
