"""Import registration data pushed by registration organs (登记信息推送): dry run, then commit.

Rows match existing nurseries by USCC. A matched nursery gets only the fields the file supplies;
a new one becomes 'registered, not filed'. A row that would change a nursery's legal nature or touch
a cancelled nursery is a conflict: it is reported, never applied, and left for the clerk to decide
in the registry. By default the commit is all-or-nothing: one rejected or conflicting row and
nothing is written. With accept_valid the other rows are written in one transaction.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Row, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import District, ImportBatch, Nursery, Street
from workstation.db.repositories.departments import organ_departments
from workstation.db.sqlite.search_inserts import new_rows_indexed_by_caller
from workstation.domain.enums import InstitutionKind, InstitutionStatus
from workstation.domain.errors import ConflictError, NotFound, ValidationError
from workstation.domain.permissions import Action
from workstation.services.audit import AuditRecord, record_many, records_as, records_bulk_itself
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, require, writing
from workstation.services.imports.cells import cell_text
from workstation.services.imports.collector import older_objects_frozen
from workstation.services.imports.errors import ImportCancelled
from workstation.services.imports.matched import CHUNK, matched, write_changes
from workstation.services.imports.previewed import FileState, Previewed, data_version
from workstation.services.imports.reader import SheetRow, Table, read_table
from workstation.services.imports.report import ImportReport, RowOutcome, RowResult
from workstation.services.imports.rows import Candidate, RowContext, validate_row
from workstation.services.registry import routes_in

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

BATCH_KIND = "registrations"
_INSERTS = 1000  # rows per bulk insert
_EVERY = 200  # rows between progress reports and cancellation checks
_FIELD_LABELS = {
    "name": "名称", "legal_nature": "性质", "registration_organ_kind": "登记机关",
    "registered_at": "成立（登记）日期", "legal_rep_name": "法定代表人", "address": "住所",
    "street_id": "街道（乡镇）", "business_scope": "经营范围", "status": "状态",
}


@dataclass
class _Plan:
    """What a commit would do: results row by row, new rows, and changes to existing nurseries."""

    ctx: RowContext
    results: list[RowResult] = field(default_factory=list)
    inserts: list[Candidate] = field(default_factory=list)
    updates: list[tuple[Row[Any], dict[str, object]]] = field(default_factory=list)  # (snapshot, changes)

    def report(self, table: Table, committed: bool, dry_run: bool) -> ImportReport:
        rows = tuple(sorted(self.results, key=lambda r: r.row_number))
        return ImportReport(table.file_name, table.header_row, rows, committed, dry_run)


class RegistrationImporter:
    """Dry run and commit of a registration push file (.xlsx or .csv)."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._factory = factory
        self._actor = actor
        self._today = today
        self._previewed: Previewed | None = None

    def dry_run(self, path: str | Path, progress: Progress | None = None,
                is_cancelled: Cancelled | None = None) -> ImportReport:
        """Validate and match every row; report what a commit would do; write nothing.

        The checked rows are kept for a commit of the same file that follows (see previewed.py).
        """
        require(self._actor, Action.IMPORT_REGISTRATIONS)
        self._previewed = None
        path = Path(path)
        before = os.stat(path) if path.is_file() else None
        table = read_table(path, is_cancelled)
        today = self._today()
        with reading(self._factory, self._actor, Action.IMPORT_REGISTRATIONS) as session:
            version = data_version(session)  # before the plan's reads: a later change moves it
            plan = self._plan(session, table, progress, is_cancelled, today)
        file = FileState.of(path)
        if before is not None and (before.st_size, before.st_mtime_ns) == (file.size, file.mtime_ns) \
                and version is not None:
            self._previewed = Previewed(file, version, today, table, plan)
        _report_progress(progress, len(table.rows), len(table.rows))
        return plan.report(table, committed=False, dry_run=True)

    def commit(self, path: str | Path, accept_valid: bool = False, progress: Progress | None = None,
               is_cancelled: Cancelled | None = None) -> ImportReport:
        """Validate again (unless a preview of the same file and data just did) and write in one transaction.

        When a row is rejected or in conflict and `accept_valid` is false nothing is written
        (committed=False). Otherwise new and changed nurseries are written and an ImportBatch records
        the run (its `rejected` counts every row not written: rejected and conflicting).
        """
        require(self._actor, Action.IMPORT_REGISTRATIONS)
        path = Path(path)
        kept, self._previewed = self._previewed, None
        table, file = self._table(path, kept, is_cancelled)
        today = self._today()
        reason = f"导入登记推送数据：{path.name}"
        with older_objects_frozen(), \
                writing(self._factory, self._actor, Action.IMPORT_REGISTRATIONS, reason) as session:
            if kept is not None and table is kept.table and kept.fits(file, data_version(session), today):
                plan = kept.plan
            else:
                plan = self._plan(session, table, progress, is_cancelled, today)
            report = plan.report(table, committed=False, dry_run=False)
            write = accept_valid or not report.unwritten
            if write:
                _check(is_cancelled)
                records_as(session, "import")
                records_bulk_itself(session)
                self._write(session, plan)
                session.add(ImportBatch(kind=BATCH_KIND, file_name=path.name[:260], file_sha256=file.sha256,
                                        accepted=report.accepted, updated=report.updated,
                                        rejected=report.unwritten, created_by=self._actor.username))
                _flush(session)
                _audit_created(session, self._actor, plan, reason)
                _audit_updated(session, self._actor, plan, reason)
        _report_progress(progress, len(table.rows), len(table.rows))
        return plan.report(table, committed=write, dry_run=False)

    def _table(self, path: Path, kept: Previewed | None,
               is_cancelled: Cancelled | None) -> tuple[Table, FileState]:
        """The previewed table when the file still holds the previewed bytes, else the file read again."""
        if kept is not None and kept.file.path == path.resolve() and kept.file.unchanged_since():
            file = FileState.of(path)
            if file.sha256 == kept.file.sha256:
                return kept.table, file
        table = read_table(path, is_cancelled)
        return table, FileState.of(path)

    def _plan(self, session: Session, table: Table, progress: Progress | None,
              is_cancelled: Cancelled | None, today: dt.date) -> _Plan:
        plan = _Plan(_context(session, today))
        candidates = _validate(table, plan, progress, is_cancelled)
        existing = matched(session, [c.uscc for c in candidates])
        for candidate in candidates:
            _classify(plan, candidate, existing.get(candidate.uscc))
        return plan

    def _write(self, session: Session, plan: _Plan) -> None:
        who = self._actor.username
        if plan.inserts:
            self._insert(session, plan, who)
        write_changes(session, plan.updates, who)

    @staticmethod
    def _insert(session: Session, plan: _Plan, who: str) -> None:
        """The new nurseries, added to the search indexes per batch (db/sqlite/search_inserts.py)."""
        rows = [_new_row(c, plan.ctx, who) for c in plan.inserts]
        codes = [c.uscc for c in plan.inserts]
        with new_rows_indexed_by_caller(session) as added:
            for start in range(0, len(rows), _INSERTS):
                session.execute(insert(Nursery), rows[start:start + _INSERTS])
            for start in range(0, len(codes), CHUNK):
                added(session.scalars(select(Nursery.id).where(Nursery.uscc.in_(codes[start:start + CHUNK]))).all())


