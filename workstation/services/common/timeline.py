"""One line of a nursery's history: every area contributes these to the nursery record's timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm.accounts import User
from workstation.domain.texts import Text, from_data, to_data


class TimelineEntry(NamedTuple):
    """A plain tuple too, so merged timelines sort and unpack without knowing the area."""

    at: dt.datetime  # naive UTC
    kind: str        # the area's short label (登记, 备案, 检查, 收费 …) or a code of the area's own
    text: str | Text  # a Text is shown in the interface language (models/common/domain_text.shown)
    actor: str = ""  # the username (or os:*/system:* actor) who did it
    actor_name: str = ""  # their display name: the account's now, else the one recorded with the step


def named(session: Session, entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """`entries` with the display names of their accounts (one read of the accounts for all of them)."""
    entries = list(entries)
    wanted = {e.actor for e in entries if e.actor and ":" not in e.actor}
    names = dict(session.execute(select(User.username, User.display_name)
                                 .where(User.username.in_(wanted))).all()) if wanted else {}
    return [e._replace(actor_name=names[e.actor]) if names.get(e.actor) else e for e in entries]


def line_detail(line: str | Text, detail: dict | None = None) -> dict:
    """A stored history step's detail with its line kept as data (`line_of` reads it back)."""
    return {**(detail or {}), "line": to_data(line)}


def line_of(detail: dict | None, sentence: str) -> str | Text:
    """A stored step's line: the text kept in its detail, shown in the interface language; a step stored
    before lines were kept (or one this version cannot read) shows its recorded sentence as it is."""
    data = (detail or {}).get("line") if isinstance(detail, dict) else None
    if data is None:
        return sentence
    try:
        return from_data(data)
    except ValueError:
        return sentence
