"""Code builders (domain/codes.py) against the test vectors of domain.md §13 and the validators."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from workstation.domain.codes import make_org_code, make_resident_id, make_uscc, org_code_check_char
from workstation.domain.enums import LegalNature
from workstation.domain.validators import (
    USCC_ALPHABET,
    uscc_nature_warning,
    uscc_org_code_warning,
    validate_resident_id,
    validate_uscc,
)

# domain.md §13.1: real and synthetic valid codes.
USCC_VECTORS = [
    "91110108551385082Q",
    "91350100M000100Y43",
    "91110000710926094P",
    "52110105MA0000AB04",
    "121101054000000188",
    "91110105MA01ABCD5F",
]


@pytest.mark.parametrize("code", USCC_VECTORS)
def test_make_uscc_reproduces_the_vectors(code: str) -> None:
    assert make_uscc(code[:2], code[2:8], code[8:17]) == code


@pytest.mark.parametrize("code", USCC_VECTORS)
def test_make_org_code_reproduces_the_subject_code_of_the_vectors(code: str) -> None:
    assert make_org_code(code[8:16]) == code[8:17]


def test_org_check_char_covers_x_and_zero() -> None:
    # 551385082 has check 2; find bodies whose check is X and 0 to cover both special cases.
    assert org_code_check_char("55138508") == "2"
    rng = random.Random(7)
    seen = set()
    while not {"X", "0"} <= seen:
        seen.add(org_code_check_char("".join(rng.choices("0123456789", k=8))))
    assert {"X", "0"} <= seen


def test_make_resident_id_reproduces_the_vector() -> None:
    assert make_resident_id("110105", dt.date(1949, 12, 31), "002") == "11010519491231002X"
    assert make_resident_id("110105", dt.date(1949, 12, 31), 2) == "11010519491231002X"


@pytest.mark.parametrize(
    ("prefix", "nature"),
    [
        ("12", LegalNature.PUBLIC_INSTITUTION),
        ("52", LegalNature.SOCIAL_SERVICE),
        ("91", LegalNature.FOR_PROFIT),
        ("92", LegalNature.INDIVIDUAL_BUSINESS),
    ],
)
def test_generated_usccs_pass_every_validator(prefix: str, nature: LegalNature) -> None:
    rng = random.Random(prefix)
    alphabet = USCC_ALPHABET
    for _ in range(500):
        body = make_org_code("MA" + "".join(rng.choices(alphabet, k=6)))
        code = make_uscc(prefix, "500107", body)
        assert validate_uscc(code) == code
        assert uscc_org_code_warning(code) is None
        assert uscc_nature_warning(code, nature) is None


def test_generated_resident_ids_validate() -> None:
    rng = random.Random(3)
    for _ in range(500):
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(365 * 40))
        number = make_resident_id("500107", birth, rng.randrange(1000))
        assert validate_resident_id(number) == number


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("9", "500107", "MA0000AB0"), "prefix"),
        (("9I", "500107", "MA0000AB0"), "prefix"),
        (("91", "50010", "MA0000AB0"), "division"),
        (("91", "500107", "MA0000ABO"), "subject"),
    ],
)
def test_make_uscc_rejects_bad_parts(args: tuple[str, str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_uscc(*args)


def test_bad_org_body_and_resident_parts_are_refused() -> None:
    with pytest.raises(ValueError):
        make_org_code("ma000000")
    with pytest.raises(ValueError):
        make_resident_id("50010", dt.date(1990, 1, 1), 1)
    with pytest.raises(ValueError):
        make_resident_id("500107", dt.date(1990, 1, 1), 1000)
