"""Intake (机构登记): record a nursery, route it, check it, refuse duplicates, keep overrides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from workstation.db.orm import District, DuplicateDecision, Nursery, WarningOverride
from workstation.db.repositories import nurseries as repo
from workstation.db.repositories.departments import organ_departments
from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.intake_checks import carried_over, check_draft
from workstation.domain.masking import is_masked_form, mask_field
from workstation.domain.normalize import compact_code
from workstation.domain.nursery import Finding, NurseryDraft, Override
from workstation.domain.permissions import Action
from workstation.domain.routing import Route
from workstation.domain.rules import NATIONAL_DEFAULTS, RuleParameters
from workstation.domain.timeutil import local_date
from workstation.domain.validators import phone_normal_form
from workstation.services.common.conflicts import changed_by, changed_meanwhile
from workstation.services.common.context import Actor
from workstation.services.common.lookup import load_nursery
from workstation.services.common.personal import record_reveal, sees_full
from workstation.services.common.uow import reading, require, writing
from workstation.services.registry.bans import banned_legal_rep
from workstation.services.registry.duplicates import SimilarNursery, find_similar
from workstation.services.registry.routing import routes_in


class IntakeRejected(ValidationError):
    """Saving was refused: hard errors, or warnings without the clerk's reason."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        first = findings[0]
        extra = f"（另有{len(findings) - 1}项）" if len(findings) > 1 else ""
        super().__init__(first.message + extra, first.field)
        self.findings = tuple(findings)


class PossibleDuplicate(ConflictError):
    """Similar nurseries exist; the clerk must say whether this is one of them."""

    def __init__(self, candidates: Sequence[SimilarNursery]) -> None:
        names = "、".join(f"“{c.name}”" for c in candidates[:3])
        super().__init__(f"已有名称或地址相近的机构：{names}，请比对后确认是否为同一机构。")
        self.candidates = tuple(candidates)


@dataclass(frozen=True)
class NurseryRecord:
    id: int
    uuid: str
    version: int
    status: InstitutionStatus
    draft: NurseryDraft
    registration_certificate: str
    updated_by: str
    updated_at: dt.datetime
    overrides: tuple[Override, ...]


