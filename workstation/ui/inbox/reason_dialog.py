"""驳回: the reason, typed and confirmed by keyboard (Enter or Ctrl+Enter confirms, Shift+Enter starts a
new line, Tab moves on to the buttons)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None, label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("驳回"))
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setToolTip(self.tr("Enter 或 Ctrl+Enter 确定，Shift+Enter 换行"))
        self.label.setBuddy(self.edit)
        self.edit.installEventFilter(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.edit.setFocus()

    def reason(self) -> str:
        return self.edit.toPlainText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.accept()
            return True
        return super().eventFilter(watched, event)
