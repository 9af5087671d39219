"""Staff (人员, domain.md §5.2, §8, §19): roles, certificates, health and background checks, the
lifetime ban list (禁入名单), and the checks of a nursery's roster (R-DIR … R-BAN).

Standard library only. Checks flag with the severity model of intake (`Finding`); only a banned
ID number refuses a record, and its message names the decision.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from workstation.domain.enums import IdType, LabelledEnum
from workstation.domain.errors import ValidationError
from workstation.domain.masking import mask_id_number
from workstation.domain.normalize import clean_text, compact_code
from workstation.domain.nursery import Finding
from workstation.domain.staff_rules import NATIONAL_STAFF_RULES, StaffRules
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.domain.validators import validate_phone, validate_resident_id

MAX_NAME, MAX_TEXT, MAX_NUMBER = 50, 500, 64


class StaffRole(LabelledEnum):
    DIRECTOR = ("DIRECTOR", "负责人", "Director")
    CAREGIVER = ("CAREGIVER", "保育人员", "Caregiver")
    HEALTH = ("HEALTH", "卫生保健人员", "Health-care staff")
    SECURITY = ("SECURITY", "保安人员", "Security guard")
    COOK = ("COOK", "炊事人员", "Cook")
    TEACHER = ("TEACHER", "育婴/早教人员", "Early-education staff")
    ADMIN = ("ADMIN", "行政财务人员", "Administration and finance")
    OTHER = ("OTHER", "其他人员", "Other staff")


class Employment(LabelledEnum):
    FULL_TIME = ("FULL_TIME", "全职", "Full-time")
    PART_TIME = ("PART_TIME", "兼职", "Part-time")


class CredentialKind(LabelledEnum):
    DIRECTOR_TRAINING = ("DIRECTOR_TRAINING", "负责人岗位培训合格证", "Director post-training certificate")
    DEGREE = ("DEGREE", "大专及以上学历证书", "College degree or above")
    CAREGIVER = ("CAREGIVER", "保育师证", "Childcare worker certificate")
    NURSERY_NURSE = ("NURSERY_NURSE", "育婴员证", "Infant-care certificate")
    TEACHER = ("TEACHER", "教师资格证", "Teacher qualification")
    HEALTH_TRAINING = ("HEALTH_TRAINING", "卫生保健培训合格证", "Health-care training certificate")
    MEDICAL = ("MEDICAL", "医护执业证书", "Medical or nursing licence")
    GUARD = ("GUARD", "保安员证", "Security guard licence")
    FOOD_HANDLER = ("FOOD_HANDLER", "食品从业人员健康证明", "Food-handler health certificate")
    OTHER = ("OTHER", "其他证书", "Other certificate")


# The certificate a new entry for someone in the role most likely is (the dialog's default kind).
USUAL_CREDENTIAL: dict[StaffRole, CredentialKind] = {
    StaffRole.DIRECTOR: CredentialKind.DIRECTOR_TRAINING, StaffRole.CAREGIVER: CredentialKind.CAREGIVER,
    StaffRole.HEALTH: CredentialKind.HEALTH_TRAINING, StaffRole.SECURITY: CredentialKind.GUARD,
    StaffRole.COOK: CredentialKind.FOOD_HANDLER, StaffRole.TEACHER: CredentialKind.NURSERY_NURSE,
}


class HealthResult(LabelledEnum):
    PASS = ("PASS", "合格", "Fit")
    FAIL = ("FAIL", "不合格", "Unfit")


class BanState(LabelledEnum):
    """Where a ban stands (the 禁入人员名单's 状态 filter)."""
    IN_FORCE = ("IN_FORCE", "在册", "In force")
    LIFTED = ("LIFTED", "已解除", "Lifted")


class BackgroundResult(LabelledEnum):
    CLEAR = ("CLEAR", "无相关违法犯罪记录", "No relevant record")
    HIT = ("HIT", "有相关违法犯罪记录", "Relevant record found")


# --- values --------------------------------------------------------------------------------------

def add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def normalize_id(id_type: IdType, id_no: str, today: dt.date, field: str = "id_no") -> str:
    """The ID number as stored and matched: a validated 18-character resident ID, or the compact code."""
    if id_type == IdType.RESIDENT_ID:
        return validate_resident_id(id_no, field, today=today)
    number = compact_code(id_no)
    if not number:
        raise ValidationError("请填写证件号码。", field)
    if len(number) > 32:
        raise ValidationError("证件号码不能超过32个字符。", field)
    return number


def mask_id(value: str) -> str:
    """An ID as every view masks it (domain/masking.py: a resident ID keeps its first 6 and last 4,
    anything else shows nothing)."""
    return mask_id_number(value) or ""


def _name(value: str, field: str = "name", what: str = "姓名") -> str:
    name = clean_text(value)
    if not name:
        raise ValidationError(f"请填写{what}。", field)
    if len(name) > MAX_NAME:
        raise ValidationError(f"{what}不能超过{MAX_NAME}个字。", field)
    return name


def _text(value: str, field: str, what: str, required: bool = False, limit: int = MAX_TEXT) -> str:
    text = clean_text(value)
    if required and not text:
        raise ValidationError(f"请填写{what}。", field)
    if len(text) > limit:
        raise ValidationError(f"{what}不能超过{limit}个字。", field)
    return text


def _not_future(day: dt.date | None, today: dt.date, field: str, what: str) -> None:
    if day is None:
        raise ValidationError(f"请填写{what}。", field)
    if day > today:
        raise ValidationError(f"{what}（{day.isoformat()}）不能晚于今天。", field)


@dataclass(frozen=True)
class StaffDraft:
    name: str
    id_no: str
    role: StaffRole
    hired_on: dt.date | None
    id_type: IdType = IdType.RESIDENT_ID
    employment: Employment = Employment.FULL_TIME
    phone: str = ""
    note: str = ""


def validate_staff(draft: StaffDraft, today: dt.date) -> StaffDraft:
    """The draft cleaned (name, normalised ID, phone) or ValidationError naming the field."""
    name = _name(draft.name)
    number = normalize_id(draft.id_type, draft.id_no, today)
    if draft.hired_on is None:
        raise ValidationError("请填写入职日期。", "hired_on")
    phone = validate_phone(draft.phone, "phone") if clean_text(draft.phone) else ""
    note = _text(draft.note, "note", "备注")
    return StaffDraft(name, number, draft.role, draft.hired_on, draft.id_type, draft.employment, phone, note)


@dataclass(frozen=True)
class CredentialDraft:
    kind: CredentialKind
    number: str
    issuer: str
    issued_on: dt.date | None
    valid_until: dt.date | None = None  # None: does not expire


def validate_credential(draft: CredentialDraft, today: dt.date) -> CredentialDraft:
    number = _text(draft.number, "number", "证书编号", required=True, limit=MAX_NUMBER)
    issuer = _text(draft.issuer, "issuer", "发证机关", required=True, limit=MAX_NAME * 2)
    _not_future(draft.issued_on, today, "issued_on", "发证日期")
    if draft.valid_until is not None and draft.issued_on and draft.valid_until < draft.issued_on:
        raise ValidationError("有效期至不能早于发证日期。", "valid_until")
    return CredentialDraft(draft.kind, number, issuer, draft.issued_on, draft.valid_until)


def health_valid_until(checked_on: dt.date, rules: StaffRules = NATIONAL_STAFF_RULES) -> dt.date:
    """A health certificate holds for a year: until the day before the same date next year."""
    return add_months(checked_on, rules.health_valid_months) - dt.timedelta(days=1)


def background_next_due(checked_on: dt.date, rules: StaffRules = NATIONAL_STAFF_RULES) -> dt.date:
    return add_months(checked_on, rules.background_valid_months)


@dataclass(frozen=True)
class HealthEntry:
    checked_on: dt.date | None
    result: HealthResult = HealthResult.PASS
    certificate_no: str = ""


@dataclass(frozen=True)
class BackgroundEntry:
    checked_on: dt.date | None
    result: BackgroundResult
    authority: str
    checked_by: str


@dataclass(frozen=True)
class Additions:
    """What a staff dialog adds with the member, saved in the same transaction."""
    credential: CredentialDraft | None = None
    scan: str = ""  # path of the credential's scan
    health: HealthEntry | None = None
    background: BackgroundEntry | None = None


@dataclass(frozen=True)
class BanDraft:
    id_no: str
    name: str
    reason: str
    decision_no: str
    decided_on: dt.date | None
    authority: str
    id_type: IdType = IdType.RESIDENT_ID


def validate_ban(draft: BanDraft, today: dt.date) -> BanDraft:
    number = normalize_id(draft.id_type, draft.id_no, today)
    name = _name(draft.name)
    reason = _text(draft.reason, "reason", "禁入事由", required=True)
    decision = _text(draft.decision_no, "decision_no", "决定书文号", required=True, limit=MAX_NUMBER)
    _not_future(draft.decided_on, today, "decided_on", "决定日期")
    authority = _text(draft.authority, "authority", "作出决定的机关", required=True, limit=MAX_NAME * 2)
    return BanDraft(number, name, reason, decision, draft.decided_on, authority, draft.id_type)


@dataclass(frozen=True)
class BanRef:
    """What a refusal names: the banned person and the decision."""
    name: str
    decision_no: str
    decided_on: dt.date
    authority: str


BAN_REFUSAL = QT_TRANSLATE_NOOP(
    "DomainText", "所填{role}的证件号码在禁入名单中（名单所载姓名“{name}”，{authority}{day}作出的{decision}决定，终身禁入），不能登记。")
BAN_ON_POST = QT_TRANSLATE_NOOP(
    "DomainText", "{role}“{name}”的证件号码在禁入名单中（{authority}{day}作出的{decision}决定，终身禁入），"
    "不得继续从事托育工作，请立即办理离职。")


def _ban_args(ban: BanRef) -> dict:
    return {"authority": ban.authority, "day": ban.decided_on, "decision": ban.decision_no}


def ban_refusal(ban: BanRef, who: LabelledEnum | str) -> Text:
    """"所填法定代表人的证件号码在禁入名单中…": the message that refuses the record (str() is Chinese). It names
    the person as the ban list records them: the name typed may differ (a ban follows the ID number)."""
    return text(BAN_REFUSAL, role=who, name=ban.name, **_ban_args(ban))


# --- roster checks -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Credential:
    kind: CredentialKind
    valid_until: dt.date | None

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_until is None or self.valid_until >= day


@dataclass(frozen=True)
class RosterMember:
    """What the checks read of one employed staff member."""
    name: str
    role: StaffRole
    employment: Employment
    hired_on: dt.date
    credentials: tuple[Credential, ...] = ()
    health_checked_on: dt.date | None = None  # first passed check
    health_valid_until: dt.date | None = None
    background_checked_on: dt.date | None = None  # latest clear check
    background_next_due: dt.date | None = None
    background_hit: bool = False
    other_nurseries: tuple[str, ...] = ()  # names of nurseries employing the same ID now
    ban: BanRef | None = None  # a ban in force on the ID number (added after the person was hired)

    def holds(self, kinds: Iterable[CredentialKind], day: dt.date) -> bool:
        wanted = set(kinds)
        return any(c.kind in wanted and c.valid_on(day) for c in self.credentials)


@dataclass(frozen=True)
class ClassNeed:
    """A class of the nursery: its children and the caregivers it needs at its ratio."""
    name: str
    enrolled: int
    ratio: int

    @property
    def needed(self) -> int:
        return math.ceil(self.enrolled / self.ratio) if self.enrolled > 0 and self.ratio > 0 else 0


def _err(code: str, field: str, source: str, **args) -> Finding:
    message = text(source, **args)
    return Finding(code, "error", field, str(message), message)


def _warn(code: str, field: str, source: str, **args) -> Finding:
    message = text(source, **args)
    return Finding(code, "warning", field, str(message), message)


def roster_findings(members: Sequence[RosterMember], classes: Sequence[ClassNeed], enrolled: int,
                    today: dt.date, rules: StaffRules = NATIONAL_STAFF_RULES) -> list[Finding]:
    """Every finding for the staff employed today, errors first (domain.md §19)."""
    findings = list(_director(members, today))
    findings += _caregivers(members, classes)
    findings += _health_staff(members, enrolled, rules)
    for member in members:
        findings += _person(member, today)
    return sorted(findings, key=lambda f: 0 if f.is_error else 1)


def _director(members: Sequence[RosterMember], today: dt.date) -> Iterator[Finding]:
    directors = [m for m in members if m.role == StaffRole.DIRECTOR]
    if not directors:
        yield _warn("R-DIR", "role", QT_TRANSLATE_NOOP("DomainText", "未登记在岗的负责人。"))
    for member in directors:
        missing = tuple(k for k in (CredentialKind.DEGREE, CredentialKind.DIRECTOR_TRAINING)
                        if not member.holds((k,), today))
        if missing:
            yield _warn("R-DIR", "credentials", QT_TRANSLATE_NOOP("DomainText", "负责人“{name}”缺少有效的{missing}。"),
                        name=member.name, missing=missing)


def _caregivers(members: Sequence[RosterMember], classes: Sequence[ClassNeed]) -> Iterator[Finding]:
    needed = sum(c.needed for c in classes)
    have = sum(1 for m in members if m.role == StaffRole.CAREGIVER)
    if have < needed:
        detail = tuple(text(QT_TRANSLATE_NOOP("DomainText", "{name}{enrolled}人需{needed}名"), name=c.name,
                            enrolled=c.enrolled, needed=c.needed) for c in classes if c.needed)
        yield _err("R-RATIO", "role",
                   QT_TRANSLATE_NOOP("DomainText", "在岗保育人员{have}名，按各班比例至少需要{needed}名（{detail}）。"),
                   have=have, needed=needed, detail=detail)


def _health_staff(members: Sequence[RosterMember], enrolled: int, rules: StaffRules) -> Iterator[Finding]:
    health = [m for m in members if m.role == StaffRole.HEALTH]
    threshold = rules.full_time_health_from_children
    if enrolled >= threshold and not any(m.employment == Employment.FULL_TIME for m in health):
        yield _err("R-HEALTHSTAFF", "role", QT_TRANSLATE_NOOP(
            "DomainText", "在托{enrolled}名婴幼儿（{threshold}名及以上），应至少有1名专职卫生保健人员。"),
            enrolled=enrolled, threshold=threshold)
    elif enrolled > 0 and not health:
        yield _warn("R-HEALTHSTAFF", "role", QT_TRANSLATE_NOOP("DomainText", "未登记卫生保健人员（专职或兼职）。"))


def _person(member: RosterMember, today: dt.date) -> Iterator[Finding]:
    who = {"role": member.role, "name": member.name}
    if member.ban is not None:
        yield _err("R-BAN", "id_no", BAN_ON_POST, **who, **_ban_args(member.ban))
    if member.role == StaffRole.SECURITY and not member.holds((CredentialKind.GUARD,), today):
        yield _warn("R-GUARD", "credentials", QT_TRANSLATE_NOOP("DomainText", "{role}“{name}”没有有效的保安员证。"), **who)
    if member.health_valid_until is None:
        yield _err("R-HCERT", "health", QT_TRANSLATE_NOOP("DomainText", "{role}“{name}”没有健康检查合格记录，不应上岗。"),
                   **who)
    elif member.health_valid_until < today:
        yield _err("R-HCERT", "health", QT_TRANSLATE_NOOP("DomainText", "{role}“{name}”的健康合格证已于{day}过期。"),
                   **who, day=member.health_valid_until)
    elif member.health_checked_on and member.health_checked_on > member.hired_on:
        yield _warn("R-HCERT", "health", QT_TRANSLATE_NOOP(
            "DomainText", "{role}“{name}”于{hired}上岗，健康检查在{checked}，上岗前未取得健康合格证。"),
            **who, hired=member.hired_on, checked=member.health_checked_on)
    if member.background_hit:
        yield _err("R-BGCHK", "background", QT_TRANSLATE_NOOP(
            "DomainText", "{role}“{name}”的违法犯罪记录查询有相关记录，不得从事托育工作。"), **who)
    elif member.background_next_due is None:
        yield _err("R-BGCHK", "background", QT_TRANSLATE_NOOP("DomainText", "{role}“{name}”没有违法犯罪记录查询结果。"),
                   **who)
    elif member.background_next_due < today:
        yield _err("R-BGCHK", "background", QT_TRANSLATE_NOOP(
            "DomainText", "{role}“{name}”的违法犯罪记录查询应于{day}前复查，已逾期。"), **who, day=member.background_next_due)
    if member.other_nurseries:
        yield _warn("R-TWO", "hired_on", QT_TRANSLATE_NOOP("DomainText", "{role}“{name}”同时在{nurseries}在岗。"),
                    **who, nurseries=member.other_nurseries)
