# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDialogButtonBox, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(820, 440)
        UsersDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(UsersDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.userTable = QTableWidget(UsersDialog)
        if (self.userTable.columnCount() < 5):
            self.userTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.userTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.userTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.userTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.userTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.userTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.userTable.setObjectName(u"userTable")
        self.userTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.userTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.userTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.userTable.horizontalHeader().setStretchLastSection(True)
        self.userTable.verticalHeader().setVisible(False)

        self.bodyLayout.addWidget(self.userTable)

        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(UsersDialog)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.selectedGroup = QGroupBox(UsersDialog)
        self.selectedGroup.setObjectName(u"selectedGroup")
        self.selectedLayout = QVBoxLayout(self.selectedGroup)
        self.selectedLayout.setObjectName(u"selectedLayout")
        self.roleCombo = QComboBox(self.selectedGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.selectedLayout.addWidget(self.roleCombo)

        self.setRoleButton = QPushButton(self.selectedGroup)
        self.setRoleButton.setObjectName(u"setRoleButton")

        self.selectedLayout.addWidget(self.setRoleButton)

        self.toggleActiveButton = QPushButton(self.selectedGroup)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.selectedLayout.addWidget(self.toggleActiveButton)

        self.resetPasswordButton = QPushButton(self.selectedGroup)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.selectedLayout.addWidget(self.resetPasswordButton)

        self.unlockButton = QPushButton(self.selectedGroup)
        self.unlockButton.setObjectName(u"unlockButton")

        self.selectedLayout.addWidget(self.unlockButton)


        self.actionsLayout.addWidget(self.selectedGroup)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.bodyLayout.addLayout(self.actionsLayout)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.messageLabel = QLabel(UsersDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(UsersDialog)
        self.buttonBox.rejected.connect(UsersDialog.reject)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u7ba1\u7406", None))
        ___qtablewidgetitem = self.userTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u540d", None))
        ___qtablewidgetitem1 = self.userTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem2 = self.userTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersDialog", u"\u89d2\u8272", None))
        ___qtablewidgetitem3 = self.userTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersDialog", u"\u72b6\u6001", None))
        ___qtablewidgetitem4 = self.userTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("UsersDialog", u"\u6700\u8fd1\u767b\u5f55", None))
#if QT_CONFIG(accessibility)
        self.userTable.setAccessibleName(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("UsersDialog", u"\u65b0\u5efa\u7528\u6237(&N)\u2026", None))
        self.selectedGroup.setTitle(QCoreApplication.translate("UsersDialog", u"\u6240\u9009\u7528\u6237", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("UsersDialog", u"\u89d2\u8272", None))
#endif // QT_CONFIG(accessibility)
        self.setRoleButton.setText(QCoreApplication.translate("UsersDialog", u"\u8bbe\u4e3a\u6b64\u89d2\u8272(&R)", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("UsersDialog", u"\u505c\u7528(&D)", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("UsersDialog", u"\u91cd\u7f6e\u5bc6\u7801(&P)\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersDialog", u"\u89e3\u9664\u9501\u5b9a(&U)", None))
    # retranslateUi

