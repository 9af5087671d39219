# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_account_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(420, 300)
        AccountDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AccountDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AccountDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(AccountDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(AccountDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(AccountDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(AccountDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(100)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.roleLabel = QLabel(AccountDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AccountDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordLabel = QLabel(AccountDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AccountDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(128)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(AccountDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(AccountDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmEdit.setMaxLength(128)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(AccountDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00020;")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountDialog)
        self.buttonBox.accepted.connect(AccountDialog.accept)
        self.buttonBox.rejected.connect(AccountDialog.reject)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"\u65b0\u5efa\u7528\u6237", None))
        self.introLabel.setText(QCoreApplication.translate("AccountDialog", u"\u4e3a\u5de5\u4f5c\u4eba\u5458\u521b\u5efa\u767b\u5f55\u8d26\u53f7\u3002\u5bc6\u7801\u81f3\u5c11 10 \u4e2a\u5b57\u7b26\uff0c\u4e0d\u80fd\u662f\u5e38\u89c1\u5bc6\u7801\uff0c\u4e5f\u4e0d\u80fd\u4e0e\u7528\u6237\u540d\u76f8\u540c\u3002", None))
        self.usernameLabel.setText(QCoreApplication.translate("AccountDialog", u"\u7528\u6237\u540d(&U)\uff1a", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"2\u201332\u4e2a\u5b57\u7b26\uff0c\u7528\u4e8e\u767b\u5f55", None))
        self.displayNameLabel.setText(QCoreApplication.translate("AccountDialog", u"\u59d3\u540d(&N)\uff1a", None))
        self.roleLabel.setText(QCoreApplication.translate("AccountDialog", u"\u89d2\u8272(&R)\uff1a", None))
        self.passwordLabel.setText(QCoreApplication.translate("AccountDialog", u"\u5bc6\u7801(&P)\uff1a", None))
        self.confirmLabel.setText(QCoreApplication.translate("AccountDialog", u"\u786e\u8ba4\u5bc6\u7801(&C)\uff1a", None))
    # retranslateUi

