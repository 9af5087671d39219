# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_restore_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWizard,
    QWizardPage)

class Ui_RestoreWizard(object):
    def setupUi(self, RestoreWizard):
        if not RestoreWizard.objectName():
            RestoreWizard.setObjectName(u"RestoreWizard")
        RestoreWizard.resize(640, 460)
        RestoreWizard.setModal(True)
        RestoreWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        RestoreWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.choosePage = QWizardPage()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QHBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.fileEdit = QLineEdit(self.choosePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.chooseLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.choosePage)
        self.browseButton.setObjectName(u"browseButton")

        self.chooseLayout.addWidget(self.browseButton)

        RestoreWizard.addPage(self.choosePage)
        self.verifyPage = QWizardPage()
        self.verifyPage.setObjectName(u"verifyPage")
        self.verifyLayout = QVBoxLayout(self.verifyPage)
        self.verifyLayout.setObjectName(u"verifyLayout")
        self.verifyProgress = QProgressBar(self.verifyPage)
        self.verifyProgress.setObjectName(u"verifyProgress")
        self.verifyProgress.setValue(0)

        self.verifyLayout.addWidget(self.verifyProgress)

        self.verifyResult = QLabel(self.verifyPage)
        self.verifyResult.setObjectName(u"verifyResult")
        self.verifyResult.setWordWrap(True)
        self.verifyResult.setTextFormat(Qt.TextFormat.PlainText)
        self.verifyResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verifyLayout.addWidget(self.verifyResult)

        self.verifiedFlag = QCheckBox(self.verifyPage)
        self.verifiedFlag.setObjectName(u"verifiedFlag")
        self.verifiedFlag.setVisible(False)

        self.verifyLayout.addWidget(self.verifiedFlag)

        self.verifySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verifyLayout.addItem(self.verifySpacer)

        RestoreWizard.addPage(self.verifyPage)
        self.confirmPage = QWizardPage()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmText = QLabel(self.confirmPage)
        self.confirmText.setObjectName(u"confirmText")
        self.confirmText.setWordWrap(True)
        self.confirmText.setTextFormat(Qt.TextFormat.PlainText)

        self.confirmLayout.addWidget(self.confirmText)

        self.confirmCheck = QCheckBox(self.confirmPage)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.confirmLayout.addWidget(self.confirmCheck)

        self.confirmSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.confirmLayout.addItem(self.confirmSpacer)

        RestoreWizard.addPage(self.confirmPage)
        self.resultPage = QWizardPage()
        self.resultPage.setObjectName(u"resultPage")
        self.resultLayout = QVBoxLayout(self.resultPage)
        self.resultLayout.setObjectName(u"resultLayout")
        self.restoreProgress = QProgressBar(self.resultPage)
        self.restoreProgress.setObjectName(u"restoreProgress")
        self.restoreProgress.setValue(0)

        self.resultLayout.addWidget(self.restoreProgress)

        self.resultLabel = QLabel(self.resultPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.resultLabel)

        self.doneFlag = QCheckBox(self.resultPage)
        self.doneFlag.setObjectName(u"doneFlag")
        self.doneFlag.setVisible(False)

        self.resultLayout.addWidget(self.doneFlag)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultLayout.addItem(self.resultSpacer)

        RestoreWizard.addPage(self.resultPage)

        self.retranslateUi(RestoreWizard)

        QMetaObject.connectSlotsByName(RestoreWizard)
    # setupUi

    def retranslateUi(self, RestoreWizard):
        RestoreWizard.setWindowTitle(QCoreApplication.translate("RestoreWizard", u"\u4ece\u5907\u4efd\u6062\u590d", None))
        self.choosePage.setTitle(QCoreApplication.translate("RestoreWizard", u"\u9009\u62e9\u5907\u4efd\u6587\u4ef6", None))
        self.choosePage.setSubTitle(QCoreApplication.translate("RestoreWizard", u"\u9009\u62e9\u8981\u6062\u590d\u7684\u5907\u4efd\u6587\u4ef6\uff08.wsbackup\uff09\u3002\u6062\u590d\u524d\u4f1a\u5148\u5b8c\u6574\u6821\u9a8c\uff1b\u5f53\u524d\u6570\u636e\u5e93\u5728\u88ab\u66ff\u6362\u524d\u53e6\u5b58\u4fdd\u7559\u3002", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RestoreWizard", u"\u5907\u4efd\u6587\u4ef6\u8def\u5f84", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("RestoreWizard", u"\u5907\u4efd\u6587\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("RestoreWizard", u"\u6d4f\u89c8(&B)\u2026", None))
        self.verifyPage.setTitle(QCoreApplication.translate("RestoreWizard", u"\u6821\u9a8c\u5907\u4efd", None))
        self.verifyPage.setSubTitle(QCoreApplication.translate("RestoreWizard", u"\u68c0\u67e5\u6bcf\u4e2a\u6210\u5458\u7684\u6821\u9a8c\u548c\u3001\u6570\u636e\u5e93\u5b8c\u6574\u6027\u548c\u7ed3\u6784\u7248\u672c\u3002\u5f53\u524d\u6570\u636e\u5e93\u4e0d\u4f1a\u88ab\u6539\u52a8\u3002", None))
        self.confirmPage.setTitle(QCoreApplication.translate("RestoreWizard", u"\u786e\u8ba4\u6062\u590d", None))
        self.confirmPage.setSubTitle(QCoreApplication.translate("RestoreWizard", u"\u6062\u590d\u4f1a\u7528\u5907\u4efd\u66ff\u6362\u5f53\u524d\u6570\u636e\u5e93\u548c\u9644\u4ef6\u3002", None))
        self.confirmCheck.setText(QCoreApplication.translate("RestoreWizard", u"\u6211\u786e\u8ba4\u7528\u8be5\u5907\u4efd\u66ff\u6362\u5f53\u524d\u6570\u636e\u5e93(&C)", None))
        self.resultPage.setTitle(QCoreApplication.translate("RestoreWizard", u"\u6062\u590d", None))
    # retranslateUi

