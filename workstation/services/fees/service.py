"""Fee disclosure (收费公示): effective-dated schedules, publicity records, cap checks, notices.

A new schedule never rewrites history: it starts after the latest one, which then ends the day
before. Checks (guidance caps, publicity, change frequency) flag; they never refuse a record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from workstation.db.attachments import Attachments
from workstation.db.orm.fees import FeeItemRow, FeePublicity, FeeSchedule
from workstation.db.search_index import unhurried
from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import ConflictError, PermissionDenied, StorageError, ValidationError
from workstation.domain.fees import (
    FeeFinding,
    Period,
    PublicityChannel,
    ScheduleDraft,
    cap_findings,
    check_new_start,
    frequency_finding,
    publicity_finding,
    validate_draft,
)
from workstation.domain.permissions import Action
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.services.common.context import Actor
from workstation.services.common.people import account_names
from workstation.services.common.uow import reading, require, writing
from workstation.services.fees.dto import (
    CurrentFees,
    FeeNotice,
    NurseryFeeHeader,
    Publicity,
    Schedule,
    TimelineEntry,
)
from workstation.services.fees.overview import (
    FeeOverviewQuery,
    capped_counts,
    current_fees_by_nursery,
    listed_not_charging,
    overview_count,
    overview_count_up_to,
    overview_lists,
    overview_rows,
)
from workstation.services.fees.store import (
    header_of,
    load_nursery,
    load_schedule,
    rules_on,
    schedule_rows,
    to_publicity,
    to_schedule,
)
from workstation.services.fees.timeline import timeline_of

__all__ = ["ANY_LATEST", "FeeService", "current_fees_by_nursery", "may"]

ANY_LATEST = -1  # add_schedule(expected_latest=ANY_LATEST): skip the stale-dialog check
MAX_NOTE = 500
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("DomainText", "备注过长。")


class FeeService:
    """Record and read nurseries' fee schedules. Each write is one transaction under FEE_EDIT."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, attachments: Attachments | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._factory = factory
        self._actor = actor
        self._attachments = attachments
        self._today = today

    def can_edit(self) -> bool:
        """Whether the acting user may record schedules and publicity (the UI enables buttons by it)."""
        return may(self._actor, Action.FEE_EDIT)

    # --- reads ----------------------------------------------------------------------------------

    def history(self, nursery_id: int) -> list[Schedule]:
        """Every schedule of the nursery, newest first."""
        with self._read() as session:
            load_nursery(session, nursery_id)
            schedules = [to_schedule(row) for row in reversed(schedule_rows(session, nursery_id))]
            names = account_names(session, (s.recorded_by for s in schedules))
            return [replace(s, recorded_by_name=names.get(s.recorded_by, "")) for s in schedules]

    def in_force(self, nursery_id: int, on: dt.date | None = None) -> Schedule | None:
        """The schedule in force on `on` (default today), or None."""
        day = on or self._today()
        return next((s for s in self.history(nursery_id) if s.period.contains(day)), None)

    def header(self, nursery_id: int, as_of: dt.date | None = None) -> NurseryFeeHeader:
        """Nursery identity and complaint phones for the notice."""
        with self._read() as session:
            nursery = load_nursery(session, nursery_id)
            return header_of(session, nursery, rules_on(session, as_of or self._today()))

    def notice(self, nursery_id: int, as_of: dt.date) -> FeeNotice:
        """The 收费公示表 as of `as_of`: the schedule in force then, dated by its first publicity on or before it.

        ValidationError (a domain text) when no schedule was in force then, or it had not been publicised.
        """
        with self._read() as session:
            nursery = load_nursery(session, nursery_id)
            rules = rules_on(session, as_of)
            current = next((to_schedule(r) for r in schedule_rows(session, nursery_id)
                            if Period(r.effective_from, r.effective_to).contains(as_of)), None)
            if current is None:
                raise ValidationError(text(QT_TRANSLATE_NOOP(
                    "DomainText", "{nursery}在 {day} 没有执行中的收费标准，不能生成收费公示表。请核对查看日期。"),
                    nursery=nursery.name, day=as_of), "as_of")
            dates = sorted(p.publicised_on for p in current.publicity)
            publicised = [d for d in dates if d <= as_of]
            if not publicised:
                later = text(QT_TRANSLATE_NOOP("DomainText", "该标准于 {day} 公示，可将查看日期改为该日或之后。"),
                             day=dates[0]) if dates else text(QT_TRANSLATE_NOOP("DomainText", "请先登记公示。"))
                raise ValidationError(text(QT_TRANSLATE_NOOP(
                    "DomainText", "{nursery}在 {day} 执行的收费标准（{period}）当日尚未公示，不能生成收费公示表。{later}"),
                    nursery=nursery.name, day=as_of, period=current.period.label_text, later=later), "as_of")
            over = cap_findings(current.items, rules, nursery.legal_nature, nursery.inclusive)
            return FeeNotice(header_of(session, nursery, rules), as_of, current.period, current.items,
                             publicised[0], tuple(f.public_text for f in over))

    def findings(self, nursery_id: int, as_of: dt.date | None = None) -> list[FeeFinding]:
        """What the checks flag for the nursery on `as_of`: caps, publicity, change frequency."""
        day = as_of or self._today()
        with self._read() as session:
            nursery = load_nursery(session, nursery_id)
            rows = schedule_rows(session, nursery_id)
            current = next((to_schedule(r) for r in rows if Period(r.effective_from, r.effective_to).contains(day)),
                           None)
            if current is None:
                return []
            rules = rules_on(session, day)
            found = cap_findings(current.items, rules, nursery.legal_nature, nursery.inclusive)
            if not current.publicised_by(day):
                found.append(publicity_finding(current.period))
            frequency = frequency_finding([r.effective_from for r in rows if r.effective_from <= day], rules, day)
            return found + ([frequency] if frequency else [])

    def preview(self, nursery_id: int, draft: ScheduleDraft) -> list[FeeFinding]:
        """Cap findings for a draft under the rules in force on its start (shown before saving)."""
        with self._read() as session:
            nursery = load_nursery(session, nursery_id)
            rules = rules_on(session, draft.effective_from)
            return cap_findings(draft.items, rules, nursery.legal_nature, nursery.inclusive)

    def overview(self, as_of: dt.date | None = None) -> list[CurrentFees]:
        """Every charging nursery with its current fees and flags, in name order."""
        with self._read() as session:
            return list(current_fees_by_nursery(session, as_of or self._today()))

    def overview_count(self, query: FeeOverviewQuery, as_of: dt.date | None = None, *,
                       kept: dict[dt.date, frozenset[int] | None] | None = None, later: bool = False) -> int:
        """How many nurseries the fee list shows for `query` (counted in SQL).

        `kept`: the caller's store, emptied by it after any commit, of the few non-charging nurseries
        listed on a day (listed_not_charging): found in this read when missing, then given to each count.
        """
        day = as_of or self._today()
        with self._read() as session:
            if later:  # counted for later, on another thread: no one waits on it
                unhurried(session)
            return overview_count(session, query, day, _listed_others(session, day, kept))

    def overview_count_up_to(self, query: FeeOverviewQuery, as_of: dt.date | None = None, *, cap: int,
                             kept: dict[dt.date, frozenset[int] | None] | None = None) -> tuple[int, bool]:
        """(count, exact): as overview_count, but on a server a search listing more than `cap` nurseries is
        `(cap + 1, False)` at once (its exact count, overview_count, is for another thread)."""
        day = as_of or self._today()
        if self._factory.kw["bind"].dialect.name == "postgresql" and capped_counts(query):
            with self._read() as session:
                shown = overview_count_up_to(session, query, day, cap, _listed_others(session, day, kept))
            if shown is not None:
                return (shown, True) if shown <= cap else (cap + 1, False)
        exact = self.overview_count(query, day) if kept is None else self.overview_count(query, day, kept=kept)
        return exact, True

    def listed_not_charging(self, as_of: dt.date | None = None) -> frozenset[int] | None:
        """The few nurseries the fee list shows though they do not charge (None: too many to keep)."""
        with self._read() as session:
            return listed_not_charging(session, as_of or self._today())

    def overview_page(self, query: FeeOverviewQuery, offset: int, limit: int,
                      as_of: dt.date | None = None, *, listed: int | None = None) -> list[CurrentFees]:
        """Rows `offset` to `offset + limit` of the fee list for `query`, in its order (`listed`: its
        count, when known: a server then walks the sort order for a search matching many)."""
        with self._read() as session:
            return overview_rows(session, query, as_of or self._today(), offset, limit, listed)

    def overview_lists(self, query: FeeOverviewQuery, nursery_id: int, as_of: dt.date | None = None) -> bool:
        """Whether the fee list for `query` shows the nursery (wherever it is in the list)."""
        with self._read() as session:
            return overview_lists(session, query, as_of or self._today(), nursery_id)

    def fee_timeline(self, nursery_id: int) -> list[TimelineEntry]:
        """(at, kind, text, actor) entries of the nursery's fee record, oldest first."""
        with self._read() as session:
            load_nursery(session, nursery_id)
            return timeline_of([to_schedule(r) for r in schedule_rows(session, nursery_id)])

    def evidence_path(self, sha256: str, name: str = "") -> Path:
        """A copy of a publicity evidence file to open (in this session's private temporary folder)."""
        require(self._actor, Action.FEE_VIEW)
        return self._store().open_copy(sha256, name or "凭证")

    # --- writes ---------------------------------------------------------------------------------

    def add_schedule(self, nursery_id: int, draft: ScheduleDraft, expected_latest: int | None = ANY_LATEST
                     ) -> Schedule:
        """Record a schedule from `draft.effective_from`; the previous one ends the day before.

        `expected_latest` is the id of the latest schedule the clerk saw (None: none); when another
        schedule was recorded since, ConflictError. A start on or before the latest start is refused.
        """
        draft = validate_draft(draft)
        if len(draft.note) > MAX_NOTE:
            raise ValidationError(text(NOTE_TOO_LONG), "note")
        with writing(self._factory, self._actor, Action.FEE_EDIT) as session:
            nursery = load_nursery(session, nursery_id)
            if nursery.status is InstitutionStatus.CANCELLED:
                raise ConflictError(text(QT_TRANSLATE_NOOP("DomainText", "该机构已注销，收费记录只读。")))
            rows = schedule_rows(session, nursery_id)
            _check_latest(rows, expected_latest)
            check_new_start(draft.effective_from, [Period(r.effective_from, r.effective_to) for r in rows])
            if rows and rows[-1].effective_to is None:
                rows[-1].effective_to = draft.effective_from - dt.timedelta(days=1)
                rows[-1].updated_by = self._actor.username
            row = self._new_schedule(nursery_id, draft)
            session.add(row)
            _flush(session)
            return to_schedule(row)

    def record_publicity(self, schedule_id: int, channel: PublicityChannel, publicised_on: dt.date,
                         note: str = "", evidence: Path | None = None) -> Publicity:
        """Record how and when a schedule was publicised, storing the evidence file when given."""
        require(self._actor, Action.FEE_EDIT)  # before the evidence file is copied anywhere
        if publicised_on > self._today():
            raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "公示日期不能晚于今天。")), "publicised_on")
        if len(note) > MAX_NOTE:
            raise ValidationError(text(NOTE_TOO_LONG), "note")
        store = self._store() if evidence else None
        with writing(self._factory, self._actor, Action.FEE_EDIT) as session:
            sha = store.put(Path(evidence), session) if store is not None and evidence else ""
            schedule = load_schedule(session, schedule_id)
            who = self._actor.username
            row = FeePublicity(channel=channel, publicised_on=publicised_on, note=note.strip(),
                               evidence_name=Path(evidence).name[:260] if evidence else "", evidence_sha256=sha,
                               created_by=who, updated_by=who)
            schedule.publicity.append(row)
            _flush(session)
            return to_publicity(row)

    # --- helpers --------------------------------------------------------------------------------

    def _read(self):
        return reading(self._factory, self._actor, Action.FEE_VIEW)

    def _store(self) -> Attachments:
        if self._attachments is None:
            raise StorageError(text(QT_TRANSLATE_NOOP("DomainText", "未设置附件文件夹，无法保存或打开公示凭证。")))
        return self._attachments

    def _new_schedule(self, nursery_id: int, draft: ScheduleDraft) -> FeeSchedule:
        who = self._actor.username
        items = [FeeItemRow(position=n, service_type=i.service_type, kind=i.kind, name=i.name,
                            amount_fen=i.amount_fen, unit=i.unit, covers=i.covers)
                 for n, i in enumerate(draft.items)]
        return FeeSchedule(nursery_id=nursery_id, effective_from=draft.effective_from, effective_to=None,
                           note=draft.note, items=items, created_by=who, updated_by=who)


