"""Messages the domain and services build, kept as a Chinese template and its values so the
interface can show them in its language.

The template is the Chinese source text; `QT_TRANSLATE_NOOP` below only marks it for lupdate (which
reads calls of that name), so the English sits in the .qm with every other string and Qt is not
imported here. Values: text, numbers, dates, labelled enums, tuples of them (a list: "、") and `Clauses` (parts of a
sentence: "；").

A counted text, whose English has a form for one and one for more ("1 day", "700 days"), is marked
with a count as fourth argument, `QT_TRANSLATE_NOOP(CONTEXT, "已{days}天未备案", "", 1)` (lupdate then
makes it a numerus message), and built with `counted(source, n, ...)`.

A text kept with a stored line (a history step) is stored as data (`to_data`: the template, its values,
enums by class and value) beside the Chinese sentence, and read back with `from_data`.
"""

from __future__ import annotations

import datetime as dt
import importlib
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


# --- a text kept with a stored line (a history step), to be shown later in any language ---------------

_ENUM_PREFIX = "workstation.domain."


def to_data(value: Any) -> Any:
    """`value` (a text and its values) as JSON data; `from_data` gives it back."""
    if isinstance(value, Text):
        data: dict[str, Any] = {"text": value.source, "args": {name: to_data(v) for name, v in value.args}}
        return data if value.count is None else {**data, "count": value.count}
    if isinstance(value, Clauses):
        return {"clauses": [to_data(v) for v in value.items]}
    if isinstance(value, LabelledEnum):
        return {"enum": f"{type(value).__module__}.{type(value).__qualname__}", "value": value.value}
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"date": value.isoformat()}
    if isinstance(value, tuple | list):
        return {"list": [to_data(v) for v in value]}
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise TypeError(f"a stored text takes text, numbers, dates, labelled enums and texts, not {value!r}")


def from_data(data: Any) -> Any:
    """What `to_data` stored; ValueError when it cannot be read back (e.g. an enum member this version lacks)."""
    if isinstance(data, str | int) and not isinstance(data, bool):
        return data
    if not isinstance(data, dict):
        raise ValueError(f"not a stored text: {data!r}")
    try:
        if "text" in data:
            args = tuple((str(name), from_data(v)) for name, v in data["args"].items())
            count = data.get("count")
            return Text(str(data["text"]), args, None if count is None else int(count))
        if "clauses" in data:
            return Clauses(tuple(from_data(v) for v in data["clauses"]))
        if "list" in data:
            return tuple(from_data(v) for v in data["list"])
        if "date" in data:
            return dt.date.fromisoformat(data["date"])
        if "enum" in data:
            return _enum(data["enum"], data["value"])
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a stored text: {data!r}") from exc
    raise ValueError(f"not a stored text: {data!r}")


def _enum(path: str, value: str) -> LabelledEnum:
    """A labelled enum's member by its class's dotted path (only the domain's enums)."""
    module, _, name = str(path).rpartition(".")
    if not module.startswith(_ENUM_PREFIX):
        raise ValueError(f"not a domain enum: {path!r}")
    try:
        cls = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise ValueError(f"unknown enum: {path!r}") from exc
    if not (isinstance(cls, type) and issubclass(cls, LabelledEnum)):
        raise ValueError(f"not a labelled enum: {path!r}")
    return cls(value)  # ValueError for a member this version does not know
