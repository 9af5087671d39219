"""Loading and small helpers of the inspection service: records by id, the 复查 chain, new lines."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from workstation.db.orm.inspections import ChecklistTemplate, Finding, Inspection, InspectionItemResult
from workstation.domain.errors import NotFound, ValidationError
from workstation.services.common import lookup as common_lookup


def names(inspectors: Sequence[str]) -> list[str]:
    names = list(dict.fromkeys(n.strip() for n in inspectors if n.strip()))
    if not names:
        raise ValidationError("请填写检查人员。", "inspectors")
    return names


def template_lines(templates: Sequence[ChecklistTemplate], who: str) -> list[InspectionItemResult]:
    items = [item for t in templates for item in t.items]
    return [InspectionItemResult(position=n, template_item_id=i.id, code=i.code, text=i.text, basis=i.basis,
                                 severity=i.severity, department=i.department, result=None, note="", photos=[],
                                 created_by=who, updated_by=who) for n, i in enumerate(items, 1)]


def chain(session: Session, inspection: Inspection) -> list[int]:
    """The inspection and the visits it followed up (previous_inspection_id), nearest first."""
    ids, current = [], inspection
    while current is not None and current.id not in ids:
        ids.append(current.id)
        current = session.get(Inspection, current.previous_inspection_id) if current.previous_inspection_id else None
    return ids


def load(session: Session, inspection_id: int) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFound(f"找不到编号为 {inspection_id} 的检查记录。")
    return inspection


def load_finding(session: Session, finding_id: int) -> Finding:
    finding = session.get(Finding, finding_id)
    if finding is None:
        raise NotFound(f"找不到编号为 {finding_id} 的整改事项。")
    return finding


load_nursery = common_lookup.load_nursery
