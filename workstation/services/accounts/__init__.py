"""Accounts: sign-in (also the stdlib quick login), users, passwords and lockout.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.accounts.auth import AuthService
    from workstation.services.accounts.fast_path import quick_login
    from workstation.services.accounts.users import UserInfo, UserService

__all__ = [
    "AuthService",
    "UserInfo",
    "UserService",
    "quick_login",
]

__getattr__ = lazy_front(__name__, {
    "AuthService": "auth",
    "UserInfo": "users",
    "UserService": "users",
    "quick_login": "fast_path",
})
