"""What an application contains: creation, filing information, change items, materials, scans, lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.db.orm.filing import ChangeItem, FilingApplication, FilingMaterial, MaterialFile
from workstation.db.planner_hints import nulls_as_on_sqlite
from workstation.domain.errors import ConflictError, NotFound, ValidationError
from workstation.domain.filing import (
    CHANGE_FIELDS,
    EDITABLE_CONTENT,
    OPEN_STATES,
    OPENING_STATUSES,
    FilingChannel,
    FilingEventKind,
    FilingKind,
    FilingState,
    format_value,
    parse_value,
)
from workstation.domain.filing_rules import MaterialResult
from workstation.domain.masking import PERSONAL_FIELDS, is_masked_form, mask_field
from workstation.domain.texts import QT_TRANSLATE_NOOP, Clauses, text
from workstation.services.common.lookup import load_nursery
from workstation.services.common.scans import check_scan
from workstation.services.filing.dto import (
    ApplicationQuery,
    ApplicationRow,
    ChangeDraft,
    FilingInfo,
    MaterialUpdate,
    NurseryChoice,
    OpenApplication,
)
from workstation.services.filing.materials import mark_material, require_editable, sync_checklist
from workstation.services.filing.materials import update_material as apply_material_update
from workstation.services.filing.steps import StepContext, record

EMPTY = QT_TRANSLATE_NOOP("DomainText", "（空）")  # a history line's value left empty
NONE = QT_TRANSLATE_NOOP("DomainText", "（无）")

__all__ = ["check_scan"]


def create(ctx: StepContext, nursery_id: int, kind: FilingKind, channel: FilingChannel) -> FilingApplication:
    nursery = load_nursery(ctx.session, nursery_id)
    _check_can_open(ctx.session, nursery, kind)
    who = ctx.actor.username
    app = FilingApplication(nursery_id=nursery.id, kind=kind, channel=channel, state=FilingState.DRAFT,
                            created_by=who, updated_by=who)
    sync_checklist(app, ctx.rules, nursery.provides_meals, {}, who)
    ctx.session.add(app)
    ctx.session.flush()
    return app


def _check_can_open(session: Session, nursery: Nursery, kind: FilingKind) -> None:
    allowed = OPENING_STATUSES[kind]
    if nursery.status not in allowed:
        names = "、".join(f"“{s.zh}”" for s in allowed)
        raise ConflictError(f"机构“{nursery.name}”当前为“{nursery.status.zh}”，不能申请{kind.zh}（机构须为{names}）。")
    other = session.scalars(select(FilingApplication).where(
        FilingApplication.nursery_id == nursery.id, FilingApplication.state.in_(OPEN_STATES))).first()
    if other is not None:
        raise ConflictError(f"机构“{nursery.name}”已有办理中的{other.kind.zh}申请（{other.state.zh}），"
                            "请办结或撤回后再申请。")


def update_info(ctx: StepContext, app: FilingApplication, info: FilingInfo) -> None:
    """Filing information; the national number may still be added after the decision."""
    if app.state is FilingState.WITHDRAWN:
        raise ConflictError("申请已撤回，不能再修改。")
    open_fields = {"channel": info.channel, "commitment_signer": info.commitment_signer.strip(),
                   "commitment_signed_on": info.commitment_signed_on,
                   "settlement_note": info.settlement_note.strip()}
    late_fields = {"national_filing_no": info.national_filing_no.strip(), "national_filed_on": info.national_filed_on}
    changed_open = {k: v for k, v in open_fields.items() if getattr(app, k) != v}
    if changed_open and app.state not in OPEN_STATES:
        raise ConflictError(f"申请已{app.state.zh}，只能补录全国备案系统的备案编号和日期。")
    if "settlement_note" in changed_open and app.kind is not FilingKind.CANCELLATION:
        raise ValidationError("只有注销备案需要填写安置情况。", "settlement_note")
    changed_late = {k: v for k, v in late_fields.items() if getattr(app, k) != v}
    for name, value in {**changed_open, **changed_late}.items():
        setattr(app, name, value)
    if changed_late:
        record(ctx, app, FilingEventKind.INFO, text(
            QT_TRANSLATE_NOOP("DomainText", "登记全国系统备案编号“{number}”，日期{day}"),
            number=app.national_filing_no or text(EMPTY), day=app.national_filed_on or text(EMPTY)))
    if changed_open or changed_late:
        app.updated_by = ctx.actor.username


def set_change_items(ctx: StepContext, app: FilingApplication, drafts: Sequence[ChangeDraft]) -> None:
    if app.kind is not FilingKind.CHANGE:
        raise ConflictError(f"{app.kind.zh}申请没有变更事项。")
    if app.state not in EDITABLE_CONTENT:
        raise ConflictError(f"申请已{app.state.zh}，变更事项不能再修改（退回补正后可修改）。")
    nursery = ctx.session.get(Nursery, app.nursery_id)
    existing = {item.field: item for item in app.change_items}
    cleaned = _check_drafts(nursery, [_unmasked(d, existing.get(d.field)) for d in drafts])
    for item in list(app.change_items):
        if item.field not in cleaned:
            app.change_items.remove(item)
    who = ctx.actor.username
    for field, (old, new, reason) in cleaned.items():
        item = existing.get(field) or ChangeItem(field=field, created_by=who)
        item.old_value, item.new_value, item.reason, item.updated_by = old, new, reason, who
        if field not in existing:
            app.change_items.append(item)
    sync_checklist(app, ctx.rules, nursery.provides_meals, {f: v[1] for f, v in cleaned.items()}, who)
    # The history is read by every role: personal phones in it are masked
    summary = Clauses(tuple(text(QT_TRANSLATE_NOOP("DomainText", "{label}：{old}→{new}"),
                                 label=text(CHANGE_FIELDS[f].label), old=mask_field("nursery", f, o) or text(EMPTY),
                                 new=mask_field("nursery", f, n)) for f, (o, n, _) in cleaned.items()))
    record(ctx, app, FilingEventKind.INFO, text(QT_TRANSLATE_NOOP("DomainText", "变更事项：{items}"),
                                                items=summary if summary.items else text(NONE)))
    app.updated_by = who


def _unmasked(draft: ChangeDraft, item: ChangeItem | None) -> ChangeDraft:
    """A masked phone sent back unchanged (by a role that was shown it masked) keeps the stored one."""
    kind = PERSONAL_FIELDS.get(("nursery", draft.field))
    if item is not None and kind is not None and is_masked_form(draft.new_value, item.new_value, kind):
        return replace(draft, new_value=item.new_value)
    return draft


def _check_drafts(nursery: Nursery, drafts: Sequence[ChangeDraft]) -> dict[str, tuple[str, str, str]]:
    """field -> (old text, new text, reason); ValidationError on the first bad line."""
    cleaned: dict[str, tuple[str, str, str]] = {}
    for draft in drafts:
        value = parse_value(draft.field, draft.new_value)
        label = CHANGE_FIELDS[draft.field].label
        if draft.field in cleaned:
            raise ValidationError(f"变更事项“{label}”重复。", draft.field)
        old, new = format_value(draft.field, getattr(nursery, draft.field)), format_value(draft.field, value)
        if old == new:
            raise ValidationError(f"“{label}”变更后与现登记内容相同（{old}）。", draft.field)
        if not draft.reason.strip():
            raise ValidationError(f"请填写“{label}”的变更原因。", draft.field)
        cleaned[draft.field] = (old, new, draft.reason.strip())
    return cleaned


def _material(session: Session, material_id: int) -> FilingMaterial:
    row = session.get(FilingMaterial, material_id)
    if row is None:
        raise NotFound(f"找不到编号为 {material_id} 的备案材料。")
    return row


def update_material(ctx: StepContext, material_id: int, update: MaterialUpdate) -> FilingApplication:
    row = _material(ctx.session, material_id)
    require_editable(row.application)
    apply_material_update(row, update, ctx.actor.username)
    return row.application


def check_material(ctx: StepContext, material_id: int, result: MaterialResult, note: str) -> FilingApplication:
    row = _material(ctx.session, material_id)
    mark_material(row, result, note, ctx.actor.username, ctx.now)
    checked = (text(QT_TRANSLATE_NOOP("DomainText", "审核材料“{title}”：{result}（{note}）"), title=row.title,
                    result=result, note=note.strip()) if note.strip()
               else text(QT_TRANSLATE_NOOP("DomainText", "审核材料“{title}”：{result}"), title=row.title, result=result))
    record(ctx, row.application, FilingEventKind.MATERIALS, checked)
    return row.application


def attach(ctx: StepContext, attachments: Attachments, material_id: int, path: Path) -> FilingApplication:
    row = _material(ctx.session, material_id)
    require_editable(row.application)
    sha = attachments.put(path, ctx.session)
    who = ctx.actor.username
    row.files.append(MaterialFile(sha256=sha, file_name=path.name[:260], size=path.stat().st_size,
                                  added_at=ctx.now, added_by=who))
    if not row.provided:
        row.provided = True
    row.updated_by = who
    record(ctx, row.application, FilingEventKind.MATERIALS, text(
        QT_TRANSLATE_NOOP("DomainText", "为“{title}”附加扫描件“{file}”"), title=row.title, file=path.name))
    return row.application


def remove_file(ctx: StepContext, file_id: int) -> FilingApplication:
    file = ctx.session.get(MaterialFile, file_id)
    if file is None:
        raise NotFound(f"找不到编号为 {file_id} 的扫描件。")
    row = file.material
    require_editable(row.application)
    row.files.remove(file)
    record(ctx, row.application, FilingEventKind.MATERIALS, text(
        QT_TRANSLATE_NOOP("DomainText", "移除“{title}”的扫描件“{file}”"), title=row.title, file=file.file_name))
    return row.application


def viewable_copy(session: Session, attachments: Attachments, file_id: int) -> Path:
    file = session.get(MaterialFile, file_id)
    if file is None:
        raise NotFound(f"找不到编号为 {file_id} 的扫描件。")
    return attachments.open_copy(file.sha256, file.file_name)


def _rank(column, enum_cls) -> object:
    """Sort an enum column in the enum's order, not by its stored code."""
    return case({member.value: rank for rank, member in enumerate(enum_cls)}, value=column, else_=-1)


