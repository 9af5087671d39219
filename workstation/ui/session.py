"""A signed-in working session: the idle lock, the audit trail's alarms and checkpoints, and the automatic
backups at start and on exit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from workstation.domain.errors import DomainError
from workstation.domain.workstation_settings import WorkstationSettings
from workstation.logs import log_exception
from workstation.services.accounts import AuthService
from workstation.services.audit import anchor
from workstation.services.backup import backups_folder, forced_on_exit, run_automatic
from workstation.services.common.context import Actor
from workstation.services.district import SettingsService
from workstation.ui.accounts import IdleLock, visible_windows
from workstation.ui.tasks import Pool, ProgressDialog, SynchronousPool, Task

BackupsDir = Callable[[WorkstationSettings], Path]


class WorkSession(QObject):
    logged_out = Signal()  # 注销 / 切换用户: the window closes and the login dialog shows again

    def __init__(self, window: QMainWindow, db_location: str, actor: Actor, auth: AuthService,
                 settings: WorkstationSettings, backups_dir: BackupsDir, pool: Pool | None = None) -> None:
        super().__init__(window)
        self._window, self._location, self._actor = window, db_location, actor
        self._settings, self._backups_dir, self._pool = settings, backups_dir, pool or QThreadPool.globalInstance()
        self._auth = auth
        self.idle_lock = IdleLock(auth, actor, settings.idle_lock_minutes * 60_000, self)
        self.idle_lock.logout_requested.connect(lambda: self.logout(ask=False))
        self.is_logged_out = False
        if hasattr(window, "logout_requested"):
            window.logout_requested.connect(self.logout)
            window.lock_requested.connect(self.idle_lock.lock)
        self.start_task: Task | None = None
        self.exit_dialog: ProgressDialog | None = None
        self.engine = None  # the database's engine: the audit trail is checked and anchored at start and exit
        self.audit_alarm: QMessageBox | None = None
        self.factory = None  # the database's sessions: the alarm is audited

    @classmethod
    def start(cls, window, db, actor: Actor, pool: Pool | None = None) -> WorkSession:
        """Begin the session for a window whose pages are attached (see app.attach_database)."""
        settings = SettingsService(db.factory, actor).get()
        session = cls(window, db.location, actor, AuthService(db.factory), settings,
                      lambda s: backups_folder(db.location, s.backup_folder), pool)
        page = window.page("settings")
        if hasattr(page, "lock_requested"):
            page.lock_requested.connect(session.idle_lock.lock)
            page.settings_saved.connect(session.apply)
        session.idle_lock.start()
        session.engine = db.engine
        session.factory = db.factory
        session.check_audit_trail()
        session.backup_at_start()
        return session

    def check_audit_trail(self) -> None:
        """The trail's head and outside checkpoints; when they do not hold, an alarm that blocks the work
        (ui/audit_lockdown: the administrator keeps only the audit log and backups, anyone else is signed out)."""
        try:
            problems = anchor(self.engine, "sign-in")
        except DomainError as exc:
            problems = [exc.message]
        if not problems:
            return
        from workstation.ui.audit_lockdown import raise_alarm

        self.audit_alarm = raise_alarm(self._window, self._actor, self.factory, problems,
                                       lambda: self.logout(ask=False))

    def apply(self, settings: WorkstationSettings) -> None:
        self._settings = settings
        self.idle_lock.set_interval(settings.idle_lock_minutes * 60_000)

    def logout(self, ask: bool = True) -> bool:
        """End the session so another user (or the same) can sign in; False when the person declined.

        From the window (`ask`): confirm, then close every other window, each of which may ask about
        its unsaved input and so keep the session. From the lock dialog the person has already agreed
        to lose unsaved input, and nothing may show personal data again: every window just goes.
        """
        others = [w for w in visible_windows() if w is not self._window]
        if ask:
            answer = QMessageBox.question(self._window, self.tr("注销 / 切换用户"),
                                          self.tr("注销后回到登录窗口，可由您或其他用户重新登录。确定注销吗？"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            for window in others:
                window.close()
                if window.isVisible():
                    return False  # kept open to save its input
        else:
            for window in others:
                window.hide()
                if window.parent() is None:
                    window.deleteLater()
        try:
            self._auth.logout(self._actor, "menu" if ask else "lock")
        except DomainError as exc:  # the trail could not be written: the session still ends
            log_exception(exc)
        self.is_logged_out = True
        self.idle_lock.stop()
        self.logged_out.emit()
        self._window.close()
        return True

    def backup_at_start(self) -> None:
        """Today's automatic backup, in the background, unless one exists (then only rotation)."""
        if not self._settings.auto_backup:
            return
        self.start_task = Task(self._work(force=False))
        self.start_task.signals.finished.connect(self._started_backup_done)
        self.start_task.signals.failed.connect(
            lambda message: self._status(self.tr("自动备份失败：{message}").format(message=message), 0))
        self.start_task.start(self._pool)

    def end(self, backup: bool = True) -> None:
        """On exit: stop the lock, wait for the start backup, then back up with a progress dialog.

        A logout (`backup` False) leaves the exit backup to the end of the program (app._show runs
        `backup_on_exit` when nobody signs in again).

        The application's event loop has ended, and Qt then returns from any new event loop at
        once: so the exit backup runs on this thread (the modal progress dialog still paints).
        """
        self.idle_lock.stop()
        if self.start_task is not None:
            # Still copying today's start backup (a big district: a minute, with no window shown): stop it;
            # the exit backup (or the next start) makes the day's backup instead.
            self.start_task.cancel()
        wait = getattr(self._pool, "waitForDone", None)
        if wait is not None:
            wait()  # the start backup, until it notices the cancel
        if getattr(self._window, "database", None) is None:
            return  # released for a restore: nothing of this session to keep
        if self.engine is not None:
            try:
                anchor(self.engine, "exit")  # a checkpoint of the session's last state, unless it is already in doubt
            except DomainError as exc:
                log_exception(exc)
        if not backup:
            return
        backup_on_exit(self._location, self._actor, self._settings, self._backups_dir(self._settings))

    @property
    def actor(self) -> Actor:
        return self._actor

    def _work(self, force: bool):
        return _automatic(self._location, self._actor, self._settings, self._backups_dir(self._settings), force)

    def _started_backup_done(self, made: Path | None) -> None:
        if made is not None:
            self._status(self.tr("已自动备份：{file}").format(file=made.name), 10_000)

    def _status(self, text: str, timeout_ms: int) -> None:
        try:
            self._window.statusBar().showMessage(text, timeout_ms)
        except RuntimeError as exc:  # window already gone at exit
            log_exception(exc)



