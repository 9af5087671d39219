"""Header names of pushed registration files and the fields they stand for."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workstation.domain.normalize import clean_text, to_halfwidth

# Field key -> accepted header texts (after normalise_header). The first two are required.
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("名称", "机构名称", "单位名称", "企业名称", "托育机构名称", "主体名称", "组织名称",
             "市场主体名称", "社会组织名称", "事业单位名称", "机构注册登记名称"),
    "uscc": ("统一社会信用代码", "信用代码", "社会信用代码", "统一代码", "uscc"),
    "organ": ("登记机关", "登记管理机关", "登记部门", "机构登记部门", "发证机关", "登记机构"),
    "registered_at": ("成立日期", "登记日期", "注册日期", "设立日期", "成立时间", "登记时间",
                      "机构成立时间"),
    "legal_rep": ("法定代表人", "负责人", "法人代表", "法定代表人姓名", "法人姓名", "经营者",
                  "法定代表人/负责人", "法定代表人或负责人"),
    "address": ("住所", "地址", "住所地", "注册地址", "经营场所", "机构地址", "单位地址", "机构住所"),
    "scope": ("经营范围", "业务范围", "业务(经营)范围"),
    "nature": ("性质", "类型", "机构性质", "单位性质", "主体类型", "企业类型", "组织类型",
               "市场主体类型", "登记类型"),
}
REQUIRED_FIELDS = ("name", "uscc")

# Chinese labels of the fields, for messages.
FIELD_LABELS: dict[str, str] = {
    "name": "名称", "uscc": "统一社会信用代码", "organ": "登记机关", "registered_at": "成立（登记）日期",
    "legal_rep": "法定代表人（负责人）", "address": "住所", "scope": "经营（业务）范围", "nature": "性质",
}

_LOOKUP = {variant: field for field, variants in FIELD_HEADERS.items() for variant in variants}
_NOTE = re.compile(r"\([^)]*\)$")  # a trailing note such as （必填） or (yyyy-mm-dd)
_MARKS = re.compile(r"[\s*:：]")


def normalise_header(text: object) -> str:
    """Header cell text without spaces, required-marks, colons or a trailing bracketed note."""
    value = _MARKS.sub("", to_halfwidth(clean_text(None if text is None else str(text)))).casefold()
    stripped = _NOTE.sub("", value)
    return stripped if stripped in _LOOKUP else value


def match_columns(cells: Sequence[object]) -> dict[str, int]:
    """Field key -> column index for a candidate header row; the first column of a field wins."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = _LOOKUP.get(normalise_header(cell))
        if field is not None and field not in columns:
            columns[field] = index
    return columns


def is_header(columns: dict[str, int]) -> bool:
    """A header row names at least every required field."""
    return all(field in columns for field in REQUIRED_FIELDS)
