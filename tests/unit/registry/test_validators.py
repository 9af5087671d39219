"""Validators for the codes a clerk types (domain.md §13): USCC, resident ID, division codes, phones.

Messages are asserted on key words only, so that wording can be improved without breaking tests.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

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

# --- independent reference implementations of domain.md §13 (deliberately not stdnum) --------------

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
RIC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check(body: str) -> str:
    s = sum(ALPHABET.index(c) * w for c, w in zip(body[:17], USCC_WEIGHTS, strict=True))
    return ALPHABET[(31 - s % 31) % 31]


def with_uscc_check(body: str) -> str:
    return body + uscc_check(body)


def org_code_check(org8: str) -> str:
    s = sum(int(c, 36) * w for c, w in zip(org8, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    r = 11 - s % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def ric_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, RIC_WEIGHTS, strict=True)) % 11]


def with_ric_check(body17: str) -> str:
    return body17 + ric_check(body17)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


def rejected(func, *args, **kwargs) -> ValidationError:
    """Call `func`, which must raise ValidationError with a Chinese message; return the error."""
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    message = info.value.message
    assert message and re.search(r"[\u4e00-\u9fff]", message), message
    return info.value


REAL_USCC = ["91110108551385082Q", "91350100M000100Y43", "91110000710926094P"]
SYNTHETIC_USCC = ["52110105MA0000AB04", "121101054000000188", "91110105MA01ABCD5F"]
USCC_92 = with_uscc_check("92110105MA01ABCD5")  # a 个体工商户 code built for the tests


# --- reference self-checks: the vectors of domain.md satisfy the documented algorithms -------------


@pytest.mark.parametrize("code", REAL_USCC + SYNTHETIC_USCC)
def test_reference_algorithm_agrees_with_domain_vectors(code: str) -> None:
    assert uscc_check(code) == code[17]


def test_reference_ric_check_on_domain_vector() -> None:
    assert with_ric_check("11010519491231002") == "11010519491231002X"


# --- validate_uscc -----------------------------------------------------------------------------------


class TestValidateUscc:
    @pytest.mark.parametrize("code", REAL_USCC + SYNTHETIC_USCC + [USCC_92])
    def test_domain_vectors_pass_unchanged(self, code: str) -> None:
        assert validate_uscc(code) == code

    @pytest.mark.parametrize(
        "body",
        [
            "Y1500107MA01ABCD5",  # Y = 其他 registration department (domain.md §13.1)
            "N2500107MA01ABCD5",
            "A1110105MA01ABCD5",
            "5Y500107MA01ABCD5",
        ],
    )
    def test_letters_in_positions_1_2_are_allowed(self, body: str) -> None:
        # Positions 1-2 come from the 31-symbol alphabet, not only digits.
        code = with_uscc_check(body)
        assert validate_uscc(code) == code

    @pytest.mark.parametrize(
        "typed",
        [
            " 91110108551385082q ",
            "91110108551385082q",
            "9111 0108 5513 8508 2Q",
            "9111-0108-5513-8508-2Q",
            "\t91110108551385082Q\n",
            "\u300091110108551385082Q\u3000",
            fullwidth("91110108551385082Q"),
            fullwidth("91110108551385082q"),
            fullwidth("9111 0108 5513 8508 2Q"),
        ],
    )
    def test_typed_variants_normalise(self, typed: str) -> None:
        assert validate_uscc(typed) == "91110108551385082Q"

    def test_lower_case_letters_in_body_normalise(self) -> None:
        assert validate_uscc("91350100m000100y43") == "91350100M000100Y43"
        assert validate_uscc(fullwidth("52110105ma0000ab04")) == "52110105MA0000AB04"

    @pytest.mark.parametrize("code", REAL_USCC + SYNTHETIC_USCC)
    def test_wrong_check_char_names_the_expected_one(self, code: str) -> None:
        wrong = next(c for c in "0123456789ABCDEF" if c != code[17])
        err = rejected(validate_uscc, code[:17] + wrong)
        assert "校验" in err.message
        assert f"“{code[17]}”" in err.message
        assert err.field == "uscc"

    def test_field_name_is_passed_through(self) -> None:
        assert rejected(validate_uscc, "123", field="credit_code").field == "credit_code"

    @pytest.mark.parametrize("value", [None, "", "   ", "\u3000", " - "])
    def test_empty_is_asked_for(self, value) -> None:
        assert "填写" in rejected(validate_uscc, value).message

    @pytest.mark.parametrize("old", ["110108000000016", "500107600123456", fullwidth("110108000000016")])
    def test_old_15_digit_registration_number_has_own_message(self, old: str) -> None:
        message = rejected(validate_uscc, old).message
        assert "注册号" in message
        assert "15" in message

    def test_15_characters_with_letters_is_just_wrong_length(self) -> None:
        message = rejected(validate_uscc, "91110108551385X").message
        assert "注册号" not in message
        assert "15" in message

    @pytest.mark.parametrize("letter", list("IOSVZ"))
    def test_forbidden_letter_is_named(self, letter: str) -> None:
        code = "91110108551385082Q"
        bad = code[:10] + letter + code[11:]
        message = rejected(validate_uscc, bad).message
        assert "不允许" in message or "不使用" in message
        # The letter must be named as the offending one, not only in a fixed list of all five.
        assert letter in message.replace("I、O、S、V、Z", "")

    def test_all_forbidden_letters_named_and_lower_case_folded(self) -> None:
        message = rejected(validate_uscc, "9111010855138508oz").message
        named = message.replace("I、O、S、V、Z", "")
        assert "O" in named and "Z" in named

    def test_non_ascii_character_is_named(self) -> None:
        message = rejected(validate_uscc, "91110108551385082中").message
        assert "中" in message

    @pytest.mark.parametrize("length", [1, 16, 17, 19, 20, 36])
    def test_wrong_length_states_length(self, length: int) -> None:
        value = ("91110108551385082Q" * 2)[:length]
        message = rejected(validate_uscc, value).message
        assert "18" in message
        assert str(length) in message

    def test_length_is_counted_after_normalisation(self) -> None:
        message = rejected(validate_uscc, fullwidth(" 9111 0108 5513 8508 2 ")).message
        assert "17" in message

    @pytest.mark.parametrize("pos", range(2, 8))
    def test_letter_in_division_part_refused(self, pos: int) -> None:
        body = "91110108551385082"
        code = with_uscc_check(body[:pos] + "A" + body[pos + 1 :])
        message = rejected(validate_uscc, code).message
        assert "行政区划" in message or "3–8" in message


CODES_BY_PREFIX = {
    "12": "121101054000000188",
    "52": "52110105MA0000AB04",
    "91": "91110108551385082Q",
    "92": USCC_92,
}
PREFIX_FOR_NATURE = {
    LegalNature.PUBLIC_INSTITUTION: "12",
    LegalNature.SOCIAL_SERVICE: "52",
    LegalNature.FOR_PROFIT: "91",
    LegalNature.INDIVIDUAL_BUSINESS: "92",
}


class TestUsccNatureWarning:
    CODES = CODES_BY_PREFIX
    EXPECTED = PREFIX_FOR_NATURE

    @pytest.mark.parametrize("nature", list(PREFIX_FOR_NATURE))
    def test_none_on_match(self, nature: LegalNature) -> None:
        assert uscc_nature_warning(self.CODES[self.EXPECTED[nature]], nature) is None

    @pytest.mark.parametrize(
        ("nature", "prefix"),
        [(n, p) for n, expected in PREFIX_FOR_NATURE.items() for p in CODES_BY_PREFIX if p != expected],
    )
    def test_fires_on_mismatch(self, nature: LegalNature, prefix: str) -> None:
        warning = str(uscc_nature_warning(self.CODES[prefix], nature))  # a Text: its Chinese
        assert warning
        assert f"“{prefix}”" in warning  # the code's actual prefix
        assert self.EXPECTED[nature] in warning  # what the nature calls for
        assert nature.zh in warning

    @pytest.mark.parametrize("prefix", list(CODES_BY_PREFIX))
    def test_other_and_unknown_nature_never_warn(self, prefix: str) -> None:
        assert uscc_nature_warning(self.CODES[prefix], LegalNature.OTHER) is None
        assert uscc_nature_warning(self.CODES[prefix], None) is None

    def test_letter_prefix_code_warns_for_every_specific_nature(self) -> None:
        code = with_uscc_check("Y1500107MA01ABCD5")
        for nature in self.EXPECTED:
            assert uscc_nature_warning(code, nature)


class TestUsccOrgCodeWarning:
    @pytest.mark.parametrize("code", REAL_USCC + SYNTHETIC_USCC)
    def test_none_for_domain_vectors(self, code: str) -> None:
        assert org_code_check(code[8:16]) == code[16]  # reference agrees with the real data
        assert uscc_org_code_warning(code) is None

    @pytest.mark.parametrize("code", REAL_USCC + SYNTHETIC_USCC)
    def test_fires_when_positions_9_to_17_fail_gb11714(self, code: str) -> None:
        wrong = next(c for c in "0123456789X" if c != code[16])
        tampered = with_uscc_check(code[:16] + wrong)
        assert validate_uscc(tampered) == tampered  # the USCC check itself still passes
        warning = uscc_org_code_warning(tampered)
        assert warning and "组织机构代码" in warning

    def test_r_equal_10_gives_x_and_r_equal_11_gives_0(self) -> None:
        # Find bodies whose remainder yields X and 0 and make sure both are accepted.
        found = {}
        for n in range(100000):
            org8 = f"{n:08d}"
            found.setdefault(org_code_check(org8), org8)
            if "X" in found and "0" in found:
                break
        for check in ("X", "0"):
            code = with_uscc_check("91500107" + found[check] + check)
            assert uscc_org_code_warning(code) is None
            other = "1" if check != "1" else "2"
            assert uscc_org_code_warning(with_uscc_check("91500107" + found[check] + other))

    @pytest.mark.parametrize("value", ["", "9150010712345678", "915001071234567", "91500107_2345678Q9"])
    def test_short_or_malformed_input_warns_instead_of_crashing(self, value: str) -> None:
        warning = uscc_org_code_warning(value)
        assert warning and "组织机构代码" in warning


# --- validate_resident_id ---------------------------------------------------------------------------


class TestValidateResidentId:
    TODAY = dt.date(2024, 6, 1)

    def test_domain_vector_valid(self) -> None:
        assert validate_resident_id("11010519491231002X") == "11010519491231002X"

    @pytest.mark.parametrize(
        "typed",
        [
            "11010519491231002x",
            " 110105 19491231 002x ",
            fullwidth("11010519491231002x"),
            "110105-19491231-002X",
        ],
    )
    def test_typed_variants_normalise(self, typed: str) -> None:
        assert validate_resident_id(typed) == "11010519491231002X"

    def test_numeric_check_digit_valid(self) -> None:
        number = with_ric_check("50010719900307123")
        assert number[17].isdigit() or number[17] == "X"
        assert validate_resident_id(number, today=self.TODAY) == number

    @pytest.mark.parametrize("wrong", ["0", "1", "9"])
    def test_wrong_check_digit_names_the_expected_one(self, wrong: str) -> None:
        err = rejected(validate_resident_id, "11010519491231002" + wrong)
        assert "校验" in err.message
        assert "“X”" in err.message
        assert err.field == "id_no"

    def test_x_where_a_digit_is_expected(self) -> None:
        number = with_ric_check("50010719900307123")
        assert number[17] != "X"
        message = rejected(validate_resident_id, number[:17] + "X", today=self.TODAY).message
        assert f"“{number[17]}”" in message

    @pytest.mark.parametrize("date", ["19990230", "19991301", "19990001", "19990100", "20230229", "00000101"])
    def test_impossible_birth_date(self, date: str) -> None:
        number = with_ric_check("500107" + date + "123")  # correct check: only the date is wrong
        message = rejected(validate_resident_id, number, today=self.TODAY).message
        assert "出生日期" in message
        assert date in message

    def test_leap_day_is_a_real_date(self) -> None:
        number = with_ric_check("50010720200229123")
        assert validate_resident_id(number, today=self.TODAY) == number

    def test_future_birth_date_refused(self) -> None:
        number = with_ric_check("50010720240602123")
        message = rejected(validate_resident_id, number, today=self.TODAY).message
        assert "出生日期" in message
        assert "晚于" in message or "未来" in message

    def test_birth_today_accepted_and_today_parameter_is_used(self) -> None:
        number = with_ric_check("50010720240601123")
        assert validate_resident_id(number, today=self.TODAY) == number
        # The same number was in the future the day before.
        rejected(validate_resident_id, number, today=self.TODAY - dt.timedelta(days=1))

    @pytest.mark.parametrize(
        ("legacy", "body17"),
        [("110105491231002", "11010519491231002"), ("500107850307123", "50010719850307123")],
    )
    def test_15_digit_legacy_upgraded(self, legacy: str, body17: str) -> None:
        assert validate_resident_id(legacy) == with_ric_check(body17)
        assert validate_resident_id(fullwidth(legacy)) == with_ric_check(body17)

    def test_15_digit_legacy_with_impossible_date(self) -> None:
        message = rejected(validate_resident_id, "500107990230123").message
        assert "19990230" in message

    @pytest.mark.parametrize(
        "value", ["1101051949123100", "110105194912310021X", "1101051949123", "11010519491231002XX"]
    )
    def test_wrong_length_states_length(self, value: str) -> None:
        message = rejected(validate_resident_id, value).message
        assert "18" in message
        assert str(len(value)) in message

    @pytest.mark.parametrize(
        "value",
        [
            "1101051949123100AX",
            "X10105194912310021",
            "11010519491231002Y",
            "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X",  # Arabic-Indic digits: str.isdigit() is True, but not an ID number
            "110105194912²1002X",  # superscript two
        ],
    )
    def test_non_digits_refused(self, value: str) -> None:
        message = rejected(validate_resident_id, value).message
        assert "数字" in message

    @pytest.mark.parametrize("value", ["١١٠١٠٥٤٩١٢٣١٠٠٢", "11010549123100²"])
    def test_non_ascii_15_digit_refused(self, value: str) -> None:
        rejected(validate_resident_id, value)

    @pytest.mark.parametrize("value", [None, "", "  ", "\u3000"])
    def test_empty_is_asked_for(self, value) -> None:
        assert "填写" in rejected(validate_resident_id, value).message


# --- division codes -------------------------------------------------------------------------------


class TestValidateDivisionCode:
    @pytest.mark.parametrize(
        "code",
        ["110000", "110100", "110105", "500107", "650102", "652301", "469001", "500107001", "500107001001"],
    )
    def test_valid_codes(self, code: str) -> None:
        assert validate_division_code(code) == code

    def test_normalises_full_width_and_spaces(self) -> None:
        assert validate_division_code(fullwidth(" 500107 ")) == "500107"
        assert validate_division_code("500 107 001") == "500107001"

    @pytest.mark.parametrize("province", ["11", "35", "50", "65", "71", "81", "82"])
    def test_province_range_accepted(self, province: str) -> None:
        assert validate_division_code(province + "0101") == province + "0101"

    @pytest.mark.parametrize("province", ["00", "01", "10", "66", "70", "80", "83", "99"])
    def test_province_out_of_range_refused(self, province: str) -> None:
        message = rejected(validate_division_code, province + "0101").message
        assert "省" in message
        assert province in message

    @pytest.mark.parametrize("code", ["110001", "500099", "500001001", "500001001001"])
    def test_prefecture_00_with_county_refused(self, code: str) -> None:
        message = rejected(validate_division_code, code).message
        assert "00" in message
        assert "地市" in message or "3–4" in message

    @pytest.mark.parametrize(
        "value", ["5001", "50010", "5001070", "50010700", "5001070011", "50010700100", "5001070010011"]
    )
    def test_lengths_other_than_6_9_12_refused(self, value: str) -> None:
        message = rejected(validate_division_code, value).message
        assert "6位" in message

    @pytest.mark.parametrize("value", ["50010A", "五〇〇一〇七", "٥٠٠١٠٧", "5²0107", "50-01-07x"])
    def test_non_digits_refused(self, value: str) -> None:
        assert "数字" in rejected(validate_division_code, value).message

    @pytest.mark.parametrize("value", [None, "", " "])
    def test_empty_is_asked_for(self, value) -> None:
        assert "填写" in rejected(validate_division_code, value).message


class TestValidateCountyCode:
    @pytest.mark.parametrize("code", ["500107", "110105", "469001", "500230"])
    def test_county_codes_accepted(self, code: str) -> None:
        assert validate_county_code(code) == code

    @pytest.mark.parametrize("code", ["500100", "500000", "110100", "650100"])
    def test_code_ending_00_refused(self, code: str) -> None:
        message = rejected(validate_county_code, code).message
        assert "00" in message
        assert "区县" in message

    @pytest.mark.parametrize("code", ["500107001", "500107001001"])
    def test_sub_county_codes_refused(self, code: str) -> None:
        assert "6位" in rejected(validate_county_code, code).message

    def test_division_rules_still_apply(self) -> None:
        assert "省" in rejected(validate_county_code, "990101").message


class TestValidateStreetCode:
    def test_street_in_county_accepted(self) -> None:
        assert validate_street_code("500107001", "500107") == "500107001"
        assert validate_street_code(fullwidth("500107 002"), "500107") == "500107002"

    @pytest.mark.parametrize("code", ["500108001", "500117001", "510107001", "500207001"])
    def test_street_not_under_county_refused(self, code: str) -> None:
        err = rejected(validate_street_code, code, "500107")
        assert "500107" in err.message
        assert err.field == "street_code"

    def test_empty_county_does_not_accept_everything(self) -> None:
        rejected(validate_street_code, "500107001", "")

    @pytest.mark.parametrize("code", ["500107", "500107001001"])
    def test_other_lengths_refused(self, code: str) -> None:
        assert "9位" in rejected(validate_street_code, code, "500107").message

    def test_field_name_is_passed_through(self) -> None:
        assert rejected(validate_street_code, "500108001", "500107", "streets[2]").field == "streets[2]"


# --- validate_phone ---------------------------------------------------------------------------------


class TestValidatePhone:
    @pytest.mark.parametrize(
        ("typed", "expected"),
        [
            ("13812345678", "13812345678"),
            ("19912345678", "19912345678"),
            ("16612345678", "16612345678"),
            (" 138 1234 5678 ", "13812345678"),
            ("138-1234-5678", "13812345678"),
            ("+8613812345678", "13812345678"),
            ("+86 138 1234 5678", "13812345678"),
            ("+86-13812345678", "13812345678"),
            (fullwidth("13812345678"), "13812345678"),
            (fullwidth("+86 138 1234 5678"), "13812345678"),
        ],
    )
    def test_mobiles(self, typed: str, expected: str) -> None:
        assert validate_phone(typed) == expected

    @pytest.mark.parametrize(
        ("typed", "expected"),
        [
            ("023-12345678", "023-12345678"),
            ("02312345678", "02312345678"),
            ("010-1234567", "010-1234567"),
            ("0755-12345678", "0755-12345678"),
            ("07551234567", "07551234567"),
            ("(023)12345678", "02312345678"),
            ("023 1234 5678", "02312345678"),
            ("+86 023-12345678", "023-12345678"),
            ("023-12345678-801", "023-12345678-801"),
            (fullwidth("023-12345678"), "023-12345678"),
            ("（０２３）１２３４５６７８", "02312345678"),
        ],
    )
    def test_landlines(self, typed: str, expected: str) -> None:
        assert validate_phone(typed) == expected

    @pytest.mark.parametrize(
        "value", ["12812345678", "11012345678", "1381234567", "138123456789", "1381234567a"]
    )
    def test_bad_mobiles_get_the_mobile_message(self, value: str) -> None:
        err = rejected(validate_phone, value)
        assert "手机" in err.message
        assert "11" in err.message
        assert err.field == "phone"

    @pytest.mark.parametrize(
        "value",
        [
            "62345678",  # local number without area code
            "87654321",
            "023-123",
            "023-123456",
            "0231234567890",
            "abc",
            "023-1234567a",
            "０２٣١٢٣٤٥٦٧٨",  # Arabic-Indic digits after the area code
            "0²²-12345678",
        ],
    )
    def test_bad_landlines_ask_for_area_code(self, value: str) -> None:
        message = rejected(validate_phone, value).message
        assert "区号" in message

    @pytest.mark.parametrize("value", [None, "", "   ", "\u3000", "()"])
    def test_empty_is_asked_for(self, value) -> None:
        assert "填写" in rejected(validate_phone, value).message

    @pytest.mark.parametrize(
        "value", ["13812345678", "023-12345678", "+86 138 1234 5678", fullwidth("0755-1234567")]
    )
    def test_idempotent(self, value: str) -> None:
        once = validate_phone(value)
        assert validate_phone(once) == once
