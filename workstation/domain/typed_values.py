"""Dates and numbers as Chinese users type them: full-width forms, 2025/6/1, 2025年6月1日.

One reader for every date box, date cell and number box, so nothing typed is silently dropped or
changed: a text is either read exactly or refused with a message saying what was expected.
"""

from __future__ import annotations

import datetime as dt
import re

from workstation.domain.normalize import to_halfwidth

DATE_EXAMPLES = "2025-06-01、2025/6/1 或 2025年6月1日"

# The same separator twice (- / .), or 年…月…(日); or eight digits in a row.
_DATE = re.compile(r"(\d{4})\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NUMBER_EXTRA = str.maketrans({"。": ".", "，": ",", "、": ","})  # a Chinese IME's period and comma keys


def halfwidth(text: str) -> str:
    """Full-width digits and punctuation (０-９ ／ － ．) as their ASCII forms; 年月日 kept."""
    return to_halfwidth(text)


def number_text(text: str) -> str:
    """Typed number text in ASCII: full-width digits, and 。 ， typed for . , on a Chinese keyboard."""
    return to_halfwidth(text).translate(_NUMBER_EXTRA)


def parse_date(text: str) -> dt.date:
    """The date `text` names; ValueError with a Chinese message when it names none."""
    typed = text.strip()
    plain = halfwidth(typed).strip()
    match = _DATE.fullmatch(plain)
    if match:
        year, month, day = match.group(1), match.group(3) or match.group(5), match.group(4) or match.group(6)
    elif match := _COMPACT.fullmatch(plain):
        year, month, day = match.groups()
    else:
        raise ValueError(f"“{typed}”不是日期，请按 {DATE_EXAMPLES} 填写。")
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"日期“{typed}”不存在（{int(year)}年没有{int(month)}月{int(day)}日）。") from None
