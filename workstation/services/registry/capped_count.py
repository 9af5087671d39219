"""The registry's count up to a cap: enough to tell "at most N" from "more than N" at once.

Counting every match of a term most nurseries hold costs a server ~50 ms a keystroke (the
trigram index hands over candidates that are each tested again); stopping at the cap costs a
millisecond or two. The exact count is then taken later, off the window's thread.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.search_index import index_count_of
from workstation.services.registry.search import TextSearch

# More matches than this and the count is left for later ("超过 1,000 家").
COUNT_CAP = 1000


def capped_count(session: Session, search: TextSearch, filters: list[ColumnElement[bool]], cap: int) -> int:
    """The number of matches, or `cap + 1` when there are more than `cap`."""
    if search.indexed and not filters and not search.row_grams:
        matching: Select = search.matching_ids()  # SQLite: the index tables alone, no row read
    else:
        matching = select(Nursery.id).where(*search.match_conditions(), *filters)
    stmt = select(func.count()).select_from(matching.limit(cap + 1).subquery())
    if search.row_grams and search.gram_terms:
        return index_count_of(session, stmt)  # through the grams index, never a scan computing grams
    return int(session.scalar(stmt) or 0)
