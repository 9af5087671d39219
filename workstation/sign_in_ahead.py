"""A sign-in given with the command (`--login-stdin`) begun before Qt loads.

Its slow part is one scrypt (about 45-90 ms, run with the GIL released): the typed password's hash on a
plain file, the district key's unwrap on an encrypted one. Begun on a thread as soon as the credentials
are read, it overlaps the imports of Qt and the window (about 150 ms), and so do 首页's first readings
(home_prefetch), begun as soon as the file can be read: at once on a plain file (as the window's
sign-in begins them beside its password check), after the unwrap on an encrypted one. The window's
sign-in then takes these results instead of computing them again, for the same name and password
only. Nothing here imports Qt or the ORM; a failed unwrap is raised where the sign-in would have
raised it (the same words, the same failure counting: the unwrap counts it once, here); a reading
that failed is left to the window's own path, which reports it as usual.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from workstation.db.keyring_path import has_keyring

if TYPE_CHECKING:
    from workstation.db.readers import SqlReader
    from workstation.services.home import PrefetchedHome


class SignInAhead:
    """The credentials' scrypt and 首页's first readings, begun on a thread of its own by `start()`."""

    def __init__(self, db_path: str, username: str, password: str) -> None:
        self._db_path, self._username, self._password = db_path, username, password
        self._thread = threading.Thread(target=self._work, name="sign-in-ahead", daemon=True)
        self._opened: object | None = None  # keyring.Opened (encrypted file)
        self._hash = ""  # the typed password's hash under the account's stored parameters (plain file)
        self._failure: BaseException | None = None
        self._served: tuple[SqlReader, PrefetchedHome] | None = None  # the start-up reader, its readings begun

    def start(self) -> SignInAhead:
        self._thread.start()
        return self

    def password_hash(self, username: str, password: str) -> str:
        """The typed password's hash for LazyAuth.login (plain file), "" when it was not computed."""
        if not self._same(username, password):
            return ""
        self._thread.join()
        return self._hash

    def opened(self, username: str, password: str) -> object | None:
        """unlock_for_sign_in's result for these credentials (encrypted file), raising its failure;
        None when it was not begun for them."""
        if not self._same(username, password):
            return None
        self._thread.join()
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure
        opened, self._opened = self._opened, None  # (once: a second sign-in unwraps again)
        return opened

    def served(self) -> tuple[SqlReader, PrefetchedHome] | None:
        """The start-up reader and 首页's readings begun on it (handed over once), or None."""
        self._thread.join()
        served, self._served = self._served, None
        return served

    def _same(self, username: str, password: str) -> bool:
        return (username, password) == (self._username, self._password)

    def _work(self) -> None:
        if has_keyring(self._db_path):
            try:
                from workstation.services.accounts import unlock_for_sign_in

                self._opened = opened = unlock_for_sign_in(self._db_path, self._username, self._password)
            except BaseException as exc:  # (raised again on the GUI thread, where the sign-in reports it)
                self._failure = exc
                return
            from workstation.db.sqlite.cipher import use_district_key

            use_district_key(Path(self._db_path).expanduser(), opened.key)  # type: ignore[attr-defined]
            self._serve()
            return
        stored = self._serve()
        if stored:
            from workstation.domain.passwords import hash_like

            self._hash = hash_like(self._password, stored)

    def _serve(self) -> str:
        """Open the start-up reader and begin 首页's readings on it; the account's stored hash ("" when
        there is none, or the file is left to the window's path)."""
        from workstation.db.readers import quick_reader
        from workstation.home_prefetch import prefetched_home
        from workstation.services.accounts import stored_hash

        try:
            reader = quick_reader(self._db_path)
            if reader is None:  # (not at head, or no accounts: the window's own path opens it)
                return ""
            home = prefetched_home(reader, self._db_path)
            home.start()
            self._served = (reader, home)
            return stored_hash(reader, self._username)
        except Exception:  # (the window's path opens the file again and reports what is wrong)
            return ""


def begin(db_path: str, credentials: tuple[str, str]) -> SignInAhead | None:
    """The sign-in begun for a database file or a server database (its password from the environment
    or .pgpass: with credentials on standard input the window asks none)."""
    from workstation.db.locations import is_server

    server = is_server(db_path)
    if not server and ("://" in db_path or not Path(db_path).expanduser().is_file()):
        return None
    _load_first(server, not server and has_keyring(db_path))
    return SignInAhead(db_path, *credentials).start()


def _load_first(server: bool, sealed: bool) -> None:
    """Import on this thread what the sign-in's thread and its readings run: imported there, they
    waited for the GIL while this thread loaded Qt (its libraries load holding it), and the scrypt and
    the queries, which release it, began late (about 130 ms on an encrypted district)."""
    import workstation.db.readers
    import workstation.home_prefetch
    from workstation.services.accounts import stored_hash, unlock_for_sign_in  # (names load their modules)
    from workstation.services.filing import read_work_queues
    from workstation.services.home import PrefetchedHome
    from workstation.services.staff import read_staff_queue

    del stored_hash, unlock_for_sign_in, read_work_queues, PrefetchedHome, read_staff_queue

    if server:
        import workstation.db.postgres.reader  # noqa: F401
    if sealed:  # (its library loads holding the GIL too)
        import sqlcipher3.dbapi2  # noqa: F401
