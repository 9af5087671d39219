"""Helpers shared by the inspection tests (imported by the test_inspections_* modules; holds no tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from filing_support import Clock, add_nursery

from workstation.db.attachments import Attachments
from workstation.domain.enums import InspectingDeptKind as Dept
from workstation.domain.enums import InstitutionStatus
from workstation.domain.inspection_rules import INSPECTION_DEFAULTS, InspectionRules
from workstation.domain.inspections import InspectionKind, ItemResult, Signatures
from workstation.services.common.context import Actor
from workstation.services.inspections.dto import InspectionDTO, ItemEntry
from workstation.services.inspections.service import InspectionService

INSPECTOR = Actor("insp", "赵检查", "INSPECTOR")
OTHER_INSPECTOR = Actor("insp2", "钱检查", "INSPECTOR")
CLERK = Actor("clerk", "王登记", "CLERK")
ADMIN = Actor("admin", "孙管理", "ADMIN")

__all__ = ["ADMIN", "CLERK", "INSPECTOR", "OTHER_INSPECTOR", "Clock", "nursery", "service", "signed", "start",
           "entries", "record"]


def nursery(database, number: int = 1) -> int:
    return add_nursery(database.factory, number, InstitutionStatus.OPERATING)


def service(database, clock: Clock, actor: Actor = INSPECTOR, rules: InspectionRules = INSPECTION_DEFAULTS,
            notice_writer=None) -> InspectionService:
    return InspectionService(database.factory, actor, Attachments(database.factory), rules,
                             today=clock.date, now=clock.now, notice_writer=notice_writer)


def signed(day: dt.date, representative: str = "李四") -> Signatures:
    return Signatures(("赵检查", "周检查"), day, representative, day if representative else None)


def start(svc: InspectionService, nursery_id: int, day: dt.date, keys: tuple[str, ...] = ("fire",),
          kind: InspectionKind = InspectionKind.ROUTINE) -> InspectionDTO:
    depts = {"fire": Dept.FIRE, "food": Dept.MARKET, "comprehensive": Dept.HEALTH}
    return svc.start(nursery_id, day, kind, [depts.get(k, Dept.HEALTH) for k in keys], ["赵检查", "周检查"], keys)


def entries(inspection: InspectionDTO, results: Mapping[str, ItemResult] | None = None,
            default: ItemResult = ItemResult.PASS) -> list[ItemEntry]:
    """A result for every line: `results` by item code, `default` for the rest."""
    results = results or {}
    return [ItemEntry(i.id, results.get(i.code, default), "现场发现问题" if results.get(i.code) else "")
            for i in inspection.items]


def record(svc: InspectionService, inspection: InspectionDTO, results: Mapping[str, ItemResult] | None = None,
           default: ItemResult = ItemResult.PASS, **options) -> InspectionDTO:
    return svc.record(inspection.id, entries(inspection, results, default), signatures=signed(inspection.inspected_on),
                      expected_version=inspection.version, **options)
