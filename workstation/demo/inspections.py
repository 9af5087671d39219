"""Demo inspections: a year of visits by several departments, findings open, overdue, closed by a
re-inspection, reissued, and escalated.

Runs inside the demo transaction after the nurseries and filings (DemoService.generate). Rows are
plain dicts with explicit ids and seed-derived uuids, bulk-inserted (Core), so the same seed gives
the same rows and 10,000 nurseries stay fast. Notice numbers are given in date order, gap-free per
year, and the counters set after them.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from workstation.db.orm import District, Nursery
from workstation.db.orm.inspections import ChecklistItem, ChecklistTemplate, NoticeCounter
from workstation.demo import inspection_rows as rows
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.inspection_rules import INSPECTION_DEFAULTS, InspectionRules, notice_number
from workstation.domain.inspections import InspectionKind
from workstation.services.calendar import load_calendar
from workstation.services.inspections import SERIES, seed_templates

ACTIVE = (Status.OPERATING, Status.FILED, Status.UNDER_NOTICE, Status.CHANGING, Status.SUSPENDED)
BATCH_SIZE = 5000  # visits built before their rows are inserted
VISITS = ((0, 45), (1, 40), (2, 15))  # inspections per nursery in the year, weighted
KINDS = ((InspectionKind.ROUTINE, 45), (InspectionKind.CAMPAIGN, 15), (InspectionKind.RANDOM, 20),
         (InspectionKind.JOINT, 8), (InspectionKind.COMPLAINT, 5), (InspectionKind.FILING_VERIFICATION, 7))
TEMPLATES = (("comprehensive", 25), ("fire", 20), ("food", 15), ("safety", 12), ("hygiene", 10),
             ("health_care", 8), ("pricing", 6), ("emergency", 4))
# What happened after the deadline passed; the first few visits with findings cover every case.
OUTCOMES = (("closed", 50), ("reissued", 18), ("overdue", 20), ("escalated", 12))
COVER = ("closed", "reissued", "overdue", "escalated", "closed", "reissued")


def _pick(rng: random.Random, weighted: tuple) -> object:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def add_demo_inspections(session: Session, seed: int, today: dt.date, who: str,
                         rules: InspectionRules = INSPECTION_DEFAULTS) -> int:
    """Plan and insert the demo inspections; return how many inspections were added."""
    rng = random.Random(f"demo:{seed}:inspections")
    seed_templates(session, who)
    templates = _templates(session)
    calendar = load_calendar(session)
    nurseries = session.execute(select(Nursery.id).where(Nursery.status.in_(ACTIVE)).order_by(Nursery.id)).all()
    builder = rows.Builder(session, rng, today, who, rules, calendar)
    visits = []
    for index, (nursery_id,) in enumerate(nurseries):
        count = 1 if index < 8 else _pick(rng, VISITS)
        for _ in range(count):
            recent = index < 2  # the first visits are recent: findings still within their deadline
            day = today - dt.timedelta(days=rng.randint(1, 12) if recent else rng.randint(1, 365))
            key = _pick(rng, TEMPLATES)
            visits.append((day, nursery_id, key, _pick(rng, KINDS), recent or index < 8))
    visits.sort(key=lambda v: (v[0], v[1]))
    cover = iter(COVER)
    for number, (day, nursery_id, key, kind, force) in enumerate(visits, start=1):
        visit = builder.plan_visit(nursery_id, day, kind, templates[key], force_findings=force)
        if visit is not None:
            late = visit.deadline < today
            builder.follow_up(visit, (next(cover, None) or _pick(rng, OUTCOMES)) if late else "open")
        if number % BATCH_SIZE == 0:  # a visit's rows are final once followed up
            builder.flush()
    builder.flush()
    _number_notices(session, builder, rules)
    return builder.inspections


def _templates(session: Session) -> dict[str, rows.TemplateRef]:
    current = session.execute(select(ChecklistTemplate.id, ChecklistTemplate.key, ChecklistTemplate.revision,
                                     ChecklistTemplate.department).where(ChecklistTemplate.is_current.is_(True))).all()
    items = session.execute(select(ChecklistItem).where(ChecklistItem.template_id.in_([t.id for t in current]))
                            .order_by(ChecklistItem.template_id, ChecklistItem.position)).scalars().all()
    by_template: dict[int, list] = {}
    for item in items:
        by_template.setdefault(item.template_id, []).append(
            rows.ItemRef(item.id, item.code, item.text, item.basis, item.severity, item.department))
    return {t.key: rows.TemplateRef(t.id, t.key, t.revision, t.department, tuple(by_template.get(t.id, ())))
            for t in current}


def _number_notices(session: Session, builder: rows.Builder, rules: InspectionRules) -> None:
    """Notice numbers in order of issue, gap-free per year; findings carry their latest notice."""
    district = session.scalars(select(District).order_by(District.id).limit(1)).first()
    name, code = (district.name, district.division_code) if district else ("", "")
    serials: dict[int, int] = {}
    numbers: dict[int, str] = {}
    for issued_on, inspection_id in sorted(builder.notices):
        serials[issued_on.year] = serials.get(issued_on.year, 0) + 1
        numbers[inspection_id] = notice_number(rules, name, code, issued_on.year, serials[issued_on.year])
    builder.number_notices(numbers)
    existing = dict(session.execute(select(NoticeCounter.year, NoticeCounter.last)
                                    .where(NoticeCounter.series == SERIES)).all())
    for year, last in serials.items():
        if year in existing:
            session.execute(update(NoticeCounter).where(NoticeCounter.series == SERIES, NoticeCounter.year == year)
                            .values(last=max(last, existing[year])))
        else:
            session.execute(insert(NoticeCounter).values(series=SERIES, year=year, last=last))
