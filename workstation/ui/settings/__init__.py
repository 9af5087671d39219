"""The 系统设置 area: own account, workstation policy, backups, users and the audit trail."""

from .settings_page import SettingsPage, SettingsServices

__all__ = ["SettingsPage", "SettingsServices"]
