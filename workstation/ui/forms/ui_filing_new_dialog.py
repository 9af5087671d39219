# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'filing_new_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QSizePolicy, QVBoxLayout)

class Ui_FilingNewDialog(object):
    def setupUi(self, FilingNewDialog):
        if not FilingNewDialog.objectName():
            FilingNewDialog.setObjectName(u"FilingNewDialog")
        FilingNewDialog.resize(640, 460)
        self.dialogLayout = QVBoxLayout(FilingNewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.searchEdit = QLineEdit(FilingNewDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.searchEdit)

        self.nurseryList = QListWidget(FilingNewDialog)
        self.nurseryList.setObjectName(u"nurseryList")

        self.dialogLayout.addWidget(self.nurseryList)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindCaption = QLabel(FilingNewDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.kindRow.addWidget(self.kindCaption)

        self.kindCombo = QComboBox(FilingNewDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.kindRow.addWidget(self.kindCombo)


        self.dialogLayout.addLayout(self.kindRow)

        self.hintLabel = QLabel(FilingNewDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttons = QDialogButtonBox(FilingNewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(FilingNewDialog)
        self.buttons.accepted.connect(FilingNewDialog.accept)
        self.buttons.rejected.connect(FilingNewDialog.reject)

        QMetaObject.connectSlotsByName(FilingNewDialog)
    # setupUi

    def retranslateUi(self, FilingNewDialog):
        FilingNewDialog.setWindowTitle(QCoreApplication.translate("FilingNewDialog", u"\u65b0\u5efa\u5907\u6848\u7533\u8bf7", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("FilingNewDialog", u"\u8f93\u5165\u673a\u6784\u540d\u79f0\u6216\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u67e5\u627e", None))
        self.kindCaption.setText(QCoreApplication.translate("FilingNewDialog", u"\u7533\u8bf7\u7c7b\u578b", None))
    # retranslateUi

