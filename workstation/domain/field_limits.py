"""The longest text each nursery field may hold, in characters: the same limit in the intake form,
the intake service and every import (the database's String columns do not enforce them on SQLite)."""

from __future__ import annotations

# field -> (characters, label): names and addresses as the nursery table declares them; the
# business scope and notes long enough for any real licence, short enough that no file fills the disk.
NURSERY_TEXT_LIMITS: dict[str, tuple[int, str]] = {
    "name": (200, "机构名称"),
    "alias": (200, "简称"),
    "sponsor": (200, "举办者"),
    "address": (300, "住所"),
    "legal_rep_name": (50, "法定代表人（负责人）"),
    "director_name": (50, "负责人"),
    "business_scope": (2000, "业务（经营）范围"),
    "living_room_floors": (50, "生活用房所在楼层"),
    "notes": (2000, "备注"),
}


def too_long(field: str, value: str) -> str:
    """The message refusing `value` for `field` when it is longer than the field's limit, else ""."""
    limit, label = NURSERY_TEXT_LIMITS[field]
    length = len((value or "").strip())
    if length <= limit:
        return ""
    return f"{label}过长：{length}字，最多{limit}字。"
