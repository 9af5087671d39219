"""Who did something, as people read it: the display names of the accounts behind usernames."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm.accounts import User


def account_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """username -> the account's display name, for the usernames that name an account with one
    (one read for all; os:* and system:* actors and unknown names are left out)."""
    wanted = {u for u in usernames if u and ":" not in u}
    if not wanted:
        return {}
    rows = session.execute(select(User.username, User.display_name).where(User.username.in_(wanted)))
    return {username: name for username, name in rows if name}
