"""Fees (收费公示, domain.md §9, §12): money in integer fen, effective-dated schedules, guidance caps, checks.

Money is never a float: amounts are parsed from text or Decimal into integer fen (分) and shown
back as exact yuan. Checks only flag; they never stop a clerk recording what a nursery charges.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from workstation.domain.enums import LabelledEnum, LegalNature, ServiceType
from workstation.domain.errors import ValidationError
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text

MAX_FEN = 9_999_999_999  # 99,999,999.99 yuan
_NUMBER = re.compile(r"^[+-]?\d+(\.\d*)?$")
_STRIP = str.maketrans("", "", ",，  ¥￥元")


class FeeUnit(LabelledEnum):
    MONTH = ("MONTH", "月", "month")
    DAY = ("DAY", "日", "day")
    HOUR = ("HOUR", "小时", "hour")
    SESSION = ("SESSION", "次", "session")


class FeeItemKind(LabelledEnum):
    CARE = ("CARE", "保育费", "Care fee")
    MEAL = ("MEAL", "伙食费（膳食费）", "Meal fee")
    OTHER = ("OTHER", "其他收费项目", "Other item")


class PublicityChannel(LabelledEnum):
    NOTICE_BOARD = ("NOTICE_BOARD", "园内公示栏", "Notice board at the nursery")
    ONLINE = ("ONLINE", "网站或微信公众号", "Website or public account")
    PARENT_LETTER = ("PARENT_LETTER", "致家长信", "Letter to parents")
    OTHER = ("OTHER", "其他方式", "Other")


DEFAULT_UNIT = {ServiceType.FULL_DAY: FeeUnit.MONTH, ServiceType.HALF_DAY: FeeUnit.MONTH,
                ServiceType.HOURLY: FeeUnit.HOUR, ServiceType.TEMPORARY: FeeUnit.DAY}
DEFAULT_NAME = {FeeItemKind.CARE: "保育费", FeeItemKind.MEAL: "伙食费", FeeItemKind.OTHER: ""}
# Non-profit natures follow guidance prices whether or not they are designated inclusive (普惠).
CAPPED_NATURES = frozenset({LegalNature.PUBLIC_INSTITUTION, LegalNature.SOCIAL_SERVICE})
MAX_NAME, MAX_COVERS = 50, 500


# --- money ----------------------------------------------------------------------------------------

def parse_yuan(value: str | Decimal | int, field: str = "amount") -> int:
    """Exact fen for an amount in yuan ("1,234.56", Decimal, int); ValidationError with a message."""
    if isinstance(value, bool | float):
        raise TypeError("amounts are never floats: pass text, Decimal or int")
    amount = Decimal(value) if isinstance(value, int) else value
    if isinstance(value, str):
        typed = value.translate(_STRIP)
        if not typed:
            raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "请填写金额。")), field)
        if not _NUMBER.match(typed):
            raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "金额“{value}”不是有效的数字。"),
                                       value=value.strip()), field)
        amount = Decimal(typed)
    return _to_fen(amount, field)


def _to_fen(amount: Decimal, field: str) -> int:
    if not amount.is_finite():
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "金额不是有效的数字。")), field)
    if amount < 0:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "金额不能为负数。")), field)
    if amount * 100 > MAX_FEN:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "金额不能超过 {max} 元。"),
                                   max=format_yuan(MAX_FEN)), field)
    try:
        exact = amount == amount.quantize(Decimal("0.01"))
    except InvalidOperation:
        exact = False
    if not exact:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "金额最多保留两位小数（精确到分）：{amount}。"),
                                   amount=str(amount)), field)
    return int(amount * 100)


def format_yuan(fen: int) -> str:
    """Fen as yuan with thousands separators: 123456 -> "1,234.56"."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def fen_to_decimal(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


def per_unit(fen: int, unit: FeeUnit) -> str:
    """"2,800.00元/月"."""
    return f"{format_yuan(fen)}元/{unit.zh}"


# --- schedules --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FeeItem:
    """One charge of one service type: 全日托 保育费 2,800.00 元/月, what it covers."""
    service_type: ServiceType
    kind: FeeItemKind
    name: str
    amount_fen: int
    unit: FeeUnit
    covers: str = ""

    @property
    def amount(self) -> Decimal:
        return fen_to_decimal(self.amount_fen)

    @property
    def price_text(self) -> str:
        return per_unit(self.amount_fen, self.unit)


@dataclass(frozen=True)
class ScheduleDraft:
    """A new fee schedule as entered: in force from `effective_from` until the next one starts."""
    effective_from: dt.date
    items: tuple[FeeItem, ...]
    note: str = ""


