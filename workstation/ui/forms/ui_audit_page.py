# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(960, 620)
        self.pageLayout = QVBoxLayout(AuditPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.actorLabel = QLabel(AuditPage)
        self.actorLabel.setObjectName(u"actorLabel")

        self.filterLayout.addWidget(self.actorLabel)

        self.actorCombo = QComboBox(AuditPage)
        self.actorCombo.setObjectName(u"actorCombo")
        self.actorCombo.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.actorCombo)

        self.recordLabel = QLabel(AuditPage)
        self.recordLabel.setObjectName(u"recordLabel")

        self.filterLayout.addWidget(self.recordLabel)

        self.recordEdit = QLineEdit(AuditPage)
        self.recordEdit.setObjectName(u"recordEdit")
        self.recordEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.recordEdit)

        self.actionLabel = QLabel(AuditPage)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditPage)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filterLayout.addWidget(self.actionCombo)

        self.dateCheck = QCheckBox(AuditPage)
        self.dateCheck.setObjectName(u"dateCheck")

        self.filterLayout.addWidget(self.dateCheck)

        self.sinceEdit = QDateEdit(AuditPage)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.sinceEdit)

        self.toLabel = QLabel(AuditPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.untilEdit = QDateEdit(AuditPage)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.untilEdit)

        self.searchButton = QPushButton(AuditPage)
        self.searchButton.setObjectName(u"searchButton")

        self.filterLayout.addWidget(self.searchButton)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(AuditPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.auditView = QTableView(self.splitter)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.splitter.addWidget(self.auditView)
        self.auditView.horizontalHeader().setStretchLastSection(True)
        self.auditView.verticalHeader().setVisible(False)
        self.detailWidget = QWidget(self.splitter)
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.detailWidget)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailLabel)

        self.changesTable = QTableWidget(self.detailWidget)
        if (self.changesTable.columnCount() < 3):
            self.changesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.horizontalHeader().setStretchLastSection(True)
        self.changesTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.changesTable)

        self.splitter.addWidget(self.detailWidget)

        self.pageLayout.addWidget(self.splitter)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")

        self.statusLayout.addWidget(self.countLabel)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.verifyLabel = QLabel(AuditPage)
        self.verifyLabel.setObjectName(u"verifyLabel")
        self.verifyLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.verifyLabel)

        self.verifyButton = QPushButton(AuditPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.statusLayout.addWidget(self.verifyButton)

        self.digestButton = QPushButton(AuditPage)
        self.digestButton.setObjectName(u"digestButton")

        self.statusLayout.addWidget(self.digestButton)


        self.pageLayout.addLayout(self.statusLayout)

#if QT_CONFIG(shortcut)
        self.actorLabel.setBuddy(self.actorCombo)
        self.recordLabel.setBuddy(self.recordEdit)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditPage)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        AuditPage.setWindowTitle(QCoreApplication.translate("AuditPage", u"\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.actorLabel.setText(QCoreApplication.translate("AuditPage", u"\u7528\u6237(&U)\uff1a", None))
        self.recordLabel.setText(QCoreApplication.translate("AuditPage", u"\u8bb0\u5f55(&R)\uff1a", None))
        self.recordEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"\u673a\u6784\u540d\u79f0\u3001UUID\u3001\u8868\u540d:\u8bb0\u5f55\u53f7 \u6216 \u5bf9\u8c61\u7c7b\u578b", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditPage", u"\u64cd\u4f5c(&A)\uff1a", None))
        self.dateCheck.setText(QCoreApplication.translate("AuditPage", u"\u65e5\u671f(&D)\uff1a", None))
        self.sinceEdit.setDisplayFormat(QCoreApplication.translate("AuditPage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"\u8d77\u59cb\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("AuditPage", u"\u81f3", None))
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("AuditPage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("AuditPage", u"\u622a\u6b62\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.searchButton.setText(QCoreApplication.translate("AuditPage", u"\u67e5\u8be2(&Q)", None))
#if QT_CONFIG(accessibility)
        self.auditView.setAccessibleName(QCoreApplication.translate("AuditPage", u"\u5ba1\u8ba1\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.changesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuditPage", u"\u5b57\u6bb5", None))
        ___qtablewidgetitem1 = self.changesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuditPage", u"\u539f\u503c", None))
        ___qtablewidgetitem2 = self.changesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuditPage", u"\u65b0\u503c", None))
#if QT_CONFIG(accessibility)
        self.changesTable.setAccessibleName(QCoreApplication.translate("AuditPage", u"\u5b57\u6bb5\u53d8\u5316", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("AuditPage", u"\u6821\u9a8c\u5ba1\u8ba1\u94fe(&V)", None))
#if QT_CONFIG(tooltip)
        self.digestButton.setToolTip(QCoreApplication.translate("AuditPage", u"\u751f\u6210\u4e00\u4e2a\u6708\u7684\u5ba1\u8ba1\u6458\u8981\uff08PDF\uff1a\u6309\u64cd\u4f5c\u548c\u7528\u6237\u7684\u7edf\u8ba1\u3001\u94fe\u503c\u4e0e\u5916\u90e8\u68c0\u67e5\u70b9\uff09\uff0c\u4f9b\u8d1f\u8d23\u4eba\u7b7e\u5b57\u5b58\u6863", None))
#endif // QT_CONFIG(tooltip)
        self.digestButton.setText(QCoreApplication.translate("AuditPage", u"\u6708\u5ea6\u5ba1\u8ba1\u6458\u8981(&M)\u2026", None))
    # retranslateUi

