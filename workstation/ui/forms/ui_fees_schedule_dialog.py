# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fees_schedule_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout)

class Ui_FeeScheduleDialog(object):
    def setupUi(self, FeeScheduleDialog):
        if not FeeScheduleDialog.objectName():
            FeeScheduleDialog.setObjectName(u"FeeScheduleDialog")
        FeeScheduleDialog.resize(900, 560)
        FeeScheduleDialog.setStyleSheet(u"QLabel#errorLabel { color: #b00020; }\n"
"QLabel#findingsLabel { color: #9c5700; }\n"
"QLabel#nurseryLabel { font-weight: bold; }")
        self.dialogLayout = QVBoxLayout(FeeScheduleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.nurseryLabel = QLabel(FeeScheduleDialog)
        self.nurseryLabel.setObjectName(u"nurseryLabel")
        self.nurseryLabel.setText(u"")

        self.dialogLayout.addWidget(self.nurseryLabel)

        self.headForm = QFormLayout()
        self.headForm.setObjectName(u"headForm")
        self.effectiveLabel = QLabel(FeeScheduleDialog)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.headForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveDateEdit = QDateEdit(FeeScheduleDialog)
        self.effectiveDateEdit.setObjectName(u"effectiveDateEdit")
        self.effectiveDateEdit.setCalendarPopup(True)
        self.effectiveDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.headForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.effectiveDateEdit)

        self.noteLabel = QLabel(FeeScheduleDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.headForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(FeeScheduleDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.headForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.headForm)

        self.hintLabel = QLabel(FeeScheduleDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.itemsGroup = QGroupBox(FeeScheduleDialog)
        self.itemsGroup.setObjectName(u"itemsGroup")
        self.itemsLayout = QVBoxLayout(self.itemsGroup)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.entryGrid = QGridLayout()
        self.entryGrid.setObjectName(u"entryGrid")
        self.entryGrid.setHorizontalSpacing(6)
        self.serviceLabel = QLabel(self.itemsGroup)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.entryGrid.addWidget(self.serviceLabel, 0, 0, 1, 1)

        self.serviceCombo = QComboBox(self.itemsGroup)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.entryGrid.addWidget(self.serviceCombo, 1, 0, 1, 1)

        self.kindLabel = QLabel(self.itemsGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.entryGrid.addWidget(self.kindLabel, 0, 1, 1, 1)

        self.kindCombo = QComboBox(self.itemsGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.entryGrid.addWidget(self.kindCombo, 1, 1, 1, 1)

        self.nameLabel = QLabel(self.itemsGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.entryGrid.addWidget(self.nameLabel, 0, 2, 1, 1)

        self.nameEdit = QLineEdit(self.itemsGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.entryGrid.addWidget(self.nameEdit, 1, 2, 1, 1)

        self.amountLabel = QLabel(self.itemsGroup)
        self.amountLabel.setObjectName(u"amountLabel")

        self.entryGrid.addWidget(self.amountLabel, 0, 3, 1, 1)

        self.amountEdit = QLineEdit(self.itemsGroup)
        self.amountEdit.setObjectName(u"amountEdit")

        self.entryGrid.addWidget(self.amountEdit, 1, 3, 1, 1)

        self.unitLabel = QLabel(self.itemsGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.entryGrid.addWidget(self.unitLabel, 0, 4, 1, 1)

        self.unitCombo = QComboBox(self.itemsGroup)
        self.unitCombo.setObjectName(u"unitCombo")

        self.entryGrid.addWidget(self.unitCombo, 1, 4, 1, 1)

        self.coversLabel = QLabel(self.itemsGroup)
        self.coversLabel.setObjectName(u"coversLabel")

        self.entryGrid.addWidget(self.coversLabel, 0, 5, 1, 1)

        self.coversEdit = QLineEdit(self.itemsGroup)
        self.coversEdit.setObjectName(u"coversEdit")

        self.entryGrid.addWidget(self.coversEdit, 1, 5, 1, 1)


        self.itemsLayout.addLayout(self.entryGrid)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(self.itemsGroup)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtons.addWidget(self.addItemButton)

        self.replaceItemButton = QPushButton(self.itemsGroup)
        self.replaceItemButton.setObjectName(u"replaceItemButton")

        self.itemButtons.addWidget(self.replaceItemButton)

        self.removeItemButton = QPushButton(self.itemsGroup)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.itemButtons.addWidget(self.removeItemButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)

        self.countLabel = QLabel(self.itemsGroup)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.itemButtons.addWidget(self.countLabel)


        self.itemsLayout.addLayout(self.itemButtons)

        self.itemsView = QTableView(self.itemsGroup)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setWordWrap(False)

        self.itemsLayout.addWidget(self.itemsView)


        self.dialogLayout.addWidget(self.itemsGroup)

        self.errorLabel = QLabel(FeeScheduleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.findingsLabel = QLabel(FeeScheduleDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setText(u"")
        self.findingsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.findingsLabel)

        self.buttonBox = QDialogButtonBox(FeeScheduleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(FeeScheduleDialog)

        QMetaObject.connectSlotsByName(FeeScheduleDialog)
    # setupUi

    def retranslateUi(self, FeeScheduleDialog):
        FeeScheduleDialog.setWindowTitle(QCoreApplication.translate("FeeScheduleDialog", u"\u767b\u8bb0\u6536\u8d39\u6807\u51c6", None))
        self.effectiveLabel.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u6267\u884c\u65e5\u671f", None))
        self.noteLabel.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u5907\u6ce8", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("FeeScheduleDialog", u"\u5982\uff1a\u7ecf\u7406\u4e8b\u4f1a\u51b3\u8bae\u8c03\u6574\u3001\u4f9d\u636e\u7684\u6587\u4ef6\u7b49\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.hintLabel.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u65b0\u7684\u6536\u8d39\u6807\u51c6\u81ea\u6267\u884c\u65e5\u671f\u8d77\u751f\u6548\uff0c\u539f\u6536\u8d39\u6807\u51c6\u4e8e\u524d\u4e00\u65e5\u7ec8\u6b62\uff1b\u5df2\u767b\u8bb0\u7684\u5386\u53f2\u6536\u8d39\u6807\u51c6\u4e0d\u4f1a\u88ab\u4fee\u6539\u3002", None))
        self.itemsGroup.setTitle(QCoreApplication.translate("FeeScheduleDialog", u"\u6536\u8d39\u9879\u76ee\uff08\u6bcf\u4e2a\u670d\u52a1\u7c7b\u578b\u53ef\u586b\u5199\u591a\u9879\uff09", None))
        self.serviceLabel.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u670d\u52a1\u7c7b\u578b", None))
        self.kindLabel.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u7c7b\u522b", None))
        self.nameLabel.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u6536\u8d39\u9879\u76ee\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FeeScheduleDialog", u"\u5982\uff1a\u4fdd\u80b2\u8d39\u3001\u4f19\u98df\u8d39\u3001\u62a5\u540d\u5efa\u6863\u8d39", None))
        self.amountLabel.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u91d1\u989d\uff08\u5143\uff09", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("FeeScheduleDialog", u"\u5982 2800 \u6216 2800.50", None))
        self.unitLabel.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u8ba1\u8d39\u5355\u4f4d", None))
        self.coversLabel.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u670d\u52a1\u5185\u5bb9\u53ca\u8bf4\u660e", None))
        self.coversEdit.setPlaceholderText(QCoreApplication.translate("FeeScheduleDialog", u"\u8be5\u9879\u8d39\u7528\u5305\u542b\u7684\u670d\u52a1\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.addItemButton.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u6dfb\u52a0\u9879\u76ee", None))
#if QT_CONFIG(tooltip)
        self.addItemButton.setToolTip(QCoreApplication.translate("FeeScheduleDialog", u"\u5728\u91d1\u989d\u6846\u4e2d\u6309\u56de\u8f66\u4e5f\u53ef\u6dfb\u52a0", None))
#endif // QT_CONFIG(tooltip)
        self.replaceItemButton.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u7528\u4e0a\u9762\u7684\u5185\u5bb9\u66ff\u6362\u6240\u9009", None))
        self.removeItemButton.setText(QCoreApplication.translate("FeeScheduleDialog", u"\u5220\u9664\u6240\u9009", None))
    # retranslateUi

