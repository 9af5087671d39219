"""Who received or decided, as people read it: the user's display name, else the user name
(a command-line run's "os:root" shows as "root")."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm.accounts import User


def display_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    wanted = {u for u in usernames if u}
    names = dict(session.execute(select(User.username, User.display_name)
                                 .where(User.username.in_(wanted))).all()) if wanted else {}
    return {u: names.get(u) or u.removeprefix("os:") for u in wanted} | {"": ""}
