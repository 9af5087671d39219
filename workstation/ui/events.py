"""The application's event hub: pages learn here that data changed, whoever changed it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """One signal per kind of data; emitted after the change is committed."""

    nurseries_changed = Signal()
    filings_changed = Signal()
    inspections_changed = Signal()
    fees_changed = Signal()
    users_changed = Signal()
    settings_changed = Signal()
    backups_changed = Signal()
    calendar_changed = Signal()  # deadlines may have moved: every view showing one refreshes
