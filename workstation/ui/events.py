"""The application's event hub: pages learn here that data changed, whoever changed it.

A page that changes data calls `events.notify("filings")` (and so on) after the change committed;
every page showing such data listens to the matching signal and refreshes itself. `any_changed`
carries the kind for views that show everything (the audit list, the home page).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

KINDS = ("nurseries", "filings", "inspections", "fees", "users", "settings", "backups", "calendar", "exports",
         "staff")


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
    exports_changed = Signal()   # a register was exported (the audit trail has a new row)
    staff_changed = Signal()     # rosters, certificates, checks or the ban list
    any_changed = Signal(str)    # the kind, after its own signal

    def notify(self, *kinds: str) -> None:
        """Tell every listener that data of these kinds changed (names from KINDS)."""
        for kind in kinds:
            if kind not in KINDS:
                raise ValueError(f"unknown kind of data: {kind!r}")
            getattr(self, f"{kind}_changed").emit()
            self.any_changed.emit(kind)
