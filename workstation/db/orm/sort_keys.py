"""The pinyin sort key kept beside a name (domain/pinyin_order.py), filled on every write.

Inserts, the ORM's and bulk Core ones alike (demo, imports), get it from the column default, which reads
the row's name; a name changed through the ORM sets it again (`validates`); a bulk UPDATE of names sets it
itself (services/imports/matched.py). Not audited and not in record hashes: it follows from the name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import mapped_column, validates

from workstation.domain.pinyin_order import KEY_LENGTH, name_sort_key

SORT_KEY_COLUMNS = frozenset({"name_pinyin"})


def _from_name(context: Any) -> str | None:
    return name_sort_key(context.get_current_parameters().get("name"))


def pinyin_key_column():
    """`name_pinyin`: the name's pinyin sort key (NULL only while the name is NULL)."""
    return mapped_column(String(KEY_LENGTH), default=_from_name)


class PinyinNamed:
    """Mixin: a `name` whose assignment keeps `name_pinyin` in step."""

    @validates("name")
    def _keep_pinyin(self, _key: str, value: str | None) -> str | None:
        self.name_pinyin = name_sort_key(value)
        return value
