"""Helpers shared by test_exports_inspections and test_exports_rectifications (holds no tests).

Expected rows are computed from the ORM objects in Python, independently of the registers' SQL.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from workstation.db.orm import Nursery, Street
from workstation.db.orm.inspections import Finding, Inspection, InspectionItemResult
from workstation.domain.enums import InspectingDeptKind, InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.inspections import (
    Escalation,
    InspectionKind,
    InspectionState,
    ItemResult,
    OverallResult,
    RectificationState,
    Severity,
)
from workstation.exports.common.spec import RegisterFilters

RISKY = {"name": "=1+1", "inspector": "@张三", "notice": "-2026-1", "text": "+整改", "basis": "=SUM(A1)"}


def nurseries_and_streets(session) -> tuple[dict[int, Nursery], dict[int, Street]]:
    return ({n.id: n for n in session.scalars(select(Nursery))}, {s.id: s for s in session.scalars(select(Street))})


def by_nursery(n: Nursery, street: Street | None, f: RegisterFilters) -> bool:
    """The nursery-side filters: street, legal nature, inclusive."""
    return all((
        f.street_code is None or (street is not None and street.code == f.street_code),
        f.legal_nature is None or n.legal_nature == f.legal_nature,
        f.inclusive is None or n.inclusive == f.inclusive,
    ))


def in_range(day: dt.date, f: RegisterFilters) -> bool:
    return (f.date_from is None or day >= f.date_from) and (f.date_to is None or day <= f.date_to)


@pytest.fixture
def risky(district):
    """One recorded inspection and its finding whose typed texts look like formulas."""
    day = dt.date(2026, 3, 2)
    with district.factory.begin() as session:
        nursery = Nursery(name=RISKY["name"], legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                          status=InstitutionStatus.OPERATING)
        session.add(nursery)
        session.flush()
        inspection = Inspection(nursery_id=nursery.id, inspected_on=day, kind=InspectionKind.ROUTINE,
                                departments=[InspectingDeptKind.FIRE.value], inspectors=[RISKY["inspector"]],
                                templates=[], state=InspectionState.RECTIFICATION_REQUIRED,
                                overall=OverallResult.RECTIFY, notice_no=RISKY["notice"], notice_issued_on=day)
        session.add(inspection)
        session.flush()
        finding = Finding(inspection_id=inspection.id, nursery_id=nursery.id, department=InspectingDeptKind.FIRE,
                          code="XF-02", text=RISKY["text"], basis=RISKY["basis"], severity=Severity.GENERAL,
                          result=ItemResult.FAIL, state=RectificationState.ISSUED, issued_on=day,
                          deadline=dt.date(2026, 3, 20), notice_no=RISKY["notice"])
        session.add(finding)
        session.flush()
        session.add(InspectionItemResult(inspection_id=inspection.id, position=1, code="XF-02", text=RISKY["text"],
                                         basis=RISKY["basis"], department=InspectingDeptKind.FIRE,
                                         result=ItemResult.FAIL, finding_id=finding.id))
    return district


def escalation_labels(codes) -> str | None:
    """Escalations in the enumeration's order, joined with 、 (None when there are none)."""
    return "、".join(e.zh for e in Escalation if e in codes) or None
