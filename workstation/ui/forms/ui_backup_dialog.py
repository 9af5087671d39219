# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(560, 260)
        BackupDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(BackupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.folderLabel = QLabel(BackupDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(BackupDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(BackupDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.fileNameCaption = QLabel(BackupDialog)
        self.fileNameCaption.setObjectName(u"fileNameCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileNameCaption)

        self.fileNameLabel = QLabel(BackupDialog)
        self.fileNameLabel.setObjectName(u"fileNameLabel")
        self.fileNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fileNameLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.progressBar = QProgressBar(BackupDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(BackupDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.startButton = QPushButton(BackupDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttonLayout.addWidget(self.startButton)

        self.closeButton = QPushButton(BackupDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.closeButton)

        self.retranslateUi(BackupDialog)

        self.startButton.setDefault(True)


        QMetaObject.connectSlotsByName(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u6570\u636e", None))
        self.introLabel.setText(QCoreApplication.translate("BackupDialog", u"\u628a\u6570\u636e\u5e93\u548c\u5168\u90e8\u9644\u4ef6\u5907\u4efd\u4e3a\u4e00\u4e2a\u6587\u4ef6\uff08.wsbackup\uff09\uff0c\u53ef\u5b58\u653e\u5728U\u76d8\u7b49\u4f4d\u7f6e\u3002\u5907\u4efd\u671f\u95f4\u53ef\u4ee5\u7ee7\u7eed\u4f7f\u7528\u5de5\u4f5c\u7ad9\u3002", None))
        self.folderLabel.setText(QCoreApplication.translate("BackupDialog", u"\u4fdd\u5b58\u5230\u6587\u4ef6\u5939(&F)\uff1a", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("BackupDialog", u"\u9009\u62e9U\u76d8\u6216\u5176\u4ed6\u6587\u4ef6\u5939", None))
        self.browseButton.setText(QCoreApplication.translate("BackupDialog", u"\u6d4f\u89c8(&B)\u2026", None))
        self.fileNameCaption.setText(QCoreApplication.translate("BackupDialog", u"\u6587\u4ef6\u540d\uff1a", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u8fdb\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("BackupDialog", u"\u5f00\u59cb\u5907\u4efd(&S)", None))
        self.closeButton.setText(QCoreApplication.translate("BackupDialog", u"\u53d6\u6d88", None))
    # retranslateUi

