"""Signing in at start, what each role sees, the settings page, idle lock and automatic backups."""

from __future__ import annotations

import sys
from argparse import Namespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import text

from workstation import app as app_module
from workstation.app import EXIT_FAILED, EXIT_OK, attach_database, build_main_window, run_gui
from workstation.domain.permissions import Role
from workstation.domain.workstation_settings import WorkstationSettings
from workstation.services.accounts.auth import AuthService
from workstation.services.accounts.users import UserService
from workstation.services.audit.service import AuditFilter, AuditService
from workstation.services.backup.rotation import automatic_backups, backups_folder
from workstation.services.backup.service import verify
from workstation.services.common.context import Actor
from workstation.services.district.settings import SettingsService
from workstation.ui.session import WorkSession
from workstation.ui.tasks import SynchronousPool

PASSWORD = "correct horse 1"


@pytest.fixture(autouse=True)
def isolated(monkeypatch, qapp, translators):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    real_install = app_module.install_translator
    monkeypatch.setattr(app_module, "install_translator", lambda a, lang: translators.extend(real_install(a, lang)))
    # A window of an earlier test closing later must not end this test's dialogs.
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


@pytest.fixture
def accounts(district):
    """admin (first administrator) plus one account per other role."""
    admin = AuthService(district.factory).create_first_admin("admin", "管理员", PASSWORD)
    users = UserService(district.factory, admin)
    for name, role in (("clerk", Role.CLERK), ("inspector", Role.INSPECTOR), ("manager", Role.MANAGER)):
        users.create(name, name, role, PASSWORD)
    return district


def args(**kw) -> Namespace:
    return Namespace(**{"lang": "zh", "screenshot": None, "quit_after_show": True, **kw})


def on_modal_dialog(action) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            action(dialog)

    QTimer.singleShot(0, poll)


def logins(db, outcome: str) -> list:
    actor = Actor("admin", "管理员", Role.ADMIN.value)
    return AuditService(db.factory, actor).page(AuditFilter(action=outcome))


def test_login_dialog_comes_first_and_names_the_user_in_the_window(accounts, watchdog, monkeypatch):
    shown = []
    real_show = app_module._show
    monkeypatch.setattr(app_module, "_show", lambda app, window, a: (shown.append(window.user_label.text()),
                                                                      real_show(app, window, a))[1])

    def fill(dialog) -> None:
        dialog.ui.usernameEdit.setText("inspector")
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.accept()

    on_modal_dialog(fill)
    location = accounts.location
    accounts.close()
    assert run_gui(location, args()) == EXIT_OK
    assert shown and "inspector" in shown[0]


def test_cancelled_login_exits_without_a_window(accounts, watchdog, monkeypatch):
    monkeypatch.setattr(app_module, "_show", lambda *_a: pytest.fail("no window without a login"))
    on_modal_dialog(lambda dialog: dialog.reject())
    location = accounts.location
    accounts.close()
    assert run_gui(location, args()) == EXIT_OK


def test_wrong_scripted_password_fails_and_is_audited(accounts, watchdog, capsys):
    location = accounts.location
    assert run_gui(location, args(credentials=("clerk", "wrong password"))) == EXIT_FAILED
    assert "密码" in capsys.readouterr().err
    assert logins(accounts, "login_failed")


def test_first_start_without_accounts_asks_for_the_administrator(district, watchdog):
    def fill(dialog) -> None:
        ui = dialog.ui
        ui.usernameEdit.setText("chief")
        ui.displayNameEdit.setText("chief")
        ui.passwordEdit.setText(PASSWORD)
        ui.confirmEdit.setText(PASSWORD)
        dialog.accept()

    on_modal_dialog(fill)
    assert run_gui(district.location, args()) == EXIT_OK
    assert AuthService(district.factory).login("chief", PASSWORD).role == Role.ADMIN.value


def window_for(qtbot, db, username: str):
    actor = AuthService(db.factory).login(username, PASSWORD)
    window = build_main_window(db, actor)
    qtbot.addWidget(window)
    attach_database(window, db, actor)
    return window


