"""Small widget helpers of dialogs: enum combos, dates, read-only fields, the error line."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from workstation.domain.enums import LabelledEnum
from workstation.i18n.labels import ui_label


def fill_combo(combo: QComboBox, members: type[LabelledEnum]) -> None:
    """One entry per member, labelled in the interface language, the value as item data."""
    combo.clear()
    for member in members:
        combo.addItem(ui_label(member), member.value)


def current_member(combo: QComboBox, members: type[Enum]):
    return members(combo.currentData())


def select_member(combo: QComboBox, member: Enum) -> None:
    combo.setCurrentIndex(max(0, combo.findData(member.value)))


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def show_read_only(edit: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """Make `edit` read-only and look it: the colours of a disabled field, as the app shows every field a
    user may not change (disabled), while its text can still be selected and copied; else editable again
    in the usual colours."""
    edit.setReadOnly(read_only)
    edit.setPalette(QPalette())  # back to the inherited colours
    if not read_only:
        return
    palette = edit.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Text):
            palette.setColor(group, role, palette.color(QPalette.ColorGroup.Disabled, role))
    edit.setPalette(palette)


def show_error(label_widget: QLabel, message: str, field: QWidget | None = None) -> None:
    label_widget.setText(message)
    label_widget.setVisible(bool(message))
    if field is not None:
        field.setFocus()
