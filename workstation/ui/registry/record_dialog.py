"""Read view of one nursery with its timeline; 编辑 opens the intake dialog on it, 办理状态变化 records
a life-cycle act (the notice decided, suspension, resumption after re-inspection, closed before filing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import DomainError
from workstation.domain.lifecycle import LifecycleAct
from workstation.domain.masking import mask_id_number
from workstation.domain.permissions import Action
from workstation.domain.timeutil import local_text
from workstation.i18n.labels import ui_label
from workstation.models.audit import actor_text
from workstation.models.common.domain_text import certificate_text, shown
from workstation.services.registry import IntakeService, LifecycleService, NurseryRecord, TimelineService
from workstation.ui.common.prompts import error
from workstation.ui.common.wrapped_rows import wrap_rows_to
from workstation.ui.forms.ui_nursery_record_dialog import Ui_NurseryRecordDialog
from workstation.ui.role_view import can


class NurseryRecordDialog(QDialog):
    """Shows a nursery; `edit_requested(id)` lets the caller open the editor (and refresh this view)."""

    edit_requested = Signal(int)
    status_changed = Signal(int)  # after a life-cycle act was recorded (the event hub tells other pages)

    def __init__(self, intake: IntakeService, timeline: TimelineService, nursery_id: int,
                 parent: QWidget | None = None, open_editor: Callable[[int], None] | None = None,
                 lifecycle: LifecycleService | None = None,
                 today: Callable[[], dt.date] = dt.date.today,
                 staff_tab: Callable[[int, QWidget], QWidget] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NurseryRecordDialog()
        self.ui.setupUi(self)
        self._intake, self._timeline, self.nursery_id = intake, timeline, nursery_id
        self._lifecycle, self._today = lifecycle, today
        self.status_menu = QMenu(self)
        self.ui.statusButton.setMenu(self.status_menu)
        self.act_actions: dict[LifecycleAct, QAction] = {}
        self.status_dialog: QDialog | None = None
        self._status = InstitutionStatus.INTAKE
        wrap_rows_to(self.ui.timelineTable, 3)  # 内容
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.editButton.clicked.connect(lambda: self.edit_requested.emit(self.nursery_id))
        if open_editor is not None:
            self.edit_requested.connect(open_editor)
        # The staff area's 人员 tab, read on first show.
        self._add_id_row()
        self.staff_tab = staff_tab(nursery_id, self) if staff_tab is not None else None
        if self.staff_tab is not None:
            self.ui.recordTabs.addTab(self.staff_tab, self.tr("人员(&P)"))
        self.refresh()

    def _add_id_row(self) -> None:
        """The legal representative's ID, masked; 显示完整号码 (audited) for a role that may see it."""
        self.idValue = QLabel(self)
        self.revealButton = QPushButton(self.tr("显示完整号码"), self)
        self.revealButton.setToolTip(self.tr("查看完整号码会记入审计日志"))
        self.revealButton.setVisible(can(self._intake.actor, Action.PERSONAL_DATA_FULL))
        self.revealButton.clicked.connect(self.reveal_id)
        row = QHBoxLayout()
        row.addWidget(self.idValue)
        row.addWidget(self.revealButton)
        row.addStretch(1)
        self.ui.summaryForm.addRow(self.tr("法定代表人证件号码："), row)

    def reveal_id(self) -> None:
        try:
            number = self._intake.reveal_id_number(self.nursery_id)
        except DomainError as exc:
            error(self, exc.message)
            return
        self.idValue.setText(number or "—")
        self.revealButton.setEnabled(False)

    def refresh(self) -> None:
        record = self._intake.get(self.nursery_id)
        self._show_summary(record)
        self._show_timeline()
        self.ui.editButton.setEnabled(record.status.value != "CANCELLED")
        self.ui.editButton.setVisible(can(self._intake.actor, Action.NURSERY_EDIT))
        self._status = record.status
        self._offer_acts()

    def _offer_acts(self) -> None:
        """The acts this user may record now; the button is hidden when there are none."""
        self.status_menu.clear()
        self.act_actions = {}
        acts = self._lifecycle.acts_for(self.nursery_id) if self._lifecycle is not None else []
        for act in acts:
            action = self.status_menu.addAction(ui_label(act))
            action.triggered.connect(lambda _checked=False, a=act: self.open_act(a))
            self.act_actions[act] = action
        self.ui.statusButton.setVisible(bool(acts))

    def open_act(self, act: LifecycleAct) -> None:
        from workstation.ui.registry.status_dialog import NurseryStatusDialog

        assert self._lifecycle is not None
        dialog = NurseryStatusDialog(self._lifecycle, self.nursery_id, self._status, act, self._today(), self)
        dialog.recorded.connect(self._recorded)
        self.status_dialog = dialog
        dialog.open()

    def _recorded(self, _change: object) -> None:
        self.refresh()
        self.status_changed.emit(self.nursery_id)

    def _show_summary(self, record: NurseryRecord) -> None:
        d = record.draft
        self.setWindowTitle(self.tr("机构档案 — {name}").format(name=d.name))
        self.ui.titleLabel.setText(d.name + (f"（{d.alias}）" if d.alias else ""))
        self.ui.usccValue.setText(d.uscc or self.tr("（未登记）"))
        self.ui.statusValue.setText(ui_label(record.status))
        organ = ui_label(d.registration_organ_kind) if d.registration_organ_kind else "—"
        self.ui.natureValue.setText(self.tr("{nature} / {organ}（{certificate}）").format(
            nature=ui_label(d.legal_nature), organ=organ,
            certificate=certificate_text(record.registration_certificate) or "—"))
        self.ui.addressValue.setText(d.address or "—")
        self.ui.placesValue.setText(f"{d.places_total} / {d.places_inclusive} / {d.enrolled}")
        # Shown masked to every role; the full number only through 显示完整号码, which is audited.
        self.idValue.setText(mask_id_number(d.legal_rep_id_no) or "—")
        self.revealButton.setEnabled(bool(d.legal_rep_id_no))

    # The areas' kinds, marked for translation (the column shows them in the interface language).
    TIMELINE_KINDS = (QT_TRANSLATE_NOOP("TimelineKinds", "登记"), QT_TRANSLATE_NOOP("TimelineKinds", "状态"),
                      QT_TRANSLATE_NOOP("TimelineKinds", "备案"), QT_TRANSLATE_NOOP("TimelineKinds", "检查"),
                      QT_TRANSLATE_NOOP("TimelineKinds", "收费"), QT_TRANSLATE_NOOP("TimelineKinds", "人员"))

    def _show_timeline(self) -> None:
        table = self.ui.timelineTable
        entries = self._timeline.timeline(self.nursery_id)
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (local_text(entry.at), QCoreApplication.translate("TimelineKinds", entry.kind), actor_text(entry.actor, entry.actor_name),
                      shown(entry.text))
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeRowsToContents()
