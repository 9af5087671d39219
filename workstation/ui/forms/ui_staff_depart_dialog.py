# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_depart_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_StaffDepartDialog(object):
    def setupUi(self, StaffDepartDialog):
        if not StaffDepartDialog.objectName():
            StaffDepartDialog.setObjectName(u"StaffDepartDialog")
        StaffDepartDialog.resize(460, 180)
        StaffDepartDialog.setStyleSheet(u"QLabel#errorLabel { color: #b00020; }\n"
"QLabel#warningLabel { color: #9c5700; }")
        self.dialogLayout = QVBoxLayout(StaffDepartDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.memberLabel = QLabel(StaffDepartDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setText(u"")

        self.dialogLayout.addWidget(self.memberLabel)

        self.departForm = QFormLayout()
        self.departForm.setObjectName(u"departForm")
        self.leftLabel = QLabel(StaffDepartDialog)
        self.leftLabel.setObjectName(u"leftLabel")

        self.departForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leftLabel)

        self.leftEdit = QDateEdit(StaffDepartDialog)
        self.leftEdit.setObjectName(u"leftEdit")
        self.leftEdit.setCalendarPopup(True)
        self.leftEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.departForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leftEdit)

        self.reasonLabel = QLabel(StaffDepartDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.departForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(StaffDepartDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.departForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.departForm)

        self.errorLabel = QLabel(StaffDepartDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StaffDepartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.leftLabel.setBuddy(self.leftEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffDepartDialog)

        QMetaObject.connectSlotsByName(StaffDepartDialog)
    # setupUi

    def retranslateUi(self, StaffDepartDialog):
        StaffDepartDialog.setWindowTitle(QCoreApplication.translate("StaffDepartDialog", u"\u767b\u8bb0\u79bb\u804c", None))
        self.leftLabel.setText(QCoreApplication.translate("StaffDepartDialog", u"\u79bb\u804c\u65e5\u671f(&D)", None))
        self.reasonLabel.setText(QCoreApplication.translate("StaffDepartDialog", u"\u79bb\u804c\u539f\u56e0(&R)", None))
    # retranslateUi

