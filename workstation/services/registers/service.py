"""Use case: export a register (名册报表) for a higher authority, with permission and audit.

Permission REGISTER_EXPORT is needed for any export. Personal data (ID and mobile numbers)
is masked unless the user asks for full values, and asking needs PERSONAL_DATA_FULL: a user
without it who asks is refused (PermissionDenied), never silently given a masked file they
might pass on as complete. Every export is recorded in the audit trail with its masking.

The writing itself is done by the exports package, handed in by the composition root
(`exporter`, normally workstation.exports.export_register): the import contract keeps
services and exports independent of each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session, sessionmaker

from workstation.domain.errors import PermissionDenied
from workstation.domain.permissions import Action
from workstation.services.audit import record_event
from workstation.services.common.accounts_live import recheck
from workstation.services.common.context import Actor
from workstation.services.common.uow import require, writing

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportedFile(Protocol):
    """What the exporter reports back (workstation.exports.ExportedFile)."""

    path: Path
    rows: int
    filters_text: str
    masked: bool


class Exporter(Protocol):
    """workstation.exports.export_register."""

    def __call__(self, factory: sessionmaker[Session], register: str, fmt: str, out: Path, filters: Any, *,
                 masked: bool, preparer: str, reviewer: str = "", unit: str | None = None,
                 prepared_on: dt.date | None = None, progress: Progress | None = None,
                 is_cancelled: Cancelled | None = None, **parameters: Any) -> ExportedFile: ...


@dataclass(frozen=True)
class ExportOutcome:
    """The result shown to the user."""

    path: Path
    register: str
    fmt: str
    rows: int
    masked: bool


class RegistersService:
    """Exports registers as the acting user. Safe to call from a worker thread (no shared state)."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, exporter: Exporter) -> None:
        self._factory = factory
        self._actor = actor
        self._exporter = exporter

    @property
    def actor(self) -> Actor:
        return self._actor

    def may_export(self) -> bool:
        """Whether the acting user may export registers at all."""
        return _allows(self._actor, Action.REGISTER_EXPORT)

    def may_see_full_personal_data(self) -> bool:
        """Whether the acting user may ask for unmasked ID and mobile numbers."""
        return _allows(self._actor, Action.PERSONAL_DATA_FULL)

    def export(self, register: str, fmt: str, out: Path | str, filters: Any, *, full_personal_data: bool = False,
               reviewer: str = "", unit: str | None = None, progress: Progress | None = None,
               is_cancelled: Cancelled | None = None, **parameters: Any) -> ExportOutcome:
        """Write `register` as `fmt` to `out` with `filters` (workstation.exports.RegisterFilters).

        Raises PermissionDenied, ValidationError, ExportCancelled or StorageError; on any of them
        `out` is left as it was and nothing is recorded.
        """
        require(self._actor, Action.REGISTER_EXPORT)
        if full_personal_data:
            require(self._actor, Action.PERSONAL_DATA_FULL)
        # the account as it is now, before a file with personal data exists
        needed = (Action.REGISTER_EXPORT, *((Action.PERSONAL_DATA_FULL,) if full_personal_data else ()))
        recheck(self._factory, self._actor, *needed)
        result = self._exporter(
            self._factory, register, fmt, Path(out), filters, masked=not full_personal_data,
            preparer=self._actor.label, reviewer=reviewer, unit=unit, progress=progress,
            is_cancelled=is_cancelled, **parameters)
        self._record(register, fmt, result)
        return ExportOutcome(result.path, register, fmt, result.rows, result.masked)

    def _record(self, register: str, fmt: str, result: ExportedFile) -> None:
        """Audit the export; a file whose export cannot be recorded is removed again."""
        details = {"register": register, "format": fmt, "file": str(result.path), "rows": result.rows,
                   "filters": result.filters_text, "masked": result.masked}
        try:
            with writing(self._factory, self._actor) as session:
                record_event(session, self._actor, "export", "register", register, details)
        except BaseException:
            with suppress(OSError):
                result.path.unlink()
            raise


def _allows(actor: Actor, action: Action) -> bool:
    try:
        require(actor, action)
    except PermissionDenied:
        return False
    return True
