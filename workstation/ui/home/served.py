"""首页 served before the ORM: its queues from the start-up reader, the database attached afterwards.

The areas' home widgets are built as usual (`build_home_widget(ctx)`), over a context whose services
answer the home page's few questions with plain SQL on the start-up reader (stdlib sqlite3). Once the
database is attached the same widgets ask the real services; anything else asked before that (a
page, a dialog) attaches the database first, waiting for it if it is still loading.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from workstation.home_prefetch import (  # the readings begun beside the sign-in
    EARLY_QUEUES,
    EARLY_STAFF,
    HOME_ENTRIES,
)
from workstation.ui.context import UiContext

if TYPE_CHECKING:
    from workstation.context import AppContext
    from workstation.db.readers import SqlReader
    from workstation.services.common.context import Actor
    from workstation.services.filing import WorkQueues
    from workstation.ui.main_window import MainWindow


def add_home_widgets(ctx: UiContext) -> None:
    """The other areas' parts of 首页: filing queues, rectification counts, inbox and staff queues."""
    from workstation.ui.filing import build_home_widget as filing_home
    from workstation.ui.inbox import build_home_widget as inbox_home
    from workstation.ui.inspections import build_home_widget as inspections_home
    from workstation.ui.staff import build_home_widget as staff_home

    for build in (filing_home, inspections_home, inbox_home, staff_home):
        ctx.window.home_page.layout().addWidget(build(ctx))


def serve_home(window: MainWindow, reader: SqlReader, actor: Actor, attach: Callable[[], AppContext],
               today: Callable[[], dt.date] = dt.date.today,
               early: Callable[[str], Any] | None = None) -> UiContext:
    """Fill 首页 from `reader` and mark the window usable; `attach()` attaches the database (at once,
    waiting for it) and returns the real context. Every page waits for it on its first visit.
    `early(name)`: a reading taken beside the sign-in (services.home.PrefetchedHome.taken), if any."""
    from workstation.ui.role_view import apply_role

    served = ServedApp(reader, actor, today, attach, early)
    ctx = UiContext(served, window)  # type: ignore[arg-type]  (ctx.app becomes the real one at the attach)
    window.ui_context = ctx
    add_home_widgets(ctx)
    apply_role(window, actor)
    window.before_first_build(attach)
    window.mark_usable()
    return ctx


class ServedApp:
    """The AppContext as 首页 sees it before the database is attached (see the module's text)."""

    def __init__(self, reader: SqlReader, actor: Actor, today: Callable[[], dt.date],
                 attach: Callable[[], AppContext], early: Callable[[str], Any] | None = None) -> None:
        from workstation.services.filing import served_work_queues
        from workstation.services.inbox import (
            served_count_pending,
            served_pending,
            served_waiting,
            served_waiting_batches,
        )
        from workstation.services.inspections import served_home_counts
        from workstation.services.staff import ServedStaffQueue

        self.actor, self.today, self.real = actor, today, None
        self._attach = attach
        def filing_queues() -> WorkQueues:
            return served_work_queues(reader, actor, today(), limit=HOME_ENTRIES,
                                      early=early(EARLY_QUEUES) if early is not None else None)

        self.filing = _Switch(self, "filing", queues=filing_queues)
        self.inspection_queues = _Switch(self, "inspection_queues",
                                         home_counts=lambda: served_home_counts(reader, actor, today()))
        self.inbox = _Switch(self, "inbox", waiting=lambda: served_waiting(reader),
                             waiting_batches=lambda limit=5: served_waiting_batches(reader, limit))
        self.unregistered = _Switch(self, "unregistered", count_pending=lambda: served_count_pending(reader),
                                    pending=lambda limit=200: served_pending(reader, actor, limit))
        held: list[Any] = []  # the early staff reading: the first count and lines only (a refresh reads again)

        def queue(consume: bool) -> ServedStaffQueue:
            if not held:
                held.append(early(EARLY_STAFF) if early is not None else None)
            taken = held[0]
            if consume:
                held[0] = None
            return ServedStaffQueue(reader, actor, today(), early=taken)

        def staff_count() -> int:
            count = queue(False).count()
            if not count:
                held[0] = None  # (no lines are asked for)
            return count

        self.staff_queue = _Switch(self, "staff_queue", count=staff_count,
                                   items=lambda limit=50: queue(True).items(limit),
                                   within_days=ServedStaffQueue(reader, actor, today()).within_days)

    def attached(self, real: AppContext) -> None:
        self.real = real

    def service(self, name: str) -> Any:
        """The real service `name`, attaching the database first if it is not yet."""
        real = self.real if self.real is not None else self._attach()
        if real is None:  # it could not be opened (the person was told; the window closes)
            from workstation.domain.errors import StorageError

            raise StorageError("数据库未能打开。")
        return getattr(real, name)

    def __getattr__(self, name: str) -> Any:  # any other service: only the real one
        return self.service(name)


class _Switch:
    """One service: the served answers (only for the calls 首页 makes, as it makes them) until the
    database is attached, the real service's after; a method fetched early still switches."""

    def __init__(self, app: ServedApp, name: str, **served: Any) -> None:
        self._app, self._name, self._served = app, name, served

    def __getattr__(self, attr: str) -> Any:
        served = self._served.get(attr)
        if not callable(served):
            return served if served is not None and self._app.real is None else getattr(self._real(), attr)

        def call(*args: Any, **kwargs: Any) -> Any:
            if self._app.real is None and _fits(served, args, kwargs):
                return served(*args, **kwargs)
            return getattr(self._real(), attr)(*args, **kwargs)
        return call

    def _real(self) -> Any:
        return self._app.service(self._name)


def _fits(function: Callable[..., Any], args: tuple, kwargs: dict) -> bool:
    try:
        inspect.signature(function).bind(*args, **kwargs)
    except TypeError:  # a call 首页 does not make (the full staff list's pages): the real service
        return False
    return True