@pytest.mark.parametrize(("username", "registers", "new_nursery", "tabs"), [
    # a backup holds every full ID number and password hash: not the clerk's nor the inspector's to take
    ("clerk", False, True, {"我的账户", "工作站设置", "工作日历", "规则参数", "登记机关"}),
    ("inspector", False, False, {"我的账户", "工作站设置", "工作日历", "规则参数", "登记机关"}),
    ("manager", True, False, {"我的账户", "工作站设置", "工作日历", "规则参数", "登记机关", "备份与恢复", "审计日志"}),
    ("admin", False, False, {"我的账户", "工作站设置", "工作日历", "规则参数", "登记机关", "备份与恢复", "用户管理", "审计日志"}),
])
def test_each_role_sees_only_what_it_may_do(qtbot, accounts, username, registers, new_nursery, tabs):
    window = window_for(qtbot, accounts, username)
    assert window.area_hidden("registers") is not registers
    assert window.page("registry").new_button.isHidden() is not new_nursery
    assert set(window.page("settings").tab_titles()) == tabs


def test_hidden_area_shortcut_does_nothing(qtbot, accounts):
    window = window_for(qtbot, accounts, "clerk")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # 名册报表 is the sixth area
    assert window.current_area() == "home"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "registry"


def test_administrator_saves_settings_and_the_idle_lock_follows(qtbot, accounts, tmp_path):
    window = window_for(qtbot, accounts, "admin")
    session = WorkSession.start(window, accounts, AuthService(accounts.factory).login("admin", PASSWORD),
                                SynchronousPool())
    assert session.idle_lock._timer.interval() == 10 * 60_000
    page = window.page("settings")
    page.ui.idleSpin.setValue(0)
    assert page.ui.idleSpin.value() == 1 and page.ui.idleSpin.text() == "1 分钟"  # no "不锁定" any more
    page.ui.idleSpin.setValue(3)
    page.ui.folderEdit.setText(str(tmp_path / "bk"))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.ui.policyMessage.text() == "设置已保存。"
    assert session.idle_lock._timer.interval() == 3 * 60_000
    assert SettingsService(accounts.factory, Actor("x", role="CLERK")).get().backup_folder == str(tmp_path / "bk")
    session.idle_lock.stop()


def test_clerk_cannot_change_settings(qtbot, accounts):
    window = window_for(qtbot, accounts, "clerk")
    page = window.page("settings")
    assert not page.ui.idleSpin.isEnabled() and page.ui.saveButton.isHidden()


def backups_made(db) -> int:
    with db.factory() as session:
        return session.execute(text("SELECT count(*) FROM audit_log WHERE action = 'backup'")).scalar_one()


def test_automatic_backup_at_start_once_a_day_and_on_exit_only_after_a_change(qtbot, accounts, tmp_path):
    """The walk at 100,000 nurseries: 1.2 GB backed up at every start and again at every exit, changed or not."""
    clerk = AuthService(accounts.factory).login("clerk", PASSWORD)
    admin = AuthService(accounts.factory).login("admin", PASSWORD)
    SettingsService(accounts.factory, admin).save(WorkstationSettings(backup_folder=str(tmp_path / "auto")))
    window = window_for(qtbot, accounts, "clerk")
    folder = backups_folder(accounts.location, str(tmp_path / "auto"))

    first = WorkSession.start(window, accounts, clerk, SynchronousPool())
    assert len(automatic_backups(folder)) == 1 and backups_made(accounts) == 1
    first.end()  # signed in, looked, closed: the start backup holds all of it
    assert backups_made(accounts) == 1
    second = WorkSession.start(window, accounts, clerk, SynchronousPool())
    UserService(accounts.factory, admin).create("clerk2", "clerk2", Role.CLERK, PASSWORD)  # a change
    second.end()
    assert backups_made(accounts) == 2  # on exit after a change; the newest of a day is kept
    newest = automatic_backups(folder)[-1][1]
    assert verify(newest, accounts.location).manifest.tables["user_account"] == 5


