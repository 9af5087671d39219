# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'filing_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QTreeWidget,
    QVBoxLayout)

class Ui_FilingPage(object):
    def setupUi(self, FilingPage):
        if not FilingPage.objectName():
            FilingPage.setObjectName(u"FilingPage")
        FilingPage.resize(1100, 700)
        FilingPage.setStyleSheet(u"QLabel#titleLabel { font-size: 15pt; font-weight: bold; }\n"
"QLabel#calendarLabel { color: #b00000; }")
        self.pageLayout = QVBoxLayout(FilingPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.toolRow = QHBoxLayout()
        self.toolRow.setSpacing(10)
        self.toolRow.setObjectName(u"toolRow")
        self.titleLabel = QLabel(FilingPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.toolRow.addWidget(self.titleLabel)

        self.searchEdit = QLineEdit(FilingPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolRow.addWidget(self.searchEdit)

        self.kindCombo = QComboBox(FilingPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.toolRow.addWidget(self.kindCombo)

        self.stateCombo = QComboBox(FilingPage)
        self.stateCombo.setObjectName(u"stateCombo")

        self.toolRow.addWidget(self.stateCombo)

        self.refreshButton = QPushButton(FilingPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolRow.addWidget(self.refreshButton)

        self.newButton = QPushButton(FilingPage)
        self.newButton.setObjectName(u"newButton")

        self.toolRow.addWidget(self.newButton)


        self.pageLayout.addLayout(self.toolRow)

        self.calendarLabel = QLabel(FilingPage)
        self.calendarLabel.setObjectName(u"calendarLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.calendarLabel.sizePolicy().hasHeightForWidth())
        self.calendarLabel.setSizePolicy(sizePolicy)
        self.calendarLabel.setTextFormat(Qt.TextFormat.RichText)
        self.calendarLabel.setText(u"")
        self.calendarLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.calendarLabel)

        self.splitter = QSplitter(FilingPage)
        self.splitter.setObjectName(u"splitter")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy1)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.queueTree = QTreeWidget(self.splitter)
        self.queueTree.setObjectName(u"queueTree")
        self.queueTree.setMinimumSize(QSize(300, 0))
        self.splitter.addWidget(self.queueTree)
        self.queueTree.header().setVisible(False)
        self.applicationTable = QTableView(self.splitter)
        self.applicationTable.setObjectName(u"applicationTable")
        self.applicationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.applicationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applicationTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.applicationTable)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(FilingPage)

        QMetaObject.connectSlotsByName(FilingPage)
    # setupUi

    def retranslateUi(self, FilingPage):
        self.titleLabel.setText(QCoreApplication.translate("FilingPage", u"\u5907\u6848\u7ba1\u7406", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("FilingPage", u"\u641c\u7d22\u673a\u6784\u540d\u79f0\u3001\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u6216\u56de\u6267\u7f16\u53f7", None))
        self.refreshButton.setText(QCoreApplication.translate("FilingPage", u"\u5237\u65b0", None))
        self.newButton.setText(QCoreApplication.translate("FilingPage", u"\u65b0\u5efa\u5907\u6848\u7533\u8bf7\u2026", None))
        ___qtreewidgetitem = self.queueTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("FilingPage", u"\u5de5\u4f5c\u961f\u5217", None))
#if QT_CONFIG(tooltip)
        self.queueTree.setToolTip(QCoreApplication.translate("FilingPage", u"\u5355\u51fb\u4e00\u9879\u5373\u53ef\u6253\u5f00", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

