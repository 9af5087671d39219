# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nursery_status_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout)

class Ui_NurseryStatusDialog(object):
    def setupUi(self, NurseryStatusDialog):
        if not NurseryStatusDialog.objectName():
            NurseryStatusDialog.setObjectName(u"NurseryStatusDialog")
        NurseryStatusDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(NurseryStatusDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.actLabel = QLabel(NurseryStatusDialog)
        self.actLabel.setObjectName(u"actLabel")
        self.actLabel.setStyleSheet(u"font-weight: bold;")
        self.actLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.actLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.statusCaption = QLabel(NurseryStatusDialog)
        self.statusCaption.setObjectName(u"statusCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(NurseryStatusDialog)
        self.statusValue.setObjectName(u"statusValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.dateCaption = QLabel(NurseryStatusDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateEdit = QDateEdit(NurseryStatusDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteCaption = QLabel(NurseryStatusDialog)
        self.noteCaption.setObjectName(u"noteCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteEdit = QPlainTextEdit(NurseryStatusDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(NurseryStatusDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b00000;")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(NurseryStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateCaption.setBuddy(self.dateEdit)
        self.noteCaption.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NurseryStatusDialog)

        QMetaObject.connectSlotsByName(NurseryStatusDialog)
    # setupUi

    def retranslateUi(self, NurseryStatusDialog):
        NurseryStatusDialog.setWindowTitle(QCoreApplication.translate("NurseryStatusDialog", u"\u529e\u7406\u673a\u6784\u72b6\u6001", None))
        self.statusCaption.setText(QCoreApplication.translate("NurseryStatusDialog", u"\u72b6\u6001\u53d8\u5316\uff1a", None))
        self.dateCaption.setText(QCoreApplication.translate("NurseryStatusDialog", u"\u529e\u7406\u65e5\u671f\uff1a", None))
        self.noteCaption.setText(QCoreApplication.translate("NurseryStatusDialog", u"\u4f9d\u636e\u6216\u60c5\u51b5\u8bf4\u660e\uff1a", None))
    # retranslateUi

