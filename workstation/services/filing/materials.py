"""Materials of an application: the checklist from the rules, edits, checks and scanned files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from workstation.db.orm.filing import FilingApplication, FilingMaterial
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.filing import FilingState
from workstation.domain.filing_rules import (
    FilingRules,
    MaterialResult,
    MaterialType,
    checklist,
)
from workstation.services.filing.dto import MaterialUpdate

# Accepted scans, recognised by content (a renamed .exe is not a PDF).
EDITABLE = frozenset({FilingState.DRAFT, FilingState.SUBMITTED, FilingState.MATERIALS_CHECK,
                      FilingState.RETURNED_FOR_SUPPLEMENT})


def sync_checklist(app: FilingApplication, rules: FilingRules, provides_meals: bool,
                   changes: Mapping[str, str], who: str) -> None:
    """Make the material rows match the checklist; rows no longer needed become optional (kept if used)."""
    wanted = {rule.material_type: rule for rule in checklist(rules, app.kind, provides_meals, changes)}
    rows = {m.material_type: m for m in app.materials}
    for material_type, rule in wanted.items():
        row = rows.get(material_type)
        if row is None:
            app.materials.append(FilingMaterial(material_type=material_type, title=rule.title,
                                                required=rule.required, created_by=who, updated_by=who))
        elif row.required != rule.required:
            row.required = rule.required
    for material_type, row in rows.items():
        if material_type in wanted:
            continue
        if row.files or row.provided:
            row.required = False
        else:
            app.materials.remove(row)


def require_editable(app: FilingApplication) -> None:
    if app.state not in EDITABLE:
        raise ConflictError(f"申请{app.state.zh}，材料不能再修改。")  # (every such state reads 已…)


def update_material(row: FilingMaterial, update: MaterialUpdate, who: str) -> None:
    """Record what was provided; a change after a check voids the check (it must be checked again)."""
    new = {"provided": update.provided, "valid_until": update.valid_until,
           "subtype": update.subtype if row.material_type is MaterialType.FIRE_SAFETY else None,
           "rating": update.rating if row.material_type is MaterialType.HYGIENE_EVALUATION else None}
    changed = {name: value for name, value in new.items() if getattr(row, name) != value}
    if not changed:
        return
    for name, value in changed.items():
        setattr(row, name, value)
    if row.result is not None:
        _clear_check(row)
    row.updated_by = who


def mark_material(row: FilingMaterial, result: MaterialResult, note: str, who: str, now: dt.datetime) -> None:
    """The clerk's check of one material (only while the application is under materials check)."""
    state = row.application.state
    if state not in EDITABLE:
        raise ConflictError(f"申请{state.zh}，材料不能再审核。")
    if state is not FilingState.MATERIALS_CHECK:
        raise ConflictError("请先“开始材料审核”，再逐项审核材料。")
    if result is MaterialResult.OK and not row.provided:
        raise ValidationError(f"材料“{row.title}”尚未提供，不能审核通过。", "result")
    if result is not MaterialResult.OK and not note.strip():
        raise ValidationError(f"请说明材料“{row.title}”需补正的原因。", "note")
    row.result, row.note = result, note.strip()
    row.checked_by, row.checked_at, row.updated_by = who, now, who


def reset_flagged(app: FilingApplication) -> None:
    """On resubmission, materials that were missing or unacceptable must be checked again."""
    for row in app.materials:
        if row.result in (MaterialResult.MISSING, MaterialResult.INVALID):
            _clear_check(row)


def _clear_check(row: FilingMaterial) -> None:
    row.result, row.checked_by, row.checked_at = None, "", None
