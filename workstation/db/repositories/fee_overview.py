"""The fee list (收费公示) one page at a time: count, filter and sort in SQL, rows for one page only.

Each nursery is joined to its schedule in force on the date; every sortable column of the list
is an SQL expression here (the figure a fee column shows is its service type's care fee, else
its first item; the excess is computed from the fee rules in force, as the cap check does).
Name, street, legal nature and inclusiveness sort along the nursery's indexes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from workstation.db.orm import Nursery
from workstation.db.orm.fees import FeeItemRow, FeeSchedule
from workstation.db.planner_hints import nulls_as_on_sqlite
from workstation.db.repositories.fee_sorted import SCHEDULE_SORT_COLUMNS, has_value, sorted_page_ids
from workstation.db.repositories.fees import CHARGING, CurrentFees, current_fees_by_nursery, rules_on
from workstation.db.search_index import index_count_of
from workstation.domain.enums import InstitutionStatus, LegalNature, ServiceType
from workstation.domain.fees import CAPPED_NATURES, FeeItemKind, FeeRules

# Sort keys of the list (a whitelist: a key never reaches SQL as text).
OVERVIEW_SORT_KEYS: tuple[str, ...] = (
    "name", "street", "legal_nature", "inclusive", "effective_from", "full_day", "half_day", "hourly",
    "temporary", "excess", "publicity")
_SERVICE_KEYS = {"full_day": ServiceType.FULL_DAY, "half_day": ServiceType.HALF_DAY,
                 "hourly": ServiceType.HOURLY, "temporary": ServiceType.TEMPORARY}
_NOT_CHARGING = tuple(s for s in InstitutionStatus if s not in CHARGING)
# Sort keys read from the schedule in force (the page then joins it).
_SCHEDULE_KEYS = frozenset({*_SERVICE_KEYS, "effective_from", "excess", "publicity"})

_in_force = aliased(FeeSchedule, name="in_force")


def _in_force_on(as_of: dt.date) -> ColumnElement[bool]:
    return and_(_in_force.nursery_id == Nursery.id, _in_force.effective_from <= as_of,
                or_(_in_force.effective_to.is_(None), _in_force.effective_to >= as_of))


def _has_schedule_in_force(as_of: dt.date) -> ColumnElement[bool]:
    """A schedule of this non-charging nursery is in force: one probe of ix_fee_schedule_not_charging,
    whose non-charging range holds only such nurseries' schedules (a handful)."""
    s = aliased(FeeSchedule)
    # SELECT 1, not SELECT *: answered from the index, reading no schedule row.
    return (select(literal(1)).where(_not_charging(s), s.nursery_id == Nursery.id, s.effective_from <= as_of,
                                     or_(s.effective_to.is_(None), s.effective_to >= as_of)).exists())


def _not_charging(schedule) -> ColumnElement[bool]:
    # A literal 0 (not a parameter): the planner then knows the range is the index's small one.
    return schedule.nursery_charging == literal_column("0")


def _publicised(as_of: dt.date) -> ColumnElement[bool]:
    # The schedule's first publicity day, kept on the schedule by a trigger (migration 20261204_0019).
    return _in_force.first_publicised_on <= as_of


_MAIN_FEE_COLUMNS = {ServiceType.FULL_DAY: _in_force.main_full_day_fen, ServiceType.HALF_DAY: _in_force.main_half_day_fen,
                     ServiceType.HOURLY: _in_force.main_hourly_fen, ServiceType.TEMPORARY: _in_force.main_temporary_fen}


def _main_amount(service_type: ServiceType) -> ColumnElement[int]:
    """The care fee of the service type, else its first item; -1 without one (listed last: _order).

    Stored on the schedule by a trigger on its items (migration 20261204_0019): a sort reads one
    column per listed row instead of looking up each row's items.
    """
    return func.coalesce(_MAIN_FEE_COLUMNS[service_type], -1)


