"""What the start reads beside the sign-in (no Qt, no ORM): 首页's figures and filing queues, and on an
encrypted district whose password the command line gave (`--login-stdin`) the whole stdlib sign-in.

That sign-in runs on a thread while the window's modules load: the unlock (keyring, `<db>.attempts`),
the start-up reader under the key, 首页's readings and the password check on the reader, each exactly
the call the login would make, once; the login then takes its outcome (or its refusal) instead of
making them after the imports.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workstation.db.readers import SqliteFileReader, SqlReader
    from workstation.services.common.context import Actor
    from workstation.services.home import PrefetchedHome

HOME_ENTRIES = 20  # entries per filing queue 首页 lists (ui/filing/area.HOME_QUEUE_LIMIT): the first fill reads no more
EARLY_QUEUES = "filing queues"  # the reading begun beside the sign-in (early_readings)


def early_readings(today: Callable[[], dt.date] = dt.date.today) -> dict[str, Callable[[SqlReader], Any]]:
    """What 首页 reads besides its figures, to be begun beside the sign-in (services.home.PrefetchedHome):
    the filing queues' first fill (checked against the actor's permission when used)."""
    from workstation.services.filing import read_work_queues

    return {EARLY_QUEUES: lambda reader: read_work_queues(reader, today(), limit=HOME_ENTRIES)}


def prefetched_home(reader: SqlReader, db_path: str) -> PrefetchedHome:
    """首页's service over the start-up reader, its first readings to begin beside the password check."""
    from workstation.db.readers import SqliteFileReader
    from workstation.services.home import PrefetchedHome

    return PrefetchedHome(reader, lambda: SqliteFileReader(Path(db_path).expanduser()), also=early_readings())


@dataclass
class Unlocked:
    """An early sign-in's outcome: the key; the reader and 首页 when the file is at head (else None: the
    login opens them as usual); the actor when the reader's password check passed (else the login decides)."""

    key: bytes
    reader: SqliteFileReader | None = None
    home: PrefetchedHome | None = None
    actor: Actor | None = None


class EarlySignIn:
    """The stdlib sign-in to an encrypted district begun on a thread with the command line's password."""

    def __init__(self, db_path: str, username: str, password: str) -> None:
        self._given = (db_path, username, password)
        self._outcome: Unlocked | None = None
        self._error: Exception | None = None
        self._taken = False
        self._thread = threading.Thread(target=self._sign_in, name="early-sign-in", daemon=True)
        self._thread.start()

    def take(self, db_path: str, username: str, password: str) -> Unlocked | None:
        """The outcome for these credentials, once (the unlock's refusal is raised); None when they are
        not the ones given, or it was taken already: sign in as usual then."""
        if self._taken or (db_path, username, password) != self._given:
            return None
        self._taken = True
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._outcome

    def _sign_in(self) -> None:
        from workstation.services.accounts import unlock

        db_path, username, password = self._given
        try:
            key = unlock(db_path, username, password)
        except Exception as exc:  # (LoginFailed, AccountLocked, StorageError) raised where it is taken
            self._error = exc
            return
        outcome = self._outcome = Unlocked(key)
        try:
            from workstation.db.readers import quick_reader
            from workstation.db.sqlite.cipher import use_district_key
            from workstation.services.accounts import quick_login

            use_district_key(Path(db_path).expanduser(), key)
            outcome.reader = quick_reader(db_path)
            if outcome.reader is not None:
                outcome.home = prefetched_home(outcome.reader, db_path)
                outcome.home.start()  # beside the password check, as at the login
                outcome.actor = quick_login(outcome.reader, username, password)
        except Exception:  # anything odd: the login takes the key alone and goes on as usual
            if outcome.home is not None:
                outcome.home.close()
            if outcome.reader is not None:
                outcome.reader.close()
            self._outcome = Unlocked(key)
