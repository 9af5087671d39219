"""Demo filings: every kind of application in every state, some due today and some overdue.

Runs inside the demo transaction after the nurseries are inserted (DemoService.generate). Each
nursery gets the history its status implies (§18.1): filed nurseries an accepted initial filing,
nurseries being filed an open application, and so on. Where the generated statuses leave a
scenario without a nursery, operating nurseries are moved into the needed status. Receipt
numbers are then given in order of acceptance, gap-free per year, and the counters set after them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from workstation.db.orm import District, Nursery
from workstation.db.orm.filing import ReceiptCounter
from workstation.demo import filing_rows as rows
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.filing import FilingKind, FilingState
from workstation.domain.filing_rules import FILING_DEFAULTS, FilingRules, receipt_number
from workstation.domain.workdays import WorkCalendar, add_working_days
from workstation.services.calendar import load_calendar

K, S = FilingKind, FilingState
# Scenarios on operating nurseries: (kind, state) each on a nursery of its own.
OPERATING_EXTRAS = ((K.CHANGE, S.ACCEPTED), (K.CHANGE, S.VERIFIED), (K.CHANGE, S.DRAFT),
                    (K.CHANGE, S.RETURNED_FOR_SUPPLEMENT), (K.CHANGE, S.WITHDRAWN), (K.CANCELLATION, S.DRAFT),
                    (K.CANCELLATION, S.RETURNED_FOR_SUPPLEMENT), (K.CANCELLATION, S.WITHDRAWN))
# Fewest nurseries per status for every scenario to appear (filled from operating nurseries).
MINIMUM = {Status.FILING: 3, Status.REGISTERED: 3, Status.CHANGING: 2, Status.CANCELLING: 2, Status.CANCELLED: 2,
           Status.UNDER_NOTICE: 2, Status.FILED: 1}
FILED_FAMILY = {Status.FILED, Status.OPERATING, Status.UNDER_NOTICE, Status.CHANGING, Status.SUSPENDED,
                Status.CANCELLING, Status.CANCELLED}


@dataclass
class DemoApp:
    """One planned application: its nursery, kind, state and the dates of its steps."""

    nursery: rows.NurseryRow
    kind: FilingKind
    state: FilingState
    submitted_on: dt.date | None = None
    accepted_on: dt.date | None = None
    closed_on: dt.date | None = None  # verified, notified, withdrawn or returned
    due_on: dt.date | None = None
    receipt_no: str | None = None
    extra: dict = field(default_factory=dict)


def add_demo_filings(session: Session, seed: int, today: dt.date, who: str,
                     rules: FilingRules = FILING_DEFAULTS) -> int:
    """Plan and insert the demo filings; return how many applications were added."""
    rng = random.Random(f"demo:{seed}:filings")
    calendar = load_calendar(session)
    division = session.scalar(select(District.division_code).order_by(District.id).limit(1)) or ""
    pools = _pools(session)
    _fill_short_pools(session, pools)
    plan = _Planner(rng, today, calendar)
    apps = plan.all(pools)
    _number_receipts(session, apps, division, rules)
    rows.insert_apps(session, apps, rules, who, seed)
    return len(apps)


def _pools(session: Session) -> dict[Status, list[rows.NurseryRow]]:
    pools: dict[Status, list[rows.NurseryRow]] = {}
    for row in rows.load_nurseries(session):
        pools.setdefault(row.status, []).append(row)
    return pools


def _fill_short_pools(session: Session, pools: dict[Status, list[rows.NurseryRow]]) -> None:
    """Move operating nurseries into statuses the demo would otherwise lack (small demos)."""
    spare = pools.setdefault(Status.OPERATING, [])
    keep = len(OPERATING_EXTRAS) + 1
    for status, least in MINIMUM.items():
        pool = pools.setdefault(status, [])
        while len(pool) < least and len(spare) > keep:
            row = spare.pop()
            values = {"status": status}
            if status not in FILED_FAMILY:
                values.update(filing_no="", filed_at=None)
                row = row.moved(status, filed_at=None)
            else:
                row = row.moved(status)
            session.execute(update(Nursery).where(Nursery.id == row.id).values(**values))
            pool.append(row)


class _Planner:
    def __init__(self, rng: random.Random, today: dt.date, calendar: WorkCalendar) -> None:
        self.rng, self.today, self.calendar = rng, today, calendar

    def wd(self, day: dt.date, n: int) -> dt.date:
        return add_working_days(day, n, self.calendar)

    def all(self, pools: dict[Status, list[rows.NurseryRow]]) -> list[DemoApp]:
        apps: list[DemoApp] = []
        for status in (Status.FILED, Status.OPERATING, Status.UNDER_NOTICE, Status.SUSPENDED, Status.CHANGING,
                       Status.CANCELLING, Status.CANCELLED):
            state = {Status.FILED: S.ACCEPTED, Status.UNDER_NOTICE: S.NOTIFIED}.get(status, S.VERIFIED)
            for index, row in enumerate(pools.get(status, [])):
                first = S.VERIFIED if status is Status.UNDER_NOTICE and index == 0 else state
                apps.append(self.decided(row, K.INITIAL, first, row.filed_at.date(), None))
        apps += self.follow_ups(pools)
        apps += [self.open_initial(i, row) for i, row in enumerate(pools.get(Status.FILING, []))]
        registered = [S.DRAFT, S.RETURNED_FOR_SUPPLEMENT, S.WITHDRAWN, None]
        apps += [self.early(row, K.INITIAL, registered[i % 4]) for i, row in enumerate(pools.get(Status.REGISTERED, []))
                 if registered[i % 4] is not None]
        for app in apps:  # clocks running into a year the calendar does not know are provisional
            due, verification = app.due_on, app.extra.get("verification_due_on")
            app.extra["due_provisional"] = bool(due and self.calendar.is_provisional(app.submitted_on or due, due))
            app.extra["verification_provisional"] = bool(
                verification and self.calendar.is_provisional(app.accepted_on or verification, verification))
        return apps

    def follow_ups(self, pools: dict[Status, list[rows.NurseryRow]]) -> list[DemoApp]:
        apps = [self.in_progress(row, K.CHANGE, i) for i, row in enumerate(pools.get(Status.CHANGING, []))]
        apps += [self.in_progress(row, K.CANCELLATION, i) for i, row in enumerate(pools.get(Status.CANCELLING, []))]
        for i, row in enumerate(pools.get(Status.CANCELLED, [])):
            apps.append(self.decided(row, K.CANCELLATION, S.VERIFIED if i % 2 else S.ACCEPTED, None, row.filed_at.date()))
        notice = pools.get(Status.UNDER_NOTICE, [])[:1]
        apps += [self.decided(row, K.CHANGE, S.NOTIFIED, None, row.filed_at.date()) for row in notice]
        for (kind, state), row in zip(OPERATING_EXTRAS, pools.get(Status.OPERATING, []), strict=False):
            if state in (S.ACCEPTED, S.VERIFIED):
                apps.append(self.decided(row, kind, state, None, row.filed_at.date()))
            else:
                apps.append(self.early(row, kind, state))
        return apps

    def decided(self, row: rows.NurseryRow, kind: FilingKind, state: FilingState, accepted: dt.date | None,
                after: dt.date | None) -> DemoApp:
        """An accepted application (and later verified or notified)."""
        if accepted is None:  # a later filing: some time after the first one, before today
            span = max(1, (self.today - after).days)
            recent = state is S.ACCEPTED
            accepted = self.today - dt.timedelta(days=self.rng.randint(1, 12) if recent else self.rng.randint(1, span))
            accepted = max(accepted, after)
        submitted = self.wd(accepted, -self.rng.randint(1, 5))
        app = DemoApp(row, kind, state, submitted_on=submitted, accepted_on=accepted)
        app.extra["verification_due_on"] = self.wd(accepted, 15)
        if state in (S.VERIFIED, S.NOTIFIED):
            app.closed_on = min(self.today, self.wd(accepted, self.rng.randint(2, 14)))
        return app

    def in_progress(self, row: rows.NurseryRow, kind: FilingKind, index: int) -> DemoApp:
        submitted = self.wd(self.today, -self.rng.randint(0, 4))
        state = S.SUBMITTED if index % 2 == 0 else S.MATERIALS_CHECK
        return DemoApp(row, kind, state, submitted_on=submitted, due_on=self.wd(submitted, 5))

    def open_initial(self, index: int, row: rows.NurseryRow) -> DemoApp:
        """Filings under way; the first is due today, the second next working day, the third overdue."""
        back = {0: 5, 1: 4, 2: 8}.get(index, self.rng.randint(0, 7))
        submitted = self.wd(self.today, -back)
        state = S.SUBMITTED if index % 2 == 0 else S.MATERIALS_CHECK
        return DemoApp(row, K.INITIAL, state, submitted_on=submitted, due_on=self.wd(submitted, 5))

    def early(self, row: rows.NurseryRow, kind: FilingKind, state: FilingState) -> DemoApp:
        """A draft, a returned or a withdrawn application."""
        if state is S.DRAFT:
            return DemoApp(row, kind, state, extra={"created_on": self.today - dt.timedelta(days=self.rng.randint(0, 10))})
        submitted = self.wd(self.today, -self.rng.randint(6, 20))
        return DemoApp(row, kind, state, submitted_on=submitted, closed_on=self.wd(submitted, self.rng.randint(1, 4)))


def _number_receipts(session: Session, apps: list[DemoApp], division: str, rules: FilingRules) -> None:
    """Receipt numbers in order of acceptance, gap-free per year; nurseries keep their initial one."""
    decided = sorted((a for a in apps if a.accepted_on), key=lambda a: (a.accepted_on, a.nursery.filed_at, a.nursery.id,
                                                                         a.kind is not K.INITIAL))
    serials: dict[int, int] = {}
    filing_nos = []
    for app in decided:
        year = app.accepted_on.year
        serials[year] = serials.get(year, 0) + 1
        app.receipt_no = receipt_number(rules, division, year, serials[year])
        if app.kind is K.INITIAL:
            filing_nos.append({"nid": app.nursery.id, "no": app.receipt_no})
    if filing_nos:
        table = Nursery.__table__
        session.connection().execute(update(table).where(table.c.id == bindparam("nid"))
                                     .values(filing_no=bindparam("no")), filing_nos)
    existing = dict(session.execute(select(ReceiptCounter.year, ReceiptCounter.last)).all())
    for year, last in serials.items():
        if year in existing:
            session.execute(update(ReceiptCounter).where(ReceiptCounter.year == year)
                            .values(last=max(last, existing[year])))
        else:
            session.execute(insert(ReceiptCounter).values(year=year, last=last))