APPLICATION_SORT = {  # ApplicationQuery.sort_key -> ORDER BY term (None: the id alone, i.e. newest)
    # The nursery's name key, carried by the application (pinyin order on both engines, no join).
    "newest": None, "nursery": FilingApplication.nursery_pinyin, "uscc": Nursery.uscc, "kind": _rank(FilingApplication.kind, FilingKind),
    "state": _rank(FilingApplication.state, FilingState), "submitted": FilingApplication.submitted_on,
    "due": FilingApplication.due_on, "receipt": FilingApplication.receipt_no,
}


_NULLABLE_SORT = frozenset({"uscc", "submitted", "due", "receipt"})


def _application_conditions(query: ApplicationQuery) -> list:
    conditions = []
    text = query.text.strip()
    if text:
        # Matching nurseries first (one pass over the nursery search index), then their applications.
        nurseries = select(Nursery.id).where(or_(Nursery.name.contains(text, autoescape=True),
                                                 Nursery.uscc.contains(text, autoescape=True)))
        conditions.append(or_(FilingApplication.nursery_id.in_(nurseries),
                              FilingApplication.receipt_no.contains(text, autoescape=True)))
    if query.state is not None:
        conditions.append(FilingApplication.state == query.state)
    if query.kind is not None:
        conditions.append(FilingApplication.kind == query.kind)
    return conditions


