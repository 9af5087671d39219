"""Messages the domain and services build, kept as a Chinese template and its values so the
interface can show them in its language.

The template is the Chinese source text; `QT_TRANSLATE_NOOP` below only marks it for lupdate (which
reads calls of that name), so the English sits in the .qm with every other string and Qt is not
imported here. Values: text, numbers, dates, labelled enums, tuples of them (a list: "、") and `Clauses` (parts of a
sentence: "；").

A counted text, whose English has a form for one and one for more ("1 day", "700 days"), is marked
with a count as fourth argument, `QT_TRANSLATE_NOOP(CONTEXT, "已{days}天未备案", "", 1)` (lupdate then
makes it a numerus message), and built with `counted(source, n, ...)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workstation.domain.enums import LabelledEnum

CONTEXT = "DomainText"


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str = "", n: int | None = None) -> str:
    return source


@dataclass(frozen=True)
class Text:
    source: str
    args: tuple[tuple[str, Any], ...] = ()
    count: int | None = None  # a counted text: the number that picks its English form (one or more)

    def render(self, template: str, value: Callable[[Any], str]) -> str:
        return template.format(**{name: value(v) for name, v in self.args})

    def __str__(self) -> str:
        return self.render(self.source, chinese)


def text(source: str, **args: Any) -> Text:
    return Text(source, tuple(args.items()))


def counted(source: str, count: int, **args: Any) -> Text:
    """A counted text (marked with a count for lupdate): `count` picks its English form."""
    return Text(source, tuple(args.items()), count)


@dataclass(frozen=True)
class Clauses:
    """Parts of one sentence joined by "；" (English "; "), e.g. the problems that block an action."""

    items: tuple[Any, ...]


def chinese(value: Any) -> str:
    if isinstance(value, Text):
        return str(value)
    if isinstance(value, Clauses):
        return "；".join(chinese(v) for v in value.items)
    if isinstance(value, LabelledEnum):
        return value.zh
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return "、".join(chinese(v) for v in value)
    return str(value)
