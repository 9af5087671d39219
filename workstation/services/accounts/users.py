"""User management for administrators (USER_MANAGE): create, set roles, deactivate, reset, unlock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.base import utcnow
from workstation.db.orm.accounts import User
from workstation.domain.errors import ConflictError, NotFound, ValidationError
from workstation.domain.permissions import USER_ROLES, Action, Role
from workstation.services.accounts.auth import (
    POLICY,
    AuthPolicy,
    check_new_password,
    check_username,
    hash_password,
)
from workstation.services.accounts.district_lock import drop_wrap, wrap_for
from workstation.services.accounts.unlock_attempts import mirror_lock
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, writing


@dataclass(frozen=True)
class UserInfo:
    """An account as the user-management dialog shows it (never the password hash)."""

    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None

    def locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


class UserService:
    """Accounts, administered by a user whose role allows USER_MANAGE."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, policy: AuthPolicy = POLICY,
                 now: Callable[[], dt.datetime] = utcnow) -> None:
        self._factory = factory
        self._actor = actor
        self._policy = policy
        self._now = now

    def users(self) -> list[UserInfo]:
        """Every account, active first, by username."""
        with reading(self._factory, self._actor, Action.USER_MANAGE) as session:
            rows = session.scalars(select(User).order_by(User.active.desc(), User.username))
            return [_info(u) for u in rows]

    def create(self, username: str, display_name: str, role: Role, password: str) -> UserInfo:
        """A new active account; the username must be unused."""
        name = check_username(username)
        _check_role(role)
        check_new_password(password, name, self._policy)
        with writing(self._factory, self._actor, Action.USER_MANAGE) as session:
            if session.scalar(select(User.id).where(User.username == name)) is not None:
                raise ConflictError(f"用户名“{name}”已被使用。")
            who = self._actor.username
            user = User(username=name, display_name=display_name.strip() or name, role=role,
                        password_hash=hash_password(password), password_changed_at=self._now(),
                        created_by=who, updated_by=who)
            session.add(user)
            session.flush()
            info = _info(user)
        wrap_for(self._factory, name, password)  # their password unlocks the district from now on
        return info

    def set_role(self, username: str, role: Role) -> UserInfo:
        """Give an account another role (the last active administrator keeps theirs)."""
        _check_role(role)
        with writing(self._factory, self._actor, Action.USER_MANAGE) as session:
            user = _user(session, username)
            if user.role == Role.ADMIN and role != Role.ADMIN:
                _keep_an_admin(session, user)
            return self._changed(user, role=role)

    def set_active(self, username: str, active: bool) -> UserInfo:
        """Deactivate (or reactivate) an account; you cannot deactivate yourself."""
        with writing(self._factory, self._actor, Action.USER_MANAGE) as session:
            user = _user(session, username)
            if not active and user.username == self._actor.username:
                raise ConflictError("不能停用当前登录的账号。")
            if not active and user.role == Role.ADMIN:
                _keep_an_admin(session, user)
            info = self._changed(user, active=active)
        if not active:
            drop_wrap(self._factory, info.username)  # (reactivated: unlocks again after a password reset)
        return info

    def reset_password(self, username: str, password: str) -> UserInfo:
        """Set a new password for someone who forgot theirs (also lifts a lockout)."""
        with writing(self._factory, self._actor, Action.USER_MANAGE) as session:
            user = _user(session, username)
            check_new_password(password, user.username, self._policy)
            info = self._changed(user, password_hash=hash_password(password), password_changed_at=self._now(),
                                 failed_attempts=0, locked_until=None)
        if info.active:
            wrap_for(self._factory, info.username, password)
        mirror_lock(self._factory, info.username, None)
        return info

    def unlock(self, username: str) -> UserInfo:
        """Lift a lockout after too many wrong passwords (also the one kept for the next unlock)."""
        with writing(self._factory, self._actor, Action.USER_MANAGE) as session:
            info = self._changed(_user(session, username), failed_attempts=0, locked_until=None)
        mirror_lock(self._factory, info.username, None)
        return info

    def _changed(self, user: User, **values: object) -> UserInfo:
        for name, value in values.items():
            setattr(user, name, value)
        user.updated_by = self._actor.username
        return _info(user)


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().casefold()))
    if user is None:
        raise NotFound(f"找不到用户“{username}”。")
    return user


def _check_role(role: Role) -> None:
    if Role(role) not in USER_ROLES:
        raise ValidationError(f"不能把账号设为“{role.zh}”角色。", "role")


def _keep_an_admin(session: Session, user: User) -> None:
    others = select(func.count()).select_from(User).where(
        User.role == Role.ADMIN, User.active.is_(True), User.id != user.id)
    if not session.scalar(others):
        raise ConflictError("至少要保留一个启用的系统管理员账号。")


def _info(user: User) -> UserInfo:
    return UserInfo(user.username, user.display_name, user.role, user.active, user.locked_until,
                    user.last_login_at)
