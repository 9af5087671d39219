"""How the registry's SQL is built: search terms, filters, sort order, and ways to fetch a page.

Search: a trigram full-text index for long terms, a table of characters and character pairs
for short ones, LIKE where neither exists.

On SQLite, terms of one or two characters go to the short-term table and longer ones to the
trigram table (their SQL: db/sqlite/search_index.py, behind db/search_index.py). Without these
tables (PostgreSQL, or SQLite built without trigram) a term uses LIKE over the base table: on
PostgreSQL an ILIKE (a LIKE for a term without letters) that the pg_trgm indexes of migration
20261204_0020 answer. Short terms on PostgreSQL: a condition on the row's grams, answered by the GIN
index of migration 20261205_0035 (`row_grams`, db/postgres/search_grams.py).

Counting LIKE matches reads every row, so the cost of a search lies in how its rows are
fetched in sort order (`Plan`, `choose_plan`): few matches are looked up and sorted; many are
found by walking the sort column's index, testing each entry against the set of matching
ids, or, when matches are dense, testing the row itself.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import (
    CTE,
    ColumnElement,
    CompoundSelect,
    Select,
    func,
    intersect,
    literal_column,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery, NurseryServiceType, Street
from workstation.db.planner_hints import not_by_id, nulls_as_on_sqlite
from workstation.db.search_index import (
    FTS_MIN_CHARS,
    FTS_TABLE,
    GRAM_TABLE,
    ascii_folded,
    fts_count,
    fts_ids,
    fts_phrase,
    gram_count,
    gram_ids,
    gram_probe,
    grams_held,
    search_indexes,
)
from workstation.domain.enums import (
    DemonstrationLevel,
    InstitutionKind,
    InstitutionStatus,
    LabelledEnum,
    LegalNature,
)
from workstation.domain.normalize import clean_text

if TYPE_CHECKING:
    from workstation.services.registry.listing import RegistryQuery

# The columns searched, in the order of the FTS table's columns.
SEARCH_COLUMNS: tuple[str, ...] = ("name", "alias", "uscc", "address", "legal_rep_name")
__all__ = ["FTS_MIN_CHARS", "FTS_TABLE", "GRAM_TABLE", "Plan", "TextSearch", "choose_plan", "enum_rank",
           "filter_conditions", "first_window", "fts_phrase", "has_fts_table", "has_gram_table",
           "has_row_grams", "in_cte",
           "matches_cte", "nursery_text_conditions", "order_by", "search_terms", "sort_expression"]
# Up to this many matches, a page looks the matching rows up and sorts them.
SMALL_RESULT = 2000
# A page is looked for by testing rows along the sort index when it is expected within
# this many index entries. Matches are not spread evenly (names sharing a brand sit
# together in name order), hence a small number.
DIRECT_WALK_MAX = 2000
# The first page of a search with short terms is first looked for among this many rows in
# sort order (dense terms fill it there; counting them reads every row anyway).
FIRST_WINDOW = 1000

# Enumerations sort in their declared order (e.g. the workflow order of statuses), not by code.
ENUM_SORT_KEYS: dict[str, type[LabelledEnum]] = {
    "legal_nature": LegalNature, "kind": InstitutionKind, "status": InstitutionStatus,
    "demonstration_level": DemonstrationLevel,
}

# LIKE (and lower() in SQL) fold ASCII letters only.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# "+ 0" keeps SQLite's planner from driving a query by the id, so it walks the sort index.
_UNINDEXED_ID = not_by_id(Nursery.id)


class Plan(enum.Enum):
    LIST = "list"  # look the matching ids up, sort them
    WALK = "walk"  # walk the sort index, probing the set of matching ids
    DIRECT = "direct"  # walk the sort index, testing every term with LIKE on each row
    PROBE = "probe"  # walk the sort index, probing the short-term index for each entry


def search_terms(text_: str | None) -> tuple[str, ...]:
    """The terms of what the user typed: half-width, whitespace-separated, duplicates dropped."""
    terms = clean_text(text_).split(" ")
    return tuple(dict.fromkeys(t for t in terms if t))


def has_fts_table(conn: Connection) -> bool:
    """True when the trigram index exists (created on SQLite with trigram support only)."""
    return search_indexes(conn).fts


def has_gram_table(conn: Connection) -> bool:
    """True when the index of short terms exists (created on SQLite only)."""
    return search_indexes(conn).grams


def has_row_grams(conn: Connection) -> bool:
    """True when short terms are answered by an index of the rows' grams (PostgreSQL)."""
    return search_indexes(conn).row_grams


def choose_plan(search: TextSearch, total: int | None, table_rows: int, window_end: int) -> Plan:
    """How to fetch rows up to `window_end` of a search with `total` matches among `table_rows`."""
    if total is None:
        return Plan.WALK
    if total <= SMALL_RESULT:
        return Plan.LIST
    expected_walk = window_end * table_rows / max(total, 1)
    if search.indexed and not search.row_grams:
        # Dense short terms: a few index probes per row shown beat collecting every matching id
        # (tens of thousands of index entries, each page of them decrypted on an encrypted file).
        if search.fts_query is None and expected_walk <= DIRECT_WALK_MAX:
            return Plan.PROBE
        return Plan.WALK  # the indexes hand over the matching ids cheaply
    return Plan.DIRECT if expected_walk <= DIRECT_WALK_MAX else Plan.WALK


