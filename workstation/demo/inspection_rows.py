"""Rows of the demo inspections (see demo_inspections.py): visits, lines, findings, re-inspections,
reports and finding history, as plain dicts with explicit ids and seed-derived uuids."""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from dataclasses import dataclass, field

from sqlalchemy import JSON, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from workstation.db.base import utcnow
from workstation.db.id_blocks import IdSource
from workstation.db.orm.inspections import (
    Finding,
    FindingEvent,
    Inspection,
    InspectionItemResult,
    RectificationReport,
)
from workstation.demo.stamps import office_time
from workstation.domain.enums import InspectingDeptKind
from workstation.domain.inspection_rules import (
    InspectionRules,
    finding_raised_text,
    recheck_failed_text,
    suggested_overall,
)
from workstation.domain.inspections import (
    Escalation,
    InspectionKind,
    InspectionState,
    ItemResult,
    OverallResult,
    RectificationAction,
    RectificationState,
    Severity,
)
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.domain.workdays import WorkCalendar
from workstation.services.common.timeline import line_detail

IS, RS, RA = InspectionState, RectificationState, RectificationAction
INSPECTORS = ("赵明", "钱芳", "孙伟", "李娜", "周强", "吴静", "郑磊", "王燕")
REPRESENTATIVES = ("张园长", "刘园长", "陈主任", "杨负责人", "黄园长")
NOTES = {ItemResult.FAIL: "现场检查不符合要求", ItemResult.PARTIAL: "基本符合，个别细节需完善"}
MODELS = (Inspection, Finding, InspectionItemResult, RectificationReport, FindingEvent)
NOTICE = "{notice}"  # a notice number, set once every visit is numbered (number_notices)
NUMBERING_BATCH = 5000


@dataclass(frozen=True)
class ItemRef:
    id: int
    code: str
    text: str
    basis: str
    severity: Severity
    department: InspectingDeptKind


@dataclass(frozen=True)
class TemplateRef:
    id: int
    key: str
    revision: int
    department: InspectingDeptKind
    items: tuple[ItemRef, ...]


@dataclass
class Visit:
    inspection: dict
    findings: list[dict] = field(default_factory=list)

    @property
    def deadline(self) -> dt.date:
        return max(f["deadline"] for f in self.findings)