class IntakeService:
    """Create and edit nursery records. Every save is one transaction."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 rules: RuleParameters = NATIONAL_DEFAULTS,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._factory = factory
        self._actor = actor
        self._rules = rules
        self._today = today


    @property
    def actor(self) -> Actor:
        return self._actor
    def route(self, draft: NurseryDraft) -> Route:
        """Which organ registers this nursery and which certificate to expect."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            return routes_in(session)[draft.legal_nature]

    def check(self, draft: NurseryDraft, nursery_id: int | None = None) -> list[Finding]:
        """Every finding for the draft, including a duplicate USCC (an error naming the record)."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            stored = None if nursery_id is None else session.execute(
                select(Nursery.legal_rep_id_no, Nursery.legal_rep_phone, Nursery.director_phone)
                .where(Nursery.id == nursery_id)).first()
            if stored is not None:  # only the personal values: this runs as the clerk types
                draft = unmasked(draft, stored)
            return self._findings(session, draft, nursery_id)

    def similar(self, draft: NurseryDraft, nursery_id: int | None = None) -> list[SimilarNursery]:
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            return find_similar(session, draft.name, draft.address, _district_name(session), nursery_id)

    def create(self, draft: NurseryDraft, overrides: Sequence[Override] = (),
               different_from: Sequence[int] = ()) -> NurseryRecord:
        """Save a new nursery; raises IntakeRejected or PossibleDuplicate without writing."""
        with writing(self._factory, self._actor, Action.NURSERY_EDIT, _reasons(overrides)) as session:
            return self.create_in(session, draft, overrides, different_from)

    def create_in(self, session: Session, draft: NurseryDraft, overrides: Sequence[Override] = (),
                  different_from: Sequence[int] = ()) -> NurseryRecord:
        """`create` inside the caller's write transaction (the registration inbox records its decision in it)."""
        require(self._actor, Action.NURSERY_EDIT)
        self._guard(session, draft, None, overrides)
        candidates = [c for c in find_similar(session, draft.name, draft.address, _district_name(session))
                      if c.id not in set(different_from)]
        if candidates:
            raise PossibleDuplicate(candidates)
        who = self._actor.username
        row = Nursery(created_by=who, updated_by=who)
        self._fill(session, row, draft)
        session.add(row)
        session.flush()
        session.add_all(DuplicateDecision(nursery_id=row.id, other_nursery_id=other, decision="different",
                                          created_by=who) for other in dict.fromkeys(different_from))
        self._record_overrides(session, row.id, draft, overrides)
        return _record(session, row, self._masked(session))

    def update(self, nursery_id: int, expected_version: int, draft: NurseryDraft,
               overrides: Sequence[Override] = ()) -> NurseryRecord:
        """Save changes; refused with ConflictError when someone saved in between."""
        try:
            return self._update(nursery_id, expected_version, draft, overrides)
        except StaleDataError:  # changed between our read and our write (any flush, any process)
            raise changed_meanwhile(self._factory, Nursery, nursery_id) from None

    def _update(self, nursery_id: int, expected_version: int, draft: NurseryDraft,
                overrides: Sequence[Override]) -> NurseryRecord:
        with writing(self._factory, self._actor, Action.NURSERY_EDIT, _reasons(overrides)) as session:
            return self.update_in(session, nursery_id, expected_version, draft, overrides)

    def update_in(self, session: Session, nursery_id: int, expected_version: int, draft: NurseryDraft,
                  overrides: Sequence[Override] = ()) -> NurseryRecord:
        """`update` inside the caller's write transaction (refused on a stale version or a cancelled record)."""
        require(self._actor, Action.NURSERY_EDIT)
        row = _load(session, nursery_id)
        if row.version != expected_version:
            raise changed_by(session, row)
        if row.status == InstitutionStatus.CANCELLED:
            raise ConflictError("该机构已注销，记录只读。")
        draft = unmasked(draft, row)
        self._guard(session, draft, nursery_id, overrides)
        row.updated_by = self._actor.username
        self._fill(session, row, draft, keep_route=True)
        session.flush()
        self._record_overrides(session, row.id, draft, overrides)
        return _record(session, row, self._masked(session))

    def get(self, nursery_id: int) -> NurseryRecord:
        """The record as saved (for editing), refused without NURSERY_VIEW. The legal representative's
        ID number and the personal phones come masked unless the role may see full personal data
        (a masked value sent back unchanged by `update` keeps the stored one)."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            return _record(session, _load(session, nursery_id), self._masked(session))

    def reveal_id_number(self, nursery_id: int) -> str:
        """The legal representative's full ID number, for a role that may see it (PermissionDenied
        otherwise); an audit row records who saw whose number (not the number)."""
        with writing(self._factory, self._actor, Action.PERSONAL_DATA_FULL) as session:
            row = load_nursery(session, nursery_id)
            record_reveal(session, self._actor, "nursery", row.id, "legal_rep_id_no", nursery_id=row.id,
                          entity_uuid=row.uuid, whose=row.legal_rep_name)
            return row.legal_rep_id_no

    def _masked(self, session: Session) -> bool:
        return not sees_full(session, self._actor)

    def _findings(self, session: Session, draft: NurseryDraft, nursery_id: int | None) -> list[Finding]:
        """The draft's findings; for a saved record, its errors the edit left as they were are existing ones."""
        findings = self._checked(session, draft, nursery_id)
        if nursery_id is None or not any(f.is_error for f in findings):
            return findings
        row = session.get(Nursery, nursery_id)  # not yet changed: the guard runs before the fill
        if row is None:
            return findings
        saved = repo.draft_of(row, repo.street_code_of(session, row.street_id))
        return carried_over(findings, self._checked(session, saved, nursery_id))

    def _checked(self, session: Session, draft: NurseryDraft, nursery_id: int | None) -> list[Finding]:
        findings = check_draft(draft, self._rules, self._today(), _filed_on(session, nursery_id),
                               _district_code(session))
        code = compact_code(draft.uscc)
        other = repo.by_uscc(session, code) if code else None
        if other is not None and other.id != nursery_id:
            findings.insert(0, Finding("R-DUP", "error", "uscc",
                                       f"统一社会信用代码 {code} 已登记为“{other.name}”（记录号 {other.id}），不能重复登记。"))
        banned = banned_legal_rep(session, draft, self._today())
        if banned is not None:
            findings.insert(0, banned)
        return findings

    def _guard(self, session: Session, draft: NurseryDraft, nursery_id: int | None,
               overrides: Sequence[Override]) -> None:
        findings = self._findings(session, draft, nursery_id)
        reasons = {o.code: o.reason.strip() for o in overrides if o.reason.strip()}
        blocking = [f for f in findings if f.is_error or (f.is_warning and f.code not in reasons)]
        if blocking:
            raise IntakeRejected(blocking)

    def _fill(self, session: Session, row: Nursery, draft: NurseryDraft, keep_route: bool = False) -> None:
        # All reads first: an autoflush between assignments would write half-filled rows.
        given = (row.registration_organ_kind, row.registration_certificate) if keep_route else (None, "")
        route = routes_in(session)[draft.legal_nature]
        street_id = repo.street_id_for(session, draft.street_code)
        # A record keeps the route it was given; later edits of the table do not rewrite it.
        organ = draft.registration_organ_kind or given[0] or route.organ
        # The department that registered it, by name in the registers: the district's department of
        # that kind (a record keeps the one it names while its kind of organ stays the same).
        same_organ = row.registration_organ_id is not None and row.registration_organ_kind == organ
        organ_id = row.registration_organ_id if same_organ else organ_departments(session).get(organ)
        repo.apply_draft(row, replace(normal_phones(draft), registration_organ_kind=organ), street_id)
        row.registration_certificate = given[1] or route.certificate
        row.registration_organ_id = organ_id
        if row.status in (None, InstitutionStatus.INTAKE):
            row.status = InstitutionStatus.REGISTERED if draft.is_registered else InstitutionStatus.INTAKE

    def _record_overrides(self, session: Session, nursery_id: int, draft: NurseryDraft,
                          overrides: Sequence[Override]) -> None:
        messages = {f.code: f.message for f in check_draft(draft, self._rules, self._today(),
                                                           _filed_on(session, nursery_id), _district_code(session))
                    if f.is_warning}
        latest = {o.code: o.reason for o in session.scalars(
            select(WarningOverride).where(WarningOverride.nursery_id == nursery_id).order_by(WarningOverride.id))}
        for override in overrides:
            reason = override.reason.strip()
            if override.code in messages and reason and latest.get(override.code) != reason:
                session.add(WarningOverride(nursery_id=nursery_id, code=override.code,
                                            message=messages[override.code], reason=reason,
                                            created_by=self._actor.username))


