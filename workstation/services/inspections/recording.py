"""Recording an inspection: results into its lines, photos into attachments, then findings,
the notice number and the inspection's next state (domain.md §18.3)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session, object_session

from workstation.db.attachments import Attachments, is_sha256
from workstation.db.orm.inspections import Finding, Inspection, InspectionItemResult
from workstation.domain.errors import ValidationError
from workstation.domain.inspection_rules import check_overall, is_finding, suggested_overall
from workstation.domain.inspections import (
    EDITABLE_INSPECTION,
    Conclusion,
    Escalation,
    InspectionAction,
    InspectionKind,
    OverallResult,
    Signatures,
    inspection_move,
)
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.services.common.scans import check_scan
from workstation.services.inspections import findings
from workstation.services.inspections.dto import ItemEntry
from workstation.services.inspections.notices import take_notice_number

IA = InspectionAction


def apply_entries(inspection: Inspection, entries: Sequence[ItemEntry], attachments: Attachments | None,
                  who: str) -> None:
    """Write the results, notes and photos of `entries` into the inspection's lines."""
    if inspection.state not in EDITABLE_INSPECTION:
        raise ValidationError(f"该检查已{inspection.state.zh}，检查结果不能再修改。", "state")
    lines = {item.id: item for item in inspection.items}
    for entry in entries:
        line = lines.get(entry.item_id)
        if line is None:
            raise ValidationError(f"检查项目 {entry.item_id} 不属于这次检查。", "items")
        photos = [_photo(p, attachments, object_session(inspection)) for p in entry.photos]
        if (line.result, line.note, list(line.photos or [])) != (entry.result, entry.note.strip(), photos):
            line.result, line.note, line.photos, line.updated_by = entry.result, entry.note.strip(), photos, who


def apply_conclusion(inspection: Inspection, conclusion: Conclusion) -> None:
    """Keep a draft's conclusion, signatures and notes (the conclusion apart from the recorded one)."""
    sign = conclusion.signatures
    inspection.draft_overall, inspection.draft_escalation = conclusion.overall, conclusion.escalation
    inspection.inspector_signatures = [n.strip() for n in sign.inspectors if n.strip()]
    inspection.inspectors_signed_on = sign.inspectors_signed_on
    inspection.representative = sign.representative.strip()
    inspection.representative_signed_on = sign.representative_signed_on
    inspection.notes = conclusion.notes.strip()


def _photo(photo: str | Path, attachments: Attachments | None, session: Session | None) -> str:
    if isinstance(photo, str) and is_sha256(photo):
        return photo
    if attachments is None:
        raise ValidationError("未配置附件文件夹，不能保存现场照片。", "photos")
    path = Path(photo)
    check_scan(path)
    return attachments.put(path, session)


def check_complete(inspection: Inspection, signatures: Signatures) -> None:
    """Every line has a result and the inspectors have signed (names and date)."""
    missing = [i.code for i in inspection.items if i.result is None]
    if missing:
        shown = "、".join(missing[:8]) + ("等" if len(missing) > 8 else "")
        raise ValidationError(f"还有{len(missing)}个检查项目未填写结果：{shown}。", "items")
    if not any(name.strip() for name in signatures.inspectors) or signatures.inspectors_signed_on is None:
        raise ValidationError("请填写检查人员签名（姓名）和签名日期。", "signatures")
    if signatures.representative.strip() and signatures.representative_signed_on is None:
        raise ValidationError("请填写机构负责人（或代表）的签名日期。", "signatures")


def record(ctx: findings.FindingContext, inspection: Inspection, overall: OverallResult | None,
           escalation: Escalation | None, signatures: Signatures) -> None:
    """Findings from the results (new ones; on a 复查 closed or reissued), the notice, the next state."""
    check_complete(inspection, signatures)
    lines = list(inspection.items)
    suggested = suggested_overall((i.result, i.severity) for i in lines)
    overall = overall or suggested
    to_issue = [i for i in lines if is_finding(i.result)]
    check_overall(overall, escalation, len(to_issue))
    carried = _carried(ctx, inspection)
    notice_no = take_notice_number(ctx.session, ctx.rules, ctx.today.year) if to_issue else ""
    for line in lines:
        finding = carried.get(line.id)
        if finding is None:
            if is_finding(line.result):
                findings.raise_finding(ctx, inspection, line, notice_no)
        elif is_finding(line.result):
            findings.reissue(ctx, finding, inspection, line, notice_no)
        else:
            findings.close_by_recheck(ctx, finding, inspection, line)
    _sign(ctx, inspection, signatures, overall, suggested, escalation, notice_no)
    if escalation is not None:
        inspection.state = inspection_move(inspection.state, IA.ESCALATE)
        if escalation is Escalation.SUSPEND:
            findings.suspend_nursery(ctx, inspection.nursery_id, inspection.id, text(QT_TRANSLATE_NOOP(
                "DomainText", "检查（{day}）结论不合格，责令停业整顿"), day=inspection.inspected_on))
    elif to_issue:
        inspection.state = inspection_move(inspection.state, IA.REQUIRE_RECTIFICATION)
    else:
        inspection.state = inspection_move(inspection.state, IA.SIGN_OFF)
        inspection.closed_on = ctx.today
    for finding in carried.values():
        findings.close_related(ctx, finding)


def _carried(ctx: findings.FindingContext, inspection: Inspection) -> dict[int, Finding]:
    """On a 复查, the earlier findings its lines re-check, by line id (each must still be open)."""
    if inspection.kind is not InspectionKind.RECHECK:
        return {}
    out: dict[int, Finding] = {}
    for line in inspection.items:
        if line.finding_id is not None and line.template_item_id is None:
            finding = ctx.session.get(Finding, line.finding_id)
            findings.require_open(finding)
            out[line.id] = finding
    return out


def _sign(ctx: findings.FindingContext, inspection: Inspection, signatures: Signatures, overall: OverallResult,
          suggested: OverallResult, escalation: Escalation | None, notice_no: str) -> None:
    inspection.state = inspection_move(inspection.state, IA.RECORD)
    inspection.overall, inspection.suggested_overall, inspection.escalation = overall, suggested, escalation
    inspection.draft_overall = inspection.draft_escalation = None
    inspection.inspector_signatures = [n.strip() for n in signatures.inspectors if n.strip()]
    inspection.inspectors_signed_on = signatures.inspectors_signed_on
    inspection.representative = signatures.representative.strip()
    inspection.representative_signed_on = signatures.representative_signed_on
    inspection.notice_no, inspection.notice_issued_on = notice_no or None, ctx.today if notice_no else None
    inspection.recorded_at, inspection.recorded_by = ctx.now, ctx.actor.username
    inspection.rule_version, inspection.calendar_version = ctx.rules.version, ctx.calendar.version
    inspection.updated_by = ctx.actor.username


def recheck_lines(open_findings: Sequence[Finding], who: str) -> list[InspectionItemResult]:
    """A 复查's lines: one per open finding, its wording copied, no result yet."""
    return [InspectionItemResult(position=n, template_item_id=None, finding_id=f.id, code=f.code, text=f.text,
                                 basis=f.basis, severity=f.severity, department=f.department, result=None, note="",
                                 photos=[], created_by=who, updated_by=who)
            for n, f in enumerate(open_findings, 1)]