@dataclass(frozen=True)
class TextSearch:
    """The search box's text: one FTS query for the long terms, the short-term index for the
    short ones (`gram_terms`), LIKE for terms no index answers.

    `fold_case` makes LIKE case-insensitive where the database's LIKE is not (SQLite's
    already ignores ASCII case, so a USCC typed in lower case matches there without it).
    """

    fts_query: str | None
    like_terms: tuple[str, ...]
    fold_case: bool = False
    terms: tuple[str, ...] = ()  # every term, for testing rows one by one
    gram_terms: tuple[str, ...] = ()  # short terms, as stored in the short-term index
    row_grams: bool = False  # short terms tested on the row's indexed grams (PostgreSQL), not a table

    @classmethod
    def parse(cls, text_: str | None, *, use_fts: bool, fold_case: bool, use_grams: bool = False,
              row_grams: bool = False) -> TextSearch:
        terms = search_terms(text_)
        long_terms = [t for t in terms if use_fts and len(t) >= FTS_MIN_CHARS]
        fts_query = " ".join(fts_phrase(t) for t in long_terms) or None  # phrases are ANDed
        short = [t for t in terms if (use_grams or row_grams) and len(t) < FTS_MIN_CHARS]
        like = tuple(t for t in terms if t not in long_terms and t not in short)
        grams = tuple(dict.fromkeys(t.translate(_ASCII_LOWER) for t in short))
        return cls(fts_query, like, fold_case, terms, grams, row_grams)

    @property
    def active(self) -> bool:
        return bool(self.terms)

    @property
    def indexed(self) -> bool:
        """Every term is answered by an index (no LIKE over the table)."""
        return self.active and not self.like_terms

    def gram_ids(self, gram: str) -> Select:
        """Ids of the nurseries whose searched fields hold the one or two characters `gram`."""
        if self.row_grams:
            return select(Nursery.id).where(grams_held([gram]))
        return gram_ids(gram)

    def index_count(self) -> Select:
        """Count of an index-only search without filters (no row of the table read)."""
        if self.row_grams:  # PostgreSQL: a bitmap of the grams index (pages all-visible are not read)
            return select(func.count()).select_from(Nursery).where(*self.match_conditions())
        if self.fts_query is not None and not self.gram_terms:
            return self.fts_count()
        if self.fts_query is None and len(self.gram_terms) == 1:
            return gram_count(self.gram_terms[0])
        return select(func.count()).select_from(self.matching_ids().subquery())

    def fts_ids(self) -> Select:
        """Rowids the FTS query matches (only when there is one)."""
        return fts_ids(self.fts_query)

    def fts_count(self) -> Select:
        """Count of an FTS-only search without filters, answered by the index alone."""
        return fts_count(self.fts_query)

    def match_conditions(self) -> list[ColumnElement[bool]]:
        """Conditions a matching row satisfies, using the FTS index where it can."""
        fts = [] if self.fts_query is None else [Nursery.id.in_(self.fts_ids())]
        if self.row_grams:
            grams = [grams_held(self.gram_terms)] if self.gram_terms else []
        else:
            grams = [Nursery.id.in_(self.gram_ids(gram)) for gram in self.gram_terms]
        return [*fts, *grams, *(self._like(term) for term in self.like_terms)]

    def matching_ids(self) -> Select | CompoundSelect:
        """Ids of the matching nurseries; from the indexes alone when they answer every term."""
        if self.indexed and not self.row_grams:  # reading each row would only confirm that it exists
            found = [*([self.fts_ids()] if self.fts_query is not None else []),
                     *(self.gram_ids(gram) for gram in self.gram_terms)]
            return found[0] if len(found) == 1 else intersect(*found)
        return select(Nursery.id).where(*self.match_conditions())

    def direct_conditions(self) -> list[ColumnElement[bool]]:
        """Every term tested with LIKE on the row itself (no index: for testing few rows)."""
        return [self._like(term) for term in self.terms]

    def page_conditions(self, plan: Plan) -> list[ColumnElement[bool]]:
        """WHERE conditions for fetching a page the way `plan` says."""
        if plan is Plan.DIRECT:
            return self.direct_conditions()
        if plan is Plan.PROBE:
            return [gram_probe(gram, _UNINDEXED_ID) for gram in self.gram_terms]
        if self.row_grams and plan is Plan.LIST:  # few matches: the server reads them from the index
            return self.match_conditions()
        return [(Nursery.id if plan is Plan.LIST else _UNINDEXED_ID).in_(self.matching_ids())]

    def _like(self, term: str) -> ColumnElement[bool]:
        # A USCC holds only ASCII letters and digits: other terms need not test it.
        names = [c for c in SEARCH_COLUMNS if c != "uscc" or term.isascii()]
        columns = [getattr(Nursery, name) for name in names]
        if self.row_grams and len(term) < FTS_MIN_CHARS:  # the row by row test of what the grams index holds
            folded = term.translate(_ASCII_LOWER)
            if _cased(term):
                columns = [ascii_folded(c) for c in columns]
            return or_(*(c.contains(folded, autoescape=True) for c in columns))
        if self.fold_case and _cased(term):
            return or_(*(c.icontains(term, autoescape=True) for c in columns))
        return or_(*(c.contains(term, autoescape=True) for c in columns))


