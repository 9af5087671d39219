"""One life-cycle act on a nursery (domain.md §18.1): the date it happened and why, then recorded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QWidget

from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import DomainError
from workstation.domain.lifecycle import LifecycleAct, status_after
from workstation.i18n.labels import ui_label
from workstation.services.registry import LifecycleService
from workstation.ui.common.prompts import Unsaved, ask_unsaved
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_nursery_status_dialog import Ui_NurseryStatusDialog


class NurseryStatusDialog(QDialog):
    recorded = Signal(object)  # StatusChange

    def __init__(self, lifecycle: LifecycleService, nursery_id: int, status: InstitutionStatus,
                 act: LifecycleAct, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NurseryStatusDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._lifecycle, self.nursery_id, self.act = lifecycle, nursery_id, act
        self.ui.actLabel.setText(ui_label(act))
        if act is LifecycleAct.RESUME:
            target = self.tr("停业整顿前的状态")
            self.ui.noteCaption.setText(self.tr("复查情况："))
        else:
            target = ui_label(status_after(act, status))
        self.ui.statusValue.setText(f"{ui_label(status)} → {target}")
        self.ui.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> bool:
        try:
            change = self._lifecycle.record(self.nursery_id, self.act, self.ui.dateEdit.date().toPython(),
                                            self.ui.noteEdit.toPlainText())
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            return False
        self.recorded.emit(change)
        super().done(QDialog.DialogCode.Accepted)
        return True

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Rejected and self.ui.noteEdit.toPlainText().strip():
            answer = ask_unsaved(self, self.tr("办理机构状态"), self.tr("已填写的情况说明尚未办理，是否现在办理？"),
                                 self.tr("办理"))
            if answer is Unsaved.CANCEL or (answer is Unsaved.SAVE and not self.save()):
                return
            if answer is Unsaved.SAVE:
                return
        super().done(result)
