"""One line of a nursery's history: every area contributes these to the nursery record's timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm.accounts import User
from workstation.domain.texts import Text


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
