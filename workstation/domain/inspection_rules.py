"""Inspection rule parameters (domain.md §11.3, §11.5): deadlines per department, results, notice numbers.

Every number here is a default ([P] in domain.md) that a district may change; a decision records
`InspectionRules.version` and the calendar version it used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from workstation.domain.enums import InspectingDeptKind as Dept
from workstation.domain.errors import ValidationError
from workstation.domain.inspections import Escalation, ItemResult, OverallResult, Severity
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, counted, text
from workstation.domain.workdays import Due, WorkCalendar, add_working_days, due_line

FINDING_RESULTS = frozenset({ItemResult.FAIL, ItemResult.PARTIAL})


@dataclass(frozen=True)
class DeadlineRule:
    """A rectification period: `days` calendar days, or working days on the official calendar."""

    days: int
    working_days: bool = False

    @property
    def text(self) -> str:
        return str(self.label_text)

    @property
    def label_text(self) -> Text:
        """"15个工作日" / "30日" as a text for the interface."""
        if self.working_days:
            return counted(QT_TRANSLATE_NOOP("DomainText", "{days}个工作日", "", 1), self.days, days=self.days)
        return counted(QT_TRANSLATE_NOOP("DomainText", "{days}日", "", 1), self.days, days=self.days)

    def deadline(self, start: dt.date, calendar: WorkCalendar) -> dt.date:
        """The last day to rectify, counted from the day after `start` (the inspection day).

        A period in calendar days whose last day is a rest day ends on the next working day
        (the usual rule for administrative periods).
        """
        if self.working_days:
            return add_working_days(start, self.days, calendar)
        end = start + dt.timedelta(days=self.days)
        return end if calendar.is_workday(end) else calendar.next_working_day(end)

    def due(self, start: dt.date, calendar: WorkCalendar) -> Due:
        """The deadline, provisional when it was counted through a year the calendar does not know."""
        day = self.deadline(start, calendar)
        return Due(day, calendar.is_provisional(start, day))


DEFAULT_DEADLINES: dict[Dept, DeadlineRule] = {
    Dept.FIRE: DeadlineRule(15, working_days=True),       # 《责令限期改正通知书》, reasonable period
    Dept.EMERGENCY: DeadlineRule(15, working_days=True),
    Dept.MARKET: DeadlineRule(15),
    Dept.POLICE: DeadlineRule(15),
    Dept.HEALTH: DeadlineRule(30),
    Dept.HEALTH_SUPERVISION: DeadlineRule(30),
    Dept.MCH: DeadlineRule(30),
    Dept.HOUSING: DeadlineRule(30),
    Dept.EDUCATION: DeadlineRule(30),
    Dept.STREET: DeadlineRule(15),
}


@dataclass(frozen=True)
class InspectionRules:
    version: str = "district-default-2026"
    deadlines: dict[Dept, DeadlineRule] = field(default_factory=lambda: dict(DEFAULT_DEADLINES))
    default_deadline: DeadlineRule = DeadlineRule(30)
    serious_deadline: DeadlineRule | None = None  # shorter period for serious items, when set
    notice_due_working_days: int = 3     # F1: notice served within 3 working days of the inspection
    recheck_due_working_days: int = 3    # F1: re-inspection within 3 working days after the deadline
    notice_format: str = "{district}卫健整改〔{year}〕第{serial:04d}号"

    def with_values(self, **values) -> InspectionRules:
        return replace(self, **values)

    def rule_for(self, department: Dept, severity: Severity = Severity.GENERAL) -> DeadlineRule:
        if severity is Severity.SERIOUS and self.serious_deadline is not None:
            return self.serious_deadline
        return self.deadlines.get(department, self.default_deadline)

    def to_json(self) -> dict:
        """Plain data for a RuleSet's parameters (under the key "inspection")."""
        def rule(r: DeadlineRule | None) -> dict | None:
            return None if r is None else {"days": r.days, "working_days": r.working_days}
        return {"version": self.version, "deadlines": {d.value: rule(r) for d, r in self.deadlines.items()},
                "default_deadline": rule(self.default_deadline), "serious_deadline": rule(self.serious_deadline),
                "notice_due_working_days": self.notice_due_working_days,
                "recheck_due_working_days": self.recheck_due_working_days, "notice_format": self.notice_format}

    @classmethod
    def from_json(cls, data: Mapping) -> InspectionRules:
        """Rules from `to_json` data; missing keys keep the defaults."""
        values: dict = {k: data[k] for k in ("version", "notice_due_working_days", "recheck_due_working_days",
                                             "notice_format") if k in data}
        if "deadlines" in data:
            values["deadlines"] = {**DEFAULT_DEADLINES, **{Dept(k): DeadlineRule(**v)
                                                          for k, v in data["deadlines"].items() if v}}
        for key in ("default_deadline", "serious_deadline"):
            if key in data:
                values[key] = DeadlineRule(**data[key]) if data[key] else None
        return replace(cls(), **values)


