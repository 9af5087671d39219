"""Cell values of a pushed registration file → clean text, dates, codes, natures and organs."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re

from workstation.domain.enums import LegalNature, RegistrationOrganKind
from workstation.domain.errors import ValidationError
from workstation.domain.normalize import clean_text
from workstation.domain.validators import validate_uscc

# C0 controls other than tab/newline/CR: never stored, and openpyxl refuses to write them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\r\n\u3000]+")
_DATE_PARTS = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_DATE_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIALS = range(367, 2958466)  # 1901-01-01 … 9999-12-31 as Excel day numbers
DATE_LABEL = "成立（登记）日期"

# pos1-2 of the USCC -> legal nature, when the file has no nature column (domain.md §13.1).
NATURE_BY_PREFIX: dict[str, LegalNature] = {
    "12": LegalNature.PUBLIC_INSTITUTION,
    "52": LegalNature.SOCIAL_SERVICE,
    "91": LegalNature.FOR_PROFIT,
    "92": LegalNature.INDIVIDUAL_BUSINESS,
}
# Keywords tried in order: the non-profit words come before 企业/营利, which they contain.
_NATURE_WORDS: tuple[tuple[tuple[str, ...], LegalNature], ...] = (
    (("个体",), LegalNature.INDIVIDUAL_BUSINESS),
    (("事业",), LegalNature.PUBLIC_INSTITUTION),
    (("民办非企业", "民非", "社会服务", "非营利", "非企业"), LegalNature.SOCIAL_SERVICE),
    (("公司", "企业", "营利", "合伙", "独资"), LegalNature.FOR_PROFIT),
)
_ORGAN_WORDS: tuple[tuple[tuple[str, ...], RegistrationOrganKind], ...] = (
    (("编办", "机构编制", "编制委员会"), RegistrationOrganKind.STAFFING_OFFICE),
    (("民政",), RegistrationOrganKind.CIVIL_AFFAIRS),
    (("市场监督", "市场监管", "工商"), RegistrationOrganKind.MARKET_REGULATION),
    (("行政审批", "审批局", "审批服务"), RegistrationOrganKind.ADMIN_APPROVAL),
)


def cell_text(value: object) -> str:
    """One-line text of a cell: half-width, trimmed, inner spaces collapsed, no control characters."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    return clean_text(_CONTROL.sub("", str(value)))


def free_text(value: object) -> str:
    """Prose such as a business scope: spaces tidied, Chinese punctuation kept as written."""
    if value is None:
        return ""
    return _SPACES.sub(" ", _CONTROL.sub("", str(value))).strip()


def uscc_of(value: object) -> str:
    """The normalised USCC in a cell, or ValidationError (a number cell has lost digits)."""
    if isinstance(value, float) and not (math.isfinite(value) and abs(value) < 1e15 and value.is_integer()):
        raise ValidationError(
            "统一社会信用代码被存成了数字，已丢失位数；请把该列设为“文本”格式后重新导出。", "uscc"
        )
    return validate_uscc(cell_text(value))


def date_of(value: object, today: dt.date) -> dt.date | None:
    """The date in a cell (Excel date, day number or Chinese text form), None when blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    day = _as_date(value)
    if day is None:
        raise ValidationError(
            f"{DATE_LABEL}“{cell_text(value)}”无法识别，请写成 2024-03-05 或 2024年3月5日。", "registered_at"
        )
    if day.year < 1900:
        raise ValidationError(f"{DATE_LABEL}“{day.isoformat()}”早于1900年，请核对。", "registered_at")
    if day > today:
        raise ValidationError(f"{DATE_LABEL}“{day.isoformat()}”晚于今天，请核对。", "registered_at")
    return day


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    if isinstance(value, (int, float)):
        return _number_date(value)
    return _text_date(cell_text(value))


def _number_date(value: float) -> dt.date | None:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    whole = int(value)
    if whole == value and 10_000_000 <= whole <= 99_999_999:
        return _text_date(str(whole))  # 20240305 typed as a number
    if whole in _SERIALS:
        return _EXCEL_EPOCH + dt.timedelta(days=whole)
    return None


def _text_date(text: str) -> dt.date | None:
    match = _DATE_PARTS.match(text) or _DATE_DIGITS.match(text)
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


@functools.lru_cache(maxsize=512)  # a push file repeats a handful of texts thousands of times
def nature_of(text: str) -> LegalNature | None:
    """The legal nature a 性质/类型 text names, None when it names none."""
    member = LegalNature.from_label(text)
    if member is not None:
        return member  # type: ignore[return-value]
    for words, nature in _NATURE_WORDS:
        if any(word in text for word in words):
            return nature
    return None


@functools.lru_cache(maxsize=512)
def organ_of(text: str) -> RegistrationOrganKind | None:
    """The kind of registration organ a 登记机关 text names, None when it names none."""
    member = RegistrationOrganKind.from_label(text)
    if member is not None:
        return member  # type: ignore[return-value]
    for words, organ in _ORGAN_WORDS:
        if any(word in text for word in words):
            return organ
    return None
