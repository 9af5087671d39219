"""Facts for the filing documents and the count of their issues (reprints are copies, 副本)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.orm.filing import DocumentIssue, FilingApplication, FilingEvent
from workstation.domain.errors import ConflictError
from workstation.domain.filing import CHANGE_FIELDS, DocumentFacts, DocumentKind, FilingAction, documents_for
from workstation.domain.filing_rules import FilingRules, MaterialResult
from workstation.domain.permissions import Action, allowed
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.services.common.context import Actor
from workstation.services.common.documents import issuer_of
from workstation.services.common.uow import require
from workstation.services.filing.dto import role_of


def require_issuer(actor: Actor) -> None:
    """Clerks (who handle filings) and managers (who decide them) may issue documents."""
    role = role_of(actor)
    if role is None or not (allowed(role, Action.FILING_EDIT) or allowed(role, Action.FILING_DECIDE)):
        require(actor, Action.FILING_EDIT)  # raises with the standard message


def check_available(session: Session, app: FilingApplication, document: DocumentKind) -> None:
    returned = session.scalar(select(func.count()).select_from(FilingEvent).where(
        FilingEvent.application_id == app.id, FilingEvent.action == FilingAction.RETURN)) > 0
    if document not in documents_for(app.kind, app.state, returned):
        raise ConflictError(f"该{app.kind.zh}申请当前为“{app.state.zh}”，不能出具{document.zh}。")


def next_copy_no(session: Session, app_id: int, document: DocumentKind) -> int:
    """0 for the first issue (the original), then 1, 2, … for reprints."""
    issued = session.scalar(select(func.count()).select_from(DocumentIssue).where(
        DocumentIssue.application_id == app_id, DocumentIssue.document == document))
    return int(issued or 0)


def record_issue(session: Session, app_id: int, document: DocumentKind, who: str, now: dt.datetime) -> int:
    copy_no = next_copy_no(session, app_id, document)
    session.add(DocumentIssue(application_id=app_id, document=document, copy_no=copy_no, issued_at=now,
                              issued_by=who))
    return copy_no


def copy_label(document: DocumentKind, copy_no: int) -> Text:
    """The history line of a document's issue: the original, or which reprint."""
    if copy_no == 0:
        return text(QT_TRANSLATE_NOOP("DomainText", "出具{document}（原件）"), document=document)
    return text(QT_TRANSLATE_NOOP("DomainText", "出具{document}（副本，第{copy}次补打）"), document=document, copy=copy_no)


def document_facts(session: Session, app: FilingApplication, document: DocumentKind, copy_no: int,
                   today: dt.date, rules: FilingRules) -> DocumentFacts:
    """Everything the document states, from the application as it is now."""
    nursery = session.get(Nursery, app.nursery_id)
    issuer, division = issuer_of(session)
    return DocumentFacts(
        document=document, kind=app.kind, issuer=issuer, division_code=division,
        nursery_name=app.form_data.get("name") or nursery.name, uscc=nursery.uscc or "",
        address=app.form_data.get("address") or nursery.address, legal_rep=nursery.legal_rep_name,
        receipt_no=app.receipt_no or "",
        submitted_on=app.clock_started_on or app.submitted_on, accepted_on=app.accepted_on,
        issued_on=today, copy_no=copy_no,
        materials=tuple((m.title, "已提供" if m.provided else "未提供") for m in app.materials if m.provided),
        missing=_missing(session, app),
        changes=tuple((_label(c.field), c.old_value, c.new_value, c.reason) for c in app.change_items),
        settlement_note=app.settlement_note, verification_due_on=app.verification_due_on,
        conditions=rules.basic_conditions, verification_due_provisional=app.verification_due_provisional,
    )


def _missing(session: Session, app: FilingApplication) -> tuple[tuple[str, str], ...]:
    """The items of the latest return (kept on its history line), else the materials flagged now."""
    event = session.scalars(select(FilingEvent).where(
        FilingEvent.application_id == app.id, FilingEvent.action == FilingAction.RETURN)
        .order_by(FilingEvent.id.desc()).limit(1)).first()
    if event is not None and event.detail.get("missing"):
        return tuple((item[0], item[1]) for item in event.detail["missing"])
    return tuple((m.title, m.note) for m in app.materials
                 if m.result in (MaterialResult.MISSING, MaterialResult.INVALID))


def _label(field: str) -> str:
    spec = CHANGE_FIELDS.get(field)
    return spec.label if spec else field
