# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_lift_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_StaffLiftDialog(object):
    def setupUi(self, StaffLiftDialog):
        if not StaffLiftDialog.objectName():
            StaffLiftDialog.setObjectName(u"StaffLiftDialog")
        StaffLiftDialog.resize(520, 220)
        StaffLiftDialog.setStyleSheet(u"QLabel#errorLabel { color: #b00020; }\n"
"QLabel#warningLabel { color: #9c5700; }")
        self.dialogLayout = QVBoxLayout(StaffLiftDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.banLabel = QLabel(StaffLiftDialog)
        self.banLabel.setObjectName(u"banLabel")
        self.banLabel.setWordWrap(True)
        self.banLabel.setText(u"")

        self.dialogLayout.addWidget(self.banLabel)

        self.liftForm = QFormLayout()
        self.liftForm.setObjectName(u"liftForm")
        self.liftDecisionLabel = QLabel(StaffLiftDialog)
        self.liftDecisionLabel.setObjectName(u"liftDecisionLabel")

        self.liftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.liftDecisionLabel)

        self.decisionEdit = QLineEdit(StaffLiftDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.liftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.liftReasonLabel = QLabel(StaffLiftDialog)
        self.liftReasonLabel.setObjectName(u"liftReasonLabel")

        self.liftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.liftReasonLabel)

        self.reasonEdit = QLineEdit(StaffLiftDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.liftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.liftedLabel = QLabel(StaffLiftDialog)
        self.liftedLabel.setObjectName(u"liftedLabel")

        self.liftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.liftedLabel)

        self.liftedEdit = QDateEdit(StaffLiftDialog)
        self.liftedEdit.setObjectName(u"liftedEdit")
        self.liftedEdit.setCalendarPopup(True)
        self.liftedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.liftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.liftedEdit)


        self.dialogLayout.addLayout(self.liftForm)

        self.errorLabel = QLabel(StaffLiftDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StaffLiftDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.liftDecisionLabel.setBuddy(self.decisionEdit)
        self.liftReasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffLiftDialog)

        QMetaObject.connectSlotsByName(StaffLiftDialog)
    # setupUi

    def retranslateUi(self, StaffLiftDialog):
        StaffLiftDialog.setWindowTitle(QCoreApplication.translate("StaffLiftDialog", u"\u89e3\u9664\u7981\u5165", None))
        self.liftDecisionLabel.setText(QCoreApplication.translate("StaffLiftDialog", u"\u89e3\u9664\u51b3\u5b9a\u6587\u53f7(&D)", None))
        self.liftReasonLabel.setText(QCoreApplication.translate("StaffLiftDialog", u"\u89e3\u9664\u7406\u7531(&R)", None))
        self.liftedLabel.setText(QCoreApplication.translate("StaffLiftDialog", u"\u89e3\u9664\u65e5\u671f", None))
    # retranslateUi

