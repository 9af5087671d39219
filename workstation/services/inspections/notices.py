"""Rectification notices (整改通知书): gap-free numbers per year and the facts a notice states.

The number is taken inside the recording transaction (uow.writing already holds the write lock),
so a refused or failed recording leaves no gap; see filing_receipts for the counter itself.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm import Department, District, Nursery
from workstation.db.orm.inspections import FindingEvent, Inspection, InspectionItemResult, NoticeCounter
from workstation.domain.enums import DepartmentKind, InspectingDeptKind
from workstation.domain.errors import ConflictError
from workstation.domain.inspection_rules import InspectionRules, is_finding, notice_number
from workstation.domain.inspections import (
    NoticeFacts,
    NoticeLine,
    RectificationAction,
    Signatures,
    department_subject,
)
from workstation.services.common.documents import issuer_of
from workstation.services.common.serials import take_serial

SERIES = "rectification"
# The district's department of an inspecting kind whose key differs (the others share their key).
CONFIGURED_AS = {InspectingDeptKind.MARKET: DepartmentKind.MARKET_REGULATION}


def take_notice_number(session: Session, rules: InspectionRules, year: int) -> str:
    """The next 整改通知书 number of `year` (the serial is kept only if the transaction commits)."""
    district = session.scalars(select(District).order_by(District.id).limit(1)).first()
    name, code = (district.name, district.division_code) if district else ("", "")
    # Format first: a broken format must not use up a serial (it raises before the counter moves).
    notice_number(rules, name, code, year, 1)
    serial = take_serial(session, NoticeCounter.__table__, series=SERIES, year=year)
    return notice_number(rules, name, code, year, serial)


def notice_facts(session: Session, inspection: Inspection, rules: InspectionRules) -> NoticeFacts:
    """What the inspection's notice states: every 不符合/基本符合 line with its basis and deadline."""
    if not inspection.notice_no:
        raise ConflictError("该检查没有需要整改的项目，未出具整改通知书。")
    nursery = session.get(Nursery, inspection.nursery_id)
    lines = tuple(NoticeLine(i.code, i.text, i.result, i.note, i.basis, i.department, i.deadline, i.deadline_rule,
                             _reissue_no(session, inspection, i), i.deadline_provisional)
                  for i in inspection.items if i.result is not None and is_finding(i.result) and i.deadline)
    signatures = Signatures(tuple(inspection.inspector_signatures or ()), inspection.inspectors_signed_on,
                            inspection.representative, inspection.representative_signed_on)
    due = max((line.deadline for line in lines), default=None)
    recheck = (f"本部门将在整改期限届满后{rules.recheck_due_working_days}个工作日内（或你单位申请复查后）组织复查。"
               if due else "")
    departments = tuple(InspectingDeptKind(d) for d in inspection.departments)
    return NoticeFacts(
        notice_no=inspection.notice_no, issuer=issuer_of(session)[0], nursery_name=nursery.name,
        address=nursery.address, inspected_on=inspection.inspected_on, kind=inspection.kind,
        departments=departments, department_names=department_names(session, departments),
        inspectors=tuple(inspection.inspectors), lines=lines, signatures=signatures,
        issued_on=inspection.notice_issued_on or dt.date.today(), overall=inspection.overall,
        escalation=inspection.escalation, recheck_note=recheck)


def department_names(session: Session, kinds: tuple[InspectingDeptKind, ...]) -> tuple[str, ...]:
    """Each inspecting department by the name the district configured for its kind (系统设置—辖区),
    else by its kind ("消防救援部门")."""
    district = session.scalars(select(District).order_by(District.id).limit(1)).first()
    configured: dict[str, str] = {}
    if district is not None:
        for kind, name in session.execute(select(Department.kind, Department.name).where(
                Department.district_id == district.id).order_by(Department.id)):
            configured.setdefault(kind.value, name)
    return tuple(configured.get(CONFIGURED_AS.get(k, k).value) or department_subject(k) for k in kinds)


def _reissue_no(session: Session, inspection: Inspection, line: InspectionItemResult) -> int:
    """On a 复查, which reissue of the finding this notice made (1 for the first); 0 for a first notice."""
    if line.template_item_id is not None or line.finding_id is None:
        return 0
    fails = list(session.scalars(select(FindingEvent.inspection_id).where(
        FindingEvent.finding_id == line.finding_id, FindingEvent.action == RectificationAction.RECHECK_FAIL)
        .order_by(FindingEvent.id)))
    return fails.index(inspection.id) + 1 if inspection.id in fails else 0
