"""Inspections (检查, domain.md §11, §18.3) and rectification (整改, §18.4) as state machines kept as data.

An inspection is recorded against checklist items; every 不符合 or 基本符合 item becomes a finding
(整改事项) with a deadline. A finding is closed by a re-inspection (复查) or escalated when overdue;
an inspection is closed only when every finding it raised or re-checked is closed or escalated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.domain.enums import InspectingDeptKind, LabelledEnum
from workstation.domain.errors import ConflictError
from workstation.domain.rectification_states import RectificationState


class InspectionKind(LabelledEnum):
    ROUTINE = ("ROUTINE", "日常检查", "Routine")
    CAMPAIGN = ("CAMPAIGN", "专项检查", "Campaign")
    RANDOM = ("RANDOM", "双随机抽查", "Random (double random)")
    JOINT = ("JOINT", "联合检查", "Joint")
    COMPLAINT = ("COMPLAINT", "投诉举报核查", "Complaint")
    FILING_VERIFICATION = ("FILING_VERIFICATION", "备案核实", "Filing verification")
    RECHECK = ("RECHECK", "复查", "Re-inspection")


class ItemResult(LabelledEnum):
    PASS = ("PASS", "符合", "Compliant")
    PARTIAL = ("PARTIAL", "基本符合", "Partly compliant")
    FAIL = ("FAIL", "不符合", "Non-compliant")
    NA = ("NA", "不适用", "Not applicable")


class OverallResult(LabelledEnum):
    QUALIFIED = ("QUALIFIED", "合格", "Qualified")
    RECTIFY = ("RECTIFY", "限期整改", "Rectify within a time limit")
    UNQUALIFIED = ("UNQUALIFIED", "不合格", "Unqualified")


class Escalation(LabelledEnum):
    SUSPEND = ("SUSPEND", "停业整顿", "Suspension for rectification")
    REFER = ("REFER", "移送执法", "Referral to the enforcing department")
    NOTICE = ("NOTICE", "通报", "Public circular")
    CREDIT = ("CREDIT", "信用记录", "Credit record")


class Severity(LabelledEnum):
    GENERAL = ("GENERAL", "一般", "General")
    SERIOUS = ("SERIOUS", "严重", "Serious")


class InspectionState(LabelledEnum):
    PLANNED = ("PLANNED", "已计划", "Planned")
    IN_PROGRESS = ("IN_PROGRESS", "检查中", "In progress")
    RECORDED = ("RECORDED", "已记录", "Recorded")
    CLOSED_QUALIFIED = ("CLOSED_QUALIFIED", "已办结（合格）", "Closed, qualified")
    RECTIFICATION_REQUIRED = ("RECTIFICATION_REQUIRED", "限期整改中", "Rectification required")
    CLOSED_AFTER_RECTIFICATION = ("CLOSED_AFTER_RECTIFICATION", "整改后办结", "Closed after rectification")
    ESCALATED = ("ESCALATED", "已升级处理", "Escalated")
    CANCELLED = ("CANCELLED", "已取消", "Cancelled")


class InspectionAction(LabelledEnum):
    START = ("START", "开始检查", "Start")
    RECORD = ("RECORD", "记录检查结果", "Record results")
    SIGN_OFF = ("SIGN_OFF", "签字办结", "Sign off")
    REQUIRE_RECTIFICATION = ("REQUIRE_RECTIFICATION", "责令限期整改", "Require rectification")
    ESCALATE = ("ESCALATE", "升级处理", "Escalate")
    CLOSE = ("CLOSE", "整改完毕办结", "Close after rectification")
    CLOSE_ESCALATED = ("CLOSE_ESCALATED", "升级处理后办结", "Close after escalation")
    CANCEL = ("CANCEL", "取消检查", "Cancel")


class RectificationAction(LabelledEnum):
    REPORT = ("REPORT", "报告整改情况", "Report rectification")
    RECHECK_PASS = ("RECHECK_PASS", "复查合格销号", "Re-inspection passed")
    RECHECK_FAIL = ("RECHECK_FAIL", "复查不合格重新限期", "Re-inspection failed: reissue")
    EXPIRE = ("EXPIRE", "逾期", "Deadline passed")
    ESCALATE = ("ESCALATE", "升级处理", "Escalate")


@dataclass(frozen=True)
class Move:
    """One transition of either machine: the action, the states it leaves and the state it reaches."""

    action: LabelledEnum
    sources: frozenset
    target: LabelledEnum


IS, R = InspectionState, RectificationState
IA, RA = InspectionAction, RectificationAction

INSPECTION_MOVES: tuple[Move, ...] = (
    Move(IA.START, frozenset({IS.PLANNED}), IS.IN_PROGRESS),
    Move(IA.RECORD, frozenset({IS.PLANNED, IS.IN_PROGRESS}), IS.RECORDED),
    Move(IA.SIGN_OFF, frozenset({IS.RECORDED}), IS.CLOSED_QUALIFIED),
    Move(IA.REQUIRE_RECTIFICATION, frozenset({IS.RECORDED}), IS.RECTIFICATION_REQUIRED),
    Move(IA.ESCALATE, frozenset({IS.RECORDED}), IS.ESCALATED),
    # §18.3 "all rectifications closed". When any finding had to be escalated (or the inspection
    # itself was), the follow-up ends as 已升级处理, never as 整改后办结: escalated is not done.
    Move(IA.CLOSE, frozenset({IS.RECTIFICATION_REQUIRED}), IS.CLOSED_AFTER_RECTIFICATION),
    Move(IA.CLOSE_ESCALATED, frozenset({IS.RECTIFICATION_REQUIRED, IS.ESCALATED}), IS.ESCALATED),
    Move(IA.CANCEL, frozenset({IS.PLANNED, IS.IN_PROGRESS}), IS.CANCELLED),
)

RECTIFICATION_MOVES: tuple[Move, ...] = (
    Move(RA.REPORT, frozenset({R.ISSUED, R.OVERDUE}), R.SUBMITTED),  # OVERDUE: a late submission
    # A re-inspection decides whatever the nursery reported (or failed to report).
    Move(RA.RECHECK_PASS, frozenset({R.ISSUED, R.SUBMITTED, R.OVERDUE}), R.CLOSED),
    Move(RA.RECHECK_FAIL, frozenset({R.ISSUED, R.SUBMITTED, R.OVERDUE}), R.ISSUED),
    Move(RA.EXPIRE, frozenset({R.ISSUED}), R.OVERDUE),
    Move(RA.ESCALATE, frozenset({R.OVERDUE}), R.ESCALATED),
)

OPEN_INSPECTION = frozenset({IS.PLANNED, IS.IN_PROGRESS, IS.RECORDED, IS.RECTIFICATION_REQUIRED, IS.ESCALATED})
EDITABLE_INSPECTION = frozenset({IS.PLANNED, IS.IN_PROGRESS})
OPEN_FINDING = frozenset({R.ISSUED, R.SUBMITTED, R.OVERDUE})
DONE_FINDING = frozenset({R.CLOSED, R.ESCALATED})


def moves_from(moves: tuple[Move, ...], state: LabelledEnum) -> list[Move]:
    """Every transition legal in `state`, in table order."""
    return [m for m in moves if state in m.sources]


def move_for(moves: tuple[Move, ...], state: LabelledEnum, action: LabelledEnum, what: str) -> Move:
    """The transition for `action` in `state`, or ConflictError saying which states allow it."""
    for move in moves_from(moves, state):
        if move.action is action:
            return move
    allowed = "、".join(f"“{s.zh}”" for m in moves if m.action is action
                        for s in sorted(m.sources, key=lambda s: list(type(s)).index(s)))
    raise ConflictError(f"该{what}当前为“{state.zh}”，不能{action.zh}（仅{allowed}状态可以）。")


def inspection_move(state: InspectionState, action: InspectionAction) -> InspectionState:
    return move_for(INSPECTION_MOVES, state, action, "检查").target  # type: ignore[return-value]


def rectification_move(state: RectificationState, action: RectificationAction) -> RectificationState:
    return move_for(RECTIFICATION_MOVES, state, action, "整改事项").target  # type: ignore[return-value]


def effective_state(state: RectificationState, deadline: dt.date | None, today: dt.date) -> RectificationState:
    """OVERDUE once the deadline has passed without a report, whatever the stored state still says."""
    if state is R.ISSUED and deadline is not None and today > deadline:
        return R.OVERDUE
    return state


def is_overdue(state: RectificationState, deadline: dt.date | None, today: dt.date) -> bool:
    return effective_state(state, deadline, today) is R.OVERDUE


def all_done(states: list[RectificationState] | tuple[RectificationState, ...]) -> bool:
    """An inspection is closed only when every one of its findings is closed or escalated."""
    return all(s in DONE_FINDING for s in states)


def closing_action(state: InspectionState, finding_states: list[RectificationState]) -> InspectionAction | None:
    """How an open inspection closes once its findings are all done (None: it must stay open).

    CLOSE_ESCALATED when the inspection was escalated or any finding was: the ledger then says
    已升级处理, as the rectification ledger does for the finding.
    """
    if state not in (IS.RECTIFICATION_REQUIRED, IS.ESCALATED) or not finding_states or not all_done(finding_states):
        return None
    if state is IS.ESCALATED or R.ESCALATED in finding_states:
        return IA.CLOSE_ESCALATED
    return IA.CLOSE


@dataclass(frozen=True)
class Signatures:
    """Signatures kept as names and dates (the paper record carries the handwriting)."""

    inspectors: tuple[str, ...] = ()
    inspectors_signed_on: dt.date | None = None
    representative: str = ""
    representative_signed_on: dt.date | None = None


@dataclass(frozen=True)
class Conclusion:
    """The conclusion part of a checklist as typed: a saved draft keeps all of it until recording."""

    overall: OverallResult | None = None
    escalation: Escalation | None = None
    signatures: Signatures = Signatures()
    notes: str = ""


@dataclass(frozen=True)
class NoticeLine:
    code: str
    text: str          # the checklist item
    result: ItemResult
    note: str          # what the inspector found
    basis: str
    department: InspectingDeptKind
    deadline: dt.date
    deadline_rule: str  # e.g. 15个工作日
    reissue_count: int = 0
    deadline_provisional: bool = False  # counted through a year the calendar does not know


@dataclass(frozen=True)
class NoticeFacts:
    """Everything a 整改通知书 states; exports/inspections/notice.py lays it out."""

    notice_no: str
    issuer: str
    nursery_name: str
    address: str
    inspected_on: dt.date
    kind: InspectionKind
    departments: tuple[InspectingDeptKind, ...]
    inspectors: tuple[str, ...]
    lines: tuple[NoticeLine, ...]
    signatures: Signatures
    issued_on: dt.date
    overall: OverallResult | None = None
    escalation: Escalation | None = None
    recheck_note: str = ""  # how the re-inspection is arranged
    # The inspecting departments as the notice names them (the district's configured names, e.g.
    # 九龙坡区卫生健康委员会), in the order of `departments`; empty: `department_subject` of each kind.
    department_names: tuple[str, ...] = ()

    @property
    def department_text(self) -> str:
        """The inspecting departments as the subject of the notice's first sentence."""
        names = self.department_names or tuple(department_subject(d) for d in self.departments)
        return "、".join(names)


def department_subject(kind: InspectingDeptKind) -> str:
    """A department named by its kind alone, as the subject of a sentence ("卫生健康部门", not "卫生健康")."""
    if kind is InspectingDeptKind.STREET:
        return "街道办事处（乡镇人民政府）"
    return f"{kind.zh}部门"
