# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_InspectionsPage(object):
    def setupUi(self, InspectionsPage):
        if not InspectionsPage.objectName():
            InspectionsPage.setObjectName(u"InspectionsPage")
        InspectionsPage.resize(960, 640)
        self.pageLayout = QVBoxLayout(InspectionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(InspectionsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.recheckButton = QPushButton(InspectionsPage)
        self.recheckButton.setObjectName(u"recheckButton")

        self.buttonRow.addWidget(self.recheckButton)

        self.drawButton = QPushButton(InspectionsPage)
        self.drawButton.setObjectName(u"drawButton")

        self.buttonRow.addWidget(self.drawButton)

        self.templatesButton = QPushButton(InspectionsPage)
        self.templatesButton.setObjectName(u"templatesButton")

        self.buttonRow.addWidget(self.templatesButton)

        self.nurseryButton = QPushButton(InspectionsPage)
        self.nurseryButton.setObjectName(u"nurseryButton")

        self.buttonRow.addWidget(self.nurseryButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.countsLabel = QLabel(InspectionsPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"")

        self.buttonRow.addWidget(self.countsLabel)

        self.refreshButton = QPushButton(InspectionsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.buttonRow)

        self.tabs = QTabWidget(InspectionsPage)
        self.tabs.setObjectName(u"tabs")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.findingsLayout = QVBoxLayout(self.findingsTab)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsTable = QTableView(self.findingsTab)
        self.findingsTable.setObjectName(u"findingsTable")
        self.findingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.findingsLayout.addWidget(self.findingsTable)

        self.tabs.addTab(self.findingsTab, "")
        self.mineTab = QWidget()
        self.mineTab.setObjectName(u"mineTab")
        self.mineLayout = QVBoxLayout(self.mineTab)
        self.mineLayout.setObjectName(u"mineLayout")
        self.mineTable = QTableView(self.mineTab)
        self.mineTable.setObjectName(u"mineTable")
        self.mineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mineTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mineLayout.addWidget(self.mineTable)

        self.tabs.addTab(self.mineTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(InspectionsPage)

        QMetaObject.connectSlotsByName(InspectionsPage)
    # setupUi

    def retranslateUi(self, InspectionsPage):
        self.newButton.setText(QCoreApplication.translate("InspectionsPage", u"\u65b0\u5efa\u68c0\u67e5", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("InspectionsPage", u"Ctrl+N", None))
#endif // QT_CONFIG(tooltip)
        self.recheckButton.setText(QCoreApplication.translate("InspectionsPage", u"\u590d\u67e5", None))
#if QT_CONFIG(tooltip)
        self.recheckButton.setToolTip(QCoreApplication.translate("InspectionsPage", u"\u5bf9\u6240\u9009\u68c0\u67e5\uff08\u6216\u6240\u9009\u6574\u6539\u4e8b\u9879\u7684\u68c0\u67e5\uff09\u53d1\u8d77\u590d\u67e5", None))
#endif // QT_CONFIG(tooltip)
        self.drawButton.setText(QCoreApplication.translate("InspectionsPage", u"\u53cc\u968f\u673a\u62bd\u67e5", None))
        self.templatesButton.setText(QCoreApplication.translate("InspectionsPage", u"\u68c0\u67e5\u8868\u6a21\u677f", None))
        self.nurseryButton.setText(QCoreApplication.translate("InspectionsPage", u"\u67e5\u770b\u673a\u6784", None))
        self.refreshButton.setText(QCoreApplication.translate("InspectionsPage", u"\u5237\u65b0", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("InspectionsPage", u"F5", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.findingsTab), QCoreApplication.translate("InspectionsPage", u"\u5f85\u6574\u6539/\u903e\u671f", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mineTab), QCoreApplication.translate("InspectionsPage", u"\u6211\u7684\u68c0\u67e5", None))
        pass
    # retranslateUi

