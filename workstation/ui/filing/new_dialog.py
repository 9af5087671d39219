"""Choose a nursery and the kind of filing application to open for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QPushButton, QWidget

from workstation.domain.filing import FilingKind
from workstation.i18n.labels import ui_label
from workstation.services.filing import FilingService, NurseryChoice, OpenApplication
from workstation.ui.forms.ui_filing_new_dialog import Ui_FilingNewDialog

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


class NewApplicationDialog(QDialog):
    """Lists nurseries matching the search; offers only the kinds each can open now. A nursery with an
    application in progress names it and offers to open it (the dialog then ends with OPEN_EXISTING)."""

    OPEN_EXISTING = 2  # exec()'s result when the user chose to open the blocking application

    def __init__(self, service: FilingService, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_FilingNewDialog()
        self.ui.setupUi(self)
        self._service = service
        self.blocking: OpenApplication | None = None
        self.open_button = QPushButton(self.tr("打开该申请(&O)"), self)
        self.open_button.setObjectName("openExistingButton")
        self.ui.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self.done(self.OPEN_EXISTING))
        self.ui.searchEdit.textChanged.connect(self.search)
        self.ui.nurseryList.currentItemChanged.connect(lambda item, _old: self._choose(item))
        self.ui.searchEdit.setText(text)
        self.search(text)

    def search(self, text: str) -> None:
        self.ui.nurseryList.clear()
        for choice in self._service.nursery_choices(text):
            uscc = choice.uscc or self.tr("无代码")
            item = QListWidgetItem(f"{choice.name}（{uscc}）· {ui_label(choice.status)}", self.ui.nurseryList)
            item.setData(CHOICE_ROLE, choice)
        self._choose(None)

    def choice(self) -> tuple[int, FilingKind] | None:
        item = self.ui.nurseryList.currentItem()
        kind = self.ui.kindCombo.currentData()  # Qt hands str-based enums back as plain str
        return (item.data(CHOICE_ROLE).id, FilingKind(kind)) if item is not None and kind else None

    def _choose(self, item: QListWidgetItem | None) -> None:
        choice: NurseryChoice | None = item.data(CHOICE_ROLE) if item is not None else None
        combo = self.ui.kindCombo
        combo.clear()
        for kind in choice.kinds if choice else ():
            combo.addItem(ui_label(kind), kind)
        self.blocking = choice.open_application if choice is not None else None
        if choice is None:
            hint = self.tr("请选择机构。")
        elif self.blocking is not None:
            hint = self._blocked_by(self.blocking)
        elif not choice.kinds:
            hint = self.tr("该机构当前为“{status}”，此状态不能新建备案申请。").format(status=ui_label(choice.status))
        else:
            hint = ""
        self.ui.hintLabel.setText(hint)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(choice and choice.kinds))
        self.open_button.setVisible(self.blocking is not None)

    def _blocked_by(self, app: OpenApplication) -> str:
        if app.submitted_on is None:
            when = self.tr("尚未提交")
        else:
            when = self.tr("{date}提交").format(date=app.submitted_on.isoformat())
        return self.tr("该机构已有办理中的{kind}申请（{state}，{when}），不能再新建备案申请。"
                       "请打开该申请继续办理，或办结、撤回后再新建。").format(
            kind=ui_label(app.kind), state=ui_label(app.state), when=when)
