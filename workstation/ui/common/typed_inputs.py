"""Date boxes and number boxes that take what Chinese users type, or refuse it visibly.

QDateEdit edits one section at a time: typed where the cursor happens to be, "2025-06-01" kept the
old year, and "2025/6/1" or "2025年6月1日" was dropped. A spin box silently ignores full-width digits
from a Chinese input method. `install_typed_inputs(form)` fixes both for every such box of a form:

- a date box takes the first character typed as the start of a new date (as if all were selected)
  and reads the whole text only on Enter, Tab or leaving the box (a partial text such as "2030-02-3"
  is never taken on the way), in any form `parse_date` knows;
- a number box gets full-width digits (and 。 for the decimal point) as ASCII;
- text that cannot be taken is refused visibly: red frame, tooltip and a tip at the box, the stored
  value shown again (never a different one).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QDoubleSpinBox,
    QSpinBox,
    QToolTip,
    QWidget,
)

from workstation.domain.typed_values import number_text, parse_date

REFUSED_PROPERTY = "refusedInput"  # the message of the last refusal ("" once a value was taken)
_REFUSED_STYLE = "border: 1px solid #c62828; background-color: #fdecea;"
_COMMIT_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
                          Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
_EDITING_KEYS = (QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
                 QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
                 QKeySequence.StandardKey.DeleteStartOfWord, QKeySequence.StandardKey.MoveToPreviousWord,
                 QKeySequence.StandardKey.MoveToNextWord)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


def install_typed_inputs(form: QWidget) -> None:
    """Give every date box and number box in `form` (and `form` itself) typed-input handling."""
    for widget in [form, *form.findChildren(QAbstractSpinBox)]:
        if widget.property(REFUSED_PROPERTY) is not None:
            continue  # installed already
        if isinstance(widget, QDateEdit):
            DateTyping(widget)
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            NumberTyping(widget)


def commit_typed_inputs(form: QWidget) -> bool:
    """Read what is being typed in `form`'s date boxes now (a shortcut saves without leaving the
    box); False when some text was refused."""
    return all(typing.commit() for typing in form.findChildren(DateTyping))


def refusal(widget: QWidget) -> str:
    """The message shown for the text last refused at `widget` ("" when none is shown)."""
    return widget.property(REFUSED_PROPERTY) or ""


class _Refusals:
    """Shows and clears the refusal mark of one box."""

    def __init__(self, box: QAbstractSpinBox) -> None:
        self.box = box
        self._tooltip = box.toolTip()
        self._style = box.styleSheet()
        box.setProperty(REFUSED_PROPERTY, "")

    def show(self, message: str) -> None:
        box = self.box
        box.setProperty(REFUSED_PROPERTY, message)
        box.setToolTip(message)
        box.setStyleSheet(f"{type(box).__name__} {{ {_REFUSED_STYLE} }}")
        if box.isVisible():
            QToolTip.showText(box.mapToGlobal(box.rect().bottomLeft()), message, box)

    def clear(self) -> None:
        box = self.box
        if box.property(REFUSED_PROPERTY):
            box.setProperty(REFUSED_PROPERTY, "")
            box.setToolTip(self._tooltip)
            box.setStyleSheet(self._style)
            if QToolTip.isVisible():
                QToolTip.hideText()


class DateTyping(QObject):
    """Free typing in a QDateEdit: the text is read as a whole, not section by section."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.marks = _Refusals(edit)
        self.typing = False
        self._forwarding = False
        self._validator = None
        self._tracking = True
        edit.installEventFilter(self)
        edit.dateChanged.connect(lambda _date: self.marks.clear())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._forwarding:  # what the line edit did not take comes back to the box
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key(event)
        if kind == QEvent.Type.InputMethod and (event.commitString() or event.preeditString()):
            self._start()
            self._forward(event)
            return True
        if kind == QEvent.Type.FocusOut:
            self.commit()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if not self.typing:
            if not _is_typed(event):
                return False
            self._start()
        elif event.key() in _COMMIT_KEYS:
            self.commit()
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # A whole date was typed: Tab leaves the box instead of stepping to its next section.
                last = self.edit.sectionCount() - 1
                self.edit.setCurrentSectionIndex(last if event.key() == Qt.Key.Key_Tab else 0)
            return False  # Enter still reaches the dialog, Tab still moves on
        elif event.key() == Qt.Key.Key_Escape:
            self._stop()
            self._show_value()
            return True
        elif event.modifiers() & _COMMAND_MODIFIERS and not any(map(event.matches, _EDITING_KEYS)):
            return False  # a shortcut (Ctrl+S commits first)
        self._forward(event)
        return True

    def _forward(self, event: QEvent) -> None:
        self._forwarding = True
        try:
            QApplication.sendEvent(self.edit.lineEdit(), event)
        finally:
            self._forwarding = False
        # Nothing is taken while typing: "2030-02-3" names a date on the way to "2030-02-31".

    def _start(self) -> None:
        if self.typing:
            return
        line = self.edit.lineEdit()
        self.typing = True
        # The box's own validator accepts only its sections, and the box re-reads its text whenever
        # the cursor crosses a section: free text needs both out of the way until it is committed.
        self._validator, self._tracking = line.validator(), self.edit.keyboardTracking()
        line.setValidator(None)
        self.edit.setKeyboardTracking(False)
        line.blockSignals(True)
        line.clear()

    def _stop(self) -> None:
        self.typing = False
        self.edit.lineEdit().blockSignals(False)
        self.edit.lineEdit().setValidator(self._validator)
        self.edit.setKeyboardTracking(self._tracking)

    def commit(self) -> bool:
        """Take the typed text as the box's date; False (the stored date shown, the text named in
        the refusal) when it names no date the box allows."""
        if not self.typing:
            return True
        text = self.edit.lineEdit().text()
        self._stop()
        shown = self.edit.date().toString("yyyy-MM-dd")
        try:
            day = parse_date(text)
        except ValueError as exc:
            return self._refuse(str(exc) if text.strip() else QCoreApplication.translate("TypedInputs", "请填写日期。"), shown)
        value = QDate(day.year, day.month, day.day)
        low, high = self.edit.minimumDate(), self.edit.maximumDate()
        if not low <= value <= high:
            message = QCoreApplication.translate("TypedInputs", "日期“{text}”超出允许的范围（{low} 至 {high}）。").format(
                text=text.strip(), low=low.toString("yyyy-MM-dd"), high=high.toString("yyyy-MM-dd"))
            return self._refuse(message, shown)
        self.marks.clear()
        self.edit.setDate(value)
        self._show_value()
        return True

    def _refuse(self, message: str, shown: str) -> bool:
        self._show_value()
        self.marks.show(message + QCoreApplication.translate("TypedInputs", "仍为 {date}。").format(date=shown))
        return False

    def _show_value(self) -> None:
        # setDate() with an unchanged date leaves the typed text on screen: write it back.
        self.edit.lineEdit().setText(self.edit.textFromDateTime(self.edit.dateTime()))