def _load(session: Session, nursery_id: int) -> Nursery:
    return load_nursery(session, nursery_id,
                        options=[selectinload(Nursery.classes), selectinload(Nursery.service_types)])


def _record(session: Session, row: Nursery, masked: bool) -> NurseryRecord:
    overrides = session.scalars(select(WarningOverride).where(WarningOverride.nursery_id == row.id)
                                .order_by(WarningOverride.id))
    draft = repo.draft_of(row, repo.street_code_of(session, row.street_id))
    return NurseryRecord(
        id=row.id, uuid=row.uuid, version=row.version, status=row.status,
        draft=masked_draft(draft) if masked else draft,
        registration_certificate=row.registration_certificate,
        updated_by=row.updated_by, updated_at=row.updated_at,
        overrides=tuple(Override(o.code, o.reason) for o in overrides),
    )


def _reasons(overrides: Sequence[Override]) -> str:
    """The clerk's reasons for saving through warnings, kept on the audit rows of the save."""
    return "；".join(f"{o.code}：{o.reason.strip()}" for o in overrides if o.reason.strip())


def _district_name(session: Session) -> str:
    return session.scalar(select(District.name).order_by(District.id).limit(1)) or ""


def _district_code(session: Session) -> str:
    return session.scalar(select(District.division_code).order_by(District.id).limit(1)) or ""




def _filed_on(session: Session, nursery_id: int | None) -> dt.date | None:
    """The local day the nursery was filed (None for a new or unfiled one)."""
    if nursery_id is None:
        return None
    filed_at = session.scalar(select(Nursery.filed_at).where(Nursery.id == nursery_id))
    return local_date(filed_at) if filed_at is not None else None


_PERSONAL = {"legal_rep_id_no": "id", "legal_rep_phone": "phone", "director_phone": "phone"}


def masked_draft(draft: NurseryDraft) -> NurseryDraft:
    """The draft as a role without full personal data sees it (domain/masking.py)."""
    return replace(draft, **{name: mask_field("nursery", name, getattr(draft, name)) for name in _PERSONAL})


def unmasked(draft: NurseryDraft, row: Any) -> NurseryDraft:
    """The draft with each masked personal value sent back unchanged replaced by the stored one."""
    kept = {name: getattr(row, name) for name, kind in _PERSONAL.items()
            if is_masked_form(getattr(draft, name), getattr(row, name), kind)}
    return replace(draft, **kept) if kept else draft


def normal_phones(draft: NurseryDraft) -> NurseryDraft:
    """The draft with its phones in their one stored form, so masking cannot be bypassed by formatting."""
    return replace(draft, phone=phone_normal_form(draft.phone),
                   legal_rep_phone=phone_normal_form(draft.legal_rep_phone),
                   director_phone=phone_normal_form(draft.director_phone))