def test_no_automatic_backup_when_switched_off(qtbot, accounts, tmp_path):
    admin = AuthService(accounts.factory).login("admin", PASSWORD)
    SettingsService(accounts.factory, admin).save(WorkstationSettings(auto_backup=False,
                                                                      backup_folder=str(tmp_path / "auto")))
    window = window_for(qtbot, accounts, "admin")
    session = WorkSession.start(window, accounts, admin, SynchronousPool())
    session.end()
    assert not (tmp_path / "auto").exists()


def test_a_session_records_its_login_backs_up_at_start_and_on_exit(accounts, watchdog, qapp):
    """The real start: login checked on the start-up reader, recorded once the database attaches,
    the automatic backup at start, then the exit backup."""
    location = accounts.location

    def quit_once_attached() -> None:
        if any(getattr(w, "session", None) for w in QApplication.topLevelWidgets()):
            qapp.quit()
        else:
            QTimer.singleShot(20, quit_once_attached)

    QTimer.singleShot(0, quit_once_attached)
    assert run_gui(location, args(quit_after_show=False, credentials=("clerk", PASSWORD))) == EXIT_OK
    assert [row.actor for row in logins(accounts, "login")] == ["clerk"]
    folder = backups_folder(location)
    backups = automatic_backups(folder)
    # start and exit (one file when both fall in the same second); the newest passes every check
    assert 1 <= len(backups) <= 2
    assert verify(backups[-1][1], location).manifest is not None
    assert not list(folder.glob(".*"))  # no partial file left behind
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]



@pytest.mark.parametrize(("username", "may_edit"), [("clerk", True), ("inspector", False), ("manager", False)])
def test_nursery_record_offers_editing_only_to_roles_that_may_edit(qtbot, accounts, nurseries, username, may_edit):
    window = window_for(qtbot, accounts, username)
    intake_page = window.page("registry")
    intake_page.open_record(1)
    assert intake_page.record_dialog.ui.editButton.isVisibleTo(intake_page.record_dialog) is may_edit


def _when_attached(qapp, action, skip=()) -> None:
    """Run `action(window)` once a main window not in `skip` has its session."""
    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if getattr(w, "session", None) is not None and w not in skip and w.isVisible()]
        if windows:
            action(windows[0])
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _audited(db) -> list[tuple[str, str, str]]:
    actor = Actor("admin", "管理员", Role.ADMIN.value)
    rows = AuditService(db.factory, actor).page(AuditFilter())
    return [(row.action, row.actor, row.details.get("how", ""))
            for row in sorted(rows, key=lambda r: r.seq) if row.action in ("login", "logout", "unlock")]


