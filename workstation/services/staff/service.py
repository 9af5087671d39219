"""Staff rosters (人员): arrivals, edits, departures, certificates, health and background checks, checks.

Nothing is deleted: a departure is recorded with its date and reason. A banned ID number is
refused (naming the decision); a person employed at another nursery at once is saved and flagged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from workstation.db.attachments import Attachments
from workstation.db.key_locks import hold_key_lock
from workstation.db.orm import Nursery
from workstation.db.orm.staff import StaffBackgroundCheck, StaffCredential, StaffHealthCheck, StaffMember
from workstation.db.repositories.staff_bans import active_ban
from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import ConflictError, StorageError, ValidationError
from workstation.domain.masking import is_masked_form
from workstation.domain.nursery import Finding
from workstation.domain.permissions import Action
from workstation.domain.rules import NATIONAL_DEFAULTS, RuleParameters
from workstation.domain.staff import (
    Additions,
    BackgroundEntry,
    BackgroundResult,
    ClassNeed,
    Credential,
    CredentialDraft,
    HealthEntry,
    HealthResult,
    RosterMember,
    StaffDraft,
    background_next_due,
    ban_refusal,
    health_valid_until,
    roster_findings,
    validate_credential,
    validate_staff,
)
from workstation.domain.staff_rules import NATIONAL_STAFF_RULES, StaffRules
from workstation.services.common.context import Actor
from workstation.services.common.lookup import get_or_not_found, load_nursery
from workstation.services.common.personal import record_reveal
from workstation.services.common.scans import check_scan
from workstation.services.common.uow import reading, writing
from workstation.services.staff.dto import (
    BackgroundCheckRow,
    CredentialRow,
    HealthCheckRow,
    SavedStaff,
    StaffDetail,
    StaffRow,
)
from workstation.services.staff.store import (
    credential_due,
    employed_elsewhere,
    latest_background,
    latest_health,
    to_staff_row,
)

MAX_TEXT = 200
NOTHING = Additions()


class StaffService:
    """Record and read nurseries' staff. Writes need NURSERY_EDIT; each is one transaction."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, attachments: Attachments | None = None,
                 today: Callable[[], dt.date] = dt.date.today, rules: StaffRules = NATIONAL_STAFF_RULES,
                 class_rules: RuleParameters = NATIONAL_DEFAULTS) -> None:
        self._factory = factory
        self._actor = actor
        self._attachments = attachments
        self._today = today
        self._rules = rules
        self._class_rules = class_rules

    def can_edit(self) -> bool:
        return self._actor.can(Action.NURSERY_EDIT)

    @property
    def masked(self) -> bool:
        """Whether ID numbers are shown masked to this actor (full only with PERSONAL_DATA_FULL)."""
        return not self._actor.can(Action.PERSONAL_DATA_FULL)

    # --- reads ----------------------------------------------------------------------------------

    def roster(self, nursery_id: int, include_departed: bool = True) -> list[StaffRow]:
        """The nursery's staff, employed first, then by role and name."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            load_nursery(session, nursery_id)
            query = select(StaffMember).where(StaffMember.nursery_id == nursery_id)
            if not include_departed:
                query = query.where(StaffMember.left_on.is_(None))
            rows = list(session.scalars(query.order_by(StaffMember.left_on.is_not(None), StaffMember.name_pinyin,
                                                       StaffMember.id)))
            ids = [r.id for r in rows]
            health, background = latest_health(session, ids), latest_background(session, ids)
            credentials = credential_due(session, ids)
            return [to_staff_row(r, self.masked, health, background, credentials) for r in rows]

    def reveal_id_number(self, staff_id: int) -> str:
        """A member's full ID number, for a role that may see it (PermissionDenied otherwise); an
        audit row records who saw whose number (not the number)."""
        with writing(self._factory, self._actor, Action.PERSONAL_DATA_FULL) as session:
            row = _load(session, staff_id)
            record_reveal(session, self._actor, "staff_member", row.id, "id_no", nursery_id=row.nursery_id,
                          whose=row.name)
            return row.id_no

    def detail(self, staff_id: int) -> StaffDetail:
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            row = _load(session, staff_id)
            health, background = latest_health(session, [row.id]), latest_background(session, [row.id])
            return StaffDetail(
                to_staff_row(row, self.masked, health, background),
                tuple(CredentialRow(c.id, c.kind, c.number, c.issuer, c.issued_on, c.valid_until, c.scan_name)
                      for c in row.credentials),
                tuple(HealthCheckRow(h.id, h.checked_on, h.result, h.certificate_no, h.valid_until)
                      for h in row.health_checks),
                tuple(BackgroundCheckRow(b.id, b.checked_on, b.result, b.authority, b.checked_by, b.next_due)
                      for b in row.background_checks))

    def findings(self, nursery_id: int) -> list[Finding]:
        """The roster checks of the staff employed today (domain.md §19 R-DIR … R-BGCHK)."""
        today = self._today()
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            nursery = load_nursery(session, nursery_id, options=[selectinload(Nursery.classes)])
            rows = list(session.scalars(
                select(StaffMember).where(StaffMember.nursery_id == nursery_id, StaffMember.left_on.is_(None))
                .options(selectinload(StaffMember.credentials)).order_by(StaffMember.name_pinyin, StaffMember.id)))
            ids = [r.id for r in rows]
            health, background = latest_health(session, ids), latest_background(session, ids)
            members = [_roster_member(session, r, health, background) for r in rows]
            classes = [ClassNeed(c.name or c.class_type.zh, c.enrolled,
                                 self._class_rules.limit(c.class_type).ratio) for c in nursery.classes]
            enrolled = sum(c.enrolled for c in nursery.classes)
            return roster_findings(members, classes, enrolled, today, self._rules)

    # --- writes ---------------------------------------------------------------------------------

    def add(self, nursery_id: int, draft: StaffDraft, additions: Additions = NOTHING) -> SavedStaff:
        """Record an arrival (with a first certificate and checks, in one transaction);
        ValidationError when the ID number is banned (naming the decision)."""
        clean = validate_staff(draft, self._today())
        scan = self._checked_additions(additions)
        with writing(self._factory, self._actor, Action.NURSERY_EDIT) as session:
            nursery = load_nursery(session, nursery_id)
            if nursery.status == InstitutionStatus.CANCELLED:
                raise ConflictError("该机构已注销，不能登记人员。")
            _refuse_banned(session, clean)
            who = self._actor.username
            row = StaffMember(nursery_id=nursery_id, created_by=who, updated_by=who)
            _fill(row, clean)
            session.add(row)
            session.flush()
            self._write_additions(session, row, additions, scan)
            return self._saved(session, row)

    def update(self, staff_id: int, expected_version: int, draft: StaffDraft,
               additions: Additions = NOTHING) -> SavedStaff:
        """Correct a member's record (and add a certificate or checks). An empty ID number keeps the
        one on file (it may be shown masked)."""
        scan = self._checked_additions(additions)
        try:
            with writing(self._factory, self._actor, Action.NURSERY_EDIT) as session:
                row = _load(session, staff_id)
                if row.version != expected_version:
                    raise ConflictError("该人员记录刚被其他用户修改，请重新打开后再编辑；您的修改尚未保存。")
                if not draft.id_no.strip():
                    draft = StaffDraft(draft.name, row.id_no, draft.role, draft.hired_on, row.id_type,
                                       draft.employment, draft.phone, draft.note)
                if is_masked_form(draft.phone, row.phone, "phone"):  # the masked phone sent back unchanged
                    draft = replace(draft, phone=row.phone)
                clean = validate_staff(draft, self._today())
                _refuse_banned(session, clean)
                if row.left_on is not None and clean.hired_on > row.left_on:
                    raise ValidationError("入职日期不能晚于离职日期。", "hired_on")
                row.updated_by = self._actor.username
                _fill(row, clean)
                session.flush()
                self._write_additions(session, row, additions, scan)
                return self._saved(session, row)
        except StaleDataError:
            raise ConflictError("该人员记录刚被其他用户修改，请重新打开后再编辑；您的修改尚未保存。") from None

    def depart(self, staff_id: int, left_on: dt.date | None, reason: str) -> StaffRow:
        """Record a departure (离职); the record stays on the roster."""
        text = " ".join(reason.split())
        if left_on is None:
            raise ValidationError("请填写离职日期。", "left_on")
        if len(text) > MAX_TEXT:
            raise ValidationError(f"离职原因不能超过{MAX_TEXT}个字。", "reason")
        with writing(self._factory, self._actor, Action.NURSERY_EDIT) as session:
            row = _load(session, staff_id)
            if row.left_on is not None:
                raise ConflictError(f"“{row.name}”已于{row.left_on.isoformat()}离职。")
            if left_on < row.hired_on:
                raise ValidationError(f"离职日期不能早于入职日期（{row.hired_on.isoformat()}）。", "left_on")
            if left_on > self._today():
                raise ValidationError("离职日期不能晚于今天。", "left_on")
            row.left_on, row.leave_reason, row.updated_by = left_on, text, self._actor.username
            session.flush()
            return self._saved(session, row).member

    def add_credential(self, staff_id: int, draft: CredentialDraft, scan: Path | None = None) -> CredentialRow:
        additions = Additions(credential=draft, scan=str(scan) if scan else "")
        checked = self._checked_additions(additions)
        with writing(self._factory, self._actor, Action.NURSERY_EDIT) as session:
            row = self._write_additions(session, _load(session, staff_id), additions, checked)[0]
            return CredentialRow(row.id, row.kind, row.number, row.issuer, row.issued_on, row.valid_until,
                                 row.scan_name)

    def add_health_check(self, staff_id: int, checked_on: dt.date | None, result: HealthResult,
                         certificate_no: str = "") -> HealthCheckRow:
        """A health check; a passed one holds for a year (健康合格证)."""
        additions = Additions(health=HealthEntry(checked_on, result, certificate_no))
        self._checked_additions(additions)
        with writing(self._factory, self._actor, Action.NURSERY_EDIT) as session:
            row = self._write_additions(session, _load(session, staff_id), additions, None)[1]
            return HealthCheckRow(row.id, row.checked_on, row.result, row.certificate_no, row.valid_until)

    def add_background_check(self, staff_id: int, checked_on: dt.date | None, result: BackgroundResult,
                             authority: str, checked_by: str) -> BackgroundCheckRow:
        """A criminal-record query (违法犯罪记录查询); due again a year later."""
        additions = Additions(background=BackgroundEntry(checked_on, result, authority, checked_by))
        self._checked_additions(additions)
        with writing(self._factory, self._actor, Action.NURSERY_EDIT) as session:
            row = self._write_additions(session, _load(session, staff_id), additions, None)[2]
            return BackgroundCheckRow(row.id, row.checked_on, row.result, row.authority, row.checked_by,
                                      row.next_due)

    def _checked_additions(self, additions: Additions) -> Path | None:
        """Validate everything an action adds before the transaction; the scan's path when one is given."""
        today = self._today()
        if additions.credential is not None:
            validate_credential(additions.credential, today)
        scan = Path(additions.scan) if additions.scan.strip() else None
        if scan is not None:
            if not scan.is_file():
                raise ValidationError(f"找不到扫描件“{additions.scan}”。", "scan")
            check_scan(scan)
            if self._attachments is None:
                raise StorageError("附件存储不可用，不能附加扫描件。")
        if additions.health is not None:
            _check_day(additions.health.checked_on, today, "health_checked_on", "体检日期")
            if len(additions.health.certificate_no.strip()) > 64:
                raise ValidationError("健康合格证编号不能超过64个字符。", "certificate_no")
        if additions.background is not None:
            entry = additions.background
            _check_day(entry.checked_on, today, "background_checked_on", "查询日期")
            if not entry.authority.strip():
                raise ValidationError("请填写查询机关。", "authority")
            if not entry.checked_by.strip():
                raise ValidationError("请填写经办人。", "checked_by")
            if len(entry.authority.strip()) > 100 or len(entry.checked_by.strip()) > 50:
                raise ValidationError("查询机关或经办人过长。", "authority")
        return scan

    def _write_additions(self, session: Session, member: StaffMember, additions: Additions,
                         scan: Path | None) -> tuple:
        who, today = self._actor.username, self._today()
        written: list = [None, None, None]
        if additions.credential is not None:
            clean = validate_credential(additions.credential, today)
            digest = self._attachments.put(scan, session) if scan is not None and self._attachments is not None else ""
            written[0] = StaffCredential(
                staff_id=member.id, nursery_id=member.nursery_id, kind=clean.kind, number=clean.number,
                issuer=clean.issuer, issued_on=clean.issued_on, valid_until=clean.valid_until,
                scan_name=scan.name if digest else "", scan_sha256=digest, created_by=who, updated_by=who)
        if additions.health is not None:
            entry = additions.health
            until = health_valid_until(entry.checked_on, self._rules) if entry.result == HealthResult.PASS else None
            written[1] = StaffHealthCheck(
                staff_id=member.id, nursery_id=member.nursery_id, checked_on=entry.checked_on, result=entry.result,
                certificate_no=" ".join(entry.certificate_no.split()), valid_until=until,
                created_by=who, updated_by=who)
        if additions.background is not None:
            entry = additions.background
            written[2] = StaffBackgroundCheck(
                staff_id=member.id, nursery_id=member.nursery_id, checked_on=entry.checked_on, result=entry.result,
                authority=" ".join(entry.authority.split()), checked_by=" ".join(entry.checked_by.split()),
                next_due=background_next_due(entry.checked_on, self._rules), created_by=who, updated_by=who)
        session.add_all(w for w in written if w is not None)
        session.flush()
        return tuple(written)

    def _saved(self, session: Session, row: StaffMember) -> SavedStaff:
        health, background = latest_health(session, [row.id]), latest_background(session, [row.id])
        warnings: tuple[Finding, ...] = ()
        if row.left_on is None:
            others = employed_elsewhere(session, row.id_no, row.nursery_id)
            if others:
                warnings = (Finding("R-TWO", "warning", "id_no",
                                    f"“{row.name}”同时在{'、'.join(others)}在岗，请核实是否兼职或未办理离职。"),)
        return SavedStaff(to_staff_row(row, self.masked, health, background), warnings)


