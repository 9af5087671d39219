"""Checks on a nursery draft before saving (domain.md §19: R-USCC … R-HOME, R-LEASE, R-SCOPE)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import replace

from workstation.domain.enums import ClassType, InstitutionKind, LegalNature, PremisesType
from workstation.domain.errors import ValidationError
from workstation.domain.field_limits import NURSERY_TEXT_LIMITS, too_long
from workstation.domain.normalize import clean_text
from workstation.domain.nursery import ClassDraft, Finding, NurseryDraft
from workstation.domain.routing import organ_problem
from workstation.domain.rules import RuleParameters
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.domain.validators import (
    uscc_area_warning,
    uscc_nature_warning,
    validate_phone,
    validate_resident_id,
    validate_uscc,
)

EXISTING = "existing"  # Finding.severity of an error the saved record already has (carried_over)


def check_draft(draft: NurseryDraft, rules: RuleParameters, today: dt.date,
                filed_on: dt.date | None = None, district_code: str | None = None) -> list[Finding]:
    """Every finding for the draft, errors first, in form order within each severity.

    `filed_on`: the day the nursery was filed, for rules measured at filing (the lease term);
    `district_code`: the district's division code, to place the USCC's registering authority.
    """
    findings = list(_lengths(draft))
    findings += _identity(draft, district_code)
    findings += _people(draft, today)
    findings += _registration(draft, rules, today)
    findings += _premises(draft, rules, today, filed_on)
    findings += _capacity(draft, rules)
    return sorted(findings, key=lambda f: 0 if f.is_error else 1)


def carried_over(findings: list[Finding], saved: list[Finding]) -> list[Finding]:
    """The findings of an edit, each error the saved record already has unchanged made an existing one.

    Rules tighten (a district's ratio parameter) and records arrive from older systems, so a saved
    record may break a rule. An edit elsewhere (a phone number) must not first fix what it did not touch:
    an error with the same rule, field and message as the saved record's neither blocks nor needs a
    reason. What the edit changes must pass: a class edited and still too large gives another message
    and stays an error.
    """
    before = {(f.code, f.field, f.message) for f in saved if f.is_error}
    if not before:
        return findings
    marked = [replace(f, severity=EXISTING) if f.is_error and (f.code, f.field, f.message) in before else f
              for f in findings]
    return sorted(marked, key=lambda f: (not f.is_error, not f.is_existing))


def _err(code: str, field: str, message: str) -> Finding:
    return Finding(code, "error", field, message)


def _warn(code: str, field: str, message: Text) -> Finding:
    """A warning, kept as its template and values: the form shows it in the interface language."""
    return Finding(code, "warning", field, str(message), message)


def _t(source: str, **values: object) -> Text:
    return text(source, **values)


def uscc_findings(code: str, nature: LegalNature | None, district_code: str | None) -> list[Finding]:
    """The cross-checks of a valid USCC, with one severity wherever a code is entered (intake, edits,
    the push import): its first two characters against the legal nature, and its registering
    authority against the district. Both are warnings (domain.md §13.1)."""
    findings = []
    nature_message = uscc_nature_warning(code, nature)
    if nature_message:
        findings.append(_warn("R-USCC-NATURE", "uscc", nature_message))
    area_message = uscc_area_warning(code, district_code)
    if area_message:
        findings.append(_warn("R-USCC-AREA", "uscc", area_message))
    return findings


def _lengths(draft: NurseryDraft) -> Iterator[Finding]:
    for field in NURSERY_TEXT_LIMITS:
        message = too_long(field, getattr(draft, field))
        if message:
            yield _err("R-LENGTH", field, message)


def _identity(draft: NurseryDraft, district_code: str | None) -> Iterator[Finding]:
    name = clean_text(draft.name)
    if not name:
        yield _err("R-NAME", "name", "请填写机构名称。")
    elif draft.kind == InstitutionKind.HOME_BASED and "托育" not in name:
        yield _warn("R-HOME-NAME", "name", _t(QT_TRANSLATE_NOOP("DomainText", "家庭托育点的名称应含有“托育”字样。")))
    if draft.uscc:
        try:
            code = validate_uscc(draft.uscc)
        except ValidationError as exc:
            yield _err("R-USCC", "uscc", exc.message)
        else:
            yield from uscc_findings(code, draft.legal_nature, district_code)


def _people(draft: NurseryDraft, today: dt.date) -> Iterator[Finding]:
    for field, value in (("phone", draft.phone), ("legal_rep_phone", draft.legal_rep_phone),
                         ("director_phone", draft.director_phone)):
        if value:
            try:
                validate_phone(value, field)
            except ValidationError as exc:
                yield _err("R-PHONE", field, exc.message)
    if draft.legal_rep_id_no and draft.legal_rep_id_type.value == "RESIDENT_ID":
        try:
            validate_resident_id(draft.legal_rep_id_no, "legal_rep_id_no", today=today)
        except ValidationError as exc:
            yield _err("R-ID", "legal_rep_id_no", "法定代表人" + exc.message)


def _registration(draft: NurseryDraft, rules: RuleParameters, today: dt.date) -> Iterator[Finding]:
    if draft.registered_at and draft.registered_at > today:
        yield _err("R-REG-DATE", "registered_at", "登记日期不能晚于今天。")
    if draft.registered_at and not draft.uscc:
        yield _err("R-REG-CODE", "uscc", "已填写登记日期，请同时填写证书上的统一社会信用代码。")
    organ = organ_problem(draft.legal_nature, draft.registration_organ_kind)
    if organ:
        yield _err("R-ORGAN", "registration_organ_kind", organ)
    scope = clean_text(draft.business_scope)
    if scope and not any(k in scope for k in rules.scope_keywords):
        yield _warn("R-SCOPE", "business_scope", _t(QT_TRANSLATE_NOOP(
            "DomainText", "登记的业务（经营）范围未提及“托育”或“婴幼儿照护”服务内容。")))
    elif not scope and draft.is_registered:
        yield _warn("R-SCOPE", "business_scope", _t(QT_TRANSLATE_NOOP("DomainText", "未填写登记的业务（经营）范围。")))


def _premises(draft: NurseryDraft, rules: RuleParameters, today: dt.date,
              filed_on: dt.date | None) -> Iterator[Finding]:
    """The lease must run `min_lease_years` from filing (from today while not filed yet); a filed
    nursery's lease ending within `lease_ending_months` is flagged separately. A dwelling used as a
    家庭托育点 is checked the same way when it is leased (a lease end is given)."""
    leased = draft.premises_type == PremisesType.LEASED
    if not leased and not (draft.premises_type == PremisesType.HOME and draft.lease_end is not None):
        return
    if draft.lease_end is None:
        yield _warn("R-LEASE", "lease_end", _t(QT_TRANSLATE_NOOP("DomainText", "租赁场所请填写租期截止日期。")))
        return
    years, since = rules.min_lease_years, filed_on or today
    if draft.lease_end < _add_months(since, 12 * years):
        if filed_on is None:
            left = (draft.lease_end - today).days
            tail = (_t(QT_TRANSLATE_NOOP("DomainText", "已到期")) if left < 0 else
                    _t(QT_TRANSLATE_NOOP("DomainText", "剩余约 {years} 年 {months} 个月"),
                       years=left // 365, months=left % 365 // 30))
            yield _warn("R-LEASE", "lease_end", _t(QT_TRANSLATE_NOOP(
                "DomainText", "租赁场所的剩余租期不足{years}年（{tail}）。"), years=years, tail=tail))
        else:
            yield _warn("R-LEASE", "lease_end", _t(QT_TRANSLATE_NOOP(
                "DomainText", "备案时（{filed_on}）租赁场所的剩余租期不足{years}年。"), filed_on=filed_on, years=years))
    if filed_on is not None and draft.lease_end <= _add_months(today, rules.lease_ending_months):
        ended = (QT_TRANSLATE_NOOP("DomainText", "租期已于{day}到期，请核实机构是否已续租并补交租赁合同。")
                 if draft.lease_end < today else
                 QT_TRANSLATE_NOOP("DomainText", "租期将于{day}到期，请核实机构是否已续租并补交租赁合同。"))
        yield _warn("R-LEASE-END", "lease_end", _t(ended, day=draft.lease_end))


def _add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    target = dt.date(day.year + year, month + 1, 1)
    next_month = dt.date(target.year + (target.month == 12), target.month % 12 + 1, 1)
    return target.replace(day=min(day.day, (next_month - dt.timedelta(days=1)).day))


def _capacity(draft: NurseryDraft, rules: RuleParameters) -> Iterator[Finding]:
    if draft.places_total < 0 or draft.places_inclusive < 0:
        yield _err("R-PLACES", "places_total", "托位数不能为负数。")
    if draft.places_inclusive > draft.places_total:
        yield _err("R-PLACES", "places_inclusive",
                   f"普惠托位数（{draft.places_inclusive}）不能多于托位总数（{draft.places_total}）。")
    if draft.enrolled > draft.places_total:
        yield _warn("R-ENROLLED", "places_total", _t(QT_TRANSLATE_NOOP(
            "DomainText", "在托人数（{enrolled}）超过托位总数（{places}）。"), enrolled=draft.enrolled,
            places=draft.places_total))
    if draft.kind == InstitutionKind.HOME_BASED:
        yield from _home_based(draft, rules)
    for index, klass in enumerate(draft.classes, start=1):
        yield from _class(index, klass, rules)


def _home_based(draft: NurseryDraft, rules: RuleParameters) -> Iterator[Finding]:
    limit = rules.home_based_max_children
    if max(draft.enrolled, draft.places_total) > limit:
        yield _err("R-HOME", "places_total",
                   f"家庭托育点最多收托{limit}名婴幼儿；超过的应按托育机构登记备案。")
    caregivers = sum(c.caregivers for c in draft.classes)
    needed = math.ceil(draft.enrolled / rules.home_based_ratio)
    if draft.classes and caregivers < needed:
        yield _err("R-HOME", "classes",
                   f"家庭托育点照护人员与婴幼儿比例不低于1:{rules.home_based_ratio}："
                   f"{draft.enrolled}名婴幼儿至少需要{needed}名照护人员。")


def _class(index: int, klass: ClassDraft, rules: RuleParameters) -> Iterator[Finding]:
    label = f"第{index}个班级（{klass.name or klass.class_type.zh}）"
    field = f"classes[{index}]"
    limit = rules.limit(klass.class_type)
    if min(klass.capacity, klass.enrolled, klass.caregivers) < 0:
        yield _err("R-CLASS", field, f"{label}的人数不能为负数。")
        return
    if klass.enrolled > klass.capacity:
        yield _err("R-CLASS", field, f"{label}在托{klass.enrolled}人，超过本班容量{klass.capacity}人。")
    if max(klass.capacity, klass.enrolled) > limit.max_children:
        rule = "R-MIX" if klass.class_type == ClassType.MIXED else "R-CLASS"
        yield _err(rule, field, f"{label}：{klass.class_type.zh}每班不超过{limit.max_children}人。")
    needed = math.ceil(klass.enrolled / limit.ratio)
    if klass.enrolled and klass.caregivers < needed:
        yield _err("R-RATIO", field,
                   f"{label}：保育人员与婴幼儿比例不低于1:{limit.ratio}，"
                   f"{klass.enrolled}名婴幼儿至少需要{needed}名保育人员（现有{klass.caregivers}名）。")
