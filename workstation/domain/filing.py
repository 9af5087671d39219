"""Filing applications (备案, domain.md §18.2) as a state machine kept as data.

Each Transition names the action, the states it leaves, the state it reaches, the application
kinds it applies to, the permission it needs and the guards (filing_rules.GUARDS) that must pass.
STATUS_RULES says what each action does to the nursery's lifecycle status (§18.1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.enums import LabelledEnum
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.filing_states import CLOCK_STATES as CLOCK_STATES
from workstation.domain.filing_states import DECIDED_STATES, FilingKind, FilingState
from workstation.domain.filing_states import EDITABLE_CONTENT as EDITABLE_CONTENT
from workstation.domain.filing_states import OPEN_STATES as OPEN_STATES
from workstation.domain.permissions import Action
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.domain.typed_values import DATE_EXAMPLES, parse_date


class FilingAction(LabelledEnum):
    SUBMIT = ("SUBMIT", "提交申请", "Submit")
    START_CHECK = ("START_CHECK", "开始材料审核", "Start materials check")
    RETURN = ("RETURN", "退回补正", "Return for supplement")
    RESUBMIT = ("RESUBMIT", "补正后重新提交", "Resubmit")
    ACCEPT = ("ACCEPT", "受理备案并出具回执", "Accept and issue receipt")
    VERIFY = ("VERIFY", "核实通过", "Verify")
    NOTIFY = ("NOTIFY", "通知不符合要求", "Notify non-conformity")
    WITHDRAW = ("WITHDRAW", "申请人撤回", "Withdraw")


class FilingChannel(LabelledEnum):
    NATIONAL_SYSTEM = ("NATIONAL_SYSTEM", "全国托育机构备案信息系统", "National filing system")
    PAPER = ("PAPER", "纸质材料（窗口）", "Paper at the counter")


class DocumentKind(LabelledEnum):
    RECEIPT = ("RECEIPT", "备案回执", "Filing receipt")
    BASIC_CONDITIONS = ("BASIC_CONDITIONS", "托育机构基本条件告知书", "Notice of basic conditions")
    SUPPLEMENT_NOTICE = ("SUPPLEMENT_NOTICE", "补正材料通知书", "Notice of missing materials")
    CHANGE_RECEIPT = ("CHANGE_RECEIPT", "备案变更回执", "Change filing receipt")
    CANCELLATION_RECEIPT = ("CANCELLATION_RECEIPT", "备案注销回执", "Cancellation receipt")


class FilingEventKind(LabelledEnum):
    CREATED = ("CREATED", "创建申请", "Created")
    ACTION = ("ACTION", "办理", "Action")
    MATERIALS = ("MATERIALS", "材料", "Materials")
    INFO = ("INFO", "备案信息", "Filing information")
    DOCUMENT = ("DOCUMENT", "出具文书", "Document issued")
    CLOCK = ("CLOCK", "期限重算", "Deadline recomputed")


S = FilingState
ALL_KINDS = frozenset(FilingKind)


@dataclass(frozen=True)
class Transition:
    action: FilingAction
    sources: frozenset[FilingState]
    target: FilingState
    kinds: frozenset[FilingKind]
    permission: Action
    guards: tuple[str, ...] = ()


def _t(action: FilingAction, sources: set[FilingState], target: FilingState, kinds=ALL_KINDS,
       permission: Action = Action.FILING_EDIT, guards: tuple[str, ...] = ()) -> Transition:
    return Transition(action, frozenset(sources), target, frozenset(kinds), permission, guards)


_ACCEPT_GUARDS = {FilingKind.INITIAL: ("materials_complete", "hygiene_qualified"),
                  FilingKind.CHANGE: ("change_items", "materials_complete", "hygiene_qualified"),
                  FilingKind.CANCELLATION: ("settlement_note", "materials_complete")}

TRANSITIONS: tuple[Transition, ...] = (
    _t(FilingAction.SUBMIT, {S.DRAFT}, S.SUBMITTED, {FilingKind.INITIAL, FilingKind.CANCELLATION}),
    _t(FilingAction.SUBMIT, {S.DRAFT}, S.SUBMITTED, {FilingKind.CHANGE}, guards=("change_items",)),
    _t(FilingAction.START_CHECK, {S.SUBMITTED}, S.MATERIALS_CHECK),
    _t(FilingAction.RETURN, {S.MATERIALS_CHECK}, S.RETURNED_FOR_SUPPLEMENT, guards=("missing_items",)),
    _t(FilingAction.RESUBMIT, {S.RETURNED_FOR_SUPPLEMENT}, S.SUBMITTED),
    *(_t(FilingAction.ACCEPT, {S.MATERIALS_CHECK}, S.ACCEPTED, {kind}, Action.FILING_DECIDE, guards)
      for kind, guards in _ACCEPT_GUARDS.items()),
    _t(FilingAction.VERIFY, {S.ACCEPTED}, S.VERIFIED, permission=Action.FILING_DECIDE),
    # A cancelled nursery has nothing left to conform to: no non-conformity notice.
    _t(FilingAction.NOTIFY, {S.ACCEPTED}, S.NOTIFIED, {FilingKind.INITIAL, FilingKind.CHANGE},
       Action.FILING_DECIDE, guards=("reason",)),
    # §18.2 lets the applicant withdraw while submitted or under check; a draft or a returned
    # application may also be abandoned, or it would stay open for ever.
    _t(FilingAction.WITHDRAW, {S.DRAFT, S.SUBMITTED, S.MATERIALS_CHECK, S.RETURNED_FOR_SUPPLEMENT}, S.WITHDRAWN),
)


def transitions_from(kind: FilingKind, state: FilingState) -> list[Transition]:
    """Every transition legal for an application of `kind` in `state`, in table order."""
    return [t for t in TRANSITIONS if kind in t.kinds and state in t.sources]


def transition_for(kind: FilingKind, state: FilingState, action: FilingAction) -> Transition:
    """The transition for `action`, or ConflictError saying why it is not possible now."""
    for transition in transitions_from(kind, state):
        if transition.action is action:
            return transition
    if not any(kind in t.kinds for t in TRANSITIONS if t.action is action):
        raise ConflictError(f"{kind.zh}申请不适用“{action.zh}”。")
    allowed = "、".join(f"“{s.zh}”" for t in TRANSITIONS if t.action is action and kind in t.kinds
                       for s in sorted(t.sources, key=list(FilingState).index))
    raise ConflictError(f"该{kind.zh}申请当前为“{state.zh}”，不能{action.zh}（仅{allowed}状态可以）。")


# --- the nursery's lifecycle (§18.1) ---------------------------------------------------------

# Which nursery statuses may open an application of each kind.
OPENING_STATUSES: dict[FilingKind, frozenset[Status]] = {
    FilingKind.INITIAL: frozenset({Status.REGISTERED}),
    FilingKind.CHANGE: frozenset({Status.FILED, Status.OPERATING}),
    FilingKind.CANCELLATION: frozenset({Status.FILED, Status.OPERATING, Status.UNDER_NOTICE, Status.SUSPENDED}),
}
IN_PROGRESS: dict[FilingKind, Status] = {
    FilingKind.INITIAL: Status.FILING, FilingKind.CHANGE: Status.CHANGING,
    FilingKind.CANCELLATION: Status.CANCELLING,
}


@dataclass(frozen=True)
class StatusRule:
    """What an action does to the nursery: `requires` (refuse otherwise), then `to` or `restore`.

    `when` limits the change to nurseries currently in those statuses (others keep theirs).
    """

    requires: frozenset[Status] | None = None
    to: Status | None = None
    restore: bool = False  # back to the status saved when the application was (re)submitted
    when: frozenset[Status] | None = None


def _status_rules() -> dict[tuple[FilingKind, FilingAction], StatusRule]:
    rules: dict[tuple[FilingKind, FilingAction], StatusRule] = {}
    for kind in FilingKind:
        busy = frozenset({IN_PROGRESS[kind]})
        opening = StatusRule(requires=OPENING_STATUSES[kind], to=IN_PROGRESS[kind])
        rules[kind, FilingAction.SUBMIT] = rules[kind, FilingAction.RESUBMIT] = opening
        rules[kind, FilingAction.RETURN] = StatusRule(requires=busy, restore=True)
        rules[kind, FilingAction.WITHDRAW] = StatusRule(restore=True, when=busy)
    rules[FilingKind.INITIAL, FilingAction.ACCEPT] = StatusRule(requires=frozenset({Status.FILING}), to=Status.FILED)
    rules[FilingKind.CHANGE, FilingAction.ACCEPT] = StatusRule(requires=frozenset({Status.CHANGING}), restore=True)
    rules[FilingKind.CANCELLATION, FilingAction.ACCEPT] = StatusRule(
        requires=frozenset({Status.CANCELLING}), to=Status.CANCELLED)
    rules[FilingKind.INITIAL, FilingAction.VERIFY] = StatusRule(to=Status.OPERATING, when=frozenset({Status.FILED}))
    active = frozenset({Status.FILED, Status.OPERATING})
    for kind in (FilingKind.INITIAL, FilingKind.CHANGE):
        rules[kind, FilingAction.NOTIFY] = StatusRule(to=Status.UNDER_NOTICE, when=active)
    return rules


STATUS_RULES = _status_rules()


def nursery_status_after(kind: FilingKind, action: FilingAction, current: Status,
                         before: Status | None) -> Status:
    """The nursery's status after `action`; ConflictError when its current status forbids the action."""
    rule = STATUS_RULES.get((kind, action), StatusRule())
    if rule.requires is not None and current not in rule.requires:
        allowed = "、".join(f"“{s.zh}”" for s in sorted(rule.requires, key=list(Status).index))
        raise ConflictError(f"机构当前状态为“{current.zh}”，不能{action.zh}{kind.zh}申请（机构须为{allowed}）。")
    if rule.when is not None and current not in rule.when:
        return current
    if rule.restore:
        return before or current
    return rule.to or current


