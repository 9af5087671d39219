"""Property-based tests of the validators: no crash on any input, check characters catch typing errors."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum.cn import uscc as stdnum_uscc

from workstation.domain.enums import LegalNature
from workstation.domain.errors import ValidationError
from workstation.domain.validators import (
    uscc_nature_warning,
    uscc_org_code_warning,
    validate_county_code,
    validate_division_code,
    validate_phone,
    validate_resident_id,
    validate_street_code,
    validate_uscc,
)

# The autouse fixture of conftest.py only sets environment variables, so sharing it between examples is safe.
PROPERTY = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
RIC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
PROVINCES = [
    *"11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65".split(),
]
TODAY = dt.date(2025, 3, 15)
COUNTY = "500107"
CJK = re.compile(r"[\u4e00-\u9fff]")


def uscc_check(body: str) -> str:
    """domain.md §13.1, written out independently of the code under test."""
    s = sum(ALPHABET.index(c) * w for c, w in zip(body[:17], USCC_WEIGHTS, strict=True))
    return ALPHABET[(31 - s % 31) % 31]


def org_code_check(org8: str) -> str:
    s = sum(int(c, 36) * w for c, w in zip(org8, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    r = 11 - s % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def ric_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, RIC_WEIGHTS, strict=True)) % 11]


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


# --- strategies ----------------------------------------------------------------------------------


@st.composite
def valid_usccs(draw: st.DrawFn) -> str:
    head = draw(st.text(alphabet=ALPHABET, min_size=2, max_size=2))
    division = draw(st.sampled_from(PROVINCES)) + draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    subject = draw(st.text(alphabet=ALPHABET, min_size=9, max_size=9))
    body = head + division + subject
    return body + stdnum_uscc.calc_check_digit(body)


@st.composite
def valid_resident_ids(draw: st.DrawFn) -> str:
    address = draw(st.sampled_from(["110105", "500107", "440305", "650102", "310115"]))
    birth = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY))
    sequence = draw(st.text(alphabet="0123456789", min_size=3, max_size=3))
    body = address + birth.strftime("%Y%m%d") + sequence
    return body + ric_check(body)


# Characters that make trouble in codes: full-width forms, odd digits (², ٣, ①), case-folding traps
# (ß → SS, ﬀ → FF, ı → I), separators, controls, CJK.
TRICKY = (
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz"
    "０１２３４５６７８９ＡＢＸＹＺａｂｘｚ－＋（）"
    "\u3000 \t\n\r\x00\x1c\x7f\u00a0\u200b-+()/_.,"
    "²³¹٠١٢٣४५੬①⑩ßﬀıſİ中托育〇零"
)
# Characters for which str.isdigit() is True although they are not ASCII digits, mixed with ASCII digits.
DIGITISH = "0123456789" * 3 + "²³¹٠١٢٣०५੬０１２" + "X-"
NEAR_VALID_SEEDS = [
    "91110108551385082Q",
    "91350100M000100Y43",
    "52110105MA0000AB04",
    "121101054000000188",
    "11010519491231002X",
    "110105491231002",
    "110108000000016",
    "500107",
    "500107001",
    "500107001001",
    "500100",
    "13812345678",
    "023-12345678",
    "+86 0755-1234567",
]


@st.composite
def near_valid(draw: st.DrawFn) -> str:
    text = draw(st.one_of(st.sampled_from(NEAR_VALID_SEEDS), valid_usccs(), valid_resident_ids()))
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(
            st.sampled_from(["insert", "delete", "replace", "digit", "fullwidth", "lower", "truncate"])
        )
        i = draw(st.integers(0, max(len(text) - 1, 0)))
        c = draw(st.sampled_from(TRICKY))
        if kind == "digit":
            kind, c = "replace", draw(st.sampled_from("²³¹٠١٢٣०५੬"))
        if kind == "insert":
            text = text[:i] + c + text[i:]
        elif kind == "delete":
            text = text[:i] + text[i + 1 :]
        elif kind == "replace":
            text = text[:i] + c + text[i + 1 :]
        elif kind == "fullwidth":
            text = fullwidth(text)
        elif kind == "lower":
            text = text.lower()
        else:
            text = text[:i]
    return text


any_input = st.one_of(
    st.text(),  # all of Unicode except surrogates, control characters included
    st.text(alphabet=TRICKY, max_size=25),
    st.text(alphabet=DIGITISH, min_size=5, max_size=19),
    near_valid(),
)


# --- every validator: only ValidationError, with a Chinese message; accepted output is canonical --------


def _uscc_ok(out: str) -> bool:
    return bool(re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}", out)) and (
        uscc_check(out) == out[17]
    )


def _ric_ok(out: str) -> bool:
    if not re.fullmatch(r"[0-9]{17}[0-9X]", out) or ric_check(out[:17]) != out[17]:
        return False
    return dt.datetime.strptime(out[6:14], "%Y%m%d").date() <= TODAY


def _phone_ok(out: str) -> bool:
    if re.fullmatch(r"1[3-9][0-9]{9}", out):
        return True
    digits = out.replace("-", "")
    return bool(re.fullmatch(r"0[0-9-]*", out)) and 10 <= len(digits) <= 18


VALIDATORS: dict[str, tuple[Callable[[str], str], Callable[[str], bool]]] = {
    "uscc": (validate_uscc, _uscc_ok),
    "resident_id": (lambda v: validate_resident_id(v, today=TODAY), _ric_ok),
    "division": (validate_division_code, lambda o: bool(re.fullmatch(r"[0-9]{6}|[0-9]{9}|[0-9]{12}", o))),
    "county": (validate_county_code, lambda o: bool(re.fullmatch(r"[0-9]{4}(?!00)[0-9]{2}", o))),
    "street": (
        lambda v: validate_street_code(v, COUNTY),
        lambda o: bool(re.fullmatch(COUNTY + r"[0-9]{3}", o)),
    ),
    "phone": (validate_phone, _phone_ok),
}


@pytest.mark.parametrize("name", list(VALIDATORS))
@PROPERTY
@given(value=any_input)
def test_only_validation_error_escapes_and_output_is_canonical(name: str, value: str) -> None:
    validate, canonical = VALIDATORS[name]
    try:
        out = validate(value)
    except ValidationError as err:
        assert isinstance(err.message, str) and err.message.strip(), repr(err.message)
        assert CJK.search(err.message), err.message
        return
    assert isinstance(out, str)
    assert out.isascii(), out
    assert canonical(out), out
    assert validate(out) == out  # idempotent


@pytest.mark.parametrize("name", list(VALIDATORS))
@PROPERTY
@given(value=st.one_of(st.none(), st.just(""), st.text(alphabet=" \t\n\r\u3000\u00a0\x1c-", max_size=8)))
def test_blank_input_is_refused_with_a_message(name: str, value: str | None) -> None:
    validate, _ = VALIDATORS[name]
    with pytest.raises(ValidationError) as info:
        validate(value)  # type: ignore[arg-type]
    assert CJK.search(info.value.message)


@PROPERTY
@given(value=any_input, nature=st.one_of(st.none(), st.sampled_from(list(LegalNature))))
def test_warnings_never_raise(value: str, nature: LegalNature | None) -> None:
    for warning in (uscc_org_code_warning(value), uscc_nature_warning(value, nature)):
        assert warning is None or CJK.search(str(warning))


# --- USCC check character ------------------------------------------------------------------------------


@PROPERTY
@given(code=valid_usccs())
def test_valid_uscc_returned_unchanged(code: str) -> None:
    assert uscc_check(code) == code[17]  # stdnum and domain.md agree
    assert validate_uscc(code) == code


@PROPERTY
@given(code=valid_usccs(), data=st.data())
def test_single_substitution_always_rejected(code: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, 17), label="position")
    c = data.draw(st.sampled_from(ALPHABET).filter(lambda ch: ch != code[i]), label="replacement")
    with pytest.raises(ValidationError):
        validate_uscc(code[:i] + c + code[i + 1 :])


@PROPERTY
@given(code=valid_usccs(), data=st.data())
def test_adjacent_transposition_always_rejected(code: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, 16), label="position")
    assume(code[i] != code[i + 1])
    with pytest.raises(ValidationError):
        validate_uscc(code[:i] + code[i + 1] + code[i] + code[i + 2 :])


@PROPERTY
@given(code=valid_usccs(), data=st.data())
def test_wrong_check_char_message_names_the_right_one(code: str, data: st.DataObject) -> None:
    wrong = data.draw(st.sampled_from(ALPHABET).filter(lambda ch: ch != code[17]))
    with pytest.raises(ValidationError) as info:
        validate_uscc(code[:17] + wrong)
    assert f"“{code[17]}”" in info.value.message


@PROPERTY
@given(code=valid_usccs())
def test_full_width_round_trip(code: str) -> None:
    assert validate_uscc(fullwidth(code)) == code
    assert validate_uscc(fullwidth(code.lower())) == code
    assert validate_uscc(" " + code[:6] + "\u3000" + code[6:12] + "-" + code[12:].lower() + "\t") == code


@PROPERTY
@given(code=valid_usccs())
def test_org_code_warning_agrees_with_gb11714(code: str) -> None:
    warning = uscc_org_code_warning(code)
    if org_code_check(code[8:16]) == code[16]:
        assert warning is None
    else:
        assert warning and "组织机构代码" in warning


# --- resident ID check digit -----------------------------------------------------------------------------


@PROPERTY
@given(number=valid_resident_ids())
def test_valid_resident_id_returned_unchanged(number: str) -> None:
    assert validate_resident_id(number, today=TODAY) == number
    assert validate_resident_id(fullwidth(number.lower()), today=TODAY) == number


@PROPERTY
@given(number=valid_resident_ids(), data=st.data())
def test_resident_id_single_substitution_always_rejected(number: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, 17), label="position")
    c = data.draw(st.sampled_from("0123456789X").filter(lambda ch: ch != number[i]), label="replacement")
    with pytest.raises(ValidationError):
        validate_resident_id(number[:i] + c + number[i + 1 :], today=TODAY)


@PROPERTY
@given(
    address=st.sampled_from(["110105", "500107", "440305"]),
    birth=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(1999, 12, 31)),
    sequence=st.text(alphabet="0123456789", min_size=3, max_size=3),
)
def test_15_digit_legacy_upgrade(address: str, birth: dt.date, sequence: str) -> None:
    legacy = address + birth.strftime("%y%m%d") + sequence
    body = address + birth.strftime("%Y%m%d") + sequence
    assert validate_resident_id(legacy, today=TODAY) == body + ric_check(body)
