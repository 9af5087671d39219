"""Validators for codes a clerk types: USCC, resident ID, division codes, phones.

Each returns the normalised value or raises ValidationError with a precise Chinese message.
"""

from __future__ import annotations

import datetime as _dt
import re

from workstation.domain.enums import LegalNature
from workstation.domain.errors import ValidationError
from workstation.domain.normalize import compact_code, to_halfwidth
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_FORMAT = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
_USCC_VALUES = {c: i for i, c in enumerate(USCC_ALPHABET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$", re.ASCII)

# pos1-2 of the USCC that each legal nature is expected to carry (domain.md §13.1).
USCC_PREFIXES: dict[LegalNature, tuple[str, ...]] = {
    LegalNature.PUBLIC_INSTITUTION: ("12",),
    LegalNature.SOCIAL_SERVICE: ("52",),
    LegalNature.FOR_PROFIT: ("91",),
    LegalNature.INDIVIDUAL_BUSINESS: ("92",),
}


def _ascii_digits(text: str) -> bool:
    """True when `text` is non-empty and only ASCII 0-9 (str.isdigit also accepts ², ٣ …)."""
    return text.isascii() and text.isdigit()


def validate_uscc(value: str | None, field: str = "uscc") -> str:
    """Return the normalised 18-character USCC or raise ValidationError."""
    code = compact_code(value)
    if not code:
        raise ValidationError("请填写统一社会信用代码。", field)
    if len(code) == 15 and _ascii_digits(code):
        raise ValidationError("这是15位旧工商注册号，不是统一社会信用代码（应为18位）。", field)
    if len(code) != 18:
        raise ValidationError(f"统一社会信用代码应为18位，当前为{len(code)}位。", field)
    bad = sorted({c for c in code if c not in USCC_ALPHABET})
    if bad:
        raise ValidationError(
            f"统一社会信用代码含有不允许的字符：{'、'.join(bad)}（不使用 I、O、S、V、Z）。", field
        )
    if not _USCC_FORMAT.match(code):
        raise ValidationError("统一社会信用代码第3–8位应为6位行政区划数字代码。", field)
    # Only the check character is left to test. Not stdnum's uscc.validate: it demands digits in
    # positions 1-2 as well and so refuses valid codes whose registration-department / category
    # characters are letters (e.g. "Y1…", "N2…", all in the alphabet of GB 32100).
    expected = uscc_check_character(code[:17])
    if code[17] != expected:
        raise ValidationError(
            f"统一社会信用代码校验位错误：最后一位应为“{expected}”，请核对证照。", field
        )
    return code


def uscc_check_character(first17: str) -> str:
    """GB 32100's check character of the first 17 characters (already in USCC_ALPHABET, upper case).

    The same as stdnum's uscc.calc_check_digit without its per-character cleaning (about 60 ms CPU of a
    10,000-row push file's preview, and of receiving it in the inbox).
    """
    total = sum(_USCC_VALUES[c] * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total) % 31]


def uscc_nature_warning(code: str, nature: LegalNature | None) -> Text | None:
    """A warning when the USCC's first two characters do not fit the legal nature, else None."""
    expected = USCC_PREFIXES.get(nature) if nature else None
    if not expected or code[:2] in expected:
        return None
    return text(QT_TRANSLATE_NOOP(
        "DomainText", "统一社会信用代码前两位为“{prefix}”，与机构性质“{nature}”通常对应的“{allowed}”不一致，请核对或填写理由。"),
        prefix=code[:2], nature=nature, allowed="或".join(expected))


def uscc_area_warning(code: str, district_code: str | None) -> Text | None:
    """A warning when the USCC's registering authority (positions 3-8) lies outside the district's
    prefecture, else None. The authority may be the city's or the province's own (domain.md §13.1)."""
    district = compact_code(district_code)
    area = code[2:8]
    if len(district) < 6 or area[:4] == district[:4] or area == district[:2] + "0000":
        return None
    return text(QT_TRANSLATE_NOOP(
        "DomainText", "统一社会信用代码第3–8位“{area}”表明登记机关不在本辖区（{district}）所属地市，请核对机构是否位于本辖区。"),
        area=area, district=district)


def uscc_org_code_warning(code: str) -> str | None:
    """A warning when positions 9-17 fail the organisation-code check (legacy data), else None."""
    org = code[8:17]
    if len(org) != 9:
        return "统一社会信用代码第9–17位（组织机构代码）格式异常。"
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    try:
        total = sum(int(c, 36) * w for c, w in zip(org[:8], weights, strict=True))
    except ValueError:
        return "统一社会信用代码第9–17位（组织机构代码）格式异常。"
    r = 11 - total % 11
    check = "X" if r == 10 else "0" if r == 11 else str(r)
    if org[8] != check:
        return "统一社会信用代码第9–17位（组织机构代码）校验不符，可能是历史数据，请核对。"
    return None


def validate_resident_id(value: str | None, field: str = "id_no", today: _dt.date | None = None) -> str:
    """Return the normalised 18-character resident ID number or raise ValidationError."""
    number = compact_code(value)
    if not number:
        raise ValidationError("请填写身份证号码。", field)
    if len(number) == 15 and _ascii_digits(number):
        number = _upgrade_15_digit(number)
    if len(number) != 18:
        raise ValidationError(f"身份证号码应为18位，当前为{len(number)}位。", field)
    if not (_ascii_digits(number[:17]) and (_ascii_digits(number[17]) or number[17] == "X")):
        raise ValidationError("身份证号码前17位应为数字，最后一位为数字或X。", field)
    ric, errors = _stdnum_ric()
    try:
        birth = ric.get_birth_date(number)
    except errors.ValidationError:
        raise ValidationError(f"身份证号码中的出生日期“{number[6:14]}”不是有效日期。", field) from None
    if birth > (today or _dt.date.today()):
        raise ValidationError("身份证号码中的出生日期晚于今天。", field)
    if ric.calc_check_digit(number) != number[17]:
        raise ValidationError(
            f"身份证号码校验位错误：最后一位应为“{ric.calc_check_digit(number)}”。", field
        )
    return number


def _upgrade_15_digit(number: str) -> str:
    body = number[:6] + "19" + number[6:]
    return body + _stdnum_ric()[0].calc_check_digit(body + "0")


def _stdnum_ric():  # -> (stdnum.cn.ric, stdnum.exceptions)
    """Loaded on the first ID number checked: stdnum imports pydoc and ssl (about 20 ms of a start
    that checks none)."""
    from stdnum import exceptions
    from stdnum.cn import ric

    return ric, exceptions


def validate_division_code(value: str | None, field: str = "division_code") -> str:
    """Return a 6-digit county-level (or 9/12-digit sub-county) division code or raise."""
    code = compact_code(value)
    if not code:
        raise ValidationError("请填写行政区划代码。", field)
    if not _ascii_digits(code) or len(code) not in (6, 9, 12):
        raise ValidationError("行政区划代码应为6位（区县）或9位、12位（街道乡镇、村居）数字。", field)
    province = int(code[:2])
    if not (11 <= province <= 65 or province in (71, 81, 82)):
        raise ValidationError(f"行政区划代码前两位“{code[:2]}”不是有效的省级代码。", field)
    if code[2:4] == "00" and code[4:6] != "00":
        raise ValidationError("行政区划代码第3–4位（地市）不能为00。", field)
    return code


def validate_county_code(value: str | None, field: str = "division_code") -> str:
    """A 6-digit district/county code (not a province or prefecture code)."""
    code = validate_division_code(value, field)
    if len(code) != 6:
        raise ValidationError("区县行政区划代码应为6位数字。", field)
    if code.endswith("00"):
        raise ValidationError("这是省或地市代码，区县代码最后两位不能为00。", field)
    return code


def validate_street_code(value: str | None, county: str, field: str = "street_code") -> str:
    """A 9-digit street/township code inside `county`."""
    code = validate_division_code(value, field)
    if len(code) != 9:
        raise ValidationError("街道（乡镇）代码应为9位数字（区县代码 + 3位）。", field)
    if code[:6] != compact_code(county):
        raise ValidationError(f"街道（乡镇）代码应以本区县代码“{county}”开头。", field)
    return code


def phone_normal_form(value: str) -> str:
    """The one stored form of a phone: a mobile as its 11 digits (+86, spaces, brackets and dashes
    gone), a landline as validated; a value that is no phone is returned as given (the checks refuse it)."""
    if not value:
        return value
    try:
        return validate_phone(value)
    except ValidationError:
        return value


def validate_phone(value: str | None, field: str = "phone") -> str:
    """Return a mobile (11 digits) or landline (with area code) number or raise."""
    raw = re.sub(r"[\s()]", "", to_halfwidth(str(value or "")))
    if not raw:
        raise ValidationError("请填写联系电话。", field)
    if raw.startswith("+86"):
        raw = raw[3:].lstrip("-")
    if raw.startswith("1"):
        mobile = raw.replace("-", "")  # 138-1234-5678 is a common way of writing a mobile
        if _MOBILE.match(mobile):
            return mobile
        raise ValidationError("手机号码应为以1开头的11位数字（第二位为3–9）。", field)
    if raw.startswith("0"):
        digits = raw.replace("-", "")
        if _LANDLINE.match(raw) or (_ascii_digits(digits) and 10 <= len(digits) <= 12):
            return raw
    raise ValidationError("固定电话应带区号，例如 023-12345678；手机号码为11位。", field)