def documents_for(kind: FilingKind, state: FilingState, was_returned: bool) -> tuple[DocumentKind, ...]:
    """Documents that can be issued for an application of `kind` in `state`."""
    docs: list[DocumentKind] = []
    if was_returned:
        docs.append(DocumentKind.SUPPLEMENT_NOTICE)
    if state in DECIDED_STATES:
        docs.extend({FilingKind.INITIAL: (DocumentKind.RECEIPT, DocumentKind.BASIC_CONDITIONS),
                     FilingKind.CHANGE: (DocumentKind.CHANGE_RECEIPT,),
                     FilingKind.CANCELLATION: (DocumentKind.CANCELLATION_RECEIPT,)}[kind])
    return tuple(docs)


@dataclass(frozen=True)
class DocumentFacts:
    """Everything a filing document (回执, 告知书, 通知书) states; exports/documents lays it out."""

    document: DocumentKind
    kind: FilingKind
    issuer: str                      # e.g. 九龙坡区卫生健康委员会
    division_code: str
    nursery_name: str
    uscc: str
    address: str
    legal_rep: str
    receipt_no: str
    submitted_on: dt.date | None
    accepted_on: dt.date | None
    issued_on: dt.date
    copy_no: int                     # 0: the original; n >= 1: the n-th reprint (副本)
    materials: tuple[tuple[str, str], ...] = ()       # (material, state) as received
    missing: tuple[tuple[str, str], ...] = ()         # (material, reason) to supplement
    changes: tuple[tuple[str, str, str, str], ...] = ()  # (item, old, new, reason)
    settlement_note: str = ""
    verification_due_on: dt.date | None = None
    conditions: tuple[str, ...] = ()  # basic conditions listed in the 告知书
    verification_due_provisional: bool = False  # counted through a year the calendar does not know

    @property
    def is_copy(self) -> bool:
        return self.copy_no > 0


