"""Accounts in the interface: login, idle lock, user management, own password.

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.accounts.account_dialogs import PasswordDialog
    from workstation.ui.accounts.idle_lock import IdleLock, visible_windows
    from workstation.ui.accounts.login_flow import DatabaseLoader, LazyAuth, sign_in
    from workstation.ui.accounts.recovery_restore import RecoveryRestoreDialog
    from workstation.ui.accounts.unlock import FirstAdminAuth, UnlockingAuth, seal_first_run
    from workstation.ui.accounts.users_dialog import UsersDialog

__all__ = [
    "DatabaseLoader",
    "FirstAdminAuth",
    "IdleLock",
    "LazyAuth",
    "PasswordDialog",
    "RecoveryRestoreDialog",
    "UnlockingAuth",
    "UsersDialog",
    "seal_first_run",
    "sign_in",
    "visible_windows",
]

__getattr__ = lazy_front(__name__, {
    "DatabaseLoader": "login_flow",
    "FirstAdminAuth": "unlock",
    "IdleLock": "idle_lock",
    "LazyAuth": "login_flow",
    "PasswordDialog": "account_dialogs",
    "RecoveryRestoreDialog": "recovery_restore",
    "UnlockingAuth": "unlock",
    "UsersDialog": "users_dialog",
    "seal_first_run": "unlock",
    "sign_in": "login_flow",
    "visible_windows": "idle_lock",
})
