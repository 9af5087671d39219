"""Accounts: the first administrator, login with lockout, password changes.

Passwords are stored only as salted scrypt hashes and compared in constant time. Nothing here
logs a password or personal data; login attempts are recorded in the audit trail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.base import utcnow
from workstation.db.key_locks import hold_key_lock
from workstation.db.orm.accounts import User
from workstation.domain.common_passwords import is_common
from workstation.domain.errors import ConflictError, DomainError, ValidationError
from workstation.domain.passwords import dummy_hash, hash_password, normalize_username, verify_password
from workstation.domain.permissions import Role
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.services.accounts.login_rules import (  # noqa: F401  (this module's names too)
    NOT_ACCEPTED,
    POLICY,
    AccountInactive,
    AccountLocked,
    AuthPolicy,
    LoginFailed,
    local_time,
    locked_until_text,
    not_accepted,
)
from workstation.services.audit import record_event, records_as
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, writing

_USERNAME = re.compile(r"[^\s:]{2,32}")


def check_username(text: str) -> str:
    """The username as stored, or ValidationError (2–32 characters, no spaces or colons)."""
    name = normalize_username(text)
    if not _USERNAME.fullmatch(name):
        raise ValidationError("用户名应为 2–32 个字符，不能含空格或冒号。", "username")
    return name


def check_new_password(password: str, username: str = "", policy: AuthPolicy = POLICY,
                       noun: str = "密码", field: str = "password") -> None:
    """Refuse passwords that are too short, too long, too simple or equal to the username (`noun`
    names the field in the message: the recovery secret is a 恢复口令, not a 密码)."""
    if len(password) < policy.min_password_length:
        raise ValidationError(f"{noun}至少需要 {policy.min_password_length} 个字符。", field)
    if len(password) > policy.max_password_length:
        raise ValidationError(f"{noun}最多 {policy.max_password_length} 个字符。", field)
    name = username.strip().casefold()
    if name and password.casefold() == name:
        raise ValidationError(f"{noun}不能与用户名相同。", field)
    if len(set(password)) < 3:
        raise ValidationError(f"{noun}过于简单，请混用不同的字母、数字或符号。", field)
    if is_common(password):
        raise ValidationError(f"这是常见{'密码' if noun == '密码' else '的弱口令'}，很容易被猜中，请换一个。", field)


class AuthService:
    """Who may use the workstation: first run, login, re-authentication, own password."""

    def __init__(self, factory: sessionmaker[Session], policy: AuthPolicy = POLICY,
                 now: Callable[[], dt.datetime] = utcnow) -> None:
        self._factory = factory
        self._policy = policy
        self._now = now

    def has_users(self) -> bool:
        """False on a new database: the first-run flow must create the administrator."""
        with reading(self._factory) as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        """Create the first administrator (refused once any account exists); return them as actor."""
        name = check_username(username)
        check_new_password(password, name, self._policy)
        actor = Actor(name, display_name.strip() or name, Role.ADMIN.value)
        with writing(self._factory, actor) as session:  # before the account exists: not yet `account`
            hold_key_lock(session, "first_admin", "")  # two desks setting up a new server at once
            if session.scalar(select(func.count()).select_from(User)):
                raise ConflictError("已有用户账号，不能再创建首个管理员。")
            session.add(User(username=name, display_name=actor.display_name, role=Role.ADMIN,
                             password_hash=hash_password(password), password_changed_at=self._now(),
                             last_login_at=self._now(),  # creating it is its first sign-in
                             created_by=name, updated_by=name))
        return dataclasses.replace(actor, account=True)

    def login(self, username: str, password: str, purpose: str = "login") -> Actor:
        """The actor for a correct password; LoginFailed / AccountLocked / AccountInactive otherwise.

        Failures are counted (and written) even though an error is raised.
        """
        name = normalize_username(username)
        self._apply_unlock_failures(name)
        with writing(self._factory, Actor(name[:64], name[:64], "")) as session:
            user = session.scalar(select(User).where(User.username == name))
            outcome = self._attempt(session, user, name, password, purpose)
            locked = user.locked_until if user is not None and isinstance(outcome, LoginFailed) else None
        if locked is not None and locked > self._now():
            from workstation.services.accounts.unlock_attempts import mirror_lock

            mirror_lock(self._factory, name, locked)  # the next start's unlock refuses it too
        if isinstance(outcome, DomainError):
            raise outcome
        return outcome

    def record_login(self, actor: Actor) -> Actor:
        """Record a login already checked by quick_login (start-up, before the ORM loaded).

        The account is read again: one deactivated or locked in between is refused now.
        """
        self._apply_unlock_failures(actor.username)
        with writing(self._factory, _unchecked(actor)) as session:
            user = session.scalar(select(User).where(User.username == actor.username))
            now = self._now()
            if user is None or not user.active or (user.locked_until is not None and user.locked_until > now):
                raise AccountInactive(text(QT_TRANSLATE_NOOP("DomainText", "该账号已停用或被锁定，请联系系统管理员。")))
            return self._succeeded(session, user, "login", now)

    def reauthenticate(self, actor: Actor, password: str) -> Actor:
        """Unlock an idle-locked session: the same user's password, counted like a login."""
        return self.login(actor.username, password, purpose="unlock")

    def logout(self, actor: Actor, how: str = "menu") -> None:
        """Record the end of `actor`'s session (`how`: "menu", "lock" or "switch"), also of a deactivated one."""
        with writing(self._factory, _unchecked(actor)) as session:
            user = session.scalar(select(User).where(User.username == actor.username))
            record_event(session, actor, "logout", "user_account", user.id if user else "", {"how": how},
                         entity_uuid=user.uuid if user else "")

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        """Change the actor's own password after checking the current one."""
        check_new_password(new, actor.username, self._policy)
        with writing(self._factory, actor) as session:
            user = session.scalar(select(User).where(User.username == actor.username))
            if user is None or not verify_password(old, user.password_hash):
                raise ValidationError("当前密码不正确。", "old_password")
            if verify_password(new, user.password_hash):
                raise ValidationError("新密码不能与当前密码相同。", "password")
            records_as(session, "password_change")
            user.password_hash = hash_password(new)
            user.password_changed_at = self._now()
            user.updated_by = actor.username
        from workstation.services.accounts.district_lock import wrap_for  # (imports this module)

        wrap_for(self._factory, actor.username, new)

    def _apply_unlock_failures(self, name: str) -> None:
        from workstation.services.accounts.unlock_attempts import apply_pending

        apply_pending(self._factory, name, self._policy.max_failures, self._policy.lockout, self._now())

    def _attempt(self, session: Session, user: User | None, name: str, password: str,
                 purpose: str) -> Actor | DomainError:
        now = self._now()
        if user is None:
            verify_password(password, dummy_hash())
            return self._failed(session, name, "unknown", LoginFailed(self._not_accepted()))
        correct = verify_password(password, user.password_hash)
        if user.locked_until is not None and user.locked_until > now:
            if not correct:
                return self._failed(session, name, "locked", LoginFailed(self._not_accepted()))
            return self._failed(session, name, "locked",
                                AccountLocked(locked_until_text(user.locked_until), user.locked_until))
        if not correct:
            return self._wrong_password(session, user, now, purpose)
        if not user.active:
            return self._failed(session, name, "inactive", AccountInactive(text(QT_TRANSLATE_NOOP("DomainText", "该账号已停用，请联系系统管理员。"))))
        return self._succeeded(session, user, purpose, now)

    def _succeeded(self, session: Session, user: User, purpose: str, now: dt.datetime) -> Actor:
        records_as(session, purpose)
        user.failed_attempts, user.locked_until, user.last_login_at = 0, None, now
        actor = Actor(user.username, user.display_name, user.role.value, account=True)
        record_event(session, actor, purpose, "user_account", user.id, {}, entity_uuid=user.uuid)
        return actor

    def _not_accepted(self) -> str:
        return not_accepted(self._policy)

    def _wrong_password(self, session: Session, user: User, now: dt.datetime, purpose: str) -> DomainError:
        records_as(session, "login_failed")
        user.failed_attempts += 1
        remaining = self._policy.max_failures - user.failed_attempts
        unlocking = purpose == "unlock"  # the locked session's own user: the name is no secret there
        if remaining > 0:
            tries = text(QT_TRANSLATE_NOOP("DomainText", "密码不正确，还可再试 {remaining} 次。"), remaining=remaining)
            return LoginFailed(tries if unlocking else self._not_accepted(), remaining)
        user.failed_attempts, user.locked_until = 0, now + self._policy.lockout
        if not unlocking:
            return LoginFailed(self._not_accepted(), 0)
        minutes = int(self._policy.lockout.total_seconds() // 60)
        return AccountLocked(text(QT_TRANSLATE_NOOP("DomainText", "密码连续错误 {n} 次，账号已锁定 {m} 分钟（至 {time}）。"),
                                  n=self._policy.max_failures, m=minutes, time=local_time(user.locked_until)),
                             user.locked_until)

    def _failed(self, session: Session, name: str, why: str, error: LoginFailed) -> LoginFailed:
        actor = Actor(name[:64], name[:64], "")
        record_event(session, actor, "login_failed", "user_account", "", {"username": name[:64], "why": why})
        return error


def _unchecked(actor: Actor) -> Actor:
    """The actor for a unit of work that checks the account itself (or needs none: a logout)."""
    return dataclasses.replace(actor, account=False)
