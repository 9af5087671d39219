"""Checklist templates: seeded from domain/checklists.py, edited by administrators into new versions.

A recorded inspection copies each item's wording into its own lines, so no template edit ever
changes what an inspection recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm.inspections import ChecklistItem, ChecklistTemplate
from workstation.domain.checklists import SEED_TEMPLATES
from workstation.domain.errors import NotFound, ValidationError
from workstation.domain.permissions import Action
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, writing
from workstation.services.inspections.dto import ItemDraft, TemplateDTO, template_dto


def seed_templates(session: Session, who: str) -> int:
    """Add version 1 of every seed template whose key has no version yet; return how many were added.

    Each in a savepoint: on a server two desks starting their first inspections at once may both
    find a key missing; the one that loses the race keeps the other's version 1.
    """
    present = set(session.scalars(select(ChecklistTemplate.key).distinct()))
    added = 0
    for seed in SEED_TEMPLATES:
        if seed.key in present:
            continue
        template = ChecklistTemplate(key=seed.key, department=seed.department, title=seed.title, revision=1,
                                     is_current=True, edit_reason="初始模板（domain.md §11.4）",
                                     created_by=who, updated_by=who)
        template.items = [ChecklistItem(position=n, code=i.code, text=i.text, basis=i.basis, severity=i.severity,
                                        department=seed.department) for n, i in enumerate(seed.items, 1)]
        try:
            with session.begin_nested():
                session.add(template)
                session.flush()
        except IntegrityError:  # seeded meanwhile by another desk (key, revision 1 is unique)
            continue
        added += 1
    return added


def current_template(session: Session, key: str) -> ChecklistTemplate:
    template = session.scalars(select(ChecklistTemplate).where(
        ChecklistTemplate.key == key, ChecklistTemplate.is_current.is_(True))).first()
    if template is None:
        raise NotFound(f"找不到检查表模板“{key}”。")
    return template


class TemplateService:
    """List, read and edit checklist templates (edits need TEMPLATE_EDIT; reading INSPECTION_VIEW)."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor) -> None:
        self._factory = factory
        self._actor = actor

    def ensure_seeded(self) -> int:
        """Add the seed templates that are missing (idempotent); return how many were added."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            present = set(session.scalars(select(ChecklistTemplate.key).distinct()))
        if all(seed.key in present for seed in SEED_TEMPLATES):
            return 0
        with writing(self._factory, self._actor) as session:
            return seed_templates(session, self._actor.username)

    def current_templates(self) -> list[TemplateDTO]:
        """The current version of every template, in seed order (then others by key)."""
        order = {seed.key: n for n, seed in enumerate(SEED_TEMPLATES)}
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            rows = session.scalars(select(ChecklistTemplate).where(ChecklistTemplate.is_current.is_(True))).all()
            return [template_dto(t) for t in sorted(rows, key=lambda t: (order.get(t.key, len(order)), t.key))]

    def template(self, template_id: int) -> TemplateDTO:
        """One version of a template (current or not)."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            template = session.get(ChecklistTemplate, template_id)
            if template is None:
                raise NotFound(f"找不到编号为 {template_id} 的检查表模板。")
            return template_dto(template)

    def versions(self, key: str) -> list[TemplateDTO]:
        """Every version of the template `key`, newest first."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            rows = session.scalars(select(ChecklistTemplate).where(ChecklistTemplate.key == key)
                                   .order_by(ChecklistTemplate.revision.desc())).all()
            return [template_dto(t) for t in rows]

    def edit(self, template_key: str, items: Sequence[ItemDraft], reason: str,
             title: str | None = None) -> TemplateDTO:
        """Make a new version of the template with `items`; the old version is kept, no longer current."""
        if not reason.strip():
            raise ValidationError("请说明修改检查表模板的原因。", "reason")
        drafts = _checked(items)
        with writing(self._factory, self._actor, Action.TEMPLATE_EDIT, reason.strip()) as session:
            old = current_template(session, template_key)
            who = self._actor.username
            new = ChecklistTemplate(key=old.key, department=old.department, title=(title or old.title).strip(),
                                    revision=old.revision + 1, is_current=True, edit_reason=reason.strip(),
                                    created_by=who, updated_by=who)
            new.items = [ChecklistItem(position=n, code=d.code.strip(), text=d.text.strip(), basis=d.basis.strip(),
                                       severity=d.severity, department=d.department or old.department)
                         for n, d in enumerate(drafts, 1)]
            old.is_current, old.updated_by = False, who
            session.flush()  # the old row stops being current before the new one is written
            session.add(new)
            session.flush()
            return template_dto(new)


def _checked(items: Sequence[ItemDraft]) -> list[ItemDraft]:
    if not items:
        raise ValidationError("检查表模板至少要有一个检查项目。", "items")
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        if not item.code.strip() or not item.text.strip():
            raise ValidationError(f"第{n}项的编号和检查内容不能为空。", "items")
        if item.code.strip() in seen:
            raise ValidationError(f"检查项目编号“{item.code.strip()}”重复。", "items")
        seen.add(item.code.strip())
    return list(items)
