"""Messages the domain and services build, kept as a Chinese template and its values so the
interface can show them in its language.

The template is the Chinese source text; `QT_TRANSLATE_NOOP` below only marks it for lupdate (which
reads calls of that name), so the English sits in the .qm with every other string and Qt is not
imported here. Values: text, numbers, dates, labelled enums and tuples of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workstation.domain.enums import LabelledEnum

CONTEXT = "DomainText"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class Text:
    source: str
    args: tuple[tuple[str, Any], ...] = ()

    def render(self, template: str, value: Callable[[Any], str]) -> str:
        return template.format(**{name: value(v) for name, v in self.args})

    def __str__(self) -> str:
        return self.render(self.source, chinese)


def text(source: str, **args: Any) -> Text:
    return Text(source, tuple(args.items()))


def chinese(value: Any) -> str:
    if isinstance(value, Text):
        return str(value)
    if isinstance(value, LabelledEnum):
        return value.zh
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return "、".join(chinese(v) for v in value)
    return str(value)
