"""What every area page is built from: the application context, the window, the event hub.

Pages are built lazily, on first visit, by their area's `build_page(ctx)`; cross-area requests
(open a nursery, open an application, show the calendar) go through here, so an area never needs
another area's page object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool

from workstation.ui.events import AppEvents

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from workstation.context import AppContext
    from workstation.domain.district import DistrictSettings
    from workstation.services.common.context import Actor
    from workstation.ui.main_window import MainWindow


class UiContext:
    def __init__(self, app: AppContext, window: MainWindow,
                 pool: QThreadPool | None = None) -> None:
        self.app, self.window = app, window
        self.pool = pool or QThreadPool.globalInstance()
        self.events = AppEvents(window)

    @property
    def actor(self) -> Actor:
        return self.app.actor

    @property
    def district(self) -> DistrictSettings:
        return self.window.home_page.district

    def page(self, key: str) -> QWidget:
        """The area's page, built now if this is its first use."""
        return self.window.page(key)

    def open_nursery(self, nursery_id: int) -> None:
        self.page("registry").open_record(nursery_id)

    def open_application(self, application_id: int) -> None:
        self.window.show_area("filing")
        self.page("filing").open_application(application_id)

    def show_calendar(self) -> None:
        self.window.show_area("settings")
        self.page("settings").show_calendar()
