"""The account rules and the sign-in's refusals, without the ORM: the unlock of an encrypted district
(key_unlock) uses them before SQLAlchemy has loaded, AuthService after."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.domain.errors import DomainError
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text


@dataclass(frozen=True)
class AuthPolicy:
    """Every account rule in one place."""

    min_password_length: int = 10  # 等保 level 2 asks for complex passwords; length is what resists guessing
    max_password_length: int = 128
    max_failures: int = 5  # wrong passwords in a row before the account locks
    lockout: dt.timedelta = dt.timedelta(minutes=15)


POLICY = AuthPolicy()
# The same answer for an unknown name, a wrong password and a locked account, so that nobody learns
# from the login which user names exist; only who knows the password hears that it is locked.
NOT_ACCEPTED = "用户名或密码不正确。连续输错 {n} 次，账号将锁定 {m} 分钟；忘记密码请联系系统管理员。"


class LoginFailed(DomainError):
    """Wrong username or password; `remaining` tries before the account locks (None: unknown user)."""

    def __init__(self, message: str | Text, remaining: int | None = None) -> None:
        super().__init__(message)
        self.remaining = remaining


class AccountLocked(LoginFailed):
    """Too many wrong passwords: no login until `until` (UTC)."""

    def __init__(self, message: str, until: dt.datetime) -> None:
        super().__init__(message, 0)
        self.until = until


class AccountInactive(LoginFailed):
    """The account was deactivated by an administrator."""


def not_accepted(policy: AuthPolicy = POLICY) -> Text:
    """NOT_ACCEPTED, in the person's language where it is shown (its Chinese as str())."""
    return text(QT_TRANSLATE_NOOP("DomainText", "用户名或密码不正确。连续输错 {n} 次，账号将锁定 {m} 分钟；"
                                                "忘记密码请联系系统管理员。"),
                n=policy.max_failures, m=int(policy.lockout.total_seconds() // 60))


def locked_until_text(until: dt.datetime) -> Text:
    """The refusal of a locked account whose right password was given."""
    return text(QT_TRANSLATE_NOOP("DomainText", "该账号因连续多次密码错误已被锁定，请在 {time} 后再试，或请系统管理员解锁。"),
                time=local_time(until))


def local_time(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")


def utcnow() -> dt.datetime:
    """Naive UTC, as db.base.utcnow (which loads the ORM)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