def _excess(rules: FeeRules) -> ColumnElement[int]:
    """The largest excess over a guidance cap (0 when none), as domain.fees.cap_findings counts it."""
    if not rules.caps:
        return literal(0)
    i = aliased(FeeItemRow)
    cap = case(*((and_(i.service_type == c.service_type, i.unit == c.unit), c.cap_fen) for c in rules.caps),
               else_=None)
    charged = i.amount_fen
    if rules.cap_includes_meals:
        m = aliased(FeeItemRow)
        meals = (select(func.coalesce(func.sum(m.amount_fen), 0))
                 .where(m.schedule_id == i.schedule_id, m.kind == FeeItemKind.MEAL,
                        m.service_type == i.service_type, m.unit == i.unit).scalar_subquery())
        charged = charged + meals
    over = (select(func.max(charged - cap))
            .where(i.schedule_id == _in_force.id, i.kind == FeeItemKind.CARE, cap.is_not(None), charged > cap))
    return case((_caps_apply(), func.coalesce(over.scalar_subquery(), 0)), else_=0)


def _caps_apply() -> ColumnElement[bool]:
    """The nursery follows the guidance caps (domain.fees.cap_applies); ix_nursery_fee_caps covers it."""
    return or_(Nursery.inclusive.is_(True), Nursery.legal_nature.in_(CAPPED_NATURES))


def _legal_nature_rank() -> ColumnElement[int]:
    # Written as migration 20261123_0003's expression index is, so SQLite walks that index.
    whens = " ".join(f"WHEN '{n.value}' THEN {rank}" for rank, n in enumerate(LegalNature))
    return literal_column(f"CASE nursery.legal_nature {whens} ELSE -1 END")


def _sort_expression(key: str, as_of: dt.date, rules: FeeRules) -> ColumnElement:
    if key in _SERVICE_KEYS:
        return _main_amount(_SERVICE_KEYS[key])
    expressions = {
        "name": lambda: Nursery.name_pinyin, "street": lambda: Nursery.street_id,
        "legal_nature": _legal_nature_rank, "inclusive": lambda: Nursery.inclusive,
        "effective_from": lambda: _in_force.effective_from, "excess": lambda: _excess(rules),
        "publicity": lambda: case((_in_force.id.is_(None), -1), (_publicised(as_of), 1), else_=0),
    }
    if key not in expressions:
        raise ValueError(f"unknown fee list sort key: {key!r}")
    return expressions[key]()


def _order(key: str, as_of: dt.date, rules: FeeRules, descending: bool) -> list[ColumnElement]:
    """The list's order: the column, then the nursery's name in pinyin order, then its id, all in the column's
    direction (equal values read by name, not in the order they were registered; each order one walk of its
    index, migration 20261205_0048); a fee, 执行日期 or schedule missing sorts last either way (as fee_sorted
    reads it along its index); no street (所属街道) where SQLite puts NULLs, on both engines."""
    value = _sort_expression(key, as_of, rules)
    first = [case((has_value(key, value), 0), else_=1)] if key in SCHEDULE_SORT_COLUMNS else []
    if key == "publicity":  # a nursery without a fee schedule yet (未登记收费标准) sorts last either way
        first = [case((_in_force.id.is_(None), 1), else_=0)]
    keys = (value, Nursery.id) if key == "name" else (value, Nursery.name_pinyin, Nursery.id)
    terms = [k.desc() if descending else k.asc() for k in keys]
    if key == "street":  # the one nullable column (PostgreSQL: ix_nursery_street_pinyin has it NULLS FIRST)
        terms[0] = nulls_as_on_sqlite(terms[0])
    return [*first, *terms]


def _conditions(as_of: dt.date, rules: FeeRules, where: Sequence[ColumnElement[bool]], over_cap_only: bool,
                unpublicised_only: bool) -> list[ColumnElement[bool]]:
    # Listed: charging, or a schedule in force (probed only for the rare non-charging nursery).
    conditions = [or_(Nursery.status.in_(CHARGING), _has_schedule_in_force(as_of)), *where]
    if over_cap_only:
        # Spelled out as well: only nurseries under the caps with a schedule in force are looked at.
        conditions += [_in_force.id.is_not(None), _caps_apply(), _excess(rules) > 0]
    if unpublicised_only:
        conditions += [_in_force.id.is_not(None),
                       or_(_in_force.first_publicised_on.is_(None), _in_force.first_publicised_on > as_of)]
    return conditions


