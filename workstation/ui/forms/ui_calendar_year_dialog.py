# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_year_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CalendarYearDialog(object):
    def setupUi(self, CalendarYearDialog):
        if not CalendarYearDialog.objectName():
            CalendarYearDialog.setObjectName(u"CalendarYearDialog")
        CalendarYearDialog.resize(560, 520)
        CalendarYearDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CalendarYearDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CalendarYearDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.yearLabel = QLabel(CalendarYearDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(CalendarYearDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2004)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.sourceLabel = QLabel(CalendarYearDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(CalendarYearDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.sourceDateLabel = QLabel(CalendarYearDialog)
        self.sourceDateLabel.setObjectName(u"sourceDateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceDateLabel)

        self.sourceDateEdit = QLineEdit(CalendarYearDialog)
        self.sourceDateEdit.setObjectName(u"sourceDateEdit")
        self.sourceDateEdit.setMaxLength(20)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceDateEdit)

        self.holidaysLabel = QLabel(CalendarYearDialog)
        self.holidaysLabel.setObjectName(u"holidaysLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.holidaysLabel)

        self.holidaysEdit = QPlainTextEdit(CalendarYearDialog)
        self.holidaysEdit.setObjectName(u"holidaysEdit")
        self.holidaysEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.holidaysEdit)

        self.workdaysLabel = QLabel(CalendarYearDialog)
        self.workdaysLabel.setObjectName(u"workdaysLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.workdaysLabel)

        self.workdaysEdit = QPlainTextEdit(CalendarYearDialog)
        self.workdaysEdit.setObjectName(u"workdaysEdit")
        self.workdaysEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.workdaysEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(CalendarYearDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00000;")
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CalendarYearDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.sourceDateLabel.setBuddy(self.sourceDateEdit)
        self.holidaysLabel.setBuddy(self.holidaysEdit)
        self.workdaysLabel.setBuddy(self.workdaysEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.sourceDateEdit)
        QWidget.setTabOrder(self.sourceDateEdit, self.holidaysEdit)
        QWidget.setTabOrder(self.holidaysEdit, self.workdaysEdit)

        self.retranslateUi(CalendarYearDialog)

        QMetaObject.connectSlotsByName(CalendarYearDialog)
    # setupUi

    def retranslateUi(self, CalendarYearDialog):
        CalendarYearDialog.setWindowTitle(QCoreApplication.translate("CalendarYearDialog", u"\u5f55\u5165\u5e74\u5ea6\u8282\u5047\u65e5\u5b89\u6392", None))
        self.introLabel.setText(QCoreApplication.translate("CalendarYearDialog", u"\u6309\u56fd\u52a1\u9662\u529e\u516c\u5385\u5f53\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5\u5f55\u5165\u3002\u6bcf\u884c\u4e00\u4e2a\u65e5\u671f\u6216\u65e5\u671f\u8303\u56f4\uff0c\u53ef\u5728\u540e\u9762\u6ce8\u660e\u8282\u65e5\uff0c\u4f8b\u5982\u201c2027-01-01\u81f32027-01-03 \u5143\u65e6\u201d\u3002\u672a\u5217\u51fa\u7684\u65e5\u671f\u6309\u5e38\u89c4\u5de5\u4f5c\u5468\uff08\u5468\u4e00\u81f3\u5468\u4e94\u4e0a\u73ed\uff09\u8ba1\u7b97\u3002\u5f55\u5165\u4f1a\u66ff\u6362\u8be5\u5e74\u539f\u6709\u7684\u5f55\u5165\u9879\u3002", None))
        self.yearLabel.setText(QCoreApplication.translate("CalendarYearDialog", u"\u5e74\u4efd(&Y)\uff1a", None))
        self.sourceLabel.setText(QCoreApplication.translate("CalendarYearDialog", u"\u901a\u77e5\u540d\u79f0\u53ca\u6587\u53f7(&N)\uff1a", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("CalendarYearDialog", u"\u5982\uff1a\u56fd\u52a1\u9662\u529e\u516c\u5385\u5173\u4e8e2027\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5\uff08\u56fd\u529e\u53d1\u660e\u7535\u30142026\u3015X\u53f7\uff09", None))
        self.sourceDateLabel.setText(QCoreApplication.translate("CalendarYearDialog", u"\u53d1\u5e03\u65e5\u671f(&T)\uff1a", None))
        self.sourceDateEdit.setPlaceholderText(QCoreApplication.translate("CalendarYearDialog", u"YYYY-MM-DD\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.holidaysLabel.setText(QCoreApplication.translate("CalendarYearDialog", u"\u653e\u5047\u65e5\u671f(&H)\uff1a", None))
        self.holidaysEdit.setPlaceholderText(QCoreApplication.translate("CalendarYearDialog", u"2027-01-01\u81f32027-01-03 \u5143\u65e6", None))
        self.workdaysLabel.setText(QCoreApplication.translate("CalendarYearDialog", u"\u8c03\u4f11\u4e0a\u73ed\u65e5(&W)\uff1a", None))
        self.workdaysEdit.setPlaceholderText(QCoreApplication.translate("CalendarYearDialog", u"2027-02-20 \u6625\u8282\u8c03\u4f11", None))
    # retranslateUi

