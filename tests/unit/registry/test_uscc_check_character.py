"""The USCC check character computed in the validators equals python-stdnum's (which it replaced for speed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import uscc as stdnum_uscc

from workstation.domain.errors import ValidationError
from workstation.domain.validators import USCC_ALPHABET, uscc_check_character, validate_uscc


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=USCC_ALPHABET, min_size=17, max_size=17))
def test_check_character_is_stdnums(first17: str) -> None:
    assert uscc_check_character(first17) == stdnum_uscc.calc_check_digit(first17)


def test_codes_pass_and_a_wrong_check_character_names_the_right_one() -> None:
    for code in ("91500107MA5U3HJH6K", "52500107MJP5718298", "Y1500107MA00000010"):
        assert validate_uscc(code) == code
        wrong = code[:17] + ("1" if code[17] != "1" else "2")
        with pytest.raises(ValidationError, match=f"最后一位应为“{code[17]}”"):
            validate_uscc(wrong)
