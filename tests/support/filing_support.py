"""Helpers shared by the filing tests (imported by the test_filing_* modules; holds no tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.codes import make_org_code, make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.filing_rules import (
    FILING_DEFAULTS,
    FilingRules,
    FireProofKind,
    HygieneRating,
    MaterialResult,
    MaterialType,
)
from workstation.services.common.context import Actor
from workstation.services.filing.dto import ApplicationView, ChangeDraft, FilingInfo, MaterialUpdate
from workstation.services.filing.service import FilingService

CLERK = Actor("clerk", "王登记", "CLERK")
MANAGER = Actor("manager", "李科长", "MANAGER")
SYSTEM = Actor("tester", "测试员", "SYSTEM")


@dataclass
class Clock:
    """The service's today/now, moved by the test."""

    today: dt.date
    hour: int = 10
    ticks: list[int] = field(default_factory=lambda: [0])

    def date(self) -> dt.date:
        return self.today

    def now(self) -> dt.datetime:
        self.ticks[0] += 1  # strictly increasing, so history order is the order of the calls
        return dt.datetime.combine(self.today, dt.time(self.hour)) + dt.timedelta(seconds=self.ticks[0])


def uscc(number: int, prefix: str = "91") -> str:
    return make_uscc(prefix, "500107", make_org_code(f"{number:08d}"))


def add_nursery(factory, number: int = 1, status: InstitutionStatus = InstitutionStatus.REGISTERED,
                meals: bool = False, **fields) -> int:
    """Insert a nursery row directly (intake is not what these tests are about); return its id."""
    values = {"name": f"测试托育园{number}", "legal_nature": LegalNature.FOR_PROFIT,
              "kind": InstitutionKind.STANDALONE, "status": status, "uscc": uscc(number),
              "registered_at": dt.date(2025, 6, 1), "provides_meals": meals, "address": f"杨家坪正街{number}号",
              "legal_rep_name": "张三", "director_name": "李四", "phone": "023-68000000", **fields}
    with factory.begin() as session:
        row = Nursery(**values)
        session.add(row)
        session.flush()
        return row.id


def service(database, clock: Clock, actor: Actor = SYSTEM, rules: FilingRules = FILING_DEFAULTS) -> FilingService:
    attachments = Attachments(database.factory)
    return FilingService(database.factory, actor, attachments, rules, today=clock.date, now=clock.now)


def provide_all(svc: FilingService, app: ApplicationView, rating: HygieneRating = HygieneRating.QUALIFIED,
                fire: FireProofKind | None = FireProofKind.ACCEPTANCE) -> ApplicationView:
    """Mark every required material provided (fire-safety proof with a type, hygiene report rated)."""
    for material in app.materials:
        if material.required:
            app = svc.update_material(material.id, MaterialUpdate(
                True, subtype=fire if material.material_type is MaterialType.FIRE_SAFETY else None,
                rating=rating if material.material_type is MaterialType.HYGIENE_EVALUATION else None))
    return app


def check_all(svc: FilingService, app: ApplicationView) -> ApplicationView:
    for material in app.materials:
        if material.required:
            app = svc.check_material(material.id, MaterialResult.OK)
    return app


def act(svc: FilingService, app: ApplicationView, action: FilingAction, reason: str = "") -> ApplicationView:
    return svc.act(app.id, action, app.version, reason)


def draft(svc: FilingService, nursery_id: int, kind: FilingKind, settlement: str = "幼儿已转园，员工已妥善安置。",
          changes: tuple[ChangeDraft, ...] = (ChangeDraft("director_name", "赵六", "原负责人退休"),)
          ) -> ApplicationView:
    """A draft of `kind` ready to submit (change items / settlement note filled in as needed)."""
    app = svc.create(nursery_id, kind)
    if kind is FilingKind.CHANGE:
        app = svc.set_change_items(app.id, app.version, changes)
    if kind is FilingKind.CANCELLATION:
        app = svc.update_info(app.id, app.version, FilingInfo(settlement_note=settlement))
    return app


def under_check(svc: FilingService, nursery_id: int, kind: FilingKind = FilingKind.INITIAL) -> ApplicationView:
    """Submitted, under materials check, every required material provided and checked."""
    app = provide_all(svc, draft(svc, nursery_id, kind))
    app = act(svc, act(svc, app, FilingAction.SUBMIT), FilingAction.START_CHECK)
    return check_all(svc, app)


def accepted(svc: FilingService, nursery_id: int, kind: FilingKind = FilingKind.INITIAL) -> ApplicationView:
    return act(svc, under_check(svc, nursery_id, kind), FilingAction.ACCEPT)
