"""A filing application's kinds and states, apart from the workflow's rules (domain/filing.py, which
names them too): 首页's filing queues are read at start with these alone."""

from __future__ import annotations

from workstation.domain.enums import LabelledEnum


class FilingKind(LabelledEnum):
    INITIAL = ("INITIAL", "首次备案", "Initial filing")
    CHANGE = ("CHANGE", "变更备案", "Change filing")
    CANCELLATION = ("CANCELLATION", "注销备案", "Cancellation")


class FilingState(LabelledEnum):
    DRAFT = ("DRAFT", "草稿", "Draft")
    SUBMITTED = ("SUBMITTED", "已提交", "Submitted")
    MATERIALS_CHECK = ("MATERIALS_CHECK", "材料审核中", "Materials check")
    RETURNED_FOR_SUPPLEMENT = ("RETURNED_FOR_SUPPLEMENT", "退回补正", "Returned for supplement")
    ACCEPTED = ("ACCEPTED", "已备案（已出具回执）", "Accepted")
    VERIFIED = ("VERIFIED", "已核实", "Verified")
    NOTIFIED = ("NOTIFIED", "已通知不符合要求", "Notified of non-conformity")
    WITHDRAWN = ("WITHDRAWN", "已撤回", "Withdrawn")


S = FilingState
OPEN_STATES = frozenset({S.DRAFT, S.SUBMITTED, S.MATERIALS_CHECK, S.RETURNED_FOR_SUPPLEMENT})
CLOCK_STATES = frozenset({S.SUBMITTED, S.MATERIALS_CHECK})  # the 5-working-day receipt clock runs
DECIDED_STATES = frozenset({S.ACCEPTED, S.VERIFIED, S.NOTIFIED})
EDITABLE_CONTENT = frozenset({S.DRAFT, S.RETURNED_FOR_SUPPLEMENT})  # change items, settlement note
