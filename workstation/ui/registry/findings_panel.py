"""The list of check findings under the intake form: errors in red, warnings in amber with a reason box."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from workstation.domain.nursery import Finding, Override
from workstation.models.common.domain_text import finding_text
from workstation.ui.forms.ui_intake_findings_panel import Ui_FindingsPanel

ERROR_COLOR = "#c62828"
WARNING_COLOR = "#a86400"
EXISTING_COLOR = "#6d4c41"
OK_COLOR = "#2e7d32"


class FindingsPanel(QWidget):
    """Shows findings; warnings keep the clerk's reason (by finding code) across refreshes."""

    reasons_changed = Signal()
    field_activated = Signal(str)  # the finding's field, when its "定位" link is used

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingsPanel()
        self.ui.setupUi(self)
        self._findings: tuple[Finding, ...] = ()
        self._error_rows: list[QLabel] = []
        self._warning_rows: dict[str, tuple[QWidget, QLabel, QLineEdit]] = {}
        self._reasons: dict[str, str] = {}
        self._update_summary()

    # --- public -------------------------------------------------------------------------------
    def show_findings(self, findings: Sequence[Finding]) -> None:
        self._findings = tuple(findings)
        self._show_errors([f for f in findings if not f.is_warning])
        self._show_warnings([f for f in findings if f.is_warning])
        self._update_summary()

    def findings(self) -> tuple[Finding, ...]:
        return self._findings

    def messages(self) -> list[str]:
        return [f.message for f in self._findings]

    def has_errors(self) -> bool:
        return any(f.is_error for f in self._findings)

    def missing_reasons(self) -> list[str]:
        """Codes of the warnings shown that still lack a reason."""
        return [code for code in self._warning_rows if not self._reasons.get(code, "").strip()]

    def can_save(self) -> bool:
        return not self.has_errors() and not self.missing_reasons()

    def overrides(self) -> list[Override]:
        """The clerk's reasons for the warnings now shown."""
        return [Override(code, self._reasons[code].strip()) for code in self._warning_rows
                if self._reasons.get(code, "").strip()]

    def set_reasons(self, reasons: Mapping[str, str]) -> None:
        """Prefill reasons (e.g. those recorded when the nursery was last saved)."""
        self._reasons = dict(reasons)
        for code, (_row, _label, edit) in self._warning_rows.items():
            edit.setText(self._reasons.get(code, ""))
        self._update_summary()

    def reason_edit(self, code: str) -> QLineEdit | None:
        row = self._warning_rows.get(code)
        return row[2] if row else None

    def summary(self) -> str:
        return self.ui.summaryLabel.text()

    # --- rows ---------------------------------------------------------------------------------
    def _show_errors(self, errors: list[Finding]) -> None:
        for row in self._error_rows:
            _discard(self.ui.rowsLayout, row)
        self._error_rows = []
        for position, finding in enumerate(errors):
            row = (self._message_label(finding, self.tr("原有错误"), EXISTING_COLOR) if finding.is_existing
                   else self._message_label(finding, self.tr("错误"), ERROR_COLOR))
            if finding.is_existing:
                row.setToolTip(self.tr("保存的记录已有此问题，本次修改未涉及，不妨碍保存；请核实后尽快更正。"))
            self.ui.rowsLayout.insertWidget(position, row)
            self._error_rows.append(row)

    def _show_warnings(self, warnings: list[Finding]) -> None:
        by_code: dict[str, list[Finding]] = {}
        for finding in warnings:
            by_code.setdefault(finding.code, []).append(finding)
        for code in [c for c in self._warning_rows if c not in by_code]:
            _discard(self.ui.rowsLayout, self._warning_rows.pop(code)[0])
        for position, (code, group) in enumerate(by_code.items(), start=len(self._error_rows)):
            if code not in self._warning_rows:
                self._warning_rows[code] = self._warning_row(code)
            row, label, _edit = self._warning_rows[code]
            label.setText(self._message_html(group, self.tr("警告"), WARNING_COLOR))
            self.ui.rowsLayout.removeWidget(row)  # re-inserted so rows follow the findings' order
            self.ui.rowsLayout.insertWidget(position, row)

    def _warning_row(self, code: str) -> tuple[QWidget, QLabel, QLineEdit]:
        row = QWidget(self.ui.rowsWidget)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = self._link_label(row)
        edit = QLineEdit(self._reasons.get(code, ""), row)
        edit.setObjectName(f"reason_{code}")
        edit.setPlaceholderText(self.tr("保存理由（必填）"))
        edit.setAccessibleName(self.tr("警告 {code} 的保存理由").format(code=code))
        edit.setMinimumWidth(220)
        edit.textChanged.connect(lambda text, code=code: self._reason_typed(code, text))
        layout.addWidget(label, 1)
        layout.addWidget(edit)
        return row, label, edit

    def _message_label(self, finding: Finding, tag: str, color: str) -> QLabel:
        label = self._link_label(self.ui.rowsWidget)
        label.setText(self._message_html([finding], tag, color))
        return label

    def _link_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
        label.linkActivated.connect(self.field_activated)
        return label

    def _message_html(self, findings: list[Finding], tag: str, color: str) -> str:
        text = self.tr("；").join(html.escape(finding_text(f)) for f in findings)
        link = self.tr("定位")
        return (f'<span style="color:{color}; font-weight:bold">●&nbsp;{tag}</span>&nbsp; '
                f'<span style="color:{color}">{text}</span>&nbsp; '
                f'<a href="{html.escape(findings[0].field)}">{link}</a>')

    def _reason_typed(self, code: str, text: str) -> None:
        self._reasons[code] = text
        self._update_summary()
        self.reasons_changed.emit()

    def _update_summary(self) -> None:
        errors = sum(1 for f in self._findings if f.is_error)
        missing = len(self.missing_reasons())
        existing = sum(1 for f in self._findings if f.is_existing)
        parts = []
        if errors:
            parts.append(self.tr("{n} 项错误须更正后才能保存", "", errors).format(n=errors))
        if missing:
            parts.append(self.tr("{n} 项警告须填写保存理由", "", missing).format(n=missing))
        if parts:
            color, text = (ERROR_COLOR if errors else WARNING_COLOR), self.tr("；").join(parts) + self.tr("。")
        elif existing:
            color = EXISTING_COLOR
            text = self.tr("记录原有 {n} 项错误，本次修改未涉及，可以保存；请尽快更正。", "", existing).format(n=existing)
        elif self._warning_rows:
            color, text = OK_COLOR, self.tr("警告均已填写理由，可以保存。")
        else:
            color, text = OK_COLOR, self.tr("未发现问题，可以保存。")
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.setStyleSheet(f"color: {color}; font-weight: bold;")


def _discard(layout: QVBoxLayout, row: QWidget) -> None:
    layout.removeWidget(row)
    row.hide()  # gone at once; the object itself is deleted when control returns to the event loop
    row.deleteLater()
