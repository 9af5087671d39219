"""The registration inbox (推送收件箱): what a pushed row is, what the clerk decided, and the fields compared."""

from __future__ import annotations

import datetime as dt

from workstation.domain.enums import LabelledEnum


class OrganLevel(LabelledEnum):
    DISTRICT = ("DISTRICT", "区县", "District")
    CITY = ("CITY", "市级", "City")


class ItemClass(LabelledEnum):
    """How a pushed row relates to the registry (decided when the file is received)."""

    NEW = ("NEW", "新机构", "New")
    MATCHES = ("MATCHES", "与登记一致", "Matches")
    DIFFERS = ("DIFFERS", "与登记不同", "Differs")
    INVALID = ("INVALID", "无效", "Invalid")
    SIMILAR = ("SIMILAR", "疑似重复", "Similar")
    RESENT = ("RESENT", "重复推送", "Sent before")  # same content as a row of an earlier batch


class Decision(LabelledEnum):
    PENDING = ("PENDING", "待处理", "Pending")
    ACCEPTED = ("ACCEPTED", "已接受", "Accepted")
    MERGED = ("MERGED", "已合并", "Merged")
    REJECTED = ("REJECTED", "已驳回", "Rejected")
    DEFERRED = ("DEFERRED", "暂缓", "Deferred")
    AUTO_ACCEPTED = ("AUTO_ACCEPTED", "自动接受", "Accepted automatically")
    SENT_BEFORE = ("SENT_BEFORE", "已在前批次处理", "Handled in an earlier batch")  # set at receipt for RESENT


# The order a list sorted by decision shows: what still waits first.
DECISION_ORDER = (Decision.PENDING, Decision.DEFERRED, Decision.ACCEPTED, Decision.AUTO_ACCEPTED, Decision.MERGED,
                  Decision.REJECTED, Decision.SENT_BEFORE)
# Decisions that leave the item waiting for the clerk.
OPEN = frozenset({Decision.PENDING, Decision.DEFERRED})
# Decisions that applied the pushed row to the registry (the nursery's timeline shows them).
APPLIED = frozenset({Decision.ACCEPTED, Decision.MERGED, Decision.AUTO_ACCEPTED})


class FoundBy(LabelledEnum):
    INSPECTION = ("INSPECTION", "检查发现", "Found by inspection")
    COMPLAINT = ("COMPLAINT", "投诉举报", "Complaint")
    OTHER = ("OTHER", "其他", "Other")


class UnregisteredStatus(LabelledEnum):
    PENDING = ("PENDING", "待核实", "To verify")
    REGISTERED = ("REGISTERED", "已登记", "Registered")
    BANNED = ("BANNED", "已取缔", "Closed down")


# The fields compared side by side, in the order the comparison panel shows them.
COMPARED: tuple[tuple[str, str], ...] = (
    ("name", "名称"),
    ("legal_rep_name", "法定代表人（负责人）"),
    ("address", "住所"),
    ("legal_nature", "机构性质"),
    ("registered_at", "成立（登记）日期"),
    ("business_scope", "经营范围"),
)
COMPARED_LABELS = dict(COMPARED)


def shown(value: object) -> str:
    """A compared value as the clerk reads it (dates ISO, enums by their Chinese label, blank as —)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, LabelledEnum):
        return value.zh
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def differing(pushed: dict[str, object], registry: dict[str, object]) -> tuple[str, ...]:
    """The compared fields the push supplies with a value other than the registry's, in COMPARED order."""
    return tuple(name for name, _ in COMPARED if name in pushed and pushed[name] != registry.get(name))