def count_applications(session: Session, query: ApplicationQuery) -> int:
    stmt = select(func.count()).select_from(FilingApplication).where(*_application_conditions(query))
    return int(session.scalar(stmt) or 0)


def application_rows(session: Session, query: ApplicationQuery, offset: int, limit: int) -> list[ApplicationRow]:
    """Rows `offset` to `offset + limit` of the matching applications in the query's order."""
    if limit <= 0:
        return []
    key = APPLICATION_SORT[query.sort_key]
    ids = select(FilingApplication.id).where(*_application_conditions(query))
    if query.sort_key == "uscc":
        ids = ids.join(Nursery, Nursery.id == FilingApplication.nursery_id)
    keys = [FilingApplication.id] if key is None else [key, FilingApplication.id]
    terms = [k.desc() if query.descending else k.asc() for k in keys]
    if query.sort_key in _NULLABLE_SORT:  # NULLs (a draft's 提交日期 …) in the same place on every engine
        terms[0] = nulls_as_on_sqlite(terms[0])
    ids = ids.order_by(*terms).offset(max(offset, 0)).limit(limit)
    page = list(session.scalars(ids))
    if not page:
        return []
    a = FilingApplication  # the columns shown, not whole entities: a page is read after every change
    stmt = (select(a.id, a.nursery_id, Nursery.name, Nursery.uscc, a.kind, a.state, a.submitted_on, a.due_on,
                   a.receipt_no, a.due_provisional)
            .join(Nursery, Nursery.id == a.nursery_id).where(a.id.in_(page)))
    by_id = {r.id: ApplicationRow(r.id, r.nursery_id, r.name, r.uscc or "", r.kind, r.state, r.submitted_on,
                                  r.due_on, r.receipt_no, r.due_provisional) for r in session.execute(stmt)}
    return [by_id[i] for i in page if i in by_id]


def nursery_choices(session: Session, text: str, limit: int) -> list[NurseryChoice]:
    stmt = (select(Nursery.id, Nursery.name, Nursery.uscc, Nursery.status)
            .order_by(Nursery.name_pinyin.nulls_first(), Nursery.id).limit(limit))
    if text.strip():
        like = f"%{text.strip()}%"
        stmt = stmt.where(or_(Nursery.name.like(like), Nursery.uscc.like(like)))
    rows = list(session.execute(stmt))
    busy = _open_applications(session, [r.id for r in rows])
    return [NurseryChoice(r.id, r.name, r.uscc or "", r.status,
                          () if r.id in busy else tuple(k for k in FilingKind if r.status in OPENING_STATUSES[k]),
                          busy.get(r.id))
            for r in rows]


def _open_applications(session: Session, nursery_ids: list[int]) -> dict[int, OpenApplication]:
    """Each listed nursery's application in progress (at most one: _check_can_open), by nursery."""
    a = FilingApplication
    found = session.execute(select(a.nursery_id, a.id, a.kind, a.state, a.submitted_on)
                            .where(a.nursery_id.in_(nursery_ids), a.state.in_(OPEN_STATES)).order_by(a.id))
    return {r.nursery_id: OpenApplication(r.id, r.kind, r.state, r.submitted_on) for r in found} if nursery_ids \
        else {}