INSPECTION_DEFAULTS = InspectionRules()


def notice_delivery_due(rules: InspectionRules, inspected_on: dt.date, calendar: WorkCalendar) -> Due:
    """The last day to serve the 整改通知书: N working days after the inspection day (F1)."""
    day = add_working_days(inspected_on, rules.notice_due_working_days, calendar)
    return Due(day, calendar.is_provisional(inspected_on, day))


def recheck_due(rules: InspectionRules, deadline: dt.date, reported_on: dt.date | None,
                calendar: WorkCalendar) -> Due:
    """The last day to re-inspect: N working days after the deadline expires, or after the nursery
    reports its rectification (asks for the re-inspection) if that comes first (F1)."""
    start = min(deadline, reported_on) if reported_on is not None else deadline
    day = add_working_days(start, rules.recheck_due_working_days, calendar)
    return Due(day, calendar.is_provisional(start, day))


def is_finding(result: ItemResult) -> bool:
    """不符合 and 基本符合 are both ordered rectified within a time limit (§11.3)."""
    return result in FINDING_RESULTS


def suggested_overall(results: Iterable[tuple[ItemResult, Severity]]) -> OverallResult:
    """合格 without findings; 限期整改 with any; 不合格 when a serious item is 不符合."""
    results = list(results)
    if any(r is ItemResult.FAIL and s is Severity.SERIOUS for r, s in results):
        return OverallResult.UNQUALIFIED
    if any(is_finding(r) for r, _ in results):
        return OverallResult.RECTIFY
    return OverallResult.QUALIFIED


def check_overall(overall: OverallResult, escalation: Escalation | None, findings: int) -> None:
    """The inspector may override the suggestion, but not against the recorded items."""
    if overall is OverallResult.QUALIFIED and findings:
        raise ValidationError(f"有{findings}项不符合或基本符合，总体结论不能为“合格”。", "overall")
    if overall is not OverallResult.QUALIFIED and not findings:
        raise ValidationError(f"没有不符合或基本符合的项目，总体结论不能为“{overall.zh}”。", "overall")
    if escalation is not None and overall is not OverallResult.UNQUALIFIED:
        raise ValidationError(f"只有总体结论为“不合格”时才能{escalation.zh}。", "escalation")


def district_short(name: str) -> str:
    """九龙坡区 → 九龙坡 (the district's short name used in document numbers)."""
    name = name.strip()
    return name[:-1] if len(name) > 2 and name[-1] in "区县市旗" else name


def notice_number(rules: InspectionRules, district: str, code: str, year: int, serial: int) -> str:
    """The rectification notice number for `serial` in `year`, in the district's format."""
    try:
        return rules.notice_format.format(district=district_short(district), code=code, year=year, serial=serial)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(f"整改通知书编号格式“{rules.notice_format}”无效：{exc}。", "notice_format") from exc


def noted(note: str) -> Text | str:
    """"：{note}" after an item's result, when the inspector noted something."""
    return text(QT_TRANSLATE_NOOP("DomainText", "：{note}"), note=note) if note else ""


def finding_raised_text(code: str, item: str, result: ItemResult, note: str, rule: DeadlineRule, deadline: dt.date,
                        provisional: bool, notice_no: str) -> Text:
    """The history line of a finding raised by an inspection (the service's and the demo's): the period is
    the rule of the item's department and severity (消防救援 15个工作日, 卫生健康 30日 …), whatever the
    result (基本符合 or 不符合)."""
    return text(QT_TRANSLATE_NOOP(
        "DomainText", "检查发现“{code} {item}”{result}{note}；责令限{rule}内整改，期限至{deadline}（{notice}）"),
        code=code, item=item, result=result, note=noted(note), rule=rule.label_text,
        deadline=due_line(deadline, provisional), notice=notice_no)


def recheck_failed_text(result: ItemResult, note: str, count: int, deadline: dt.date, provisional: bool,
                        notice_no: str) -> Text:
    """The history line of a finding a re-inspection found still not rectified (a new deadline)."""
    return text(QT_TRANSLATE_NOOP(
        "DomainText", "复查{result}{note}；第{count}次重新限期整改，期限至{deadline}（{notice}）"),
        result=result, note=noted(note), count=count, deadline=due_line(deadline, provisional), notice=notice_no)
