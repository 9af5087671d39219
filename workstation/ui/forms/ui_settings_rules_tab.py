# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_rules_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_RulesTab(object):
    def setupUi(self, RulesTab):
        if not RulesTab.objectName():
            RulesTab.setObjectName(u"RulesTab")
        RulesTab.resize(900, 560)
        self.mainLayout = QVBoxLayout(RulesTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RulesTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.rulesTable = QTableWidget(RulesTab)
        if (self.rulesTable.columnCount() < 4):
            self.rulesTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.rulesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rulesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rulesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rulesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rulesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rulesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rulesTable.setAlternatingRowColors(True)
        self.rulesTable.setWordWrap(True)
        self.rulesTable.horizontalHeader().setStretchLastSection(True)
        self.rulesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.rulesTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.messageLabel = QLabel(RulesTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.messageLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.confirmButton = QPushButton(RulesTab)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttonRow.addWidget(self.confirmButton)


        self.mainLayout.addLayout(self.buttonRow)


        self.retranslateUi(RulesTab)

        QMetaObject.connectSlotsByName(RulesTab)
    # setupUi

    def retranslateUi(self, RulesTab):
        self.introLabel.setText(QCoreApplication.translate("RulesTab", u"\u7cfb\u7edf\u6267\u884c\u7684\u89c4\u5219\u53c2\u6570\u53ca\u5176\u4f9d\u636e\u3002\u6709\u6587\u4ef6\u4f9d\u636e\u7684\u53c2\u6570\u6ce8\u660e\u6587\u4ef6\u548c\u6761\u6b3e\uff1b\u6ca1\u6709\u6587\u4ef6\u4f9d\u636e\u7684\u53c2\u6570\u662f\u8f96\u533a\u8bbe\u7f6e\uff0c\u7531\u7cfb\u7edf\u7ba1\u7406\u5458\u6838\u5bf9\u53d6\u503c\u540e\u786e\u8ba4\u3002", None))
        ___qtablewidgetitem = self.rulesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RulesTab", u"\u4e1a\u52a1", None))
        ___qtablewidgetitem1 = self.rulesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RulesTab", u"\u89c4\u5219\u53c2\u6570", None))
        ___qtablewidgetitem2 = self.rulesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RulesTab", u"\u53d6\u503c", None))
        ___qtablewidgetitem3 = self.rulesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RulesTab", u"\u4f9d\u636e", None))
        self.confirmButton.setText(QCoreApplication.translate("RulesTab", u"\u786e\u8ba4\u9009\u4e2d\u7684\u8f96\u533a\u8bbe\u7f6e(&N)", None))
        pass
    # retranslateUi

