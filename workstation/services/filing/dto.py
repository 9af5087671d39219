"""Frozen DTOs of the filing area and their construction from ORM rows (no ORM object leaves)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.orm.accounts import User
from workstation.db.orm.filing import ChangeItem, FilingApplication, FilingEvent, FilingMaterial
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import (
    CHANGE_FIELDS,
    DocumentKind,
    FilingAction,
    FilingChannel,
    FilingKind,
    FilingState,
    documents_for,
    transitions_from,
)
from workstation.domain.filing_rules import FireProofKind, HygieneRating, MaterialResult, MaterialType
from workstation.domain.masking import mask_field
from workstation.domain.permissions import Action, Role, allowed
from workstation.domain.texts import Text
from workstation.services.common.context import Actor
from workstation.services.common.timeline import TimelineEntry, line_of, named
from workstation.services.filing.guards import blocked_actions


@dataclass(frozen=True)
class AttachedFile:
    id: int
    sha256: str
    file_name: str
    size: int
    added_at: dt.datetime
    added_by: str


@dataclass(frozen=True)
class MaterialView:
    id: int
    material_type: MaterialType
    title: str
    required: bool
    provided: bool
    subtype: FireProofKind | None
    rating: HygieneRating | None
    valid_until: dt.date | None
    result: MaterialResult | None
    note: str
    checked_by: str
    checked_at: dt.datetime | None
    files: tuple[AttachedFile, ...]
    checked_by_name: str = ""  # the checker's display name (their account's now), else empty


@dataclass(frozen=True)
class ChangeItemView:
    field: str
    label: str
    old_value: str
    new_value: str
    reason: str


@dataclass(frozen=True)
class NurserySummary:
    id: int
    name: str
    uscc: str
    status: InstitutionStatus
    provides_meals: bool


@dataclass(frozen=True)
class ApplicationView:
    id: int
    version: int
    kind: FilingKind
    state: FilingState
    channel: FilingChannel
    nursery: NurserySummary
    commitment_signer: str
    commitment_signed_on: dt.date | None
    national_filing_no: str
    national_filed_on: dt.date | None
    settlement_note: str
    form: tuple[tuple[str, str], ...]        # the 备案书 as submitted: (label, value)
    submitted_on: dt.date | None
    clock_started_on: dt.date | None
    due_on: dt.date | None
    clock_remaining: int | None
    accepted_on: dt.date | None
    receipt_no: str | None
    verification_due_on: dt.date | None
    nonconformity: str
    rule_version: str
    calendar_version: str
    materials: tuple[MaterialView, ...]
    change_items: tuple[ChangeItemView, ...]
    history: tuple[TimelineEntry, ...]
    actions: tuple[FilingAction, ...]        # legal now for this state, kind and the user's role
    # those of `actions` the application's content blocks now (the service would refuse), with why
    blocked: tuple[tuple[FilingAction, Text], ...]
    documents: tuple[DocumentKind, ...]      # documents that can be issued now
    may_edit: bool                           # the user's role handles filings (materials, information, changes)
    due_provisional: bool = False            # due dates counted through a year the calendar lacks
    verification_due_provisional: bool = False

    def material(self, material_type: MaterialType) -> MaterialView:
        return next(m for m in self.materials if m.material_type is material_type)

    def unprovided(self) -> tuple[MaterialView, ...]:
        """The required materials not yet ticked as provided."""
        return tuple(m for m in self.materials if m.required and not m.provided)

    def blocked_by(self, action: FilingAction) -> Text | None:
        """Why `action` would be refused now (from the application's content), or None."""
        return next((why for blocked, why in self.blocked if blocked is action), None)


@dataclass(frozen=True)
class ApplicationRow:
    """One line of the application list."""

    id: int
    nursery_id: int
    nursery_name: str
    uscc: str
    kind: FilingKind
    state: FilingState
    submitted_on: dt.date | None
    due_on: dt.date | None
    receipt_no: str | None
    due_provisional: bool = False


APPLICATION_SORT_KEYS = ("newest", "nursery", "uscc", "kind", "state", "submitted", "due", "receipt")


@dataclass(frozen=True)
class ApplicationQuery:
    """Which applications the list shows (text: nursery name, USCC or receipt number), in which order."""

    text: str = ""
    state: FilingState | None = None
    kind: FilingKind | None = None
    sort_key: str = "newest"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort_key not in APPLICATION_SORT_KEYS:
            raise ValueError(f"unknown applications sort key: {self.sort_key!r}")


@dataclass(frozen=True)
class ApplicationPage:
    """How many applications match, and the first rows."""

    total: int
    rows: tuple[ApplicationRow, ...]


@dataclass(frozen=True)
class FilingInfo:
    """The editable 备案书 / 承诺书 / national-system fields of an application."""

    channel: FilingChannel = FilingChannel.PAPER
    commitment_signer: str = ""
    commitment_signed_on: dt.date | None = None
    national_filing_no: str = ""
    national_filed_on: dt.date | None = None
    settlement_note: str = ""


@dataclass(frozen=True)
class MaterialUpdate:
    provided: bool
    subtype: FireProofKind | None = None
    rating: HygieneRating | None = None
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class ChangeDraft:
    field: str
    new_value: str
    reason: str


@dataclass(frozen=True)
class OpenApplication:
    """A nursery's application still in progress: why no new one can be opened for it."""

    id: int
    kind: FilingKind
    state: FilingState
    submitted_on: dt.date | None  # None: a draft never submitted


@dataclass(frozen=True)
class NurseryChoice:
    id: int
    name: str
    uscc: str
    status: InstitutionStatus
    kinds: tuple[FilingKind, ...]  # kinds of application this nursery can open now
    open_application: OpenApplication | None = None  # the application in progress that blocks a new one


def _form_label(name: str) -> str:
    return CHANGE_FIELDS[name].label if name in CHANGE_FIELDS else {"uscc": "统一社会信用代码"}.get(name, name)


def role_of(actor: Actor) -> Role | None:
    return actor.role_enum


def legal_actions(actor: Actor, kind: FilingKind, state: FilingState) -> tuple[FilingAction, ...]:
    role = role_of(actor)
    return tuple(dict.fromkeys(t.action for t in transitions_from(kind, state)
                               if role is not None and allowed(role, t.permission)))


def material_view(m: FilingMaterial, names: dict[str, str] | None = None) -> MaterialView:
    files = tuple(AttachedFile(f.id, f.sha256, f.file_name, f.size, f.added_at, f.added_by) for f in m.files)
    return MaterialView(m.id, m.material_type, m.title, m.required, m.provided, m.subtype, m.rating,
                        m.valid_until, m.result, m.note, m.checked_by, m.checked_at, files,
                        (names or {}).get(m.checked_by, ""))


def _checker_names(session: Session, materials) -> dict[str, str]:
    """Display names of the accounts that checked `materials` (one read for all of them)."""
    wanted = {m.checked_by for m in materials if m.checked_by and ":" not in m.checked_by}
    if not wanted:
        return {}
    return {u: n for u, n in session.execute(select(User.username, User.display_name)
                                              .where(User.username.in_(wanted))) if n}


def change_view(item: ChangeItem, masked: bool = False) -> ChangeItemView:
    """A change item; its old and new phones masked for a role without full personal data."""
    spec = CHANGE_FIELDS.get(item.field)
    old, new = item.old_value, item.new_value
    if masked:
        old, new = mask_field("nursery", item.field, old), mask_field("nursery", item.field, new)
    return ChangeItemView(item.field, spec.label if spec else item.field, old, new, item.reason)


def timeline_entry(event: FilingEvent) -> TimelineEntry:
    """The step's line as a text when its detail keeps one (shown in the interface language), else as recorded."""
    return TimelineEntry(event.at, "备案", line_of(event.detail, event.text), event.actor, event.actor_name)


def nursery_summary(n: Nursery) -> NurserySummary:
    return NurserySummary(n.id, n.name, n.uscc or "", n.status, n.provides_meals)


def _form(data: dict, masked: bool) -> tuple[tuple[str, str], ...]:
    """The 备案书 snapshot; its personal phones masked for a role without full personal data."""
    return tuple((_form_label(k), str(mask_field("nursery", k, v) if masked else v)) for k, v in data.items()
                 if v not in ("", None))


def application_view(session: Session, app: FilingApplication, actor: Actor) -> ApplicationView:
    nursery = session.get(Nursery, app.nursery_id)
    events = session.scalars(select(FilingEvent).where(FilingEvent.application_id == app.id)
                             .order_by(FilingEvent.at, FilingEvent.id)).all()
    returned = any(e.action is FilingAction.RETURN for e in events)
    masked = not actor.can(Action.PERSONAL_DATA_FULL)
    checkers = _checker_names(session, app.materials)
    actions = legal_actions(actor, app.kind, app.state)
    return ApplicationView(
        id=app.id, version=app.version, kind=app.kind, state=app.state, channel=app.channel,
        nursery=nursery_summary(nursery), commitment_signer=app.commitment_signer,
        commitment_signed_on=app.commitment_signed_on, national_filing_no=app.national_filing_no,
        national_filed_on=app.national_filed_on, settlement_note=app.settlement_note,
        form=_form(app.form_data, masked=masked),
        submitted_on=app.submitted_on, clock_started_on=app.clock_started_on, due_on=app.due_on,
        clock_remaining=app.clock_remaining, accepted_on=app.accepted_on, receipt_no=app.receipt_no, verification_due_on=app.verification_due_on,
        nonconformity=app.nonconformity, rule_version=app.rule_version, calendar_version=app.calendar_version,
        materials=tuple(material_view(m, checkers) for m in app.materials),
        change_items=tuple(change_view(c, masked) for c in app.change_items),
        history=tuple(named(session, (timeline_entry(e) for e in events))),
        actions=actions, blocked=blocked_actions(app, actions),
        documents=documents_for(app.kind, app.state, returned),
        may_edit=actor.can(Action.FILING_EDIT),
        due_provisional=app.due_provisional, verification_due_provisional=app.verification_due_provisional,
    )