def test_logout_from_the_window_lets_another_user_sign_in(accounts, watchdog, qapp, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: list[str] = []
    first: list = []

    def log_out(window) -> None:
        first.append(window)
        seen.append(window.user_label.text())
        on_modal_dialog(sign_in_as_inspector)
        window.findChild(QAction, "logoutAction").trigger()

    def sign_in_as_inspector(dialog) -> None:
        dialog.ui.usernameEdit.setText("inspector")
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.accept()
        _when_attached(qapp, lambda w: (seen.append(w.user_label.text()), qapp.quit()), skip=first)

    _when_attached(qapp, log_out)
    location = accounts.location
    assert run_gui(location, args(quit_after_show=False, credentials=("clerk", PASSWORD))) == EXIT_OK
    assert "clerk" in seen[0] and "inspector" in seen[1]
    assert [(action, who) for action, who, _how in _audited(accounts)] == [
        ("login", "clerk"), ("logout", "clerk"), ("login", "inspector")]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_logout_from_the_lock_dialog_ends_the_session_and_the_process(accounts, watchdog, qapp, monkeypatch):
    """Before: the window closed but the lock dialog stayed, the process ran on, and no logout was recorded."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    at_login: list[list[str]] = []
    hints: list[str] = []

    def lock_then_log_out(window) -> None:
        window.findChild(QAction, "lockAction").trigger()
        dialog = window.session.idle_lock.dialog
        hints.append(dialog.ui.hintLabel.text())
        on_modal_dialog(close_login)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()

    def close_login(dialog) -> None:
        at_login.append([type(w).__name__ for w in QApplication.topLevelWidgets()
                         if w.isVisible() and w is not dialog and w.windowType() != Qt.WindowType.ToolTip])
        dialog.reject()  # nobody signs in: the program ends

    _when_attached(qapp, lock_then_log_out)
    location = accounts.location
    assert run_gui(location, args(quit_after_show=False, credentials=("clerk", PASSWORD))) == EXIT_OK
    assert at_login == [[]]  # neither the window nor the lock dialog is left behind the login
    assert hints[0].startswith("会话已由用户手动锁定。")  # 锁定 chosen by hand: not "no activity"
    assert _audited(accounts) == [("login", "clerk", ""), ("logout", "clerk", "lock")]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    # The program ended at the login dialog: its exit backup was still made, after the logout.
    newest = automatic_backups(backups_folder(location))[-1][1]
    with accounts.factory() as session:
        trail = session.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        last = session.execute(text("SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1")).one()
    assert tuple(last) == ("clerk", "backup")  # the backup's own row, written once its file is complete
    assert verify(newest, location).manifest.tables["audit_log"] == trail - 1


def test_ctrl_l_locks_while_a_form_blocks_the_window(qtbot, accounts, type_text):
    """新增机构 is window-modal: the window's 锁定 action cannot fire, yet a clerk leaving the desk
    presses Ctrl+L in the form. The lock says it was locked, not that the clerk was idle."""
    window = window_for(qtbot, accounts, "clerk")
    session = WorkSession.start(window, accounts, AuthService(accounts.factory).login("clerk", PASSWORD),
                                SynchronousPool())
    window.show()
    qtbot.waitExposed(window)
    window.show_area("registry")
    page = window.page("registry")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.editor
    qtbot.waitExposed(form)
    type_text(form.ui.nameEdit, "未保存的机构名称")
    try:
        qtbot.keyClick(form.ui.nameEdit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        lock = session.idle_lock
        assert lock.is_locked
        hint = lock.dialog.ui.hintLabel.text()
        assert hint.startswith("会话已由用户手动锁定。") and "长时间无操作" not in hint
        type_text(lock.dialog.ui.passwordEdit, PASSWORD)
        with qtbot.waitSignal(lock.unlocked, timeout=5000):
            qtbot.keyClick(lock.dialog.ui.passwordEdit, Qt.Key.Key_Return)
        assert form.isVisible() and form.ui.nameEdit.text() == "未保存的机构名称"
    finally:
        session.idle_lock.stop()
        form.hide()  # close() would ask about the unsaved entry
        form.deleteLater()


def test_ending_the_session_stops_a_start_backup_still_running(qtbot, accounts, monkeypatch):
    """Walk at 100,000 nurseries: after 注销, no window for about a minute while the start backup copied on."""
    import threading

    from PySide6.QtCore import QThreadPool

    from workstation.ui import session as session_module

    started, saw_cancel = threading.Event(), []

    def slow_backup(*_args, **_kwargs):
        def work(progress, is_cancelled):
            started.set()
            for _step in range(2000):  # a copy that checks for cancel between its steps (at most ~10 s)
                if is_cancelled():
                    saw_cancel.append(True)
                    return None
                threading.Event().wait(0.005)
            return None
        return work

    monkeypatch.setattr(session_module, "_automatic", slow_backup)
    admin = AuthService(accounts.factory).login("admin", PASSWORD)
    window = window_for(qtbot, accounts, "admin")
    pool = QThreadPool()
    session = WorkSession.start(window, accounts, admin, pool)
    assert started.wait(10)
    session.end(backup=False)  # returns only once the pool is done: before, it waited for the whole copy
    assert saw_cancel == [True]