MAX_LISTED_OTHERS = 500  # more: tested row by row as before (an id list that long is no saving)


def listed_not_charging(session: Session, as_of: dt.date) -> frozenset[int] | None:
    """The nurseries the fee list shows although they do not charge (a schedule still in force on
    `as_of`): read from the non-charging range of ix_fee_schedule_not_charging (migration
    20261205_0040), not by probing every non-charging nursery. None: too many to list."""
    s = aliased(FeeSchedule)
    ids = session.scalars(select(s.nursery_id).where(_not_charging(s), s.effective_from <= as_of,
                                                     or_(s.effective_to.is_(None), s.effective_to >= as_of))
                          .distinct().limit(MAX_LISTED_OTHERS + 1)).all()
    return frozenset(ids) if len(ids) <= MAX_LISTED_OTHERS else None


def _count_of(session: Session, ids: frozenset[int], where: Sequence[ColumnElement[bool]]) -> int:
    """How many of `ids` meet `where` (no statement for none)."""
    if not ids:
        return 0
    if not where:
        return len(ids)
    return int(session.scalar(select(func.count()).select_from(Nursery).where(Nursery.id.in_(sorted(ids)), *where))
               or 0)


def count_overview(session: Session, as_of: dt.date, where: Sequence[ColumnElement[bool]] = (), *,
                   over_cap_only: bool = False, unpublicised_only: bool = False,
                   matching_ids: Select | CompoundSelect | None = None,
                   listed_others: frozenset[int] | None = None) -> int:
    """How many nurseries the fee list shows with these conditions.

    `matching_ids` (ids a search index gives, instead of `where`) drives the count: each match is
    looked up by id, rather than every listed nursery tested against the set of matches.
    `listed_others` (listed_not_charging; read here when not given, from the index) spares probing
    every non-charging nursery for a schedule in force.
    """
    def counted() -> Select:
        if matching_ids is None:
            return select(func.count()).select_from(Nursery)
        matches = matching_ids.subquery("matches")
        return select(func.count()).select_from(matches).join(Nursery, Nursery.id == matches.c.id)

    if not (over_cap_only or unpublicised_only):
        # Charging nurseries through the status index, plus the few others with a schedule in force.
        if listed_others is None:
            listed_others = listed_not_charging(session, as_of)
        charging = int(session.scalar(counted().where(Nursery.status.in_(CHARGING), *where)) or 0)
        if listed_others is not None and matching_ids is None:
            return charging + _count_of(session, listed_others, where)
        others = counted().where(Nursery.status.in_(_NOT_CHARGING), _has_schedule_in_force(as_of), *where)
        return charging + int(session.scalar(others) or 0)
    rules = rules_on(session, as_of)
    stmt = (counted().outerjoin(_in_force, _in_force_on(as_of))
            .where(*_conditions(as_of, rules, where, over_cap_only, unpublicised_only)))
    return int(session.scalar(stmt) or 0)


def count_listed_of_matches(session: Session, as_of: dt.date, matches: int,
                            among_matches: Sequence[ColumnElement[bool]],
                            listed_others: frozenset[int] | None = None) -> int:
    """How many of a search's `matches` (counted by its index alone) the fee list shows, unfiltered.

    The list leaves out only nurseries that neither charge nor have a schedule in force, so those
    among the matches (a few thousand at most) are counted and taken off, instead of looking up
    every match (托: 50,000) in the table twice. `among_matches` tests a nursery against the search.
    With `listed_others` known, each non-charging nursery is probed for the search only, not also
    for a schedule in force (a keystroke's ~28,700 probes at 100,000 nurseries halved); read here
    when not given.
    """
    if listed_others is None:
        listed_others = listed_not_charging(session, as_of)
    if listed_others is not None:
        not_charging = select(func.count()).select_from(Nursery).where(Nursery.status.in_(_NOT_CHARGING),
                                                                        *among_matches)
        return (matches - int(session.scalar(not_charging) or 0)
                + _count_of(session, listed_others, among_matches))
    unlisted = (select(func.count()).select_from(Nursery)
                .where(Nursery.status.in_(_NOT_CHARGING), *among_matches, ~_has_schedule_in_force(as_of)))
    return matches - int(session.scalar(unlisted) or 0)