def backup_on_exit(location: str, actor: Actor, settings: WorkstationSettings, folder: Path) -> None:
    """The automatic backup as the program ends (after the last window), with a progress dialog."""
    if not settings.auto_backup:
        return
    title = QCoreApplication.translate("WorkSession", "退出时自动备份")
    task = Task(_automatic(location, actor, settings, folder, force=forced_on_exit(location)))
    task.signals.failed.connect(lambda message: QMessageBox.warning(
        None, title, QCoreApplication.translate("WorkSession", "退出时自动备份失败：{message}\n数据已保存在数据库中。").format(
            message=message)))
    dialog = ProgressDialog(None, title, QCoreApplication.translate("WorkSession", "正在备份数据库和附件…"))
    dialog.run(task, SynchronousPool())
    dialog.deleteLater()


def backup_after_logout(db, actor: Actor) -> None:
    """Nobody signed in again after a logout: the exit backup the ended session left to the end."""
    try:
        settings = SettingsService(db.factory, actor).get()
    except DomainError as exc:
        log_exception(exc)
        return
    backup_on_exit(db.location, actor, settings, backups_folder(db.location, settings.backup_folder))


def _automatic(location: str, actor: Actor, settings: WorkstationSettings, folder: Path, force: bool):
    daily, monthly = settings.backup_keep_daily, settings.backup_keep_monthly

    def work(progress, is_cancelled):
        return run_automatic(location, folder, actor=actor, keep_daily=daily, keep_monthly=monthly,
                             now=dt.datetime.now(), progress=progress, is_cancelled=is_cancelled, force=force)
    return work
