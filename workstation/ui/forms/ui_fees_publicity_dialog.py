# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fees_publicity_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QVBoxLayout)

class Ui_FeePublicityDialog(object):
    def setupUi(self, FeePublicityDialog):
        if not FeePublicityDialog.objectName():
            FeePublicityDialog.setObjectName(u"FeePublicityDialog")
        FeePublicityDialog.resize(560, 260)
        FeePublicityDialog.setStyleSheet(u"QLabel#errorLabel { color: #b00020; }\n"
"QLabel#findingsLabel { color: #9c5700; }\n"
"QLabel#nurseryLabel { font-weight: bold; }")
        self.dialogLayout = QVBoxLayout(FeePublicityDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.publicityForm = QFormLayout()
        self.publicityForm.setObjectName(u"publicityForm")
        self.scheduleCaption = QLabel(FeePublicityDialog)
        self.scheduleCaption.setObjectName(u"scheduleCaption")

        self.publicityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scheduleCaption)

        self.scheduleLabel = QLabel(FeePublicityDialog)
        self.scheduleLabel.setObjectName(u"scheduleLabel")
        self.scheduleLabel.setText(u"")
        self.scheduleLabel.setWordWrap(True)

        self.publicityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scheduleLabel)

        self.channelLabel = QLabel(FeePublicityDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.publicityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(FeePublicityDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.publicityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.dateLabel = QLabel(FeePublicityDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.publicityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(FeePublicityDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.publicityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteLabel = QLabel(FeePublicityDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.publicityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(FeePublicityDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.publicityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.evidenceLabel = QLabel(FeePublicityDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.publicityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceRow = QHBoxLayout()
        self.evidenceRow.setObjectName(u"evidenceRow")
        self.evidenceEdit = QLineEdit(FeePublicityDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.evidenceRow.addWidget(self.evidenceEdit)

        self.browseButton = QPushButton(FeePublicityDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.evidenceRow.addWidget(self.browseButton)


        self.publicityForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.evidenceRow)


        self.dialogLayout.addLayout(self.publicityForm)

        self.errorLabel = QLabel(FeePublicityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FeePublicityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(FeePublicityDialog)

        QMetaObject.connectSlotsByName(FeePublicityDialog)
    # setupUi

    def retranslateUi(self, FeePublicityDialog):
        FeePublicityDialog.setWindowTitle(QCoreApplication.translate("FeePublicityDialog", u"\u767b\u8bb0\u6536\u8d39\u516c\u793a", None))
        self.scheduleCaption.setText(QCoreApplication.translate("FeePublicityDialog", u"\u6536\u8d39\u6807\u51c6", None))
        self.channelLabel.setText(QCoreApplication.translate("FeePublicityDialog", u"\u516c\u793a\u65b9\u5f0f", None))
        self.dateLabel.setText(QCoreApplication.translate("FeePublicityDialog", u"\u516c\u793a\u65e5\u671f", None))
        self.noteLabel.setText(QCoreApplication.translate("FeePublicityDialog", u"\u8bf4\u660e", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("FeePublicityDialog", u"\u5982\uff1a\u516c\u793a\u680f\u4f4d\u4e8e\u5927\u95e8\u5de6\u4fa7", None))
        self.evidenceLabel.setText(QCoreApplication.translate("FeePublicityDialog", u"\u516c\u793a\u51ed\u8bc1", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("FeePublicityDialog", u"\u516c\u793a\u680f\u7167\u7247\u3001\u7f51\u9875\u622a\u56fe\u6216\u81f4\u5bb6\u957f\u4fe1\u626b\u63cf\u4ef6\uff08\u53ef\u4e0d\u9644\uff09", None))
        self.browseButton.setText(QCoreApplication.translate("FeePublicityDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
    # retranslateUi

