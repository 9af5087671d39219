"""Build valid codes: USCC (GB 32100), organisation code (GB 11714), resident ID (GB 11643).

The validators check codes a clerk types; these functions make codes that pass them
(demo data, test fixtures). domain.md §13 describes the algorithms.
"""

from __future__ import annotations

import datetime as _dt

from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc

from workstation.domain.validators import USCC_ALPHABET

# GB 11714: characters 0-9A-Z take their index as value; weights for the first 8 characters.
_ORG_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_USCC_CHARS = frozenset(USCC_ALPHABET)


def org_code_check_char(first8: str) -> str:
    """The GB 11714 check character for the first 8 characters of an organisation code."""
    if len(first8) != 8 or not _ORG_VALUES.keys() >= set(first8):
        raise ValueError(f"organisation code body must be 8 characters 0-9A-Z: {first8!r}")
    total = sum(_ORG_VALUES[c] * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    r = 11 - total % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def make_org_code(first8: str) -> str:
    """A 9-character organisation code: `first8` plus its GB 11714 check character."""
    return first8 + org_code_check_char(first8)


def make_uscc(prefix2: str, division6: str, body9: str) -> str:
    """An 18-character USCC: registration kind, division, subject code and the GB 32100 check."""
    if len(prefix2) != 2 or not _USCC_CHARS.issuperset(prefix2):
        raise ValueError(f"USCC prefix must be 2 characters of the USCC alphabet: {prefix2!r}")
    if len(division6) != 6 or not division6.isdigit():
        raise ValueError(f"division code must be 6 digits: {division6!r}")
    if len(body9) != 9 or not _USCC_CHARS.issuperset(body9):
        raise ValueError(f"subject code must be 9 characters of the USCC alphabet: {body9!r}")
    first17 = prefix2 + division6 + body9
    return first17 + _uscc.calc_check_digit(first17)


def make_resident_id(division6: str, birth: _dt.date, seq3: int | str) -> str:
    """An 18-character resident ID number; an odd `seq3` means male, even female."""
    if len(division6) != 6 or not division6.isdigit():
        raise ValueError(f"division code must be 6 digits: {division6!r}")
    seq = int(seq3)
    if not 0 <= seq <= 999:
        raise ValueError(f"sequence must be 0-999: {seq3!r}")
    first17 = f"{division6}{birth:%Y%m%d}{seq:03d}"
    # calc_check_digit expects a full number and ignores its last character.
    return first17 + _ric.calc_check_digit(first17 + "0")
