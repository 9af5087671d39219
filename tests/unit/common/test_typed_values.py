"""Dates and numbers as typed by Chinese users: read exactly, or refused with a message."""

from __future__ import annotations

import datetime as dt

import pytest

from workstation.domain.typed_values import number_text, parse_date

JUNE_FIRST = dt.date(2025, 6, 1)


@pytest.mark.parametrize("text", [
    "2025-06-01", "2025-6-1", "2025/6/1", "2025/06/01", "2025.6.1", "2025年6月1日", "2025年6月1",
    "２０２５－０６－０１", "２０２５／６／１", "２０２５年６月１日", " 2025 年 6 月 1 日 ", "20250601",
])
def test_the_usual_spellings_of_a_date_are_read(text):
    assert parse_date(text) == JUNE_FIRST


@pytest.mark.parametrize("text, message", [
    ("6/1/2025", "不是日期"), ("2025-06", "不是日期"), ("2025-6/1", "不是日期"), ("", "不是日期"),
    ("2025-13-01", "不存在"), ("2025年2月30日", "2025年没有2月30日"),
])
def test_other_text_is_refused_naming_what_was_typed(text, message):
    with pytest.raises(ValueError, match=message):
        parse_date(text)


def test_number_text_turns_full_width_digits_and_the_chinese_period_into_ascii():
    assert number_text("１２") == "12"
    assert number_text("３２０。５") == "320.5"
    assert number_text("１，２００") == "1,200"