def row_context(session: Session, today: dt.date) -> RowContext:
    """What validating a row needs from the district (also the registration inbox's classification)."""
    return _context(session, today)


def _context(session: Session, today: dt.date) -> RowContext:
    district = session.scalars(select(District).order_by(District.id).limit(1)).first()
    if district is None:
        raise NotFound("尚未设置辖区，请先完成首次运行设置后再导入。")
    streets = session.execute(select(Street.name, Street.id).where(Street.district_id == district.id)).all()
    departments = organ_departments(session)
    named = sorted(((name, sid) for name, sid in streets if name), key=lambda s: -len(s[0]))
    return RowContext(today, district.division_code, routes_in(session), departments, tuple(named))


def _validate(table: Table, plan: _Plan, progress: Progress | None,
              is_cancelled: Cancelled | None) -> list[Candidate]:
    seen: dict[str, int] = {}
    candidates = []
    for index, row in enumerate(table.rows):
        if index % _EVERY == 0:
            _check(is_cancelled)
            _report_progress(progress, index, len(table.rows))
        try:
            candidate = validate_row(row, table.columns, plan.ctx)
        except ValidationError as exc:
            plan.results.append(_rejected(row, table, exc.message))
            continue
        first = seen.setdefault(candidate.uscc, row.number)
        if first != row.number:
            reason = f"统一社会信用代码与第{first}行重复。"
            plan.results.append(RowResult(row.number, RowOutcome.REJECTED, candidate.uscc, candidate.name, reason))
            continue
        candidates.append(candidate)
    return candidates


def _rejected(row: SheetRow, table: Table, reason: str) -> RowResult:
    uscc = cell_text(row.get(table.columns.get("uscc")))[:40]
    name = cell_text(row.get(table.columns.get("name")))[:200]
    return RowResult(row.number, RowOutcome.REJECTED, uscc, name, reason)