def count_listed_in_one_read(session: Session, matching: Sequence[ColumnElement[bool]],
                             listed_others: frozenset[int]) -> int:
    """How many nurseries matching a search the fee list shows, unfiltered, reading the matches once.

    For a server: its search indexes hand over row addresses, and each count of them reads every
    match's row (托: 72,000). Counting the charging ones in the same read as the rest, instead of all
    matches then the non-charging among them, reads them once (~50 -> ~35 ms at 100,000 nurseries).
    """
    charging = select(func.count().filter(Nursery.status.in_(CHARGING))).select_from(Nursery).where(*matching)
    return index_count_of(session, charging) + _count_of(session, listed_others, matching)


def count_listed_up_to(session: Session, matching: Sequence[ColumnElement[bool]], listed_others: frozenset[int],
                       cap: int, *, by_index: bool = True) -> int:
    """How many nurseries matching a search the fee list shows, unfiltered, up to `cap + 1` (more than `cap`).

    For a server, where an exact count reads every match's row (托: 72,000 rows, ~50 ms of the server's
    time on three processes at every keystroke): stopping after `cap + 1` reads about that many.
    `by_index`: `matching` is answered by the search indexes (else: tests made on each row read).
    """
    listed = or_(Nursery.status.in_(CHARGING), Nursery.id.in_(sorted(listed_others))) if listed_others \
        else Nursery.status.in_(CHARGING)
    shown = select(literal(1)).select_from(Nursery).where(*matching, listed).limit(cap + 1).subquery()
    counted = select(func.count()).select_from(shown)
    return index_count_of(session, counted) if by_index else int(session.scalar(counted) or 0)


def overview_page(session: Session, as_of: dt.date, where: Sequence[ColumnElement[bool]] = (), *,
                  over_cap_only: bool = False, unpublicised_only: bool = False, sort_key: str = "name",
                  descending: bool = False, offset: int = 0, limit: int = 100) -> list[CurrentFees]:
    """Rows `offset` to `offset + limit` of the fee list in the order asked, with their fees and checks."""
    rules = rules_on(session, as_of)
    if sort_key in SCHEDULE_SORT_COLUMNS and not (where or over_cap_only or unpublicised_only):
        ids = sorted_page_ids(session, as_of, sort_key, descending, max(offset, 0), max(limit, 0))
    else:
        stmt = select(Nursery.id)
        if sort_key in ("excess", "publicity") and not where:
            # Every listed nursery's cap columns (or status) and name key are read for the order: without
            # statistics SQLite took the wider ix_nursery_figures (and a row read per nursery) once
            # enrolled_total joined it (0045); ix_nursery_fee_caps carries the name key for the ties (0048).
            import workstation.db.sqlite.index_hints  # noqa: F401  (renders the hint)

            stmt = stmt.with_hint(Nursery, "INDEXED BY ix_nursery_fee_caps", "sqlite")
        if sort_key in _SCHEDULE_KEYS or over_cap_only or unpublicised_only:
            stmt = stmt.outerjoin(_in_force, _in_force_on(as_of))
        # Otherwise no schedule is joined: a search's page walks the nurseries alone (on a server the
        # join probed every match's schedules before the sort, ~150 ms for 托 at 100,000 nurseries).
        stmt = (stmt.where(*_conditions(as_of, rules, where, over_cap_only, unpublicised_only))
                .order_by(*_order(sort_key, as_of, rules, descending)).offset(max(offset, 0)).limit(max(limit, 0)))
        ids = list(session.scalars(stmt))
    if not ids:
        return []
    found = {row.nursery_id: row for row in current_fees_by_nursery(session, as_of, nursery_ids=ids, rules=rules)}
    return [found[i] for i in ids if i in found]

