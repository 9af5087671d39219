"""Filing (备案) use cases: applications of three kinds, materials, actions, documents, queues.

Every public method is one transaction through services.uow (permission checked, actor recorded
for the audit trail) and returns frozen DTOs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from workstation.db.attachments import Attachments
from workstation.db.base import utcnow
from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication
from workstation.domain.errors import NotFound, ValidationError
from workstation.domain.filing import (
    DocumentFacts,
    DocumentKind,
    FilingAction,
    FilingChannel,
    FilingEventKind,
    FilingKind,
    FilingState,
    transition_for,
)
from workstation.domain.filing_rules import FILING_DEFAULTS, FilingRules, MaterialResult
from workstation.domain.permissions import Action
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.services.calendar import load_calendar
from workstation.services.common.conflicts import changed_by, changed_meanwhile
from workstation.services.common.context import Actor
from workstation.services.common.serials import next_serial, retrying
from workstation.services.common.uow import reading, require, writing
from workstation.services.filing import content, documents
from workstation.services.filing.dto import (
    ApplicationPage,
    ApplicationQuery,
    ApplicationRow,
    ApplicationView,
    ChangeDraft,
    FilingInfo,
    MaterialUpdate,
    NurseryChoice,
    TimelineEntry,
    application_view,
)
from workstation.services.filing.guards import content_unmet
from workstation.services.filing.queues import QUEUE_LIMIT, WorkQueues, timeline, work_queues
from workstation.services.filing.steps import Step, StepContext, apply_action, record


class FilingService:
    """Handle filing applications. `today` and `now` are injectable so clocks can be tested."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, attachments: Attachments,
                 rules: FilingRules = FILING_DEFAULTS, today: Callable[[], dt.date] = dt.date.today,
                 now: Callable[[], dt.datetime] = utcnow) -> None:
        self._factory = factory
        self._actor = actor
        self._attachments = attachments
        self._rules = rules
        self._today = today
        self._now = now

    # --- reading ---------------------------------------------------------------------------

    def get(self, app_id: int) -> ApplicationView:
        """The application with its materials, change items, history and the actions legal now."""
        with reading(self._factory, self._actor, Action.FILING_VIEW) as session:
            return application_view(session, _load(session, app_id), self._actor)

    def applications(self, text: str = "", state: FilingState | None = None, kind: FilingKind | None = None,
                     limit: int = 500) -> list[ApplicationRow]:
        """Applications, newest first, filtered by nursery name / USCC / receipt number, state and kind."""
        return self.applications_page(ApplicationQuery(text, state, kind), 0, limit)

    def applications_first_page(self, query: ApplicationQuery, limit: int) -> ApplicationPage:
        """How many applications match `query` (counted in SQL), and the first `limit` in its order."""
        with reading(self._factory, self._actor, Action.FILING_VIEW) as session:
            total = content.count_applications(session, query)
            return ApplicationPage(total, tuple(content.application_rows(session, query, 0, limit)))

    def applications_page(self, query: ApplicationQuery, offset: int, limit: int) -> list[ApplicationRow]:
        """The matching applications `offset` to `offset + limit` in the query's order."""
        with reading(self._factory, self._actor, Action.FILING_VIEW) as session:
            return content.application_rows(session, query, offset, limit)

    def nursery_choices(self, text: str = "", limit: int = 50) -> list[NurseryChoice]:
        """Nurseries matching `text`, each with the kinds of application it can open now."""
        with reading(self._factory, self._actor, Action.FILING_VIEW) as session:
            return content.nursery_choices(session, text, limit)

    def queues(self, limit: int = QUEUE_LIMIT) -> WorkQueues:
        """The work queues: each one's true total and its first `limit` entries."""
        with reading(self._factory, self._actor, Action.FILING_VIEW) as session:
            return work_queues(session, self._today(), self._rules, limit)

    def timeline(self, nursery_id: int) -> list[TimelineEntry]:
        """The nursery's filing history: every application and state change, with who and when."""
        with reading(self._factory, self._actor, Action.FILING_VIEW) as session:
            return timeline(session, nursery_id)

    def viewable_file(self, file_id: int) -> Path:
        """A copy of an attached scan under its own name (viewers need the extension)."""
        with reading(self._factory, self._actor, Action.FILING_VIEW) as session:
            return content.viewable_copy(session, self._attachments, file_id)

    # --- editing ---------------------------------------------------------------------------

    def create(self, nursery_id: int, kind: FilingKind,
               channel: FilingChannel = FilingChannel.PAPER) -> ApplicationView:
        """Open a draft application; refused unless the nursery's status allows this kind now."""
        with writing(self._factory, self._actor, Action.FILING_EDIT) as session:
            ctx = self._context(session)
            app = content.create(ctx, nursery_id, kind, channel)
            record(ctx, app, FilingEventKind.CREATED, text(QT_TRANSLATE_NOOP("DomainText", "创建申请（草稿）")),
                   states=(None, app.state))
            return self._view(session, app)

    def update_info(self, app_id: int, expected_version: int, info: FilingInfo) -> ApplicationView:
        """Save the 备案书/承诺书 fields, the national system's number and date, the settlement note."""
        with writing(self._factory, self._actor, Action.FILING_EDIT) as session:
            ctx = self._context(session)
            app = _load(session, app_id, expected_version)
            content.update_info(ctx, app, info)
            return self._view(session, app)

    def set_change_items(self, app_id: int, expected_version: int,
                         items: Sequence[ChangeDraft]) -> ApplicationView:
        """Replace the itemised changes of a change filing (old values are read from the nursery)."""
        with writing(self._factory, self._actor, Action.FILING_EDIT) as session:
            ctx = self._context(session)
            app = _load(session, app_id, expected_version)
            content.set_change_items(ctx, app, items)
            return self._view(session, app)

    def update_material(self, material_id: int, update: MaterialUpdate) -> ApplicationView:
        """Record whether a material was provided (and its type, rating, validity)."""
        with writing(self._factory, self._actor, Action.FILING_EDIT) as session:
            app = content.update_material(self._context(session), material_id, update)
            return self._view(session, app)

    def check_material(self, material_id: int, result: MaterialResult, note: str = "") -> ApplicationView:
        """The clerk's check of one material: OK, or missing/invalid with the reason."""
        with writing(self._factory, self._actor, Action.FILING_EDIT) as session:
            app = content.check_material(self._context(session), material_id, result, note)
            return self._view(session, app)

    def check_materials_ok(self, material_ids: Sequence[int]) -> ApplicationView:
        """Several materials checked OK at once (the clerk selected them), in one transaction: all or none."""
        with writing(self._factory, self._actor, Action.FILING_EDIT) as session:
            ctx = self._context(session)
            app = None
            for material_id in material_ids:
                app = content.check_material(ctx, material_id, MaterialResult.OK, "")
            if app is None:
                raise ValidationError("请先在材料清单中选择材料。")
            return self._view(session, app)

    def attach_file(self, material_id: int, path: Path) -> ApplicationView:
        """Attach a scan (PDF/JPG/PNG) to a material; the bytes go to the attachments folder."""
        content.check_scan(Path(path))
        with writing(self._factory, self._actor, Action.FILING_EDIT) as session:
            ctx = self._context(session)
            app = content.attach(ctx, self._attachments, material_id, Path(path))
            return self._view(session, app)

    def remove_file(self, file_id: int) -> ApplicationView:
        with writing(self._factory, self._actor, Action.FILING_EDIT) as session:
            app = content.remove_file(self._context(session), file_id)
            return self._view(session, app)

    # --- actions ---------------------------------------------------------------------------

    def act(self, app_id: int, action: FilingAction, expected_version: int, reason: str = "") -> ApplicationView:
        """Apply one action of the state machine; ConflictError/ValidationError say why not."""
        if action is FilingAction.ACCEPT:
            require(self._actor, Action.FILING_DECIDE)
            return retrying(lambda: self._act_once(app_id, action, expected_version, reason))
        return self._act_once(app_id, action, expected_version, reason)

    def unmet(self, app_id: int, action: FilingAction) -> Text | None:
        """What stops `action` now, from the application's own content (materials, change items…), so the
        dialog can say so before asking to confirm; a reason the action asks for is not checked here."""
        with reading(self._factory, self._actor, Action.FILING_VIEW) as session:
            return content_unmet(_load(session, app_id), action)

    def submit(self, app_id: int, version: int) -> ApplicationView:
        return self.act(app_id, FilingAction.SUBMIT, version)

    def accept(self, app_id: int, version: int) -> ApplicationView:
        return self.act(app_id, FilingAction.ACCEPT, version)

    def _act_once(self, app_id: int, action: FilingAction, expected_version: int, reason: str) -> ApplicationView:
        with writing(self._factory, self._actor) as session:
            # The receipt serial is taken first: see filing_receipts (write lock before any read).
            serial = next_serial(session, self._today().year) if action is FilingAction.ACCEPT else None
            app = _load(session, app_id, expected_version)
            transition = transition_for(app.kind, app.state, action)
            require(self._actor, transition.permission)
            nursery = session.get(Nursery, app.nursery_id)
            apply_action(self._context(session), Step(app, nursery, reason, serial), transition)
            return self._view(session, app)

    # --- documents -------------------------------------------------------------------------

    def document(self, app_id: int, document: DocumentKind, issue: bool = True) -> DocumentFacts:
        """The document's facts; `issue` records the issue (the first is the original, later ones copies).

        With issue=False (print preview) nothing is recorded and the copy number is the one the next
        issue will get.
        """
        if not issue:
            with reading(self._factory, self._actor, Action.FILING_VIEW) as session:
                app = _load(session, app_id)
                documents.check_available(session, app, document)
                copy_no = documents.next_copy_no(session, app.id, document)
                return documents.document_facts(session, app, document, copy_no, self._today(), self._rules)
        documents.require_issuer(self._actor)
        with writing(self._factory, self._actor) as session:
            app = _load(session, app_id)
            documents.check_available(session, app, document)
            copy_no = documents.record_issue(session, app.id, document, self._actor.username, self._now())
            record(self._context(session), app, FilingEventKind.DOCUMENT, documents.copy_label(document, copy_no),
                   detail={"document": document.value, "copy_no": copy_no})
            return documents.document_facts(session, app, document, copy_no, self._today(), self._rules)

    # --- helpers ---------------------------------------------------------------------------

    def _context(self, session: Session) -> StepContext:
        issuer_code = documents.issuer_of(session)[1]
        return StepContext(session, self._actor, self._rules, load_calendar(session), issuer_code,
                           self._today(), self._now())

    def _view(self, session: Session, app: FilingApplication) -> ApplicationView:
        try:
            session.flush()
        except StaleDataError:
            raise changed_meanwhile(self._factory, FilingApplication, inspect(app).identity[0]) from None
        return application_view(session, app, self._actor)


def _load(session: Session, app_id: int, expected_version: int | None = None) -> FilingApplication:
    app = session.get(FilingApplication, app_id)
    if app is None:
        raise NotFound(f"找不到编号为 {app_id} 的备案申请。")
    if expected_version is not None and app.version != expected_version:
        raise changed_by(session, app)
    return app

