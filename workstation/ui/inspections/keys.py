"""Keyboard helpers of the inspection dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox


class TabLeavesField(QObject):
    """Tab/Shift+Tab leave a date field at once instead of walking its year, month and day sections
    (typing a full section already moves on), so Tab means "next field" everywhere in a form."""

    def __init__(self, *fields: QAbstractSpinBox) -> None:
        super().__init__(fields[0])
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            target = watched.nextInFocusChain() if forward else watched.previousInFocusChain()
            while target is not watched and not _takes_tab_focus(target):
                target = target.nextInFocusChain() if forward else target.previousInFocusChain()
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return True
        return super().eventFilter(watched, event)


def _takes_tab_focus(widget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None)
