"""Text normalisation applied before validating or matching user input."""

from __future__ import annotations

import pytest

from workstation.domain.normalize import clean_text, compact_code, nfkc, to_halfwidth

FULL_UPPER = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
FULL_LOWER = "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
FULL_DIGITS = "０１２３４５６７８９"


class TestToHalfwidth:
    def test_full_width_letters_and_digits(self) -> None:
        assert to_halfwidth(FULL_UPPER) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        assert to_halfwidth(FULL_LOWER) == "abcdefghijklmnopqrstuvwxyz"
        assert to_halfwidth(FULL_DIGITS) == "0123456789"

    def test_whole_full_width_ascii_block(self) -> None:
        full = "".join(chr(c) for c in range(0xFF01, 0xFF5F))
        half = "".join(chr(c) for c in range(0x21, 0x7F))
        assert to_halfwidth(full) == half

    def test_full_width_punctuation(self) -> None:
        assert to_halfwidth("（０２３）－１２３４") == "(023)-1234"
        assert to_halfwidth("！＃％＆＋，．／：；＝？＠～") == "!#%&+,./:;=?@~"

    def test_ideographic_space_becomes_space(self) -> None:
        assert to_halfwidth("托育\u3000机构") == "托育 机构"

    @pytest.mark.parametrize("text", ["托育机构", "abc 123", "", "。、“”《》", "\t\n", "①②", "ｶﾀｶﾅ"])
    def test_other_characters_unchanged(self, text: str) -> None:
        assert to_halfwidth(text) == text

    def test_length_is_preserved(self) -> None:
        text = "九龙坡区ＡＢ１２\u3000（）abc"
        assert len(to_halfwidth(text)) == len(text)


class TestCleanText:
    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("  托育机构  ", "托育机构"),
            ("托育\u3000\u3000机构", "托育 机构"),
            ("\t托育 \n 机构\r\n名称\u3000", "托育 机构 名称"),
            ("Ａｂｃ　托育", "Abc 托育"),
            ("a\u00a0\u00a0b", "a b"),
            ("\u3000\u3000", ""),
            ("", ""),
            ("九龙坡区小星星托育中心（个体工商户）", "九龙坡区小星星托育中心（个体工商户）"),  # as on the licence
        ],
    )
    def test_trims_and_collapses_whitespace(self, raw: str, expected: str) -> None:
        assert clean_text(raw) == expected

    def test_none_is_empty(self) -> None:
        assert clean_text(None) == ""

    def test_non_string_is_stringified(self) -> None:
        assert clean_text(12) == "12"  # type: ignore[arg-type]

    def test_idempotent(self) -> None:
        once = clean_text(" \u3000九龙坡区\t杨家坪街道  ＡＢ ")
        assert clean_text(once) == once == "九龙坡区 杨家坪街道 AB"


class TestCompactCode:
    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("９１１１０１０８５５１３８５０８２ｑ", "91110108551385082Q"),
            ("9111 0108\u30005513\t8508\n2q", "91110108551385082Q"),
            ("110105-19491231-002x", "11010519491231002X"),
            ("１１０１０５－１９４９", "1101051949"),
            ("  ma01abcd  ", "MA01ABCD"),
            ("\u3000", ""),
            ("", ""),
        ],
    )
    def test_removes_spaces_and_hyphens_and_upper_cases(self, raw: str, expected: str) -> None:
        assert compact_code(raw) == expected

    def test_none_is_empty(self) -> None:
        assert compact_code(None) == ""

    def test_other_characters_kept(self) -> None:
        # Only spaces and hyphens are removed; anything else stays for the validator to name.
        assert compact_code("9111_0108/中") == "9111_0108/中"


def test_nfkc_folds_compatibility_forms() -> None:
    assert nfkc("①②") == "12"
    assert nfkc("ＡＢ１") == "AB1"
    assert nfkc("托育") == "托育"
