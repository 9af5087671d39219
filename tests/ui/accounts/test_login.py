"""Login dialog, idle lock and account dialogs, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QVBoxLayout

from workstation.services.accounts.auth import AuthService
from workstation.services.common.context import Actor
from workstation.ui.accounts.idle_lock import Curtain, IdleLock
from workstation.ui.accounts.login_dialog import LoginDialog, UnlockDialog

PASSWORD = "Xk7-correct-horse"
ADMIN = Actor("admin", "管理员", "ADMIN")


@pytest.fixture
def auth(database) -> AuthService:
    service = AuthService(database.factory)
    service.create_first_admin("admin", "管理员", PASSWORD)
    return service


@pytest.fixture
def login(qtbot, auth) -> LoginDialog:
    dialog = LoginDialog(auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def submit(qtbot, dialog: LoginDialog, password: str, username: str | None = None) -> None:
    if username is not None:
        dialog.ui.usernameEdit.clear()
        qtbot.keyClicks(dialog.ui.usernameEdit, username)
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)  # Enter submits


def test_correct_password_accepts_with_the_actor(qtbot, login):
    submit(qtbot, login, PASSWORD, "admin")
    assert login.result() == QDialog.DialogCode.Accepted
    assert login.actor == ADMIN


NOT_ACCEPTED = "用户名或密码不正确。连续输错 5 次，账号将锁定 15 分钟；忘记密码请联系系统管理员。"


def test_wrong_password_and_unknown_name_get_the_same_answer_and_the_dialog_stays_open(qtbot, login):
    submit(qtbot, login, "wrong-password", "nobody")
    assert login.isVisible() and login.ui.messageLabel.text() == NOT_ACCEPTED
    submit(qtbot, login, "wrong-password", "admin")
    assert login.isVisible() and login.actor is None
    assert login.ui.messageLabel.text() == NOT_ACCEPTED
    assert login.ui.passwordEdit.text() == "" and login.ui.usernameEdit.text() == "admin"


def test_the_lockout_is_told_only_to_who_knows_the_password(qtbot, login):
    for _ in range(6):
        submit(qtbot, login, "wrong-password", "admin")
        assert login.ui.messageLabel.text() == NOT_ACCEPTED
    submit(qtbot, login, PASSWORD)
    assert login.isVisible() and "已被锁定" in login.ui.messageLabel.text()


def test_empty_fields_are_asked_for_without_calling_the_service(qtbot, login, monkeypatch):
    monkeypatch.setattr(AuthService, "login", lambda *a, **k: pytest.fail("service called"))
    qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
    assert login.ui.messageLabel.text() == "请输入用户名。"
    qtbot.keyClicks(login.ui.usernameEdit, "admin")
    qtbot.keyClick(login.ui.usernameEdit, Qt.Key.Key_Return)
    assert login.ui.messageLabel.text() == "请输入密码。"


def test_cancel_rejects(qtbot, login):
    qtbot.mouseClick(login.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert login.result() == QDialog.DialogCode.Rejected and login.actor is None


@pytest.fixture
def open_form(qtbot, type_text):
    """A dialog with unsaved input, as an intake form would be."""
    form = QDialog()
    form.setWindowTitle("登记表")
    edit = QLineEdit(form)
    QVBoxLayout(form).addWidget(edit)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    type_text(edit, "unsaved 未保存")
    return form, edit


@pytest.fixture
def idle(qtbot, qapp, auth):
    lock = IdleLock(auth, ADMIN, interval_ms=50)
    lock.start(qapp)
    yield lock
    lock.stop(qapp)
    if lock.dialog is not None:
        lock.dialog.deleteLater()


def test_idle_time_locks_and_unlocking_keeps_open_forms(qtbot, idle, open_form):
    form, edit = open_form
    with qtbot.waitSignal(idle.locked, timeout=2000):
        pass
    assert idle.is_locked and isinstance(idle.dialog, UnlockDialog)
    assert idle.dialog.isVisible() and idle.dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert form.findChild(QDialog) is None and form.isVisible()
    curtain = form.findChild(Curtain, "lockCurtain")
    assert curtain is not None and curtain.isVisible() and curtain.geometry() == form.rect()
    assert idle.dialog.ui.usernameEdit.text() == "admin" and idle.dialog.ui.usernameEdit.isReadOnly()
    with qtbot.waitSignal(idle.unlocked, timeout=2000) as unlocked:
        submit(qtbot, idle.dialog, PASSWORD)
    assert unlocked.args == [ADMIN]
    assert not idle.is_locked and form.isVisible() and edit.text() == "unsaved 未保存"
    qtbot.waitUntil(lambda: not form.findChildren(Curtain))


def test_wrong_password_keeps_the_session_locked(qtbot, idle, open_form):
    with qtbot.waitSignal(idle.locked, timeout=2000):
        pass
    submit(qtbot, idle.dialog, "wrong-password")
    assert idle.is_locked and idle.dialog.isVisible()
    assert "还可再试 4 次" in idle.dialog.ui.messageLabel.text()


def test_escape_does_not_end_a_locked_session(qtbot, idle, open_form):
    with qtbot.waitSignal(idle.locked, timeout=2000):
        pass
    qtbot.keyClick(idle.dialog.ui.passwordEdit, Qt.Key.Key_Escape)
    idle.dialog.close()
    assert idle.is_locked and idle.dialog.isVisible()


def test_logout_from_the_lock_asks_then_signals(qtbot, idle, open_form, monkeypatch):
    with qtbot.waitSignal(idle.locked, timeout=2000):
        pass
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    cancel = idle.dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(idle.logout_requested):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(idle.logout_requested, timeout=1000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert open_form[1].text() == "unsaved 未保存"


def test_input_restarts_the_idle_count(qtbot, qapp, auth, open_form):
    lock = IdleLock(auth, ADMIN, interval_ms=60_000)
    lock.start(qapp)
    try:
        lock._timer.stop()  # as if the count had run out without input
        form, edit = open_form
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(edit, event)
        assert lock._timer.isActive() and lock._timer.remainingTime() > 59_000
        lock._timer.stop()
        qtbot.keyClick(edit, Qt.Key.Key_A)
        assert lock._timer.isActive()
    finally:
        lock.stop(qapp)


def test_input_while_locked_does_not_restart_the_count(qtbot, idle, open_form):
    with qtbot.waitSignal(idle.locked, timeout=2000):
        pass
    qtbot.keyClicks(idle.dialog.ui.passwordEdit, "abc")
    assert not idle._timer.isActive()


def test_zero_minutes_never_locks(qtbot, qapp, auth):
    lock = IdleLock(auth, ADMIN, interval_ms=0)
    lock.start(qapp)
    try:
        with qtbot.assertNotEmitted(lock.locked, wait=100):
            QTimer.singleShot(0, lambda: None)
        assert not lock._timer.isActive()
    finally:
        lock.stop(qapp)


# --- account dialogs ---------------------------------------------------------------------------

def fill(qtbot, edits: dict, dialog) -> None:
    for name, text in edits.items():
        edit = getattr(dialog.ui, name)
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_first_admin_dialog_creates_the_administrator(qtbot, database):
    from workstation.ui.accounts.account_dialogs import AccountDialog

    auth = AuthService(database.factory)
    dialog = AccountDialog.for_first_admin(auth)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.roleCombo.isEnabled() and dialog.ui.roleCombo.currentText() == "系统管理员"
    fill(qtbot, {"usernameEdit": "admin", "passwordEdit": "short", "confirmEdit": "other"}, dialog)
    assert dialog.ui.messageLabel.text() == "两次输入的密码不一致。" and not auth.has_users()
    fill(qtbot, {"passwordEdit": "short", "confirmEdit": "short"}, dialog)
    assert "至少需要 10 个字符" in dialog.ui.messageLabel.text() and dialog.isVisible()
    fill(qtbot, {"passwordEdit": PASSWORD, "confirmEdit": PASSWORD}, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == Actor("admin", "admin", "ADMIN") and auth.has_users()


def test_change_own_password_asks_for_the_current_one(qtbot, auth):
    from workstation.ui.accounts.account_dialogs import PasswordDialog

    dialog = PasswordDialog.for_own(auth, ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, {"currentEdit": "not-it", "newEdit": "New-Secret-88", "confirmEdit": "New-Secret-88"}, dialog)
    assert dialog.ui.messageLabel.text() == "当前密码不正确。" and dialog.focusWidget() is dialog.ui.currentEdit
    fill(qtbot, {"currentEdit": PASSWORD}, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert auth.login("admin", "New-Secret-88") == ADMIN


@pytest.fixture
def users_dialog(qtbot, auth, database):
    from workstation.domain.permissions import Role
    from workstation.services.accounts.users import UserService
    from workstation.ui.accounts.users_dialog import UsersDialog

    service = UserService(database.factory, ADMIN)
    service.create("clerk1", "张登记", Role.CLERK, "Clerk-pass-1")
    dialog = UsersDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_users_dialog_lists_and_changes_roles(qtbot, users_dialog, auth):
    table = users_dialog.ui.userTable
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["admin", "clerk1"]
    assert table.item(1, 2).text() == "登记员" and table.item(1, 4).text() == "从未登录"
    table.selectRow(1)
    users_dialog.ui.roleCombo.setCurrentText("检查员")
    qtbot.mouseClick(users_dialog.ui.setRoleButton, Qt.MouseButton.LeftButton)
    assert "已把“clerk1”设为检查员" in users_dialog.ui.messageLabel.text()
    assert auth.login("clerk1", "Clerk-pass-1").role == "INSPECTOR"
    assert users_dialog.selected().username == "clerk1"


def test_users_dialog_deactivates_but_not_yourself(qtbot, users_dialog, auth):
    users_dialog.ui.userTable.selectRow(0)
    qtbot.mouseClick(users_dialog.ui.toggleActiveButton, Qt.MouseButton.LeftButton)
    assert users_dialog.ui.messageLabel.text() == "不能停用当前登录的账号。"
    users_dialog.ui.userTable.selectRow(1)
    qtbot.mouseClick(users_dialog.ui.toggleActiveButton, Qt.MouseButton.LeftButton)
    assert users_dialog.ui.userTable.item(1, 3).text() == "已停用"
    assert users_dialog.ui.toggleActiveButton.text() == "启用(&E)"


def test_users_dialog_columns_fill_the_table_after_an_account_is_added(qtbot, users_dialog, database):
    from workstation.domain.permissions import Role
    from workstation.services.accounts.users import UserService

    users_dialog.resize(900, 500)
    qtbot.waitExposed(users_dialog)
    UserService(database.factory, ADMIN).create("clerk2", "欧阳登记员同志", Role.CLERK, "Clerk-pass-2")
    users_dialog.refresh("clerk2")
    table = users_dialog.ui.userTable
    assert table.horizontalHeader().length() == table.viewport().width()  # no gap at the right edge
    assert table.columnWidth(1) >= table.sizeHintForColumn(1)  # the longer name is not cut


@pytest.mark.parametrize("language, opening", [("en", "Wrong username or password. After 5 wrong passwords"),
                                                ("zh", "用户名或密码不正确。连续输错 5 次")])
def test_a_refused_sign_in_is_told_in_the_window_s_language_without_naming_the_account(
        qtbot, qapp, translators, auth, language, opening):
    from workstation.i18n.translation import install_translator

    translators.extend(install_translator(qapp, language))
    dialog = LoginDialog(auth)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = []
    for name in ("admin", "nobody-here"):  # a known and an unknown name: the same words
        submit(qtbot, dialog, "Not-the-password-1", username=name)
        shown.append(dialog.ui.messageLabel.text())
    assert shown[0] == shown[1] and shown[0].startswith(opening)