class Builder:
    def __init__(self, session: Session, rng: random.Random, today: dt.date, who: str, rules: InspectionRules,
                 calendar: WorkCalendar) -> None:
        self.rng, self.today, self.who, self.rules, self.calendar = rng, today, who, rules, calendar
        self.uuids = random.Random(rng.random())
        self.now = utcnow()
        self.ids = IdSource(session)  # assigned by the database: a later save never meets them
        self.tables: dict[type, list[dict]] = {m: [] for m in MODELS}
        self.session = session
        self.inspections = 0  # inserted so far
        self.notices: list[tuple[dt.date, int]] = []  # (issued on, inspection id) of every notice
        self.finding_notices: list[tuple[int, int]] = []  # (finding id, inspection id of its notice)
        self.event_notices: list[tuple[int, int]] = []  # (finding event id, inspection id) to name the notice

    def row(self, model, travelling: bool = True, **values) -> dict:
        row = {"id": self.ids.take(model), "uuid": str(uuid.UUID(int=self.uuids.getrandbits(128), version=4)), **values}
        if travelling:
            row.update(created_at=self.now, created_by=self.who, updated_at=self.now, updated_by=self.who, version=1)
        self.tables[model].append(row)
        return row

    def inspection(self, nursery_id: int, day: dt.date, kind: InspectionKind, depts, templates: list[dict],
                   previous: int | None = None) -> dict:
        names = self.rng.sample(INSPECTORS, 2)
        return self.row(Inspection, nursery_id=nursery_id, inspected_on=day, kind=kind,
                        departments=[d.value for d in depts], inspectors=names, templates=templates,
                        state=IS.CLOSED_QUALIFIED, overall=OverallResult.QUALIFIED,
                        suggested_overall=OverallResult.QUALIFIED, escalation=None, notes="",
                        inspector_signatures=names, inspectors_signed_on=day,
                        representative=self.rng.choice(REPRESENTATIVES), representative_signed_on=day,
                        previous_inspection_id=previous, notice_no=None, notice_issued_on=None,
                        recorded_at=_at(day), recorded_by=self.who, closed_on=day,
                        rule_version=self.rules.version, calendar_version=self.calendar.version)

    def plan_visit(self, nursery_id: int, day: dt.date, kind: InspectionKind, template: TemplateRef,
                   force_findings: bool = False) -> Visit | None:
        """One visit with a line per template item; some lines fail and become findings."""
        ref = [{"id": template.id, "key": template.key, "revision": template.revision}]
        inspection = self.inspection(nursery_id, day, kind, [template.department], ref)
        bad: dict[int, ItemResult] = {}
        if force_findings or self.rng.random() < 0.4:
            for item in self.rng.sample(template.items, self.rng.randint(1, min(3, len(template.items)))):
                bad[item.id] = ItemResult.FAIL if self.rng.random() < 0.4 else ItemResult.PARTIAL
        visit = Visit(inspection)
        results = []
        for position, item in enumerate(template.items, 1):
            result = bad.get(item.id) or (ItemResult.NA if self.rng.random() < 0.03 else ItemResult.PASS)
            results.append((result, item.severity))
            line = self.row(InspectionItemResult, inspection_id=inspection["id"], position=position,
                            template_item_id=item.id, finding_id=None, code=item.code, text=item.text,
                            basis=item.basis, severity=item.severity, department=item.department, result=result,
                            note=NOTES.get(result, ""), photos=[], deadline=None, deadline_rule="",
                            deadline_provisional=False)
            if item.id in bad:
                visit.findings.append(self.finding(inspection, line))
        overall = suggested_overall(results)
        inspection.update(overall=overall, suggested_overall=overall)
        if not visit.findings:
            return None
        inspection.update(state=IS.RECTIFICATION_REQUIRED, closed_on=None, notice_issued_on=day)
        return visit

    def finding(self, inspection: dict, line: dict) -> dict:
        rule = self.rules.rule_for(line["department"], line["severity"])
        due = rule.due(inspection["inspected_on"], self.calendar)
        deadline = due.day
        finding = self.row(Finding, inspection_id=inspection["id"], nursery_id=inspection["nursery_id"],
                           department=line["department"], code=line["code"], text=line["text"], note=line["note"],
                           basis=line["basis"], severity=line["severity"], result=line["result"], state=RS.ISSUED,
                           issued_on=inspection["inspected_on"], deadline=deadline, deadline_rule=rule.text,
                           reissue_count=0, reported_on=None, closed_on=None, closed_by_inspection_id=None,
                           escalation=None, escalated_on=None, escalation_note="", rule_version=self.rules.version,
                           calendar_version=self.calendar.version, _notice_of=inspection["id"],
                           deadline_days=rule.days, deadline_working=rule.working_days,
                           deadline_provisional=due.provisional)
        line.update(finding_id=finding["id"], deadline=deadline, deadline_rule=rule.text,
                    deadline_provisional=due.provisional)
        # The live service's words (services/inspections/findings.raise_finding): the note and a provisional mark
        self.event(finding, None, None, RS.ISSUED, inspection["inspected_on"], inspection["id"], finding_raised_text(
            line["code"], line["text"], line["result"], line["note"], rule, deadline, due.provisional, NOTICE))
        return finding

    def event(self, finding: dict, action: RectificationAction | None, source: RectificationState | None,
              target: RectificationState, day: dt.date,
              inspection_id: int | None, line: Text) -> None:
        self.row(FindingEvent, travelling=False, finding_id=finding["id"], nursery_id=finding["nursery_id"],
                 inspection_id=inspection_id, at=_at(day, 11), day=day, action=action, from_state=source,
                 to_state=target, text=str(line), detail=line_detail(line), actor=self.who, actor_name="演示数据")

    def follow_up(self, visit: Visit, outcome: str) -> None:
        """What happened to the visit's findings by today: still open, or `outcome` once overdue."""
        if visit.deadline >= self.today:
            for f in visit.findings:
                if self.rng.random() < 0.3:
                    self.report(f, self.rng.randint(0, (self.today - f["issued_on"]).days))
            return
        if outcome in ("closed", "reissued"):
            self.recheck(visit, reissue=outcome == "reissued")
        elif outcome == "escalated":
            self.escalate(visit)
        elif self.rng.random() < 0.3:
            self.report(visit.findings[0], (self.today - visit.findings[0]["issued_on"]).days)  # a late report

    def report(self, f: dict, after: int) -> None:
        day = f["issued_on"] + dt.timedelta(days=after)
        f.update(state=RS.SUBMITTED, reported_on=day)
        self.row(RectificationReport, finding_id=f["id"], reported_on=day, text="已按要求完成整改，附整改前后照片。",
                 evidence=[])
        self.event(f, RA.REPORT, RS.ISSUED, RS.SUBMITTED, day, None, text(
            QT_TRANSLATE_NOOP("DomainText", "机构报告整改情况：{report}"), report="已按要求完成整改"))

    def recheck(self, visit: Visit, reissue: bool) -> None:
        day = min(self.today, visit.deadline + dt.timedelta(days=self.rng.randint(1, 5)))
        original = visit.inspection
        depts = [InspectingDeptKind(d) for d in original["departments"]]
        recheck = self.inspection(original["nursery_id"], day, InspectionKind.RECHECK, depts, [], original["id"])
        failed = visit.findings[0] if reissue else None
        for position, f in enumerate(visit.findings, 1):
            result = f["result"] if f is failed else ItemResult.PASS
            line = self.row(InspectionItemResult, inspection_id=recheck["id"], position=position,
                            template_item_id=None, finding_id=f["id"], code=f["code"], text=f["text"],
                            basis=f["basis"], severity=f["severity"], department=f["department"], result=result,
                            note=NOTES.get(result, ""), photos=[], deadline=None, deadline_rule="",
                            deadline_provisional=False)
            if f is failed:
                rule = self.rules.rule_for(f["department"], f["severity"])
                due = rule.due(day, self.calendar)
                f.update(state=RS.ISSUED, reissue_count=1, issued_on=day, deadline=due.day, _notice_of=recheck["id"],
                         deadline_provisional=due.provisional, deadline_rule=rule.text, deadline_days=rule.days,
                         deadline_working=rule.working_days, result=result, note=line["note"] or f["note"])
                line.update(deadline=f["deadline"], deadline_rule=rule.text, deadline_provisional=due.provisional)
                self.event(f, RA.RECHECK_FAIL, RS.ISSUED, RS.ISSUED, day, recheck["id"], recheck_failed_text(
                    result, line["note"], 1, due.day, due.provisional, NOTICE))
            else:
                f.update(state=RS.CLOSED, closed_on=day, closed_by_inspection_id=recheck["id"])
                self.event(f, RA.RECHECK_PASS, RS.ISSUED, RS.CLOSED, day, recheck["id"], text(
                    QT_TRANSLATE_NOOP("DomainText", "复查{result}，整改到位，销号"), result=ItemResult.PASS))
        if failed is not None:
            recheck.update(state=IS.RECTIFICATION_REQUIRED, overall=OverallResult.RECTIFY,
                           suggested_overall=OverallResult.RECTIFY, closed_on=None, notice_issued_on=day)
        else:
            original.update(state=IS.CLOSED_AFTER_RECTIFICATION, closed_on=day)

    def escalate(self, visit: Visit) -> None:
        day = min(self.today, visit.deadline + dt.timedelta(days=self.rng.randint(3, 20)))
        kind = self.rng.choice((Escalation.NOTICE, Escalation.CREDIT, Escalation.REFER))
        for f in visit.findings:
            f.update(state=RS.ESCALATED, escalation=kind, escalated_on=day, escalation_note="逾期未整改")
            self.event(f, RA.EXPIRE, RS.ISSUED, RS.OVERDUE, day, None, text(
                QT_TRANSLATE_NOOP("DomainText", "整改期限{deadline}已过，逾期未整改"), deadline=f["deadline"]))
            self.event(f, RA.ESCALATE, RS.OVERDUE, RS.ESCALATED, day, None, text(
                QT_TRANSLATE_NOOP("DomainText", "逾期未整改，{kind}{note}"), kind=kind,
                note=text(QT_TRANSLATE_NOOP("DomainText", "：{note}"), note="逾期未整改")))
        visit.inspection.update(state=IS.ESCALATED, closed_on=day)  # as closing_action decides

    def flush(self) -> None:
        """Insert the rows built so far; keep only what numbering the notices takes afterwards.

        Notice numbers follow the order of issue over every visit, so they are set by `number_notices`
        once all rows are in: findings go in without one, their events' text with "{notice}".
        """
        self.inspections += len(self.tables[Inspection])
        self.notices += [(i["notice_issued_on"], i["id"]) for i in self.tables[Inspection] if i["notice_issued_on"]]
        for finding in self.tables[Finding]:
            self.finding_notices.append((finding["id"], finding.pop("_notice_of")))
            finding["notice_no"] = ""
        self.event_notices += [(e["id"], e["inspection_id"]) for e in self.tables[FindingEvent] if NOTICE in e["text"]]
        conn = self.session.connection()  # Core executemany: the demo transaction records its bulk rows itself
        for model in MODELS:
            if self.tables[model]:
                conn.execute(insert(model.__table__), self.tables[model])
                self.tables[model].clear()

    def number_notices(self, numbers: dict[int, str]) -> None:
        """Give inspections, findings and finding events the notice numbers (by inspection id)."""
        conn = self.session.connection()
        updates = (
            (Inspection, "notice_no", [{"row": i, "value": no} for i, no in numbers.items()]),
            (Finding, "notice_no", [{"row": f, "value": numbers[i]} for f, i in self.finding_notices if i in numbers]),
        )
        for model, column, values in updates:
            if values:
                table = model.__table__
                conn.execute(update(table).where(table.c.id == bindparam("row")).values({column: bindparam("value")}),
                             values)
        table = FindingEvent.__table__
        numbering = update(table).where(table.c.id == bindparam("row")).values(
            text=func.replace(table.c.text, NOTICE, bindparam("value")), detail=bindparam("line", type_=JSON))
        for start in range(0, len(self.event_notices), NUMBERING_BATCH):  # the lines read back a batch at a time
            batch = self.event_notices[start:start + NUMBERING_BATCH]
            details = dict(conn.execute(select(table.c.id, table.c.detail).where(table.c.id.in_([e for e, _ in batch]))
                                        ).all())
            conn.execute(numbering, [{"row": e, "value": numbers.get(i, ""), "line": _numbered(details[e], numbers.get(i, ""))}
                                     for e, i in batch])


def _numbered(detail: dict, number: str) -> dict:
    """A step's detail with its line's notice number in place of NOTICE."""
    return json.loads(json.dumps(detail).replace(json.dumps(NOTICE), json.dumps(number)))


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return office_time(day, hour)
