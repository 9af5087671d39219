"""Choose a nursery and the kind of filing application to open for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from workstation.domain.filing import FilingKind
from workstation.i18n.labels import ui_label
from workstation.services.filing import FilingService, NurseryChoice
from workstation.ui.forms.ui_filing_new_dialog import Ui_FilingNewDialog

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


class NewApplicationDialog(QDialog):
    """Lists nurseries matching the search; offers only the kinds each can open now."""

    def __init__(self, service: FilingService, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_FilingNewDialog()
        self.ui.setupUi(self)
        self._service = service
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
        if choice is None:
            hint = self.tr("请选择机构。")
        elif not choice.kinds:
            hint = self.tr("该机构当前为“{status}”，或已有办理中的申请，不能新建备案申请。").format(
                status=ui_label(choice.status))
        else:
            hint = ""
        self.ui.hintLabel.setText(hint)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(choice and choice.kinds))
