"""Rows of the demo filings (see demo_filings.py): applications, materials, changes, history, issues.

Built as plain dicts with explicit ids and seed-derived uuids, then bulk-inserted (Core), like
the demo nurseries, so the same seed gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from workstation.db.base import utcnow
from workstation.db.id_blocks import IdSource
from workstation.db.orm import Nursery
from workstation.db.orm.filing import (
    ChangeItem,
    DocumentIssue,
    FilingApplication,
    FilingEvent,
    FilingMaterial,
)
from workstation.demo.stamps import office_time
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.filing import (
    CLOCK_STATES,
    DECIDED_STATES,
    DocumentKind,
    FilingAction,
    FilingChannel,
    FilingEventKind,
    FilingKind,
    FilingState,
)
from workstation.domain.filing_rules import (
    FilingRules,
    FireProofKind,
    HygieneRating,
    MaterialResult,
    MaterialType,
    checklist,
)
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.domain.workdays import library_version
from workstation.services.common.timeline import line_detail

if TYPE_CHECKING:
    from workstation.demo.filings import DemoApp

K, S, A = FilingKind, FilingState, FilingAction
BATCH_SIZE = 5000  # applications built and inserted at a time
NEW_DIRECTORS = ("王丽", "李静", "张敏", "刘洋", "陈晨", "杨帆")
STATUS_BEFORE = {K.INITIAL: Status.REGISTERED, K.CHANGE: Status.OPERATING, K.CANCELLATION: Status.OPERATING}
RECEIPTS = {K.INITIAL: (DocumentKind.RECEIPT, DocumentKind.BASIC_CONDITIONS), K.CHANGE: (DocumentKind.CHANGE_RECEIPT,),
            K.CANCELLATION: (DocumentKind.CANCELLATION_RECEIPT,)}
# The path of actions that leads to each state (after creation).
PATHS = {S.DRAFT: (), S.SUBMITTED: (A.SUBMIT,), S.MATERIALS_CHECK: (A.SUBMIT, A.START_CHECK),
         S.RETURNED_FOR_SUPPLEMENT: (A.SUBMIT, A.START_CHECK, A.RETURN), S.WITHDRAWN: (A.SUBMIT, A.WITHDRAW),
         S.ACCEPTED: (A.SUBMIT, A.START_CHECK, A.ACCEPT), S.VERIFIED: (A.SUBMIT, A.START_CHECK, A.ACCEPT, A.VERIFY),
         S.NOTIFIED: (A.SUBMIT, A.START_CHECK, A.ACCEPT, A.NOTIFY)}
TARGET = {A.SUBMIT: S.SUBMITTED, A.START_CHECK: S.MATERIALS_CHECK, A.RETURN: S.RETURNED_FOR_SUPPLEMENT,
          A.WITHDRAW: S.WITHDRAWN, A.ACCEPT: S.ACCEPTED, A.VERIFY: S.VERIFIED, A.NOTIFY: S.NOTIFIED}


@dataclass(frozen=True)
class NurseryRow:
    id: int
    name: str
    uscc: str
    status: Status
    filed_at: dt.datetime | None
    provides_meals: bool
    director_name: str
    phone: str

    def moved(self, status: Status, **changes) -> NurseryRow:
        return replace(self, status=status, **changes)


def load_nurseries(session: Session) -> list[NurseryRow]:
    stmt = select(Nursery.id, Nursery.name, Nursery.uscc, Nursery.status, Nursery.filed_at, Nursery.provides_meals,
                  Nursery.director_name, Nursery.phone).order_by(Nursery.id)
    return [NurseryRow(r.id, r.name, r.uscc or "", r.status, r.filed_at, r.provides_meals, r.director_name, r.phone)
            for r in session.execute(stmt)]


def insert_apps(session: Session, apps: list[DemoApp], rules: FilingRules, who: str, seed: int) -> None:
    """Insert the planned applications with their materials, change items, history and issues."""
    builder = _Builder(session, rules, who, seed)
    conn = session.connection()  # Core executemany: the demo transaction records its bulk rows itself
    for start in range(0, len(apps), BATCH_SIZE):  # batches: the rows of every application never all at once
        for app in apps[start:start + BATCH_SIZE]:
            builder.add(app)
        for model, batch in builder.tables.items():
            if batch:
                conn.execute(insert(model.__table__), batch)
                batch.clear()


class _Builder:
    def __init__(self, session: Session, rules: FilingRules, who: str, seed: int) -> None:
        self.rules, self.who, self.now, self.ids = rules, who, utcnow(), IdSource(session)
        self.rng = random.Random(f"demo:{seed}:filing-uuids")
        self.tables: dict[type, list[dict]] = {m: [] for m in (FilingApplication, FilingMaterial, ChangeItem,
                                                                FilingEvent, DocumentIssue)}

    def common(self, model) -> dict:
        return {"id": self.ids.take(model), "uuid": str(uuid.UUID(int=self.rng.getrandbits(128), version=4))}

    def travelling(self, model) -> dict:
        return {**self.common(model), "created_at": self.now, "created_by": self.who, "updated_at": self.now,
                "updated_by": self.who, "version": 1}

    def add(self, app: DemoApp) -> None:
        row = self.travelling(FilingApplication)
        changes = self.change_items(app, row["id"])
        row.update(_application_fields(app, self.rules))
        self.tables[FilingApplication].append(row)
        self.materials(app, row["id"], changes)
        self.history(app, row["id"])

    def change_items(self, app: DemoApp, app_id: int) -> dict[str, str]:
        if app.kind is not K.CHANGE:
            return {}
        decided = app.state in DECIDED_STATES
        other = next(n for n in NEW_DIRECTORS if n != app.nursery.director_name)
        old, new = (other, app.nursery.director_name) if decided else (app.nursery.director_name, other)
        self.tables[ChangeItem].append({**self.travelling(ChangeItem), "application_id": app_id,
                                        "field": "director_name", "old_value": old, "new_value": new,
                                        "reason": "原负责人工作调动"})
        return {"director_name": new}

    def materials(self, app: DemoApp, app_id: int, changes: dict[str, str]) -> None:
        lines = checklist(self.rules, app.kind, app.nursery.provides_meals, changes)
        required = [r for r in lines if r.required]
        for index, rule in enumerate(lines):
            provided, result, note = _material_state(app.state, index, rule.required, rule is required[-1], len(lines))
            checked = result is not None
            self.tables[FilingMaterial].append({
                **self.travelling(FilingMaterial), "application_id": app_id, "material_type": rule.material_type,
                "title": rule.title, "required": rule.required, "provided": provided,
                "subtype": FireProofKind.ACCEPTANCE if provided and rule.material_type is MaterialType.FIRE_SAFETY else None,
                "rating": HygieneRating.QUALIFIED if provided and rule.material_type is MaterialType.HYGIENE_EVALUATION
                else None,
                "valid_until": None, "result": result, "note": note, "checked_by": self.who if checked else "",
                "checked_at": _at(app.accepted_on or app.closed_on or app.submitted_on) if checked else None})

    def history(self, app: DemoApp, app_id: int) -> None:
        created = app.submitted_on or app.closed_on or app.extra["created_on"]
        self.event(app, app_id, created, FilingEventKind.CREATED, None, (None, S.DRAFT),
                   text(QT_TRANSLATE_NOOP("DomainText", "创建申请（草稿）")))
        state = S.DRAFT
        for action in PATHS[app.state]:
            day = _action_day(app, action)
            self.event(app, app_id, day, FilingEventKind.ACTION, action, (state, TARGET[action]), _TEXT[action](app))
            state = TARGET[action]
        for document in (RECEIPTS[app.kind] if app.state in DECIDED_STATES else ()):
            self.issue(app, app_id, document, app.accepted_on)
        if app.state is S.RETURNED_FOR_SUPPLEMENT:
            self.issue(app, app_id, DocumentKind.SUPPLEMENT_NOTICE, app.closed_on)

    def event(self, app: DemoApp, app_id: int, day: dt.date | None, kind: FilingEventKind, action: FilingAction | None,
              states: tuple, line: Text) -> None:
        detail = {"missing": [[_last_required_title(self.rules, app), "未提供"]]} if action is A.RETURN else {}
        line = text(QT_TRANSLATE_NOOP("DomainText", "{kind}：{line}"), kind=app.kind, line=line)
        self.tables[FilingEvent].append({
            **self.common(FilingEvent), "application_id": app_id, "nursery_id": app.nursery.id, "at": _at(day),
            "kind": kind, "action": action, "from_state": states[0], "to_state": states[1],
            "text": str(line), "detail": line_detail(line, detail), "actor": self.who, "actor_name": "演示数据",
            "rule_version": self.rules.version, "calendar_version": library_version()})

    def issue(self, app: DemoApp, app_id: int, document: DocumentKind, day: dt.date | None) -> None:
        self.tables[DocumentIssue].append({**self.common(DocumentIssue), "application_id": app_id,
                                           "document": document, "copy_no": 0, "issued_at": _at(day, 15),
                                           "issued_by": self.who})
        self.event(app, app_id, day, FilingEventKind.DOCUMENT, None, (None, None),
                   text(QT_TRANSLATE_NOOP("DomainText", "出具{document}（原件）"), document=document))


def _application_fields(app: DemoApp, rules: FilingRules) -> dict:
    state, decided = app.state, app.state in DECIDED_STATES
    closed = _at(app.closed_on)
    return {
        "nursery_id": app.nursery.id, "kind": app.kind, "state": state,
        "channel": FilingChannel.NATIONAL_SYSTEM if app.nursery.id % 3 else FilingChannel.PAPER,
        "form_data": {"name": app.nursery.name, "uscc": app.nursery.uscc} if app.submitted_on else {},
        "commitment_signer": app.nursery.director_name if app.submitted_on else "",
        "commitment_signed_on": app.submitted_on, "national_filing_no": "", "national_filed_on": None,
        "settlement_note": "在托幼儿已由家长接回或转入就近托育机构，工作人员已依法解除劳动合同并结清工资。"
        if app.kind is K.CANCELLATION else "",
        "nursery_status_before": STATUS_BEFORE[app.kind] if app.submitted_on else None,
        "submitted_at": _at(app.submitted_on), "submitted_on": app.submitted_on,
        "clock_started_on": app.submitted_on if state is not S.RETURNED_FOR_SUPPLEMENT else None,
        "due_on": app.due_on if state in CLOCK_STATES else None, "clock_remaining": None,
        "due_days": 5 if app.due_on else None,
        "due_provisional": bool(state in CLOCK_STATES and app.extra.get("due_provisional")),
        "verification_days": 15 if app.extra.get("verification_due_on") else None,
        "verification_due_provisional": bool(app.extra.get("verification_provisional")),
        "returned_at": closed if state is S.RETURNED_FOR_SUPPLEMENT else None,
        "accepted_at": _at(app.accepted_on) if decided else None, "accepted_on": app.accepted_on,
        "receipt_no": app.receipt_no, "verification_due_on": app.extra.get("verification_due_on"),
        "verified_at": closed if state is S.VERIFIED else None,
        "notified_at": closed if state is S.NOTIFIED else None,
        "nonconformity": "实际托位数与备案不符，部分班级超额收托。" if state is S.NOTIFIED else "",
        "withdrawn_at": closed if state is S.WITHDRAWN else None,
        "rule_version": rules.version, "calendar_version": library_version(),
    }


def _material_state(state: FilingState, index: int, required: bool, last_required: bool,
                    count: int) -> tuple[bool, MaterialResult | None, str]:
    """(provided, result, note) of one material line in an application in `state`."""
    if state is S.DRAFT:
        return index < count // 2, None, ""
    if not required and state not in DECIDED_STATES:
        return False, None, ""
    if state in DECIDED_STATES:
        return required, MaterialResult.OK if required else None, ""
    if state is S.RETURNED_FOR_SUPPLEMENT and last_required:
        return False, MaterialResult.MISSING, "未提供"
    checked = state is S.RETURNED_FOR_SUPPLEMENT or (state is S.MATERIALS_CHECK and index < count // 2)
    return True, MaterialResult.OK if checked else None, ""


def _last_required_title(rules: FilingRules, app: DemoApp) -> str:
    changes = {"director_name": "x"} if app.kind is K.CHANGE else {}
    lines = [r for r in checklist(rules, app.kind, app.nursery.provides_meals, changes) if r.required]
    return lines[-1].title


def _action_day(app: DemoApp, action: FilingAction) -> dt.date | None:
    if action in (A.SUBMIT, A.START_CHECK):
        return app.submitted_on
    return app.accepted_on if action is A.ACCEPT else app.closed_on


def _at(day: dt.date | None, hour: int = 10) -> dt.datetime | None:
    return office_time(day, hour) if day else None


# Each action's history line, shorter than the service's (the demo keeps no clocks' wording).
_TEXT = {
    A.SUBMIT: lambda a: text(QT_TRANSLATE_NOOP("DomainText", "提交申请")),
    A.START_CHECK: lambda a: text(QT_TRANSLATE_NOOP("DomainText", "开始材料审核")),
    A.RETURN: lambda a: text(QT_TRANSLATE_NOOP("DomainText", "退回补正：材料不齐全")),
    A.WITHDRAW: lambda a: text(QT_TRANSLATE_NOOP("DomainText", "申请人撤回申请")),
    A.ACCEPT: lambda a: text(QT_TRANSLATE_NOOP("DomainText", "受理备案，出具回执（编号 {receipt}）"), receipt=a.receipt_no or ""),
    A.VERIFY: lambda a: text(QT_TRANSLATE_NOOP("DomainText", "核实完成，符合要求")),
    A.NOTIFY: lambda a: text(QT_TRANSLATE_NOOP("DomainText", "通知不符合要求并公开：{what}{late}"),
                             what="实际托位数与备案不符", late=""),
}
