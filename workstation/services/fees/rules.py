"""The district's fee parameters (guidance caps per service type, frequency check, complaint phones).

Each version is in force from its date until the next one; administrators (SETTINGS_EDIT) add
versions. A version already in force is never edited, so past checks keep the rules they used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm.fees import FeeRule
from workstation.domain.errors import ConflictError, NotFound, ValidationError
from workstation.domain.fees import MAX_FEN, FeeRules, format_yuan
from workstation.domain.permissions import Action
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, writing
from workstation.services.fees.service import may
from workstation.services.fees.store import fill_rule, rule_rows, rules_on, to_rules

MAX_WINDOW_MONTHS = 120


class FeeRuleService:
    """Read the fee rule versions (FEE_VIEW) and add or adjust future ones (SETTINGS_EDIT)."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._factory = factory
        self._actor = actor
        self._today = today

    def can_edit(self) -> bool:
        """Whether the acting user may change the fee parameters (administrators)."""
        return may(self._actor, Action.SETTINGS_EDIT)

    def rules_on(self, day: dt.date | None = None) -> FeeRules:
        """The version in force on `day` (default today); the defaults (no caps) before any."""
        with reading(self._factory, self._actor, Action.FEE_VIEW) as session:
            return rules_on(session, day or self._today())

    def versions(self) -> list[FeeRules]:
        """Every version, oldest first."""
        with reading(self._factory, self._actor, Action.FEE_VIEW) as session:
            return [to_rules(row) for row in rule_rows(session)]

    def save(self, rules: FeeRules) -> FeeRules:
        """Add a version (rules.id None; it may be back-dated: it adds, it rewrites nothing) or change
        one that is not yet in force."""
        _validate(rules)
        with writing(self._factory, self._actor, Action.SETTINGS_EDIT) as session:
            same_day = session.scalars(select(FeeRule).where(FeeRule.effective_from == rules.effective_from)).first()
            row = self._editable(session, rules.id) if rules.id is not None else FeeRule(created_by=self._actor.username)
            if same_day is not None and same_day is not row:
                raise ValidationError(text(QT_TRANSLATE_NOOP(
                    "DomainText", "已有自 {start} 起执行的参数版本，请修改该版本或另选日期。"),
                    start=rules.effective_from), "effective_from")
            fill_rule(row, rules)
            row.updated_by = self._actor.username
            session.add(row)
            session.flush()
            return to_rules(row)

    def _editable(self, session: Session, rule_id: int) -> FeeRule:
        row = session.get(FeeRule, rule_id)
        if row is None:
            raise NotFound(text(QT_TRANSLATE_NOOP("DomainText", "找不到记录号为 {id} 的收费参数版本。"), id=rule_id))
        if row.effective_from <= self._today():
            raise ConflictError(text(QT_TRANSLATE_NOOP(
                "DomainText", "自 {start} 起的参数版本已经生效，不能修改；请新增一个自今后某日起执行的版本。"),
                start=row.effective_from))
        return row


def _validate(rules: FeeRules) -> None:
    if rules.effective_from is None:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "请填写参数的执行日期。")), "effective_from")
    if not 1 <= rules.window_months <= MAX_WINDOW_MONTHS:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "统计调价次数的期间应为 1 至 {max} 个月。"),
                                   max=MAX_WINDOW_MONTHS), "window_months")
    if rules.max_changes is not None and rules.max_changes < 0:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "允许的调价次数不能为负数。")), "max_changes")
    if len(rules.health_phone) > 32 or len(rules.price_phone) > 32:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "投诉电话过长。")), "phones")
    seen = set()
    for cap in rules.caps:
        if (cap.service_type, cap.unit) in seen:
            raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "{service}按{unit}的指导价重复填写。"),
                                       service=cap.service_type, unit=cap.unit), "caps")
        seen.add((cap.service_type, cap.unit))
        if not 0 <= cap.cap_fen <= MAX_FEN:
            raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "指导价应在 0 至 {max} 元之间。"),
                                       max=format_yuan(MAX_FEN)), "caps")
