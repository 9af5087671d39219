# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_routing_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_RoutingTab(object):
    def setupUi(self, RoutingTab):
        if not RoutingTab.objectName():
            RoutingTab.setObjectName(u"RoutingTab")
        RoutingTab.resize(900, 400)
        self.mainLayout = QVBoxLayout(RoutingTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RoutingTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.existingLabel = QLabel(RoutingTab)
        self.existingLabel.setObjectName(u"existingLabel")
        self.existingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.existingLabel)

        self.routesTable = QTableWidget(RoutingTab)
        if (self.routesTable.columnCount() < 3):
            self.routesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.routesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.routesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.routesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.routesTable.setObjectName(u"routesTable")
        self.routesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.routesTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.routesTable.horizontalHeader().setStretchLastSection(True)
        self.routesTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.routesTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.messageLabel = QLabel(RoutingTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.messageLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(RoutingTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonRow)


        self.retranslateUi(RoutingTab)

        QMetaObject.connectSlotsByName(RoutingTab)
    # setupUi

    def retranslateUi(self, RoutingTab):
        self.introLabel.setText(QCoreApplication.translate("RoutingTab", u"\u6bcf\u79cd\u673a\u6784\u6027\u8d28\u5728\u672c\u8f96\u533a\u7684\u767b\u8bb0\u673a\u5173\u3002\u65b0\u589e\u673a\u6784\u65f6\u6309\u6b64\u8868\u5e26\u51fa\u767b\u8bb0\u673a\u5173\u548c\u5e94\u6301\u8bc1\u7167\uff1b\u6bcf\u884c\u53ea\u5217\u51fa\u4f9d\u6cd5\u53ef\u4ee5\u767b\u8bb0\u8be5\u6027\u8d28\u673a\u6784\u7684\u673a\u5173\u3002", None))
        self.existingLabel.setText(QCoreApplication.translate("RoutingTab", u"\u4fee\u6539\u672c\u8868\u53ea\u5f71\u54cd\u6b64\u540e\u7684\u767b\u8bb0\uff0c\u4e0d\u4f1a\u6539\u52a8\u5df2\u767b\u8bb0\u673a\u6784\u8bb0\u5f55\u4e2d\u7684\u767b\u8bb0\u673a\u5173\u3002", None))
        ___qtablewidgetitem = self.routesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RoutingTab", u"\u673a\u6784\u6027\u8d28", None))
        ___qtablewidgetitem1 = self.routesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RoutingTab", u"\u767b\u8bb0\u673a\u5173", None))
        ___qtablewidgetitem2 = self.routesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RoutingTab", u"\u5e94\u6301\u8bc1\u7167", None))
        self.saveButton.setText(QCoreApplication.translate("RoutingTab", u"\u4fdd\u5b58\u767b\u8bb0\u673a\u5173(&O)", None))
        pass
    # retranslateUi