def _cased(term: str) -> bool:
    """The term holds a letter with another case (a term of Chinese characters and digits has none:
    LIKE finds what ILIKE finds, without folding every row's text)."""
    return any(c.lower() != c or c.upper() != c or c.isascii() and c.isalpha() for c in term)


def first_window(filters: list[ColumnElement[bool]], order: list[ColumnElement],
                 size: int | None = None) -> ColumnElement[bool]:
    """The first `size` (FIRST_WINDOW) rows in sort order (a bounded place to look for the first page)."""
    ids = select(Nursery.id).where(*filters).order_by(*order).limit(size or FIRST_WINDOW)
    return Nursery.id.in_(ids)


def matches_cte(search: TextSearch, filters: list[ColumnElement[bool]]) -> CTE:
    """The matching ids computed once per statement, for both the count and a page."""
    if filters:
        matching = select(Nursery.id).where(*search.match_conditions(), *filters)
    else:
        matching = search.matching_ids()
    return matching.cte("registry_matches").prefix_with("MATERIALIZED")


def in_cte(matches: CTE) -> ColumnElement[bool]:
    """The row is in `matches`, tested along the sort index."""
    return _UNINDEXED_ID.in_(select(matches.c.id))


def filter_conditions(query: RegistryQuery) -> list[ColumnElement[bool]]:
    """WHERE conditions of the query's filters (the search text aside).

    Enumerations are compared through their rank, so the expression index that sorts them
    also finds them (no separate index per enumeration column).
    """
    conditions: list[ColumnElement[bool]] = []
    if query.street_code is not None:
        street_id = select(Street.id).where(Street.code == query.street_code).scalar_subquery()
        conditions.append(Nursery.street_id == street_id)
    for key in ("legal_nature", "kind", "status"):
        value = getattr(query, key)
        if value is not None:
            conditions.append(enum_rank(key, ENUM_SORT_KEYS[key]) == _rank(value))
    if query.inclusive is not None:
        conditions.append(Nursery.inclusive == query.inclusive)
    if query.demonstration is not None:
        level = enum_rank("demonstration_level", DemonstrationLevel)
        conditions.append(level >= 0 if query.demonstration else level == -1)
    if query.service_type is not None:
        offered = select(NurseryServiceType.nursery_id).where(NurseryServiceType.service_type == query.service_type)
        conditions.append(_UNINDEXED_ID.in_(offered))
    return conditions


def _rank(member: LabelledEnum) -> int:
    return list(type(member)).index(member)


def order_by(query: RegistryQuery) -> list[ColumnElement]:
    """ORDER BY terms: the sort key, then the id in the same direction as the tie-breaker."""
    keys = [] if query.sort_key == "id" else [sort_expression(query.sort_key)]
    keys.append(Nursery.id)
    terms = [key.desc() if query.descending else key.asc() for key in keys]
    if _nullable(keys[0]):  # NULLs in the same place on every engine
        terms[0] = nulls_as_on_sqlite(terms[0])
    return terms


def _nullable(key: ColumnElement) -> bool:
    if key is Nursery.name_pinyin:  # filled from the name (never NULL) on every write: the index is walked as is
        return False
    return bool(getattr(key, "nullable", False)) and getattr(key, "table", None) is Nursery.__table__


def sort_expression(key: str) -> ColumnElement:
    if key == "street":
        return Nursery.street_id
    if key in ENUM_SORT_KEYS:
        return enum_rank(key, ENUM_SORT_KEYS[key])
    if key == "name":
        return Nursery.name_pinyin  # pinyin order on every engine (domain/pinyin_order.py)
    return getattr(Nursery, key)


_CODE = re.compile(r"^[A-Z_]+$")


def enum_rank(column: str, enum_cls: type[LabelledEnum]) -> ColumnElement[int]:
    """The member's position in `enum_cls` (-1 for NULL), written out literally so that it
    equals the expression index of migration 20261123_0003 and SQLite walks that index."""
    values = [member.value for member in enum_cls]
    assert all(_CODE.match(v) for v in values)  # literal SQL: codes only
    whens = " ".join(f"WHEN '{value}' THEN {rank}" for rank, value in enumerate(values))
    return literal_column(f"CASE nursery.{column} {whens} ELSE -1 END")


def nursery_text_conditions(session: Session, text_: str | None) -> list[ColumnElement[bool]]:
    """WHERE conditions on Nursery for what the user typed, through the registry's search index
    (other areas' lists search nurseries the way the registry does). Empty for blank text."""
    use_fts = has_fts_table(session.connection())
    fold_case = session.get_bind().dialect.name != "sqlite"
    search = TextSearch.parse(text_, use_fts=use_fts, fold_case=fold_case)
    return search.match_conditions() if search.active else []