def _load(session: Session, staff_id: int) -> StaffMember:
    return get_or_not_found(session, StaffMember, staff_id, f"找不到记录号为 {staff_id} 的人员。")


def _fill(row: StaffMember, draft: StaffDraft) -> None:
    row.name, row.id_type, row.id_no, row.role = draft.name, draft.id_type, draft.id_no, draft.role
    row.employment, row.phone, row.hired_on, row.note = draft.employment, draft.phone, draft.hired_on, draft.note


def _refuse_banned(session: Session, draft: StaffDraft) -> None:
    if draft.id_no:  # a ban recorded at this moment by another desk is waited for, then seen
        hold_key_lock(session, "id_no", draft.id_no)
    ban = active_ban(session, draft.id_no)
    if ban is not None:
        raise ValidationError(ban_refusal(ban, draft.role), "id_no")


def _check_day(day: dt.date | None, today: dt.date, field: str, what: str) -> None:
    if day is None:
        raise ValidationError(f"请填写{what}。", field)
    if day > today:
        raise ValidationError(f"{what}（{day.isoformat()}）不能晚于今天。", field)


def _roster_member(session: Session, row: StaffMember, health: dict, background: dict) -> RosterMember:
    checked, until = health.get(row.id, (None, None))
    bg_on, bg_due, hit = background.get(row.id, (None, None, False))
    return RosterMember(
        name=row.name, role=row.role, employment=row.employment, hired_on=row.hired_on,
        credentials=tuple(Credential(c.kind, c.valid_until) for c in row.credentials),
        health_checked_on=checked, health_valid_until=until, background_checked_on=bg_on,
        background_next_due=bg_due, background_hit=hit,
        other_nurseries=tuple(employed_elsewhere(session, row.id_no, row.nursery_id)),
        ban=active_ban(session, row.id_no))
