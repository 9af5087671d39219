"""The registration inbox's use cases: receive a pushed file into a batch, list it, decide its items.

Nothing reaches the registry without a decision: new rows are created through intake (every registry
rule applies), accepted or merged fields are saved through intake's update. Each decision is one
transaction that also records who decided, when and why (audited like any ORM change).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from sqlalchemy import case, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.attachments import Attachments, sha256_file
from workstation.db.base import utcnow
from workstation.db.orm import Street
from workstation.db.orm.inbox import InboxBatch, InboxItem
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.errors import ConflictError, NotFound, StorageError, ValidationError
from workstation.domain.inbox import COMPARED, DECISION_ORDER, OPEN, Decision, ItemClass, OrganLevel, shown
from workstation.domain.nursery import NurseryDraft, Override
from workstation.domain.permissions import Action
from workstation.services.common.context import Actor
from workstation.services.common.lookup import get_or_not_found
from workstation.services.common.uow import reading, require, writing
from workstation.services.district import SettingsService
from workstation.services.imports import (
    ImportCancelled,
    ImportReport,
    RowOutcome,
    RowResult,
    Table,
    read_table,
    row_context,
    save_rejected,
)
from workstation.services.inbox.classify import CELLS, classify
from workstation.services.inbox.dto import BatchRow, Comparison, ItemRow, Preview, Received
from workstation.services.inbox.people import display_names
from workstation.services.inbox.pushed import BEFORE, from_json, merged_draft, new_draft
from workstation.services.inbox.resent import mark_resent
from workstation.services.registry import IntakeService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_INSERTS = 1000
CONFIRMED = "经办人在推送收件箱中看过提示后接受推送的登记信息"
# Classes and decisions sort in their enums' order (待处理 first), not by their stored codes.
_SORTABLE = {"row_number": InboxItem.row_number, "uscc": InboxItem.uscc, "name": InboxItem.name,
             "item_class": case({kind: rank for rank, kind in enumerate(ItemClass)}, value=InboxItem.item_class),
             "decision": case({d: rank for rank, d in enumerate(DECISION_ORDER)}, value=InboxItem.decision)}


class InboxService:
    """Receive files, read batches and items, and record the clerk's decisions."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, attachments: Attachments,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._factory = factory
        self._actor = actor
        self._attachments = attachments
        self._today = today
        self._intake = IntakeService(factory, actor, today=today)

    # --- receiving -------------------------------------------------------------------------------

    def receive(self, path: str | Path, organ_kind: RegistrationOrganKind, organ_level: OrganLevel,
                received_on: dt.date | None = None, progress: Progress | None = None,
                is_cancelled: Cancelled | None = None) -> Received:
        """Keep the file, classify every row and store the batch; the same file (same SHA-256) is
        received once: a second time returns the first batch with `duplicate` set and stores nothing."""
        require(self._actor, Action.IMPORT_REGISTRATIONS)
        path = Path(path)
        received_on = received_on or self._today()
        if received_on > self._today():
            raise ValidationError("接收日期不能晚于今天。", "received_on")
        digest = sha256_file(path)
        earlier = self._batch_by_sha(digest)
        if earlier is not None:
            return Received(earlier, duplicate=True)
        table, items = self._classified(path, progress, is_cancelled)
        total = len(table.rows)
        try:
            with writing(self._factory, self._actor, Action.IMPORT_REGISTRATIONS,
                         f"接收推送文件：{path.name}") as session:
                self._attachments.put(path, session)
                batch = InboxBatch(organ_kind=organ_kind, organ_level=organ_level, received_on=received_on,
                                   file_name=path.name[:260], file_sha256=digest, header_row=table.header_row,
                                   rows=total, created_by=self._actor.username, updated_by=self._actor.username)
                session.add(batch)
                session.flush()
                for start in range(0, len(items), _INSERTS):
                    session.execute(insert(InboxItem), [{"reason": "", "decision": Decision.PENDING, **item,
                                                         "batch_id": batch.id, "decided_by": ""}
                                                        for item in items[start:start + _INSERTS]])
                batch_id = batch.id
        except IntegrityError:
            earlier = self._batch_by_sha(digest)
            if earlier is None:
                raise
            return Received(earlier, duplicate=True)
        auto = self._auto_accept(batch_id)
        return Received(self.batch(batch_id), auto_accepted=auto)

    def preview(self, path: str | Path, progress: Progress | None = None,
                is_cancelled: Cancelled | None = None) -> Preview:
        """Classify the file's rows as receiving would, storing nothing (the CLI's --dry-run)."""
        require(self._actor, Action.IMPORT_REGISTRATIONS)
        table, items = self._classified(Path(path), progress, is_cancelled)
        counts = dict.fromkeys(ItemClass, 0)
        for item in items:
            counts[item["item_class"]] += 1
        invalid = tuple((int(i["row_number"]), str(i["uscc"]), str(i["name"]), str(i["findings"]))
                        for i in items if i["item_class"] == ItemClass.INVALID)
        return Preview(table.file_name, table.header_row, len(table.rows), counts, invalid)

    def _classified(self, path: Path, progress: Progress | None,
                    is_cancelled: Cancelled | None) -> tuple[Table, list[dict[str, object]]]:
        table = read_table(path, is_cancelled)
        total = len(table.rows)
        with reading(self._factory, self._actor, Action.IMPORT_REGISTRATIONS) as session:
            ctx = row_context(session, self._today())
            items = list(classify(session, table, ctx, lambda done: _tick(progress, is_cancelled, done, total)))
            mark_resent(session, items)
        _tick(progress, is_cancelled, total, total)
        return table, items

    def invalid_rows(self, batch_id: int) -> list[ItemRow]:
        """The batch's invalid rows with their reasons (the rejected-rows report)."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            stmt = _filtered(select(InboxItem), batch_id, [ItemClass.INVALID], []).order_by(InboxItem.row_number)
            return [_item_row(i) for i in session.scalars(stmt)]

    def save_invalid(self, batch_id: int, out_path: str | Path) -> Path:
        """The batch's invalid rows with their original cells and 错误原因, to .xlsx (read from the kept file)."""
        batch = self.batch(batch_id)
        invalid = self.invalid_rows(batch_id)
        rows = tuple(RowResult(i.row_number, RowOutcome.REJECTED, i.uscc, i.name, i.findings) for i in invalid)
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / batch.file_name  # the reader knows a csv by its name
            try:
                source.write_bytes(self._attachments.read(batch.file_sha256))
            except StorageError:
                raise NotFound(f"批次 {batch.id} 的推送文件“{batch.file_name}”已不在附件中，无法导出无效的行。") from None
            return save_rejected(ImportReport(batch.file_name, 0, rows, committed=False, dry_run=False),
                                 source, out_path)

    def _auto_accept(self, batch_id: int) -> int:
        """With the district's setting on, new rows with no findings are accepted (one transaction each)."""
        if not SettingsService(self._factory, self._actor).get().inbox_auto_accept_new:
            return 0
        with reading(self._factory, self._actor) as session:
            ids = list(session.scalars(select(InboxItem.id).where(
                InboxItem.batch_id == batch_id, InboxItem.item_class == ItemClass.NEW, InboxItem.findings == "",
                InboxItem.decision == Decision.PENDING).order_by(InboxItem.row_number)))
        done = 0
        for item_id in ids:
            try:
                self._decide(item_id, Decision.AUTO_ACCEPTED, "按辖区设置自动接受无问题的新机构")
                done += 1
            except (ValidationError, ConflictError):
                continue  # intake refused it: it stays waiting for the clerk
        return done

    # --- reading ---------------------------------------------------------------------------------

    def batches(self) -> list[BatchRow]:
        """Every batch, newest first, with its counts per class and its waiting items."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            rows = session.scalars(select(InboxBatch).order_by(InboxBatch.received_on.desc(),
                                                                InboxBatch.id.desc())).all()
            return [_batch_row(session, b) for b in rows]

    def batch(self, batch_id: int) -> BatchRow:
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            return _batch_row(session, get_or_not_found(session, InboxBatch, batch_id, "该推送批次不存在。"))

    def _batch_by_sha(self, digest: str) -> BatchRow | None:
        with reading(self._factory, self._actor) as session:
            row = session.scalar(select(InboxBatch).where(InboxBatch.file_sha256 == digest))
            return _batch_row(session, row) if row is not None else None

    def count_items(self, batch_id: int, classes: Iterable[ItemClass] = (),
                    decisions: Iterable[Decision] = ()) -> int:
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            stmt = _filtered(select(func.count()).select_from(InboxItem), batch_id, classes, decisions)
            return session.scalar(stmt) or 0

    def items(self, batch_id: int, offset: int, limit: int, classes: Iterable[ItemClass] = (),
              decisions: Iterable[Decision] = (), order_by: str = "row_number",
              descending: bool = False) -> list[ItemRow]:
        """One page of a batch's items (the item list reads it lazily)."""
        column = _SORTABLE.get(order_by, InboxItem.row_number)
        order = [column.desc() if descending else column.asc(), InboxItem.id]
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            stmt = _filtered(select(InboxItem), batch_id, classes, decisions).order_by(*order)
            rows = list(session.scalars(stmt.offset(offset).limit(limit)))
            names = display_names(session, (i.decided_by for i in rows))
            return [_item_row(i, names) for i in rows]

    def item(self, item_id: int) -> ItemRow:
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            item = get_or_not_found(session, InboxItem, item_id, "该推送条目不存在。")
            return _item_row(item, display_names(session, [item.decided_by]))

    def waiting(self) -> int:
        """Items no one has decided yet (pending or deferred), across all batches."""
        with reading(self._factory, self._actor) as session:
            return session.scalar(select(func.count()).select_from(InboxItem)
                                  .where(InboxItem.decision.in_(list(OPEN)))) or 0

    def waiting_batches(self, limit: int = 5) -> list[tuple[BatchRow, int]]:
        """The oldest batches with items still waiting and how many (the home page's queue)."""
        with reading(self._factory, self._actor) as session:
            rows = session.execute(
                select(InboxItem.batch_id, func.count()).where(InboxItem.decision.in_(list(OPEN)))
                .group_by(InboxItem.batch_id).order_by(InboxItem.batch_id).limit(limit)).all()
            return [(_batch_row(session, session.get(InboxBatch, batch_id)), n) for batch_id, n in rows]

    def compare(self, item_id: int) -> list[Comparison]:
        """The compared fields side by side: the nursery's current values (the matched one, or for a
        similar row the most similar one) and the pushed ones."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            item = get_or_not_found(session, InboxItem, item_id, "该推送条目不存在。")
            cells = (item.pushed or {}).get(CELLS)
            pushed = dict(cells) if cells is not None else from_json(item.pushed or {})
            nursery_id, raw = item.nursery_id, pushed
            is_match = item.item_class in (ItemClass.MATCHES, ItemClass.DIFFERS, ItemClass.SIMILAR)
            before = (item.pushed or {}).get(BEFORE)
        registry: dict[str, object] = {}
        if before is not None:  # decided: the registry as the clerk saw it then
            registry = dict(before)
        elif nursery_id is not None and is_match:
            draft = self._intake.get(nursery_id).draft
            registry = {name: getattr(draft, name) for name, _ in COMPARED}
        return [Comparison(name, label, shown(registry.get(name)), shown(pushed.get(name)), name in raw)
                for name, label in COMPARED]

    # --- decisions -------------------------------------------------------------------------------

    def accept(self, item_id: int) -> ItemRow:
        """New or similar: create the nursery through intake. Matches: recorded. Differs: every
        differing field the push supplies is saved through intake."""
        return self._decide(item_id, Decision.ACCEPTED)

    def merge(self, item_id: int, fields: Sequence[str]) -> ItemRow:
        """Take the chosen fields from the push, keep the registry's value for the others."""
        chosen = tuple(name for name, _ in COMPARED if name in set(fields))
        if not chosen:
            raise ValidationError("请至少勾选一个采用推送值的字段；全部保留登记值请选择“驳回”并说明理由。", "fields")
        return self._decide(item_id, Decision.MERGED, fields=chosen)

    def reject(self, item_id: int, reason: str) -> ItemRow:
        if not reason.strip():
            raise ValidationError("驳回必须填写理由。", "reason")
        return self._decide(item_id, Decision.REJECTED, reason.strip())

    def defer(self, item_id: int, note: str = "") -> ItemRow:
        return self._decide(item_id, Decision.DEFERRED, note.strip())

    def accept_clean(self, batch_id: int, progress: Progress | None = None,
                     is_cancelled: Cancelled | None = None) -> tuple[int, list[str]]:
        """Accept every waiting new or matching row with no findings, one transaction each.
        Returns how many were accepted and one message per row intake refused (left waiting)."""
        require(self._actor, Action.IMPORT_REGISTRATIONS)
        with reading(self._factory, self._actor) as session:
            ids = list(session.execute(select(InboxItem.id, InboxItem.row_number).where(*_clean(batch_id))
                                       .order_by(InboxItem.row_number)))
        done, refused = 0, []
        for index, (item_id, row_number) in enumerate(ids):
            _tick(progress, is_cancelled, index, len(ids))
            try:
                self._decide(item_id, Decision.ACCEPTED)
                done += 1
            except (ValidationError, ConflictError) as exc:
                refused.append(f"第{row_number}行：{exc.message}")
        return done, refused

    def clean_counts(self, batch_id: int) -> dict[ItemClass, int]:
        """What `accept_clean` would accept now, per class: NEW rows become new records, MATCHES rows
        are marked accepted without changing the registry (the question before the bulk accept)."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            counts = dict(session.execute(select(InboxItem.item_class, func.count()).where(*_clean(batch_id))
                                          .group_by(InboxItem.item_class)).all())
        return {kind: counts.get(kind, 0) for kind in CLEAN_CLASSES}

    def _decide(self, item_id: int, decision: Decision, reason: str = "",
                fields: tuple[str, ...] = ()) -> ItemRow:
        require(self._actor, Action.IMPORT_REGISTRATIONS)
        with writing(self._factory, self._actor, Action.IMPORT_REGISTRATIONS, _audit_reason(decision, reason)) as s:
            item = get_or_not_found(s, InboxItem, item_id, "该推送条目不存在。")
            if item.decision not in OPEN:
                who = display_names(s, [item.decided_by])[item.decided_by]
                raise ConflictError(f"第{item.row_number}行已由{who}处理（{item.decision.zh}），不能再次处理。")
            if decision in (Decision.ACCEPTED, Decision.AUTO_ACCEPTED, Decision.MERGED):
                item.result_nursery_id = self._apply(s, item, decision, fields)
            item.decision = decision
            item.reason = reason if decision != Decision.MERGED else "采用推送的" + "、".join(
                label for name, label in COMPARED if name in fields)
            item.decided_by = self._actor.username
            item.decided_at = utcnow()
            s.flush()
            return _item_row(item, display_names(s, [item.decided_by]))

    def _apply(self, session: Session, item: InboxItem, decision: Decision, fields: tuple[str, ...]) -> int | None:
        pushed = from_json(item.pushed or {})
        kind = item.item_class
        if kind == ItemClass.INVALID:
            raise ValidationError(f"第{item.row_number}行无效（{item.findings}），不能接受，请驳回或暂缓。", "decision")
        if decision == Decision.MERGED and kind != ItemClass.DIFFERS:
            raise ValidationError("只有与登记不同的行可以逐项合并。", "decision")
        if kind in (ItemClass.NEW, ItemClass.SIMILAR):
            street_code = session.scalar(select(Street.code).where(Street.id == pushed.get("street_id"))) or ""
            draft = new_draft(pushed, street_code)
            # Accepting a similar row is the clerk's word that it is none of the similar nurseries shown.
            different = [s.id for s in self._intake.similar(draft)] if kind == ItemClass.SIMILAR else []
            return self._intake.create_in(session, draft, self._confirmed(draft, None),
                                          different_from=different).id
        if kind == ItemClass.MATCHES:
            return item.nursery_id
        chosen = fields or tuple(n for n in item.differs.split(",") if n)
        record = self._intake.get(item.nursery_id)
        item.pushed = {**(item.pushed or {}),
                       BEFORE: {name: shown(getattr(record.draft, name)) for name, _ in COMPARED}}
        draft = merged_draft(record.draft, pushed, chosen)
        return self._intake.update_in(session, record.id, record.version, draft,
                                      self._confirmed(draft, record.id)).id

    def _confirmed(self, draft: NurseryDraft, nursery_id: int | None) -> list[Override]:
        """The clerk decided with the row's findings on screen: intake's warnings are saved through
        with that as the reason (its errors still refuse the decision)."""
        return [Override(f.code, CONFIRMED) for f in self._intake.check(draft, nursery_id) if f.is_warning]


def _tick(progress: Progress | None, is_cancelled: Cancelled | None, done: int, total: int) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(done, total)


CLEAN_CLASSES = (ItemClass.NEW, ItemClass.MATCHES)


def _clean(batch_id: int) -> tuple:
    """The rows 批量接受无问题的行 takes: waiting new or matching rows with no findings."""
    return (InboxItem.batch_id == batch_id, InboxItem.item_class.in_(CLEAN_CLASSES), InboxItem.findings == "",
            InboxItem.decision.in_(list(OPEN)))


def _audit_reason(decision: Decision, reason: str) -> str:
    return f"推送收件箱：{decision.zh}" + (f"（{reason}）" if reason else "")


def _filtered(stmt, batch_id: int, classes: Iterable[ItemClass], decisions: Iterable[Decision]):
    stmt = stmt.where(InboxItem.batch_id == batch_id)
    classes, decisions = list(classes), list(decisions)
    if classes:
        stmt = stmt.where(InboxItem.item_class.in_(classes))
    if decisions:
        stmt = stmt.where(InboxItem.decision.in_(decisions))
    return stmt


def _batch_row(session: Session, b: InboxBatch) -> BatchRow:
    counts = dict.fromkeys(ItemClass, 0)
    for kind, n in session.execute(select(InboxItem.item_class, func.count()).where(InboxItem.batch_id == b.id)
                                   .group_by(InboxItem.item_class)):
        counts[kind] = n
    waiting = session.scalar(select(func.count()).select_from(InboxItem).where(
        InboxItem.batch_id == b.id, InboxItem.decision.in_(list(OPEN)))) or 0
    receiver = display_names(session, [b.created_by])[b.created_by]
    return BatchRow(b.id, b.received_on, b.organ_kind, b.organ_level, b.file_name, b.file_sha256, receiver,
                    b.rows, counts, waiting)


def _item_row(i: InboxItem, names: dict[str, str] | None = None) -> ItemRow:
    names = names or {}
    return ItemRow(i.id, i.batch_id, i.row_number, i.uscc, i.name, i.item_class, i.nursery_id,
                   tuple(n for n in i.differs.split(",") if n), i.findings, i.decision, i.reason,
                   names.get(i.decided_by, i.decided_by), i.decided_at)
