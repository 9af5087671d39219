"""Who received or decided, as people read it: the user's display name, else the user name
(a command-line run's "os:root" shows as "root")."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from workstation.services.common.people import account_names


def display_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    wanted = {u for u in usernames if u}
    names = account_names(session, wanted)
    return {u: names.get(u) or u.removeprefix("os:") for u in wanted} | {"": ""}
