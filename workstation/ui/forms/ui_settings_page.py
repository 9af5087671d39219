# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tabs = QTabWidget(SettingsPage)
        self.tabs.setObjectName(u"tabs")
        self.accountTab = QWidget()
        self.accountTab.setObjectName(u"accountTab")
        self.accountLayout = QVBoxLayout(self.accountTab)
        self.accountLayout.setObjectName(u"accountLayout")
        self.whoLabel = QLabel(self.accountTab)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setText(u"-")

        self.accountLayout.addWidget(self.whoLabel)

        self.accountButtons = QHBoxLayout()
        self.accountButtons.setObjectName(u"accountButtons")
        self.passwordButton = QPushButton(self.accountTab)
        self.passwordButton.setObjectName(u"passwordButton")

        self.accountButtons.addWidget(self.passwordButton)

        self.lockButton = QPushButton(self.accountTab)
        self.lockButton.setObjectName(u"lockButton")

        self.accountButtons.addWidget(self.lockButton)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accountButtons.addItem(self.accountSpacer)


        self.accountLayout.addLayout(self.accountButtons)

        self.accountVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accountLayout.addItem(self.accountVSpacer)

        self.tabs.addTab(self.accountTab, "")
        self.policyTab = QWidget()
        self.policyTab.setObjectName(u"policyTab")
        self.policyLayout = QVBoxLayout(self.policyTab)
        self.policyLayout.setObjectName(u"policyLayout")
        self.policyForm = QFormLayout()
        self.policyForm.setObjectName(u"policyForm")
        self.policyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idleLabel = QLabel(self.policyTab)
        self.idleLabel.setObjectName(u"idleLabel")

        self.policyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.policyTab)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)

        self.policyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.autoLabel = QLabel(self.policyTab)
        self.autoLabel.setObjectName(u"autoLabel")

        self.policyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.autoLabel)

        self.autoBackupCheck = QCheckBox(self.policyTab)
        self.autoBackupCheck.setObjectName(u"autoBackupCheck")

        self.policyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.autoBackupCheck)

        self.dailyLabel = QLabel(self.policyTab)
        self.dailyLabel.setObjectName(u"dailyLabel")

        self.policyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dailyLabel)

        self.dailySpin = QSpinBox(self.policyTab)
        self.dailySpin.setObjectName(u"dailySpin")
        self.dailySpin.setMinimum(1)
        self.dailySpin.setMaximum(365)

        self.policyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dailySpin)

        self.monthlyLabel = QLabel(self.policyTab)
        self.monthlyLabel.setObjectName(u"monthlyLabel")

        self.policyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.monthlyLabel)

        self.monthlySpin = QSpinBox(self.policyTab)
        self.monthlySpin.setObjectName(u"monthlySpin")
        self.monthlySpin.setMaximum(120)

        self.policyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.monthlySpin)

        self.folderLabel = QLabel(self.policyTab)
        self.folderLabel.setObjectName(u"folderLabel")

        self.policyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderEdit = QLineEdit(self.policyTab)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setMinimumSize(QSize(420, 0))

        self.policyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.folderEdit)

        self.inboxLabel = QLabel(self.policyTab)
        self.inboxLabel.setObjectName(u"inboxLabel")

        self.policyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.inboxLabel)

        self.inboxAutoCheck = QCheckBox(self.policyTab)
        self.inboxAutoCheck.setObjectName(u"inboxAutoCheck")

        self.policyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.inboxAutoCheck)


        self.policyLayout.addLayout(self.policyForm)

        self.policyMessage = QLabel(self.policyTab)
        self.policyMessage.setObjectName(u"policyMessage")
        self.policyMessage.setWordWrap(True)
        self.policyMessage.setText(u"")

        self.policyLayout.addWidget(self.policyMessage)

        self.policyButtons = QHBoxLayout()
        self.policyButtons.setObjectName(u"policyButtons")
        self.policySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.policyButtons.addItem(self.policySpacer)

        self.saveButton = QPushButton(self.policyTab)
        self.saveButton.setObjectName(u"saveButton")

        self.policyButtons.addWidget(self.saveButton)


        self.policyLayout.addLayout(self.policyButtons)

        self.policyVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.policyLayout.addItem(self.policyVSpacer)

        self.tabs.addTab(self.policyTab, "")
        self.backupTab = QWidget()
        self.backupTab.setObjectName(u"backupTab")
        self.backupLayout = QVBoxLayout(self.backupTab)
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupInfo = QLabel(self.backupTab)
        self.backupInfo.setObjectName(u"backupInfo")
        self.backupInfo.setWordWrap(True)
        self.backupInfo.setText(u"-")

        self.backupLayout.addWidget(self.backupInfo)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backupButton = QPushButton(self.backupTab)
        self.backupButton.setObjectName(u"backupButton")

        self.backupButtons.addWidget(self.backupButton)

        self.restoreButton = QPushButton(self.backupTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupButtons.addWidget(self.restoreButton)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupSpacer)


        self.backupLayout.addLayout(self.backupButtons)

        self.backupVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backupLayout.addItem(self.backupVSpacer)

        self.tabs.addTab(self.backupTab, "")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.usersLayout = QVBoxLayout(self.usersTab)
        self.usersLayout.setObjectName(u"usersLayout")
        self.usersInfo = QLabel(self.usersTab)
        self.usersInfo.setObjectName(u"usersInfo")
        self.usersInfo.setWordWrap(True)

        self.usersLayout.addWidget(self.usersInfo)

        self.usersButtons = QHBoxLayout()
        self.usersButtons.setObjectName(u"usersButtons")
        self.usersButton = QPushButton(self.usersTab)
        self.usersButton.setObjectName(u"usersButton")

        self.usersButtons.addWidget(self.usersButton)

        self.usersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.usersButtons.addItem(self.usersSpacer)


        self.usersLayout.addLayout(self.usersButtons)

        self.usersVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.usersLayout.addItem(self.usersVSpacer)

        self.tabs.addTab(self.usersTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.tabs.addTab(self.auditTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleSpin)
        self.dailyLabel.setBuddy(self.dailySpin)
        self.monthlyLabel.setBuddy(self.monthlySpin)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.passwordButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fee\u6539\u5bc6\u7801(&P)\u2026", None))
        self.lockButton.setText(QCoreApplication.translate("SettingsPage", u"\u7acb\u5373\u9501\u5b9a(&L)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.accountTab), QCoreApplication.translate("SettingsPage", u"\u6211\u7684\u8d26\u6237", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsPage", u"\u65e0\u64cd\u4f5c\u81ea\u52a8\u9501\u5b9a(&I)\uff1a", None))
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u5206\u949f", None))
        self.autoLabel.setText(QCoreApplication.translate("SettingsPage", u"\u81ea\u52a8\u5907\u4efd\uff1a", None))
        self.autoBackupCheck.setText(QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u6709\u6539\u52a8\u65f6\uff0c\u542f\u52a8\u65f6\uff08\u6bcf\u5929\u4e00\u6b21\uff09\u548c\u9000\u51fa\u65f6\u81ea\u52a8\u5907\u4efd(&A)", None))
        self.dailyLabel.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u7559\u6bcf\u65e5\u5907\u4efd(&D)\uff1a", None))
        self.dailySpin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u4efd", None))
        self.monthlyLabel.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u7559\u6bcf\u6708\u5907\u4efd(&M)\uff1a", None))
        self.monthlySpin.setSuffix(QCoreApplication.translate("SettingsPage", u" \u4efd", None))
        self.folderLabel.setText(QCoreApplication.translate("SettingsPage", u"\u81ea\u52a8\u5907\u4efd\u6587\u4ef6\u5939(&F)\uff1a", None))
        self.inboxLabel.setText(QCoreApplication.translate("SettingsPage", u"\u63a8\u9001\u6536\u4ef6\u7bb1\uff1a", None))
        self.inboxAutoCheck.setText(QCoreApplication.translate("SettingsPage", u"\u81ea\u52a8\u63a5\u53d7\u63a8\u9001\u6587\u4ef6\u4e2d\u65e0\u95ee\u9898\u7684\u65b0\u673a\u6784(&N)", None))
#if QT_CONFIG(tooltip)
        self.inboxAutoCheck.setToolTip(QCoreApplication.translate("SettingsPage", u"\u9ed8\u8ba4\u4e0d\u52fe\u9009\uff1a\u63a8\u9001\u7684\u6bcf\u4e00\u884c\u90fd\u987b\u7ecf\u529e\u4eba\u5904\u7406\u540e\u624d\u8fdb\u5165\u673a\u6784\u540d\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u8bbe\u7f6e(&S)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.policyTab), QCoreApplication.translate("SettingsPage", u"\u5de5\u4f5c\u7ad9\u8bbe\u7f6e", None))
        self.backupButton.setText(QCoreApplication.translate("SettingsPage", u"\u7acb\u5373\u5907\u4efd\u5230\u2026(&B)", None))
        self.restoreButton.setText(QCoreApplication.translate("SettingsPage", u"\u4ece\u5907\u4efd\u6062\u590d\u2026(&R)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backupTab), QCoreApplication.translate("SettingsPage", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.usersInfo.setText(QCoreApplication.translate("SettingsPage", u"\u4e3a\u540c\u4e8b\u521b\u5efa\u8d26\u53f7\u3001\u5206\u914d\u89d2\u8272\u3001\u91cd\u7f6e\u5bc6\u7801\u3001\u505c\u7528\u8d26\u53f7\u6216\u89e3\u9664\u9501\u5b9a\u3002", None))
        self.usersButton.setText(QCoreApplication.translate("SettingsPage", u"\u7ba1\u7406\u7528\u6237\u8d26\u53f7\u2026(&U)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.usersTab), QCoreApplication.translate("SettingsPage", u"\u7528\u6237\u7ba1\u7406", None))
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), QCoreApplication.translate("SettingsPage", u"\u5ba1\u8ba1\u65e5\u5fd7", None))
        pass
    # retranslateUi

