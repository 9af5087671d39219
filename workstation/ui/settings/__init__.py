"""The 系统设置 area: own account, workstation policy, backups, users and the audit trail.

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.settings.area import build_page
    from workstation.ui.settings.settings_page import SettingsPage, SettingsServices, tell_restart

__all__ = [
    "SettingsPage",
    "SettingsServices",
    "build_page",
    "tell_restart",
]

__getattr__ = lazy_front(__name__, {
    "SettingsPage": "settings_page",
    "SettingsServices": "settings_page",
    "build_page": "area",
    "tell_restart": "settings_page",
})
