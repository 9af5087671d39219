# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_duplicate_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QVBoxLayout,
    QWidget)

class Ui_DuplicateCompareDialog(object):
    def setupUi(self, DuplicateCompareDialog):
        if not DuplicateCompareDialog.objectName():
            DuplicateCompareDialog.setObjectName(u"DuplicateCompareDialog")
        DuplicateCompareDialog.resize(820, 420)
        DuplicateCompareDialog.setModal(True)
        self.compareLayout = QVBoxLayout(DuplicateCompareDialog)
        self.compareLayout.setObjectName(u"compareLayout")
        self.introLabel = QLabel(DuplicateCompareDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.compareLayout.addWidget(self.introLabel)

        self.compareTable = QTableWidget(DuplicateCompareDialog)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.compareTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.compareTable.setWordWrap(True)
        self.compareTable.setTabKeyNavigation(False)

        self.compareLayout.addWidget(self.compareTable)

        self.compareButtons = QHBoxLayout()
        self.compareButtons.setObjectName(u"compareButtons")
        self.sameButton = QPushButton(DuplicateCompareDialog)
        self.sameButton.setObjectName(u"sameButton")
        self.sameButton.setAutoDefault(False)

        self.compareButtons.addWidget(self.sameButton)

        self.differentButton = QPushButton(DuplicateCompareDialog)
        self.differentButton.setObjectName(u"differentButton")
        self.differentButton.setAutoDefault(False)

        self.compareButtons.addWidget(self.differentButton)

        self.compareSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compareButtons.addItem(self.compareSpacer)

        self.backButton = QPushButton(DuplicateCompareDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.compareButtons.addWidget(self.backButton)


        self.compareLayout.addLayout(self.compareButtons)

        QWidget.setTabOrder(self.compareTable, self.sameButton)
        QWidget.setTabOrder(self.sameButton, self.differentButton)
        QWidget.setTabOrder(self.differentButton, self.backButton)

        self.retranslateUi(DuplicateCompareDialog)

        QMetaObject.connectSlotsByName(DuplicateCompareDialog)
    # setupUi

    def retranslateUi(self, DuplicateCompareDialog):
        DuplicateCompareDialog.setWindowTitle(QCoreApplication.translate("DuplicateCompareDialog", u"\u53ef\u80fd\u91cd\u590d\u7684\u673a\u6784", None))
#if QT_CONFIG(accessibility)
        self.compareTable.setAccessibleName(QCoreApplication.translate("DuplicateCompareDialog", u"\u65b0\u5f55\u5165\u4e0e\u5df2\u6709\u8bb0\u5f55\u5bf9\u7167", None))
#endif // QT_CONFIG(accessibility)
        self.sameButton.setText(QCoreApplication.translate("DuplicateCompareDialog", u"\u662f\u540c\u4e00\u673a\u6784\uff08\u6253\u5f00\u5df2\u6709\u8bb0\u5f55\uff09(&O)", None))
        self.differentButton.setText(QCoreApplication.translate("DuplicateCompareDialog", u"\u4e0d\u662f\u540c\u4e00\u673a\u6784\uff0c\u7ee7\u7eed\u4fdd\u5b58(&N)", None))
        self.backButton.setText(QCoreApplication.translate("DuplicateCompareDialog", u"\u8fd4\u56de\u4fee\u6539(&B)", None))
    # retranslateUi

