"""The registry (机构名册): every nursery, filtered, searched and sorted, one page at a time.

Nothing here loads the whole table: the caller asks for the number of matching rows and
for pages of them. Sorting always ends with the id so pages never overlap or skip rows.
Every sort key has an index ending in the id (migration 20261123_0003), so a page of an
unfiltered registry is an index walk whatever the column.
"""

from __future__ import annotations

import datetime as dt
import time
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import Nursery, Street
from workstation.db.search_index import index_count_of, unhurried
from workstation.domain.enums import (
    DemonstrationLevel,
    InstitutionKind,
    InstitutionStatus,
    LegalNature,
    ServiceType,
)
from workstation.domain.permissions import Action
from workstation.services.common.accounts_live import current
from workstation.services.common.context import Actor
from workstation.services.common.uow import require
from workstation.services.district import StreetInfo
from workstation.services.registry import search as search_sql
from workstation.services.registry.capped_count import COUNT_CAP, capped_count, counted_at_once
from workstation.services.registry.search import (
    ENUM_SORT_KEYS,
    Plan,
    TextSearch,
    choose_plan,
    filter_conditions,
    first_window,
    has_fts_table,
    has_gram_table,
    has_row_grams,
    in_cte,
    matches_cte,
    order_by,
)

__all__ = ["COUNT_CAP", "ENUM_SORT_KEYS", "SORT_KEYS", "RegistryFirstPage", "RegistryQuery", "RegistryRow",
           "RegistryService", "filter_conditions", "order_by"]

# Keys the registry can sort by (a whitelist: a key never reaches SQL as text).
# "street" sorts by the street's record, i.e. in the order the district's streets were set up.
SORT_KEYS: tuple[str, ...] = (
    "id", "name", "alias", "uscc", "legal_nature", "kind", "status", "street", "address",
    "legal_rep_name", "places_total", "places_inclusive", "inclusive", "demonstration_level", "updated_at",
)
@dataclass(frozen=True)
class RegistryQuery:
    """What the registry shows: search text, filters (None = any) and the sort order."""

    text: str = ""
    street_code: str | None = None
    legal_nature: LegalNature | None = None
    kind: InstitutionKind | None = None
    status: InstitutionStatus | None = None
    service_type: ServiceType | None = None
    inclusive: bool | None = None
    demonstration: bool | None = None
    sort_key: str = "name"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.sort_key not in SORT_KEYS:
            raise ValueError(f"unknown registry sort key: {self.sort_key!r}")


@dataclass(frozen=True)
class RegistryRow:
    """One line of the registry."""

    id: int
    name: str
    alias: str
    uscc: str | None
    legal_nature: LegalNature
    kind: InstitutionKind
    status: InstitutionStatus
    street_name: str | None
    address: str
    legal_rep_name: str
    places_total: int
    places_inclusive: int
    inclusive: bool
    demonstration_level: DemonstrationLevel | None
    updated_at: dt.datetime


_ROW_COLUMNS = (
    Nursery.id, Nursery.name, Nursery.alias, Nursery.uscc, Nursery.legal_nature, Nursery.kind,
    Nursery.status, Street.name, Nursery.address, Nursery.legal_rep_name, Nursery.places_total,
    Nursery.places_inclusive, Nursery.inclusive, Nursery.demonstration_level, Nursery.updated_at,
)


@dataclass(frozen=True)
class RegistryFirstPage:
    """The number of matching nurseries and the first rows of them.

    `exact` False: more than the count cap match; `total` is then the cap + 1, a lower bound
    (the exact number comes from count()).
    """

    total: int
    rows: list[RegistryRow]
    exact: bool = True


# Pages after the first of a filtered or searched registry are cut from the list of its
# ordered ids, read once per query: an OFFSET would test or sort the rows before it each time.
SNAPSHOT_FROM = 200
TABLE_ROWS_FOR = 60.0  # seconds a reading of the table's size serves for choosing a plan


