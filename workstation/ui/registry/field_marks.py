"""Findings shown at the field: a red/amber frame, the message as tooltip and on a line under the field."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLayoutItem,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from workstation.domain.nursery import Finding
from workstation.models.common.domain_text import finding_text
from workstation.ui.registry.classes_editor import ClassesEditor

TAB_COLORS = {"error": QColor("#c62828"), "warning": QColor("#a86400")}
_CLASS_ROW = re.compile(r"^classes\[(\d+)\]$")

Mark = tuple[str, str]  # (severity, message)


class FieldMarks:
    """Marks the widgets named by findings' fields and clears the marks of fields now clean."""

    def __init__(self, widgets: Mapping[str, QWidget], tabs: QTabWidget, classes: ClassesEditor,
                 switches: Mapping[QWidget, QWidget] | None = None) -> None:
        self._widgets = dict(widgets)
        self._switches = dict(switches or {})  # a disabled field -> the check box that enables it
        self._tabs = tabs
        self._classes = classes
        self._tooltips = {name: widget.toolTip() for name, widget in self._widgets.items()}
        self._hints: dict[str, tuple[QFormLayout, QLabel]] = {}
        self._marks: dict[str, Mark] = {}

    def apply(self, findings: Sequence[Finding]) -> None:
        marks = _by_field(findings)
        self._marks = marks
        for name, widget in self._widgets.items():
            self._mark(name, widget, marks.get(name))
        rows = {int(m.group(1)) - 1: mark for field, mark in marks.items() if (m := _CLASS_ROW.match(field))}
        self._classes.mark(rows, marks["classes"][1] if "classes" in marks else "")
        self._color_tabs(marks)

    def severity(self, field: str) -> str | None:
        """How the field is marked now ('error', 'warning' or None)."""
        mark = self._marks.get(field)
        return mark[0] if mark else None

    def hint_text(self, field: str) -> str:
        hint = self._hints.get(field)
        return hint[1].text() if hint and self._marks.get(field) else ""

    def focus(self, field: str) -> None:
        """Bring the field's tab to the front and put the cursor in it."""
        match = _CLASS_ROW.match(field)
        if match:
            self._tabs.setCurrentWidget(self._page_of(self._classes.view))
            self._classes.select_class(int(match.group(1)) - 1)
            return
        widget = self._widgets.get(field)
        if widget is not None:
            self._tabs.setCurrentWidget(self._page_of(widget))
            (widget if widget.isEnabled() else self._switches.get(widget, widget)).setFocus()

    def _mark(self, name: str, widget: QWidget, mark: Mark | None) -> None:
        severity, message = mark or ("", "")
        if widget.property("finding") != severity:
            widget.setProperty("finding", severity)
            _repolish(widget)
        widget.setToolTip(message or self._tooltips[name])
        if name == "classes":  # the classes tab shows its messages above the table
            return
        hint = self._hints.get(name) or (self._add_hint(name, widget) if mark else None)
        if hint is not None:
            form, label = hint
            label.setText(message)
            label.setProperty("hint", severity)
            _repolish(label)
            form.setRowVisible(label, bool(mark))

    def _add_hint(self, name: str, widget: QWidget) -> tuple[QFormLayout, QLabel] | None:
        found = self._form_row(widget)
        if found is None:
            return None
        form, row = found
        label = QLabel(form.parentWidget())
        label.setObjectName(f"{name}Hint")
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.insertRow(row + 1, "", label)
        self._hints[name] = (form, label)
        return form, label

    def _form_row(self, widget: QWidget) -> tuple[QFormLayout, int] | None:
        for form in self._tabs.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if item is not None and _holds(item, widget):
                    return form, row
        return None

    def _color_tabs(self, marks: Mapping[str, Mark]) -> None:
        worst: dict[int, str] = {}
        for field, (severity, _message) in marks.items():
            widget = self._classes.view if _CLASS_ROW.match(field) else self._widgets.get(field)
            index = self._tabs.indexOf(self._page_of(widget)) if widget is not None else -1
            if index >= 0 and worst.get(index) != "error":
                worst[index] = severity
        for index in range(self._tabs.count()):
            self._tabs.tabBar().setTabTextColor(index, TAB_COLORS.get(worst.get(index, ""), QColor()))

    def _page_of(self, widget: QWidget) -> QWidget | None:
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            if page.isAncestorOf(widget):
                return page
        return None


def _by_field(findings: Sequence[Finding]) -> dict[str, Mark]:
    marks: dict[str, Mark] = {}
    for finding in findings:
        severity, message = marks.get(finding.field, ("warning", ""))
        severity = "error" if finding.is_error else severity
        shown = finding_text(finding)  # in the interface language where the finding keeps its template
        marks[finding.field] = (severity, f"{message}\n{shown}" if message else shown)
    return marks


def _holds(item: QLayoutItem, widget: QWidget) -> bool:
    if item.widget() is widget:
        return True
    layout = item.layout()
    return layout is not None and any(_holds(layout.itemAt(i), widget) for i in range(layout.count()))


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
