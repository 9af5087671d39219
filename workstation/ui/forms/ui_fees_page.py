# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fees_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_FeesPage(object):
    def setupUi(self, FeesPage):
        if not FeesPage.objectName():
            FeesPage.setObjectName(u"FeesPage")
        FeesPage.resize(1100, 700)
        FeesPage.setStyleSheet(u"QLabel#titleLabel { font-size: 15pt; font-weight: bold; }\n"
"QLabel#countLabel { color: #1f4e79; font-weight: bold; }\n"
"QLabel#nurseryLabel { font-weight: bold; }\n"
"QLabel#findingsLabel { color: #b00020; }")
        self.pageLayout = QVBoxLayout(FeesPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.searchRow = QHBoxLayout()
        self.searchRow.setSpacing(12)
        self.searchRow.setObjectName(u"searchRow")
        self.titleLabel = QLabel(FeesPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.searchRow.addWidget(self.titleLabel)

        self.searchEdit = QLineEdit(FeesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.overCapCheck = QCheckBox(FeesPage)
        self.overCapCheck.setObjectName(u"overCapCheck")

        self.searchRow.addWidget(self.overCapCheck)

        self.unpublicisedCheck = QCheckBox(FeesPage)
        self.unpublicisedCheck.setObjectName(u"unpublicisedCheck")

        self.searchRow.addWidget(self.unpublicisedCheck)

        self.asOfLabel = QLabel(FeesPage)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.searchRow.addWidget(self.asOfLabel)

        self.asOfEdit = QDateEdit(FeesPage)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setCalendarPopup(True)
        self.asOfEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.searchRow.addWidget(self.asOfEdit)

        self.countLabel = QLabel(FeesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.searchRow.addWidget(self.countLabel)

        self.rulesButton = QPushButton(FeesPage)
        self.rulesButton.setObjectName(u"rulesButton")

        self.searchRow.addWidget(self.rulesButton)


        self.pageLayout.addLayout(self.searchRow)

        self.splitter = QSplitter(FeesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.overviewView = QTableView(self.splitter)
        self.overviewView.setObjectName(u"overviewView")
        self.overviewView.setSortingEnabled(True)
        self.overviewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overviewView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overviewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overviewView.setAlternatingRowColors(True)
        self.overviewView.setWordWrap(False)
        self.splitter.addWidget(self.overviewView)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.nurseryLabel = QLabel(self.detailPane)
        self.nurseryLabel.setObjectName(u"nurseryLabel")

        self.detailLayout.addWidget(self.nurseryLabel)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setSpacing(8)
        self.detailButtons.setObjectName(u"detailButtons")
        self.addScheduleButton = QPushButton(self.detailPane)
        self.addScheduleButton.setObjectName(u"addScheduleButton")

        self.detailButtons.addWidget(self.addScheduleButton)

        self.publicityButton = QPushButton(self.detailPane)
        self.publicityButton.setObjectName(u"publicityButton")

        self.detailButtons.addWidget(self.publicityButton)

        self.evidenceButton = QPushButton(self.detailPane)
        self.evidenceButton.setObjectName(u"evidenceButton")

        self.detailButtons.addWidget(self.evidenceButton)

        self.noticeButton = QPushButton(self.detailPane)
        self.noticeButton.setObjectName(u"noticeButton")

        self.detailButtons.addWidget(self.noticeButton)

        self.historyButton = QPushButton(self.detailPane)
        self.historyButton.setObjectName(u"historyButton")

        self.detailButtons.addWidget(self.historyButton)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailButtons.addItem(self.detailSpacer)

        self.statusLabel = QLabel(self.detailPane)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.detailButtons.addWidget(self.statusLabel)


        self.detailLayout.addLayout(self.detailButtons)

        self.findingsLabel = QLabel(self.detailPane)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setText(u"")
        self.findingsLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.findingsLabel)

        self.detailSplitter = QSplitter(self.detailPane)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.itemsPane = QWidget(self.detailSplitter)
        self.itemsPane.setObjectName(u"itemsPane")
        self.itemsLayout = QVBoxLayout(self.itemsPane)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsCaption = QLabel(self.itemsPane)
        self.itemsCaption.setObjectName(u"itemsCaption")

        self.itemsLayout.addWidget(self.itemsCaption)

        self.itemsView = QTableView(self.itemsPane)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setWordWrap(False)

        self.itemsLayout.addWidget(self.itemsView)

        self.detailSplitter.addWidget(self.itemsPane)
        self.historyPane = QWidget(self.detailSplitter)
        self.historyPane.setObjectName(u"historyPane")
        self.historyLayout = QVBoxLayout(self.historyPane)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.historyCaption = QLabel(self.historyPane)
        self.historyCaption.setObjectName(u"historyCaption")

        self.historyLayout.addWidget(self.historyCaption)

        self.historyView = QTableView(self.historyPane)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setWordWrap(False)

        self.historyLayout.addWidget(self.historyView)

        self.detailSplitter.addWidget(self.historyPane)

        self.detailLayout.addWidget(self.detailSplitter)

        self.splitter.addWidget(self.detailPane)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(FeesPage)

        QMetaObject.connectSlotsByName(FeesPage)
    # setupUi

    def retranslateUi(self, FeesPage):
        self.titleLabel.setText(QCoreApplication.translate("FeesPage", u"\u6536\u8d39\u516c\u793a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("FeesPage", u"\u641c\u7d22\u540d\u79f0\u3001\u7b80\u79f0\u3001\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u3001\u5730\u5740\u3001\u6cd5\u5b9a\u4ee3\u8868\u4eba", None))
        self.overCapCheck.setText(QCoreApplication.translate("FeesPage", u"\u4ec5\u770b\u8d85\u6307\u5bfc\u4ef7", None))
        self.unpublicisedCheck.setText(QCoreApplication.translate("FeesPage", u"\u4ec5\u770b\u672a\u516c\u793a", None))
        self.asOfLabel.setText(QCoreApplication.translate("FeesPage", u"\u67e5\u770b\u65e5\u671f", None))
        self.rulesButton.setText(QCoreApplication.translate("FeesPage", u"\u6307\u5bfc\u4ef7\u53c2\u6570\u2026", None))
#if QT_CONFIG(tooltip)
        self.rulesButton.setToolTip(QCoreApplication.translate("FeesPage", u"\u6536\u8d39\u6307\u5bfc\u4ef7\u3001\u8c03\u4ef7\u9891\u6b21\u4e0e\u6295\u8bc9\u7535\u8bdd\uff08\u7cfb\u7edf\u7ba1\u7406\u5458\u7ef4\u62a4\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.nurseryLabel.setText(QCoreApplication.translate("FeesPage", u"\u8bf7\u5728\u4e0a\u65b9\u5217\u8868\u4e2d\u9009\u62e9\u673a\u6784", None))
        self.addScheduleButton.setText(QCoreApplication.translate("FeesPage", u"\u767b\u8bb0\u65b0\u6536\u8d39\u6807\u51c6\u2026", None))
        self.publicityButton.setText(QCoreApplication.translate("FeesPage", u"\u767b\u8bb0\u516c\u793a\u2026", None))
        self.evidenceButton.setText(QCoreApplication.translate("FeesPage", u"\u6253\u5f00\u516c\u793a\u51ed\u8bc1", None))
        self.noticeButton.setText(QCoreApplication.translate("FeesPage", u"\u751f\u6210\u6536\u8d39\u516c\u793a\u8868 PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.noticeButton.setToolTip(QCoreApplication.translate("FeesPage", u"\u6309\u201c\u67e5\u770b\u65e5\u671f\u201d\u5f53\u65e5\u6267\u884c\u4e14\u5df2\u516c\u793a\u7684\u6536\u8d39\u6807\u51c6\u751f\u6210\uff08\u516c\u793a\u65e5\u671f\u4e3a\u767b\u8bb0\u7684\u516c\u793a\u65e5\u671f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("FeesPage", u"\u5bfc\u51fa\u6536\u8d39\u5386\u53f2 PDF\u2026", None))
        self.itemsCaption.setText(QCoreApplication.translate("FeesPage", u"\u6240\u9009\u6536\u8d39\u6807\u51c6\u7684\u9879\u76ee", None))
        self.historyCaption.setText(QCoreApplication.translate("FeesPage", u"\u6536\u8d39\u6807\u51c6\u5386\u53f2\uff08\u65b0\u7684\u5728\u524d\uff09", None))
        pass
    # retranslateUi