def validate_draft(draft: ScheduleDraft) -> ScheduleDraft:
    """The draft with names trimmed; ValidationError naming the first bad item."""
    if not draft.items:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "请至少填写一个收费项目。")), "items")
    seen: set[tuple[ServiceType, str, FeeUnit]] = set()
    items = []
    for number, item in enumerate(draft.items, start=1):
        item = _clean_item(item, number)
        key = (item.service_type, item.name, item.unit)
        if key in seen:
            raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "{service}的“{name}”（按{unit}）重复填写。"),
                                       service=item.service_type, name=item.name, unit=item.unit), "items")
        seen.add(key)
        items.append(item)
    return ScheduleDraft(draft.effective_from, tuple(items), draft.note.strip())


def _clean_item(item: FeeItem, number: int) -> FeeItem:
    name = item.name.strip() or DEFAULT_NAME[item.kind]
    where = text(QT_TRANSLATE_NOOP("DomainText", "第{number}项（{service}）"), number=number, service=item.service_type)
    if not name:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "{where}：请填写收费项目名称。"), where=where),
                              "items")
    if len(name) > MAX_NAME or len(item.covers) > MAX_COVERS:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "{where}：项目名称或服务内容过长。"), where=where),
                              "items")
    if not 0 <= item.amount_fen <= MAX_FEN:
        raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "{where}：金额应在 0 至 {max} 元之间。"),
                                   where=where, max=format_yuan(MAX_FEN)), "items")
    return FeeItem(item.service_type, item.kind, name, item.amount_fen, item.unit, item.covers.strip())


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date | None = None  # None: open, in force until a later schedule starts

    def contains(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def text(self) -> str:
        """The period as documents print it ("2026-01-01 至 2026-06-30", "2026-07-01 起至今")."""
        return str(self.label_text)

    @property
    def label_text(self) -> Text:
        """The period as a text for the interface."""
        if self.end is None:
            return text(QT_TRANSLATE_NOOP("DomainText", "{start} 起至今"), start=self.start)
        return text(QT_TRANSLATE_NOOP("DomainText", "{start} 至 {end}"), start=self.start, end=self.end)

    def text_on(self, day: dt.date) -> str:
        """The period as read on `day`: "… 至 …" once ended, "… 起至今" in force, "… 起（尚未生效）" not yet begun."""
        if self.start > day:
            return f"{self.start.isoformat()} 起（尚未生效）"
        return self.text


def check_new_start(start: dt.date, existing: Sequence[Period]) -> None:
    """Refuse a start that would rewrite history: it must fall after the latest schedule's start."""
    if not existing:
        return
    latest = max(existing, key=lambda p: p.start)
    earliest_next = latest.start + dt.timedelta(days=1)
    for period in existing:
        if period.end is not None and period.contains(start):
            raise ValidationError(text(QT_TRANSLATE_NOOP(
                "DomainText", "生效日期 {start} 落在已结束的收费标准执行期（{period}）内，历史收费标准不能覆盖。"
                "新的收费标准最早自 {earliest} 起执行。"),
                start=start, period=period.label_text, earliest=earliest_next), "effective_from")
    if start <= latest.start:
        raise ValidationError(text(QT_TRANSLATE_NOOP(
            "DomainText", "生效日期 {start} 不晚于现行收费标准的执行日期 {latest}，历史收费标准不能覆盖。"
            "新的收费标准最早自 {earliest} 起执行。"),
            start=start, latest=latest.start, earliest=earliest_next), "effective_from")


def in_force(periods: Sequence[Period], day: dt.date) -> int | None:
    """Index of the period in force on `day`, or None."""
    return next((i for i, p in enumerate(periods) if p.contains(day)), None)


# --- guidance caps and checks ---------------------------------------------------------------------

@dataclass(frozen=True)
class FeeCap:
    service_type: ServiceType
    unit: FeeUnit
    cap_fen: int


@dataclass(frozen=True)
class FeeRules:
    """District fee parameters in force from `effective_from` (no caps and no frequency check by default)."""
    effective_from: dt.date | None = None
    caps: tuple[FeeCap, ...] = ()
    cap_includes_meals: bool = False  # True: care + meal fees of a service are compared with the cap together
    max_changes: int | None = None  # changes allowed per window; None turns the check off
    window_months: int = 12
    health_phone: str = ""
    price_phone: str = ""
    note: str = ""
    id: int | None = None

    def cap_for(self, service_type: ServiceType, unit: FeeUnit) -> int | None:
        return next((c.cap_fen for c in self.caps if (c.service_type, c.unit) == (service_type, unit)), None)

    @property
    def label(self) -> str:
        return str(self.label_text)

    @property
    def label_text(self) -> Text:
        if self.effective_from is None:
            return text(QT_TRANSLATE_NOOP("DomainText", "默认参数（未设指导价）"))
        return text(QT_TRANSLATE_NOOP("DomainText", "收费指导价参数（自 {start} 起）"), start=self.effective_from)

    @property
    def source_text(self) -> Text:
        """Which parameters a finding went by, to be put in brackets (a label in brackets doubled them: "…起））")."""
        if self.effective_from is None:
            return text(QT_TRANSLATE_NOOP("DomainText", "默认参数"))
        return text(QT_TRANSLATE_NOOP("DomainText", "自 {start} 起执行的收费指导价参数"), start=self.effective_from)


NO_RULES = FeeRules()


@dataclass(frozen=True)
class FeeFinding:
    code: str  # FEE-CAP, FEE-UNPUBLICISED, FEE-FREQUENCY
    message: str
    service_type: ServiceType | None = None
    item_name: str = ""
    excess_fen: int = 0
    public_text: str = ""  # FEE-CAP: the plain fact, for a public notice (no internal parameters)
    text: Text | None = field(default=None, compare=False)  # the message as template and values (the interface's)


def cap_applies(legal_nature: LegalNature, inclusive: bool) -> bool:
    """Inclusive (普惠) and non-profit nurseries follow guidance prices; for-profit ones set their own."""
    return inclusive or legal_nature in CAPPED_NATURES


def cap_findings(items: Sequence[FeeItem], rules: FeeRules, legal_nature: LegalNature,
                 inclusive: bool) -> list[FeeFinding]:
    """One finding per care fee above its service type's cap, with the difference."""
    if not cap_applies(legal_nature, inclusive):
        return []
    return [f for item in items if item.kind is FeeItemKind.CARE
            for f in [_over_cap(item, items, rules)] if f is not None]


def _over_cap(item: FeeItem, items: Sequence[FeeItem], rules: FeeRules) -> FeeFinding | None:
    cap = rules.cap_for(item.service_type, item.unit)
    if cap is None:
        return None
    meals = sum(i.amount_fen for i in items if i.kind is FeeItemKind.MEAL
                and (i.service_type, i.unit) == (item.service_type, item.unit)) if rules.cap_includes_meals else 0
    charged = item.amount_fen + meals
    if charged <= cap:
        return None
    what = text(QT_TRANSLATE_NOOP("DomainText", "“{name}”与伙食费合计"), name=item.name) if meals \
        else f"“{item.name}”"
    over = text(QT_TRANSLATE_NOOP("DomainText", "{service}{what} {charged}，超过指导价上限 {cap} {excess} 元（{rules}）。"),
                service=item.service_type, what=what, charged=price_text(charged, item.unit),
                cap=price_text(cap, item.unit), excess=format_yuan(charged - cap), rules=rules.source_text)
    public = (f"{item.service_type.zh}{what!s} {per_unit(charged, item.unit)}，"
              f"高于收费指导价上限 {per_unit(cap, item.unit)}。")
    return FeeFinding("FEE-CAP", str(over), item.service_type, item.name, charged - cap, public, over)


def price_text(fen: int, unit: FeeUnit) -> Text:
    """per_unit's "2,800.00元/月" as a text for the interface."""
    return text(QT_TRANSLATE_NOOP("DomainText", "{amount}元/{unit}"), amount=format_yuan(fen), unit=unit)


def publicity_finding(period: Period) -> FeeFinding:
    unpublicised = text(QT_TRANSLATE_NOOP("DomainText", "现行收费标准（自 {start} 起执行）尚未登记公示。"),
                        start=period.start)
    return FeeFinding("FEE-UNPUBLICISED", str(unpublicised), text=unpublicised)


def frequency_finding(starts: Sequence[dt.date], rules: FeeRules, as_of: dt.date) -> FeeFinding | None:
    """Flag more changes within the window than the district allows (off while max_changes is None)."""
    if rules.max_changes is None or len(starts) < 2:
        return None
    since = months_before(as_of, rules.window_months)
    changes = sum(1 for start in sorted(starts)[1:] if since < start <= as_of)
    if changes <= rules.max_changes:
        return None
    often = text(QT_TRANSLATE_NOOP("DomainText", "近{months}个月内调整收费标准{changes}次，超过辖区规定的{max}次（{rules}）。"),
                 months=rules.window_months, changes=changes, max=rules.max_changes, rules=rules.source_text)
    return FeeFinding("FEE-FREQUENCY", str(often), text=often)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (clamped to the month's last day)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
