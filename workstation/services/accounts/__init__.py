"""Accounts: sign-in (also the stdlib quick login), users, passwords and lockout.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.accounts.auth import (
        AccountLocked,
        AuthService,
        LoginFailed,
        check_new_password,
        check_username,
    )
    from workstation.services.accounts.district_lock import (
        RECOVERY_HELP,
        check_recovery_secret,
        recover_administrator,
        seal_new_district,
        unlock_with_recovery,
    )
    from workstation.services.accounts.fast_path import quick_login, stored_hash
    from workstation.services.accounts.key_unlock import is_encrypted, unlock, unlock_for_sign_in
    from workstation.services.accounts.login_rules import POLICY, local_time, utcnow
    from workstation.services.accounts.users import UserInfo, UserService

__all__ = [
    "POLICY",
    "AccountLocked",
    "AuthService",
    "LoginFailed",
    "RECOVERY_HELP",
    "UserInfo",
    "UserService",
    "check_new_password",
    "check_recovery_secret",
    "check_username",
    "is_encrypted",
    "local_time",
    "quick_login",
    "recover_administrator",
    "seal_new_district",
    "stored_hash",
    "unlock",
    "unlock_for_sign_in",
    "unlock_with_recovery",
    "utcnow",
]

__getattr__ = lazy_front(__name__, {
    "AccountLocked": "auth",
    "AuthService": "auth",
    "LoginFailed": "auth",
    "UserInfo": "users",
    "UserService": "users",
    "RECOVERY_HELP": "district_lock",
    "check_new_password": "auth",
    "check_recovery_secret": "district_lock",
    "check_username": "auth",
    "is_encrypted": "key_unlock",
    "POLICY": "login_rules",
    "local_time": "login_rules",
    "utcnow": "login_rules",
    "quick_login": "fast_path",
    "stored_hash": "fast_path",
    "recover_administrator": "district_lock",
    "seal_new_district": "district_lock",
    "unlock": "key_unlock",
    "unlock_for_sign_in": "key_unlock",
    "unlock_with_recovery": "district_lock",
})
