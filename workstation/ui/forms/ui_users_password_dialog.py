# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_password_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(420, 220)
        PasswordDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.currentLabel = QLabel(PasswordDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(PasswordDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.currentEdit.setMaxLength(128)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newLabel = QLabel(PasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(PasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.newEdit.setMaxLength(128)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.confirmLabel = QLabel(PasswordDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(PasswordDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit.setMaxLength(128)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(PasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)
        self.buttonBox.accepted.connect(PasswordDialog.accept)
        self.buttonBox.rejected.connect(PasswordDialog.reject)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"\u4fee\u6539\u5bc6\u7801", None))
        self.introLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u65b0\u5bc6\u7801\u81f3\u5c11 10 \u4e2a\u5b57\u7b26\uff0c\u4e0d\u80fd\u662f\u5e38\u89c1\u5bc6\u7801\uff0c\u4e5f\u4e0d\u80fd\u4e0e\u7528\u6237\u540d\u76f8\u540c\u3002", None))
        self.currentLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u5f53\u524d\u5bc6\u7801(&O)\uff1a", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u65b0\u5bc6\u7801(&P)\uff1a", None))
        self.confirmLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u786e\u8ba4\u65b0\u5bc6\u7801(&C)\uff1a", None))
    # retranslateUi