def _classify(plan: _Plan, candidate: Candidate, nursery: Row[Any] | None) -> None:
    row, code, name, warnings = candidate.row_number, candidate.uscc, candidate.name, candidate.warnings
    if nursery is None:
        plan.inserts.append(candidate)
        plan.results.append(RowResult(row, RowOutcome.ACCEPTED, code, name, warnings=warnings))
        return
    changes = {field: value for field, value in candidate.given.items() if getattr(nursery, field) != value}
    labels = _labels(changes)
    conflict = _conflict(nursery, changes, labels)
    if conflict:
        plan.results.append(RowResult(row, RowOutcome.CONFLICT, code, name, conflict, labels, warnings))
        return
    if nursery.status == InstitutionStatus.INTAKE:
        changes["status"] = InstitutionStatus.REGISTERED  # the registration proof has arrived
    outcome = RowOutcome.UPDATED if changes else RowOutcome.UNCHANGED
    plan.results.append(RowResult(row, outcome, code, name, changed=_labels(changes), warnings=warnings))
    if changes:
        plan.updates.append((nursery, changes))


def _labels(changes: dict[str, object]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_FIELD_LABELS[n] for n in changes if n in _FIELD_LABELS))


def _conflict(nursery: Row[Any], changes: dict[str, object], labels: tuple[str, ...]) -> str:
    """Why the row may not be applied to `nursery` without the clerk (empty when it may).

    As at intake, a cancelled record is read-only; and a legal nature is changed only by the clerk
    (it decides the registering organ, the certificate and the filing), never by a pushed file.
    """
    if nursery.status == InstitutionStatus.CANCELLED and changes:
        return (f"该机构（记录号 {nursery.id}）已注销，记录只读；推送数据的{'、'.join(labels)}与记录不同，"
                "未导入，请经办人核实后处理。")
    if "legal_nature" in changes:
        given = changes["legal_nature"]
        return (f"推送的机构性质“{given.zh}”与记录（记录号 {nursery.id}）的“{nursery.legal_nature.zh}”不同；"
                "导入不改变机构性质，本行未导入，请经办人核实后在机构登记中处理。")
    return ""


def _new_row(candidate: Candidate, ctx: RowContext, who: str) -> dict[str, object]:
    given = candidate.given
    route = ctx.routes.get(candidate.nature)
    home = "家庭托育点" in candidate.name
    return {
        "name": candidate.name, "uscc": candidate.uscc, "legal_nature": candidate.nature,
        "kind": InstitutionKind.HOME_BASED if home else InstitutionKind.STANDALONE,
        "status": InstitutionStatus.REGISTERED,
        "registration_organ_kind": candidate.organ,
        "registration_organ_id": ctx.departments.get(candidate.organ) if candidate.organ else None,
        "registration_certificate": route.certificate if route else "",
        "registered_at": given.get("registered_at"),
        "legal_rep_name": given.get("legal_rep_name", ""),
        "address": given.get("address", ""),
        "street_id": given.get("street_id"),
        "business_scope": given.get("business_scope", ""),
        "created_by": who, "updated_by": who,
    }


def _audit_created(session: Session, actor: Actor, plan: _Plan, reason: str) -> None:
    """One audit row per new nursery (bulk inserts pass no ORM events)."""
    by_code = {c.uscc: _new_row(c, plan.ctx, actor.username) for c in plan.inserts}
    codes = list(by_code)
    for start in range(0, len(codes), CHUNK):
        found = session.execute(select(Nursery.uscc, Nursery.id, Nursery.uuid)
                                .where(Nursery.uscc.in_(codes[start:start + CHUNK])))
        record_many(session, actor, [
            AuditRecord("import", "nursery", str(nid), uuid, nid, _created(by_code[code]), reason=reason)
            for code, nid, uuid in found])


def _audit_updated(session: Session, actor: Actor, plan: _Plan, reason: str) -> None:
    """One audit row per changed nursery, as the ORM's update hook would write it (in id order)."""
    record_many(session, actor, [
        AuditRecord("import", "nursery", str(nursery.id), nursery.uuid, nursery.id,
                    {name: [getattr(nursery, name), value] for name, value in changes.items()}, reason=reason)
        for nursery, changes in sorted(plan.updates, key=lambda update: update[0].id)])


def _created(row: dict[str, object]) -> dict[str, list]:
    skip = {"created_by", "updated_by"}
    return {k: [None, v] for k, v in row.items() if k not in skip and v is not None and v != ""}


def _flush(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError:
        raise ConflictError("导入期间有其他用户登记了相同统一社会信用代码的机构，未写入任何数据，请重新导入。") from None


def _check(is_cancelled: Cancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled()


def _report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