def may(actor: Actor, action: Action) -> bool:
    """Whether `actor`'s role allows `action`."""
    try:
        require(actor, action)
    except PermissionDenied:
        return False
    return True


def _check_latest(rows: list[FeeSchedule], expected: int | None) -> None:
    if expected == ANY_LATEST:
        return
    latest = rows[-1] if rows else None
    if (latest.id if latest else None) != expected:
        if latest is not None and latest.created_by:
            raise ConflictError(text(QT_TRANSLATE_NOOP(
                "DomainText", "该机构的收费标准刚被“{who}”更新，请重新打开后再登记；您填写的内容尚未保存。"),
                who=latest.created_by))
        raise ConflictError(text(QT_TRANSLATE_NOOP(
            "DomainText", "该机构的收费标准刚被其他用户更新，请重新打开后再登记；您填写的内容尚未保存。")))


def _flush(session: Session) -> None:
    try:
        session.flush()
    except (StaleDataError, IntegrityError):
        raise ConflictError(text(QT_TRANSLATE_NOOP(
            "DomainText", "该机构的收费记录刚被其他窗口或用户修改，请重新打开后再登记；您填写的内容尚未保存。"))) from None


def _listed_others(session: Session, day: dt.date, kept: dict[dt.date, frozenset[int] | None] | None
                   ) -> frozenset[int] | None:
    """listed_not_charging on `day`, from the caller's store `kept` when it has it (read and kept when not)."""
    if kept is None:
        return None
    if day not in kept:
        kept[day] = listed_not_charging(session, day)
    return kept[day]
