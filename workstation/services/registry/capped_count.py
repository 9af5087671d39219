"""The registry's count up to a cap: enough to tell "at most N" from "more than N" at once.

Counting every match of a term most nurseries hold costs a server ~50 ms a keystroke (the
trigram index hands over candidates that are each tested again); stopping at the cap costs a
millisecond or two. The exact count is then taken later, off the window's thread.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, func, literal, select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.search_index import planned_rows
from workstation.services.registry.search import TextSearch

# More matches than this and the count is left for later ("超过 1,000 家").
COUNT_CAP = 1000
# A server's short terms planned to match more than this many times the cap (a fifth of a 100,000-nursery
# district) are counted up to the cap: the first `cap + 1` matches are then a few thousand rows in, and the
# first page lies in the first rows in sort order. Sparser terms (小: 16 %) took the walk 300 ms for the page.
WALK_FOR_COUNT_OVER = 20


def counted_at_once(session: Session, search: TextSearch, filters: list[ColumnElement[bool]], cap: int) -> bool:
    """Whether a search is counted exactly at once: every term one or two characters, and an index that
    counts them cheaply. SQLite's postings do, whatever the term. A server's grams bitmap does for a rare
    term; one most nurseries hold (托: 72,000 of 100,000) makes it visit every match's row (25-70 ms a
    keystroke), while testing the rows as they are read stops after `cap + 1` matches (~2 ms): a term
    the planner expects to match more than `WALK_FOR_COUNT_OVER * cap` rows is counted that way."""
    if not (search.indexed and search.fts_query is None and search.gram_terms):
        return False
    if not search.row_grams:
        return True
    matching = select(Nursery.id).where(*search.match_conditions(), *filters)
    return planned_rows(session, matching) <= WALK_FOR_COUNT_OVER * cap


def capped_count(session: Session, search: TextSearch, filters: list[ColumnElement[bool]], cap: int) -> int:
    """The number of matches, or `cap + 1` when there are more than `cap`."""
    if search.row_grams:
        # PostgreSQL: LIKE on the rows (trigram indexes find long terms; a short term is tested on
        # those rows): a plan that computes each row's grams for the test costs ~0.1 ms a row.
        matching: Select = select(literal(1)).select_from(Nursery).where(*search.direct_conditions(), *filters)
    elif search.indexed and not filters:
        matching = search.matching_ids()  # SQLite: the index tables alone, no row read
    else:
        matching = select(Nursery.id).where(*search.match_conditions(), *filters)
    return int(session.scalar(select(func.count()).select_from(matching.limit(cap + 1).subquery())) or 0)
