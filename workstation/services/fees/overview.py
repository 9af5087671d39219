"""The district's current fees, one row per nursery (fees page list, 收费公示汇总表 register).

The queries live in db/repositories so that the exports package, which may not import
services, runs the very same query for the register. The fees page reads the list a page at
a time (`FeeOverviewQuery`): searched through the registry's index, filtered and sorted in SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.repositories.fee_overview import (
    OVERVIEW_SORT_KEYS,
    count_listed_in_one_read,
    count_listed_of_matches,
    count_listed_up_to,
    count_overview,
    listed_not_charging,
    overview_page,
)
from workstation.db.repositories.fees import (
    CHARGING,
    CurrentFees,
    count_current_fees,
    current_fees_by_nursery,
)
from workstation.db.search_index import planned_rows
from workstation.services.registry import NurseryTextFilter, nursery_text_filter

# A search listing more than this reads its page along the sort order (see _page_conditions).
DENSE_LISTED = 2000
# The fee list's count stops here on a server (overview_count_up_to); the lower bound it gives,
# FEE_COUNT_CAP + 1, must still read as "many" to _page_conditions.
FEE_COUNT_CAP = DENSE_LISTED
# A server's capped count tests the rows read when the planner expects this many times the cap to match.
WALK_FOR_COUNT_OVER = 5

__all__ = ["CHARGING", "FEE_COUNT_CAP", "OVERVIEW_SORT_KEYS", "FeeOverviewQuery", "count_current_fees",
           "capped_counts", "current_fees_by_nursery", "listed_not_charging", "overview_count", "overview_count_up_to", "overview_lists",
           "overview_rows"]


@dataclass(frozen=True)
class FeeOverviewQuery:
    """What the fee list shows: search text (name, alias, USCC … as the registry searches), the two
    flags, and the sort order (a key of OVERVIEW_SORT_KEYS)."""

    text: str = ""
    over_cap_only: bool = False
    unpublicised_only: bool = False
    sort_key: str = "name"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.sort_key not in OVERVIEW_SORT_KEYS:
            raise ValueError(f"unknown fee list sort key: {self.sort_key!r}")


# A search matching more than this (on SQLite) counts its non-charging matches along the status index.
WALK_NOT_CHARGING_FROM = 2000


def overview_count(session: Session, query: FeeOverviewQuery, as_of: dt.date,
                   listed_others: frozenset[int] | None = None) -> int:
    found = nursery_text_filter(session, query.text)
    ids = found.matching_ids()  # from the index: each match looked up, not every listed row tested
    if ids is not None and not (query.over_cap_only or query.unpublicised_only):
        if session.get_bind().dialect.name == "postgresql":
            others = listed_others if listed_others is not None else listed_not_charging(session, as_of)
            if others is not None:
                return count_listed_in_one_read(session, found.conditions(), others)
        # The index counts the matches; only those the list leaves out are looked up (a short term
        # is probed per left-out nursery rather than collected whole).
        matches = found.index_total(session)
        if found.dense(session):
            among = found.probe_conditions()
        elif matches > WALK_NOT_CHARGING_FROM and not found.search.row_grams:
            # Many matches (托育园: 8,400): the ~28,700 non-charging nurseries are read along their
            # status index, each tested in the set of matches once collected, instead of probing the
            # status index for each match under every non-charging status (托育园 12 -> 5.5 ms,
            # 有限公司 89 -> 16 ms CPU at 100,000 nurseries).
            among = found.walk_conditions()
        else:
            among = found.conditions()
        return count_listed_of_matches(session, as_of, matches, among, listed_others)
    return count_overview(session, as_of, [] if ids is not None else found.conditions(), matching_ids=ids,
                          over_cap_only=query.over_cap_only, unpublicised_only=query.unpublicised_only,
                          listed_others=listed_others)


def capped_counts(query: FeeOverviewQuery) -> bool:
    """Whether a server counts `query` up to a cap first (a search; the flags' counts are exact at once)."""
    return bool(query.text.strip()) and not (query.over_cap_only or query.unpublicised_only)


def overview_count_up_to(session: Session, query: FeeOverviewQuery, as_of: dt.date, cap: int,
                         listed_others: frozenset[int] | None = None) -> int | None:
    """A server's count of a search (capped_counts) up to `cap + 1`: its exact count reads every match's row,
    and the list shows its first page meanwhile. None when it is counted exactly instead (overview_count).

    A short term most nurseries hold (托: 72,000) is tested on the rows as they are read, which stops after
    `cap + 1` listed (~4 ms); through the grams index it would first collect all 72,000 (~25 ms).
    """
    others = listed_others if listed_others is not None else listed_not_charging(session, as_of)
    found = nursery_text_filter(session, query.text)
    if others is None or found.matching_ids() is None:
        return None
    if found.server_short_terms and planned_rows(session, select(Nursery.id).where(*found.conditions())) > \
            WALK_FOR_COUNT_OVER * cap:
        return count_listed_up_to(session, found.direct_conditions(), others, cap, by_index=False)
    return count_listed_up_to(session, found.conditions(), others, cap)


def overview_lists(session: Session, query: FeeOverviewQuery, as_of: dt.date, nursery_id: int) -> bool:
    """Whether the fee list for `query` shows nursery `nursery_id` (one nursery tested, not the list read)."""
    where = [Nursery.id == nursery_id, *nursery_text_filter(session, query.text).direct_conditions()]
    return count_overview(session, as_of, where, over_cap_only=query.over_cap_only,
                          unpublicised_only=query.unpublicised_only) > 0


# Sort keys that are the nursery's own indexed columns (a page can walk their index).
_NURSERY_SORT_KEYS = frozenset({"name", "street", "legal_nature", "inclusive"})


def overview_rows(session: Session, query: FeeOverviewQuery, as_of: dt.date, offset: int,
                  limit: int, listed: int | None = None) -> list[CurrentFees]:
    """`listed`: how many rows the query lists, when the caller has just counted them."""
    where = _page_conditions(session, nursery_text_filter(session, query.text), query, listed)
    return overview_page(session, as_of, where, over_cap_only=query.over_cap_only,
                         unpublicised_only=query.unpublicised_only, sort_key=query.sort_key,
                         descending=query.descending, offset=offset, limit=limit)


def _page_conditions(session: Session, found: NurseryTextFilter, query: FeeOverviewQuery,
                     listed: int | None) -> list[ColumnElement[bool]]:
    if found.dense(session):
        # A short term matching much of the district: probe each row along the sort order and stop
        # at the page's end, instead of collecting and sorting tens of thousands of matches.
        return found.probe_conditions()
    many = listed is not None and listed > DENSE_LISTED
    if many and found.server_short_terms:
        # On a server the grams index is priced at ~500 matches whatever the term: 托 (72,000) was
        # read whole and sorted (~150 ms). Tested with LIKE row by row, the planner walks the sort index.
        return found.direct_conditions()
    if many and found.indexed and not found.search.row_grams and query.sort_key in _NURSERY_SORT_KEYS:
        # As the registry pages a search of many matches: along the sort index, each row probed in
        # the set of matching ids, instead of reading every match (托育园: 6,000 nursery rows, each
        # a page to decrypt on an encrypted district) to sort them.
        return found.walk_conditions()
    return found.conditions()
