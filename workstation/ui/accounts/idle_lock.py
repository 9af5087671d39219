"""Idle lock: after some minutes without input, cover the windows and ask for the password again.

Nothing is closed or reset: open forms stay as they are under a curtain, and the unlock dialog
is application-modal on top of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from workstation.domain.workstation_settings import DEFAULT_SETTINGS
from workstation.services.accounts import AuthService
from workstation.services.common.context import Actor
from workstation.ui.accounts.login_dialog import UnlockDialog
from workstation.ui.lock_state import set_locked

IDLE_LOCK_MINUTES = DEFAULT_SETTINGS.idle_lock_minutes
LOCK_KEYS = QKeySequence("Ctrl+L")  # also the main window's 锁定 action
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


class Curtain(QWidget):
    """Hides a window's content (personal data) while the session is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCurtain { background: #eef1f5; }")
        label = QLabel(QCoreApplication.translate("IdleLock", "会话已锁定"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()


class IdleLock(QObject):
    """Install on the application with start(); `interval_ms` is injectable for tests."""

    locked = Signal()
    unlocked = Signal(object)  # the Actor as re-checked (a changed role shows here)
    logout_requested = Signal()

    def __init__(self, auth: AuthService, actor: Actor, interval_ms: int = IDLE_LOCK_MINUTES * 60_000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self._actor = actor
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(lambda: self.lock(by_hand=False))
        self.dialog: UnlockDialog | None = None
        self._curtains: list[Curtain] = []

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def start(self, app: QCoreApplication | None = None) -> None:
        """Watch input application-wide and start counting idle time (interval 0: never lock)."""
        (app or QApplication.instance()).installEventFilter(self)
        if self._timer.interval() > 0:
            self._timer.start()

    def set_interval(self, interval_ms: int) -> None:
        """A changed setting takes effect at once (0: never lock)."""
        self._timer.setInterval(interval_ms)
        if interval_ms > 0 and self.dialog is None:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self, app: QCoreApplication | None = None) -> None:
        (app or QApplication.instance()).removeEventFilter(self)
        self._timer.stop()
        if self.dialog is not None:
            set_locked(False, signed_out=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.dialog is not None or event.type() not in INPUT_EVENTS:
            return False
        if event.type() == QEvent.Type.KeyPress and _is_lock_key(event):
            # A key press reaches us only when no shortcut took it: the window's 锁定 action is
            # blocked while a form such as 新增机构 is open over it. Locking must work there too.
            self.lock()
            return True
        if self._timer.interval() > 0:
            self._timer.start()  # any input restarts the idle count
        return False

    def lock(self, by_hand: bool = True) -> None:
        """Cover every window and show the unlock dialog (锁定 from the menu, Ctrl+L anywhere, or idle time)."""
        if self.dialog is not None:
            return
        self._timer.stop()
        self._curtains = [Curtain(w) for w in visible_windows()]
        self.dialog = UnlockDialog(self._auth, self._actor, by_hand=by_hand)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.logout_requested.connect(self._logout)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        set_locked(True)
        self.locked.emit()

    def _unlock(self) -> None:
        dialog = self._lift()
        if self._timer.interval() > 0:
            self._timer.start()
        if dialog is not None:
            self.unlocked.emit(dialog.actor)
        set_locked(False)  # then what finished under the lock says so

    def _logout(self) -> None:
        """The locked session ends: the dialog goes too (it would keep the process alive)."""
        self._lift()
        self._timer.stop()
        set_locked(False, signed_out=True)
        self.logout_requested.emit()

    def _lift(self) -> UnlockDialog | None:
        for curtain in self._curtains:
            curtain.hide()
            curtain.deleteLater()
        self._curtains = []
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        return dialog


def _is_lock_key(event: QKeyEvent) -> bool:
    return QKeySequence(event.keyCombination()) == LOCK_KEYS


def visible_windows() -> list[QWidget]:
    """Every visible top-level window and dialog (not menus or tooltips)."""
    kinds = (Qt.WindowType.Window, Qt.WindowType.Dialog)
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowType() in kinds]
