# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_ban_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_StaffBanDialog(object):
    def setupUi(self, StaffBanDialog):
        if not StaffBanDialog.objectName():
            StaffBanDialog.setObjectName(u"StaffBanDialog")
        StaffBanDialog.resize(520, 320)
        StaffBanDialog.setStyleSheet(u"QLabel#errorLabel { color: #b00020; }\n"
"QLabel#warningLabel { color: #9c5700; }")
        self.dialogLayout = QVBoxLayout(StaffBanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.banForm = QFormLayout()
        self.banForm.setObjectName(u"banForm")
        self.banNameLabel = QLabel(StaffBanDialog)
        self.banNameLabel.setObjectName(u"banNameLabel")

        self.banForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.banNameLabel)

        self.nameEdit = QLineEdit(StaffBanDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.banForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.banIdTypeLabel = QLabel(StaffBanDialog)
        self.banIdTypeLabel.setObjectName(u"banIdTypeLabel")

        self.banForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.banIdTypeLabel)

        self.idTypeCombo = QComboBox(StaffBanDialog)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.banForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idTypeCombo)

        self.banIdNoLabel = QLabel(StaffBanDialog)
        self.banIdNoLabel.setObjectName(u"banIdNoLabel")

        self.banForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.banIdNoLabel)

        self.idNoEdit = QLineEdit(StaffBanDialog)
        self.idNoEdit.setObjectName(u"idNoEdit")

        self.banForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idNoEdit)

        self.reasonLabel = QLabel(StaffBanDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.banForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(StaffBanDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.banForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.decisionLabel = QLabel(StaffBanDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.banForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QLineEdit(StaffBanDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.banForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.decidedLabel = QLabel(StaffBanDialog)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.banForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedEdit = QDateEdit(StaffBanDialog)
        self.decidedEdit.setObjectName(u"decidedEdit")
        self.decidedEdit.setCalendarPopup(True)
        self.decidedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.banForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decidedEdit)

        self.authorityLabel = QLabel(StaffBanDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.banForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(StaffBanDialog)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.banForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.authorityEdit)


        self.dialogLayout.addLayout(self.banForm)

        self.errorLabel = QLabel(StaffBanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StaffBanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.banNameLabel.setBuddy(self.nameEdit)
        self.banIdNoLabel.setBuddy(self.idNoEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.authorityLabel.setBuddy(self.authorityEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffBanDialog)

        QMetaObject.connectSlotsByName(StaffBanDialog)
    # setupUi

    def retranslateUi(self, StaffBanDialog):
        StaffBanDialog.setWindowTitle(QCoreApplication.translate("StaffBanDialog", u"\u767b\u8bb0\u7981\u5165\u4eba\u5458", None))
        self.banNameLabel.setText(QCoreApplication.translate("StaffBanDialog", u"\u59d3\u540d(&M)", None))
        self.banIdTypeLabel.setText(QCoreApplication.translate("StaffBanDialog", u"\u8bc1\u4ef6\u7c7b\u578b", None))
        self.banIdNoLabel.setText(QCoreApplication.translate("StaffBanDialog", u"\u8bc1\u4ef6\u53f7\u7801(&I)", None))
        self.reasonLabel.setText(QCoreApplication.translate("StaffBanDialog", u"\u7981\u5165\u4e8b\u7531(&R)", None))
        self.decisionLabel.setText(QCoreApplication.translate("StaffBanDialog", u"\u51b3\u5b9a\u4e66\u6587\u53f7(&D)", None))
        self.decisionEdit.setPlaceholderText(QCoreApplication.translate("StaffBanDialog", u"\u5982\uff1a\u4e5d\u536b\u7981\u30142026\u30153\u53f7", None))
        self.decidedLabel.setText(QCoreApplication.translate("StaffBanDialog", u"\u51b3\u5b9a\u65e5\u671f", None))
        self.authorityLabel.setText(QCoreApplication.translate("StaffBanDialog", u"\u4f5c\u51fa\u51b3\u5b9a\u7684\u673a\u5173(&A)", None))
    # retranslateUi

