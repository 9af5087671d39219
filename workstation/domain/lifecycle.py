"""The nursery's life cycle (domain.md §18.1) as one table of recorded acts.

Every status is entered and left by an act someone records: intake (registry), the filing
workflow (filing.STATUS_RULES), an inspection's escalation, or one of the acts recorded on the
nursery itself (RECORDED_ACTS: the explanation decided, suspension and resumption, closing an
unfiled nursery). A test walks the table over the whole enum: every status reachable, every
non-terminal status leavable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.domain.enums import InstitutionStatus as S
from workstation.domain.enums import LabelledEnum
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.permissions import Action


class LifecycleAct(LabelledEnum):
    REGISTER = ("REGISTER", "录入登记结果", "Registration entered")
    OPEN_FILING = ("OPEN_FILING", "提交备案申请", "Filing application submitted")
    FILE = ("FILE", "备案完成（出具回执）", "Filed (receipt issued)")
    RETURN_FILING = ("RETURN_FILING", "备案申请退回或撤回", "Filing application returned or withdrawn")
    VERIFY = ("VERIFY", "备案核实通过", "Filing verified")
    NOTIFY = ("NOTIFY", "通知不符合要求（已公开）", "Notified of non-conformity (published)")
    OPEN_CHANGE = ("OPEN_CHANGE", "提交变更备案", "Change filing submitted")
    END_CHANGE = ("END_CHANGE", "变更备案办结或撤回", "Change filing ended")
    OPEN_CANCELLATION = ("OPEN_CANCELLATION", "提交注销备案", "Cancellation submitted")
    END_CANCELLATION = ("END_CANCELLATION", "注销备案撤回", "Cancellation withdrawn")
    CANCEL = ("CANCEL", "注销备案完成", "Filing cancelled")
    ACCEPT_EXPLANATION = ("ACCEPT_EXPLANATION", "说明情况已认可（整改到位）", "Explanation accepted")
    REJECT_EXPLANATION = ("REJECT_EXPLANATION", "说明未获认可，责令停业整顿", "Explanation refused: suspended")
    SUSPEND = ("SUSPEND", "停业整顿/暂停收托", "Suspended")
    RESUME = ("RESUME", "复查合格，恢复收托", "Resumed after re-inspection")
    CLOSE_UNFILED = ("CLOSE_UNFILED", "未备案关闭（登记已注销或不再举办）", "Closed before filing")


A = LifecycleAct
REGISTRY, FILING, INSPECTIONS, RECORDED = "registry", "filing", "inspections", "recorded"


@dataclass(frozen=True)
class LifecycleMove:
    """An act, the statuses it leaves, the statuses it may reach and who records it.

    `targets` has more than one status only for acts that restore the status before them
    (a change filing ends where it began; a resumption goes back to before the suspension).
    """

    act: LifecycleAct
    sources: frozenset[S]
    targets: frozenset[S]
    by: str  # REGISTRY | FILING | INSPECTIONS | RECORDED (on the nursery record)


def _m(act: LifecycleAct, sources: set[S], targets: set[S], by: str) -> LifecycleMove:
    return LifecycleMove(act, frozenset(sources), frozenset(targets), by)


# Before a suspension → after the resumption: a resumption after re-inspection also settles a notice.
RESUMES_TO: dict[S, S] = {S.FILED: S.FILED, S.OPERATING: S.OPERATING, S.UNDER_NOTICE: S.OPERATING}
SUSPENDABLE = frozenset(RESUMES_TO)
TERMINAL = frozenset({S.CANCELLED, S.CLOSED_UNFILED})
CANCELLABLE = frozenset({S.FILED, S.OPERATING, S.UNDER_NOTICE, S.SUSPENDED})

MOVES: tuple[LifecycleMove, ...] = (
    _m(A.REGISTER, {S.INTAKE}, {S.REGISTERED}, REGISTRY),
    _m(A.OPEN_FILING, {S.REGISTERED}, {S.FILING}, FILING),
    _m(A.FILE, {S.FILING}, {S.FILED}, FILING),
    _m(A.RETURN_FILING, {S.FILING}, {S.REGISTERED}, FILING),
    _m(A.VERIFY, {S.FILED}, {S.OPERATING}, FILING),
    _m(A.NOTIFY, {S.FILED, S.OPERATING}, {S.UNDER_NOTICE}, FILING),
    _m(A.OPEN_CHANGE, {S.FILED, S.OPERATING}, {S.CHANGING}, FILING),
    _m(A.END_CHANGE, {S.CHANGING}, {S.FILED, S.OPERATING}, FILING),
    _m(A.OPEN_CANCELLATION, set(CANCELLABLE), {S.CANCELLING}, FILING),
    _m(A.END_CANCELLATION, {S.CANCELLING}, set(CANCELLABLE), FILING),
    _m(A.CANCEL, {S.CANCELLING}, {S.CANCELLED}, FILING),
    _m(A.SUSPEND, set(SUSPENDABLE), {S.SUSPENDED}, INSPECTIONS),  # an inspection escalated to 停业整顿
    _m(A.ACCEPT_EXPLANATION, {S.UNDER_NOTICE}, {S.OPERATING}, RECORDED),
    _m(A.REJECT_EXPLANATION, {S.UNDER_NOTICE}, {S.SUSPENDED}, RECORDED),
    _m(A.SUSPEND, set(SUSPENDABLE), {S.SUSPENDED}, RECORDED),  # ordered elsewhere, or a voluntary pause
    _m(A.RESUME, {S.SUSPENDED}, set(RESUMES_TO.values()), RECORDED),
    # §18.1 closes a registered nursery; an intention that never registers must end too.
    _m(A.CLOSE_UNFILED, {S.INTAKE, S.REGISTERED}, {S.CLOSED_UNFILED}, RECORDED),
)

# Who may record each act on the nursery record (any one of the actions suffices).
RECORDED_ACTS: dict[LifecycleAct, frozenset[Action]] = {
    A.ACCEPT_EXPLANATION: frozenset({Action.FILING_DECIDE}),
    A.REJECT_EXPLANATION: frozenset({Action.FILING_DECIDE}),
    A.SUSPEND: frozenset({Action.NURSERY_EDIT, Action.INSPECTION_EDIT}),
    A.RESUME: frozenset({Action.NURSERY_EDIT, Action.INSPECTION_EDIT}),
    A.CLOSE_UNFILED: frozenset({Action.NURSERY_EDIT}),
}


def moves_from(status: S, by: str | None = None) -> list[LifecycleMove]:
    return [m for m in MOVES if status in m.sources and (by is None or m.by == by)]


def recorded_acts_from(status: S) -> list[LifecycleAct]:
    """The acts that can be recorded on a nursery in `status`, in table order."""
    return list(dict.fromkeys(m.act for m in moves_from(status, RECORDED)))


def status_after(act: LifecycleAct, current: S, before_suspension: S | None = None, by: str = RECORDED) -> S:
    """The nursery's status after `act`; ConflictError naming the statuses that allow it."""
    for move in moves_from(current, by):
        if move.act is act:
            if act is A.RESUME:
                return RESUMES_TO.get(before_suspension, S.OPERATING) if before_suspension else S.OPERATING
            (target,) = move.targets
            return target
    allowed = "、".join(f"“{s.zh}”" for s in S if any(m.act is act and s in m.sources for m in MOVES))
    raise ConflictError(f"机构当前状态为“{current.zh}”，不能办理“{act.zh}”（仅{allowed}状态可以）。")


def check_act(act: LifecycleAct, on: dt.date | None, note: str, today: dt.date,
              since: dt.date | None = None) -> None:
    """The date and the reason every recorded act states; ValidationError naming the field."""
    if on is None:
        raise ValidationError(f"请填写“{act.zh}”的日期。", "on")
    if on > today:
        raise ValidationError(f"日期{on.isoformat()}晚于今天（{today.isoformat()}），请核对。", "on")
    if since is not None and on < since:
        raise ValidationError(f"日期{on.isoformat()}早于停业整顿开始日期{since.isoformat()}，请核对。", "on")
    if not note.strip():
        what = "复查情况" if act is A.RESUME else "依据或情况说明"
        raise ValidationError(f"请填写{what}（记入机构时间线）。", "note")
