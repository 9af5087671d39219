# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_day_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_CalendarDayDialog(object):
    def setupUi(self, CalendarDayDialog):
        if not CalendarDayDialog.objectName():
            CalendarDayDialog.setObjectName(u"CalendarDayDialog")
        CalendarDayDialog.resize(480, 240)
        CalendarDayDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CalendarDayDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(CalendarDayDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(CalendarDayDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.kindLabel = QLabel(CalendarDayDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CalendarDayDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.sourceLabel = QLabel(CalendarDayDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(CalendarDayDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.noteLabel = QLabel(CalendarDayDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(CalendarDayDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(CalendarDayDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00000;")

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CalendarDayDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarDayDialog)

        QMetaObject.connectSlotsByName(CalendarDayDialog)
    # setupUi

    def retranslateUi(self, CalendarDayDialog):
        CalendarDayDialog.setWindowTitle(QCoreApplication.translate("CalendarDayDialog", u"\u66f4\u6b63\u4e00\u5929", None))
        self.dateLabel.setText(QCoreApplication.translate("CalendarDayDialog", u"\u65e5\u671f(&D)\uff1a", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("CalendarDayDialog", u"YYYY-MM-DD", None))
        self.kindLabel.setText(QCoreApplication.translate("CalendarDayDialog", u"\u6539\u4e3a(&K)\uff1a", None))
        self.sourceLabel.setText(QCoreApplication.translate("CalendarDayDialog", u"\u4f9d\u636e(&S)\uff1a", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("CalendarDayDialog", u"\u901a\u77e5\u540d\u79f0\u53ca\u6587\u53f7", None))
        self.noteLabel.setText(QCoreApplication.translate("CalendarDayDialog", u"\u8bf4\u660e(&N)\uff1a", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CalendarDayDialog", u"\u5982\uff1a\u6625\u8282\u8c03\u4f11", None))
    # retranslateUi