class RegistryService:
    """Read-only access to the registry; each call is one short read session.

    Keeps the ordered ids (not rows) of the last filtered query paged deep into, until
    first_page() starts a new reading. Use one instance from one thread.
    """

    def __init__(self, factory: sessionmaker[Session], actor: Actor | None = None, *, later: bool = False) -> None:
        self._factory = factory
        self._later = later  # counts for later, on another thread (counter()): no one waits on them
        self._actor = actor  # a signed-in account is read again in each call's session (one lookup)
        self._use_fts: bool | None = None  # looked up once, on first use
        self._use_grams = False
        self._row_grams = False
        self._snapshot: tuple[RegistryQuery, array] | None = None
        self._table_rows: int | None = None  # nurseries in the table, for choosing how to fetch a page
        self._table_rows_at = 0.0  # when it was read (time.monotonic)

    def count(self, query: RegistryQuery) -> int:
        """Number of nurseries matching the query's search text and filters."""
        with self._session() as session:
            if self._later:
                unhurried(session)
            return self._count(session, query, self._search(session, query))

    def page(self, query: RegistryQuery, offset: int, limit: int, total: int | None = None) -> list[RegistryRow]:
        """Rows `offset` to `offset + limit` of the matching nurseries in the query's order.

        `total`, the count already known for this query, lets a search pick the fastest way
        to find the page; without it a bounded general way is used.
        """
        offset, limit = max(offset, 0), max(limit, 0)
        if total is not None and offset >= total or limit == 0:
            return []
        with self._session() as session:
            return self._page(session, query, self._search(session, query), offset, limit, total)

    def first_page(self, query: RegistryQuery, limit: int, *, total: int | None = None,
                   count_cap: int | None = None) -> RegistryFirstPage:
        """The count and the first `limit` rows, with as few passes over the table as it takes.

        A search first looks among the first rows in sort order (dense terms fill the page
        there); otherwise the matches are collected once for both the count and the page.
        `total`: the exact count already known for this text and these filters (another sort
        order of them): not counted again. `count_cap`: a search matching more than that many
        is not counted exactly (`exact` False; count() gives the number, later).
        """
        self._snapshot = None  # a new reading: deep pages read the ids again
        if total is None and time.monotonic() - self._table_rows_at > TABLE_ROWS_FOR:
            self._table_rows = None
        with self._session() as session:
            search = self._search(session, query)
            filters = filter_conditions(query)
            order = order_by(query)
            if total is not None:
                if not search.active:
                    return RegistryFirstPage(total, _rows(session, _rows_statement().where(*filters)
                                                          .order_by(*order).limit(limit)))
                return RegistryFirstPage(total, self._page(session, query, search, 0, limit, total))
            if count_cap is not None and search.active and not counted_at_once(session, search, filters, count_cap):
                return self._capped_first_page(session, query, search, limit, count_cap)
            if not search.active:
                rows = _rows(session, _rows_statement().where(*filters).order_by(*order).limit(limit))
                return RegistryFirstPage(self._count(session, query, search), rows)
            if search.indexed:  # the indexes count cheaply: fetch the page knowing the total
                total = self._count(session, query, search)
                return RegistryFirstPage(total, self._page(session, query, search, 0, limit, total))
            window = [first_window(filters, order), *filters, *search.direct_conditions()]
            rows = _rows(session, _rows_statement().where(*window).order_by(*order).limit(limit))
            if len(rows) == limit:
                return RegistryFirstPage(self._count(session, query, search), rows)
            return _collected_first_page(session, search, filters, order, limit)

    def counter(self) -> RegistryService:
        """Another service over the same database and account, for counting on another thread (its
        counts are work no one waits on: on a server, one process each)."""
        return RegistryService(self._factory, self._actor, later=True)

    def _capped_first_page(self, session: Session, query: RegistryQuery, search: TextSearch, limit: int,
                           cap: int) -> RegistryFirstPage:
        filters = filter_conditions(query)
        found = capped_count(session, search, filters, cap)
        if found <= cap:
            return RegistryFirstPage(found, self._page(session, query, search, 0, limit, found))
        # Many matches: they fill a page within the first rows in sort order unless sparse (a
        # window as long as a direct walk may be), or are walked to.
        order, size = order_by(query), max(search_sql.FIRST_WINDOW, search_sql.DIRECT_WALK_MAX)
        window = [first_window(filters, order, size), *filters, *search.direct_conditions()]
        rows = _rows(session, _rows_statement().where(*window).order_by(*order).limit(limit))
        if len(rows) < limit:  # sparse: the window's share of matches guesses the total, for the plan
            guess = max(found, len(rows) * self._table_count(session) // size)
            rows = self._page(session, query, search, 0, limit, guess)
        return RegistryFirstPage(found, rows, exact=False)

    def streets(self) -> tuple[StreetInfo, ...]:
        """The district's streets and townships by code (choices of the street filter)."""
        with self._session() as session:
            rows = session.execute(select(Street.code, Street.name, Street.resident_population)
                                   .order_by(Street.code))
            return tuple(StreetInfo(*row) for row in rows)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._factory() as session:
            if self._actor is not None and self._actor.account:
                require(current(session, self._actor), Action.NURSERY_VIEW)
            yield session

    def _count(self, session: Session, query: RegistryQuery, search: TextSearch) -> int:
        filters = filter_conditions(query)
        if search.indexed and not filters:
            return index_count_of(session, search.index_count())
        conditions = search.match_conditions() if search.active else []
        stmt = select(func.count()).select_from(Nursery).where(*conditions, *filters)
        return int(session.scalar(stmt) or 0)

    def _page(self, session: Session, query: RegistryQuery, search: TextSearch, offset: int, limit: int,
              total: int | None) -> list[RegistryRow]:
        conditions = filter_conditions(query)
        if offset >= SNAPSHOT_FROM and (search.active or conditions):
            return self._page_from_snapshot(session, query, search, offset, limit)
        if search.active:
            plan = choose_plan(search, total, self._table_count(session), offset + limit)
            conditions += search.page_conditions(plan)
        # Skip rows along the index alone, then read only the page's rows: SQLite reads
        # (and joins) every skipped row of an OFFSET otherwise.
        order = order_by(query)
        ids = select(Nursery.id).where(*conditions).order_by(*order).offset(offset).limit(limit)
        return _rows(session, _rows_statement().where(Nursery.id.in_(ids)).order_by(*order))

    def _table_count(self, session: Session) -> int:
        """The nurseries in the table: a planning estimate, read at most once per TABLE_ROWS_FOR seconds
        (typing a search read it at every keystroke: 5 ms on a server)."""
        if self._table_rows is None:
            self._table_rows = int(session.scalar(select(func.count()).select_from(Nursery)) or 0)
            self._table_rows_at = time.monotonic()
        return self._table_rows

    def _page_from_snapshot(self, session: Session, query: RegistryQuery, search: TextSearch,
                            offset: int, limit: int) -> list[RegistryRow]:
        if self._snapshot is None or self._snapshot[0] != query:
            conditions = [*filter_conditions(query), *search.page_conditions(Plan.WALK)] if search.active \
                else filter_conditions(query)
            ids = session.scalars(select(Nursery.id).where(*conditions).order_by(*order_by(query)))
            self._snapshot = (query, array("q", ids))
        wanted = self._snapshot[1][offset:offset + limit].tolist()
        found = {row.id: row for row in _rows(session, _rows_statement().where(Nursery.id.in_(wanted)))}
        return [found[id_] for id_ in wanted if id_ in found]  # gone since: left out

    def _search(self, session: Session, query: RegistryQuery) -> TextSearch:
        if self._use_fts is None:
            self._use_fts = has_fts_table(session.connection())
            self._use_grams = has_gram_table(session.connection())
            self._row_grams = has_row_grams(session.connection())
        fold_case = session.get_bind().dialect.name != "sqlite"
        return TextSearch.parse(query.text, use_fts=self._use_fts, fold_case=fold_case, use_grams=self._use_grams,
                                row_grams=self._row_grams)


def _collected_first_page(session: Session, search: TextSearch, filters: list, order: list,
                          limit: int) -> RegistryFirstPage:
    # The matches are collected once for the count and probed along the sort index for the
    # page's ids; only the page's rows are read.
    matches = matches_cte(search, filters)
    total = select(func.count()).select_from(matches).scalar_subquery()
    ids = select(Nursery.id).where(in_cte(matches)).order_by(*order).limit(limit)
    stmt = _rows_statement().add_columns(total).where(Nursery.id.in_(ids)).order_by(*order)
    result = session.execute(stmt).all()
    if not result:  # no rows on the page: count apart (the total rides on the page's rows)
        return RegistryFirstPage(int(session.scalar(select(total)) or 0), [])
    return RegistryFirstPage(result[0][-1], [RegistryRow(*row[:-1]) for row in result])


def _rows(session: Session, stmt: Select) -> list[RegistryRow]:
    return [RegistryRow(*row) for row in session.execute(stmt)]


def _rows_statement() -> Select:
    return select(*_ROW_COLUMNS).outerjoin(Street, Street.id == Nursery.street_id)
