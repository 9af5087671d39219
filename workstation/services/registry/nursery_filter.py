"""Search of nurseries for other areas' lists (the fee list), through the registry's indexes.

`nursery_text_conditions` gives IN (ids) conditions: right when few nurseries match. A short term
often matches most of the district (托: 50,000 of 100,000): collecting and sorting those ids cost a
fee list keystroke about 200 ms. `NurseryTextFilter` also tells how many the index holds, offers the
same test as a probe of the short-term index per row (a page is then read along the sort index and
stops at its last row), and the matching ids on their own, to drive a count from the index.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.search_index import gram_count, gram_probe, index_count_of
from workstation.services.registry.search import (
    Plan,
    TextSearch,
    has_fts_table,
    has_gram_table,
    has_row_grams,
)

# More index entries than this and a page is read along the sort order, probing each row.
DENSE = 2000


@dataclass(frozen=True)
class NurseryTextFilter:
    search: TextSearch
    # Postings per short term, counted once per filter (a fee list keystroke counted 托's 50,000 twice)
    _gram_counts: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def active(self) -> bool:
        return self.search.active

    @property
    def indexed(self) -> bool:
        """Every term is answered by an index (no LIKE over the table)."""
        return self.search.indexed

    def conditions(self) -> list[ColumnElement[bool]]:
        """The row's id is among the matches (collected once per statement)."""
        return self.search.match_conditions() if self.active else []

    def probe_conditions(self) -> list[ColumnElement[bool]]:
        """The same test made row by row: short terms probe the index for (term, row)."""
        if not self.active:
            return []
        if self.search.row_grams:  # already a test of the row's own grams
            return self.conditions()
        grams = [gram_probe(gram, Nursery.id) for gram in self.search.gram_terms]
        rest = TextSearch(self.search.fts_query, self.search.like_terms, self.search.fold_case,
                          self.search.terms, ())
        return [*grams, *rest.match_conditions()]

    @property
    def server_short_terms(self) -> bool:
        """Short terms answered by the server's grams index (priced at ~500 matches whatever the term)."""
        return self.search.row_grams and bool(self.search.gram_terms)

    def direct_conditions(self) -> list[ColumnElement[bool]]:
        """Every term tested with LIKE on the row (priced right by a server's planner): for walking a
        sort index through a search that matches many rows."""
        return self.search.direct_conditions() if self.active else []

    def walk_conditions(self) -> list[ColumnElement[bool]]:
        """The row's id probed in the set of matching ids, written so that SQLite walks the sort
        index (the registry's Plan.WALK): for a search matching many rows."""
        return self.search.page_conditions(Plan.WALK) if self.active else []

    def matching_ids(self) -> Select | None:
        """The ids from the indexes alone (None when a term needs LIKE or nothing is typed)."""
        return self.search.matching_ids() if self.indexed else None

    def dense(self, session: Session) -> bool:
        """A short term the index holds for more than DENSE nurseries."""
        if not self.search.gram_terms or self.search.row_grams:
            return False
        return min(self._postings(session, gram) for gram in self.search.gram_terms) > DENSE

    def index_total(self, session: Session) -> int:
        """How many nurseries the indexes alone match (as `search.index_count()` counts them)."""
        search = self.search
        if search.fts_query is None and len(search.gram_terms) == 1 and not search.row_grams:
            return self._postings(session, search.gram_terms[0])  # (the very statement dense() sends)
        return index_count_of(session, search.index_count())

    def _postings(self, session: Session, gram: str) -> int:
        if gram not in self._gram_counts:
            self._gram_counts[gram] = int(session.scalar(gram_count(gram)) or 0)
        return self._gram_counts[gram]


def nursery_text_filter(session: Session, text_: str | None) -> NurseryTextFilter:
    """What the user typed as the registry searches it (blank text: an inactive filter)."""
    conn = session.connection()
    fold_case = session.get_bind().dialect.name != "sqlite"
    return NurseryTextFilter(TextSearch.parse(text_, use_fts=has_fts_table(conn), fold_case=fold_case,
                                              use_grams=has_gram_table(conn), row_grams=has_row_grams(conn)))