# --- change filing: which nursery fields can change, and how their values read ----------------

@dataclass(frozen=True)
class ChangeField:
    label: str
    kind: str  # "text" | "int" | "float" | "bool" | "date"


# Labels marked for translation: a change filing's history line names its items in the interface language.
CHANGE_FIELDS: dict[str, ChangeField] = {
    "name": ChangeField(QT_TRANSLATE_NOOP("DomainText", "机构名称"), "text"),
    "address": ChangeField(QT_TRANSLATE_NOOP("DomainText", "机构住所"), "text"),
    "phone": ChangeField(QT_TRANSLATE_NOOP("DomainText", "机构电话"), "text"),
    "legal_rep_name": ChangeField(QT_TRANSLATE_NOOP("DomainText", "法定代表人"), "text"),
    "legal_rep_phone": ChangeField(QT_TRANSLATE_NOOP("DomainText", "法定代表人电话"), "text"),
    "director_name": ChangeField(QT_TRANSLATE_NOOP("DomainText", "机构负责人"), "text"),
    "director_phone": ChangeField(QT_TRANSLATE_NOOP("DomainText", "负责人电话"), "text"),
    "places_total": ChangeField(QT_TRANSLATE_NOOP("DomainText", "托位数"), "int"),
    "places_inclusive": ChangeField(QT_TRANSLATE_NOOP("DomainText", "普惠托位数"), "int"),
    "provides_meals": ChangeField(QT_TRANSLATE_NOOP("DomainText", "是否供餐"), "bool"),
    "lease_end": ChangeField(QT_TRANSLATE_NOOP("DomainText", "租赁到期日"), "date"),
    "building_m2": ChangeField(QT_TRANSLATE_NOOP("DomainText", "建筑面积（㎡）"), "float"),
}


def format_value(field_name: str, value: object) -> str:
    """A nursery field's value as the text a change item records."""
    if value is None:
        return ""
    kind = CHANGE_FIELDS[field_name].kind
    if kind == "bool":
        return "是" if value else "否"
    if kind == "date":
        return value.isoformat()  # type: ignore[attr-defined]
    if kind == "float":
        return f"{float(value):g}"
    return str(value)


def parse_value(field_name: str, text: str) -> object:
    """The typed value of a change item's new value; ValidationError naming the field when unreadable."""
    spec = CHANGE_FIELDS.get(field_name)
    if spec is None:
        raise ValidationError(f"“{field_name}”不是可变更的备案事项。", "field")
    text = text.strip()
    if spec.kind == "text":
        if not text:
            raise ValidationError(f"“{spec.label}”的变更后内容不能为空。", field_name)
        return text
    try:
        return _PARSERS[spec.kind](text)
    except (ValueError, KeyError):
        raise ValidationError(f"“{spec.label}”的变更后内容“{text}”格式不正确（{_HINTS[spec.kind]}）。",
                              field_name) from None


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


_PARSERS: dict[str, Callable[[str], object]] = {
    "int": _non_negative_int, "float": float, "date": parse_date,
    "bool": lambda text: {"是": True, "否": False}[text],
}
_HINTS = {"int": "应为非负整数", "float": "应为数字", "date": f"应为日期，如 {DATE_EXAMPLES}",
          "bool": "应为“是”或“否”"}