class NumberTyping(QObject):
    """Full-width digits into a spin box as ASCII; a character the box cannot take is refused visibly."""

    def __init__(self, spin: QSpinBox | QDoubleSpinBox) -> None:
        super().__init__(spin)
        self.spin = spin
        self.marks = _Refusals(spin)
        self._forwarding = False
        spin.installEventFilter(self)
        spin.valueChanged.connect(lambda _value: self.marks.clear())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._forwarding:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and _is_typed(event):
            text = number_text(event.text())
            self._forward(text, QKeyEvent(event.type(), event.key(), event.modifiers(), text,
                                          event.isAutoRepeat(), event.count()))
            return True
        if kind == QEvent.Type.InputMethod and event.commitString():
            text = number_text(event.commitString())
            converted = QInputMethodEvent()
            converted.setCommitString(text, event.replacementStart(), event.replacementLength())
            self._forward(text, converted)
            return True
        return False

    def _forward(self, text: str, event: QEvent) -> None:
        line = self.spin.lineEdit()
        before = (line.text(), line.cursorPosition())
        self._forwarding = True
        try:
            QApplication.sendEvent(self.spin, event)
        finally:
            self._forwarding = False
        if (line.text(), line.cursorPosition()) == before:
            self.marks.show(QCoreApplication.translate("TypedInputs", "“{text}”未能输入：此处只能填写 {low} 至 {high} 之间的数字。").format(
                text=text, low=self.spin.textFromValue(self.spin.minimum()),
                high=self.spin.textFromValue(self.spin.maximum())))
        else:
            self.marks.clear()


def _is_typed(event: QKeyEvent) -> bool:
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS
