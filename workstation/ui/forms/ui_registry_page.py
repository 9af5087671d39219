# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registry_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RegistryPage(object):
    def setupUi(self, RegistryPage):
        if not RegistryPage.objectName():
            RegistryPage.setObjectName(u"RegistryPage")
        RegistryPage.resize(1100, 700)
        RegistryPage.setStyleSheet(u"QLabel#titleLabel { font-size: 15pt; font-weight: bold; }\n"
"QLabel#countLabel { color: #1f4e79; font-weight: bold; }")
        self.pageLayout = QVBoxLayout(RegistryPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.searchRow = QHBoxLayout()
        self.searchRow.setSpacing(12)
        self.searchRow.setObjectName(u"searchRow")
        self.titleLabel = QLabel(RegistryPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.searchRow.addWidget(self.titleLabel)

        self.searchEdit = QLineEdit(RegistryPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(RegistryPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setMinimumSize(QSize(100, 0))
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.streetCombo = QComboBox(RegistryPage)
        self.streetCombo.setObjectName(u"streetCombo")
        self.streetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.streetCombo)

        self.natureCombo = QComboBox(RegistryPage)
        self.natureCombo.setObjectName(u"natureCombo")
        self.natureCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.natureCombo)

        self.kindCombo = QComboBox(RegistryPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.kindCombo)

        self.statusCombo = QComboBox(RegistryPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.statusCombo)

        self.serviceCombo = QComboBox(RegistryPage)
        self.serviceCombo.setObjectName(u"serviceCombo")
        self.serviceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.serviceCombo)

        self.inclusiveCheck = QCheckBox(RegistryPage)
        self.inclusiveCheck.setObjectName(u"inclusiveCheck")
        self.inclusiveCheck.setTristate(True)

        self.filterRow.addWidget(self.inclusiveCheck)

        self.demonstrationCheck = QCheckBox(RegistryPage)
        self.demonstrationCheck.setObjectName(u"demonstrationCheck")
        self.demonstrationCheck.setTristate(True)

        self.filterRow.addWidget(self.demonstrationCheck)

        self.resetButton = QPushButton(RegistryPage)
        self.resetButton.setObjectName(u"resetButton")

        self.filterRow.addWidget(self.resetButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableView(RegistryPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        QWidget.setTabOrder(self.searchEdit, self.streetCombo)
        QWidget.setTabOrder(self.streetCombo, self.natureCombo)
        QWidget.setTabOrder(self.natureCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.serviceCombo)
        QWidget.setTabOrder(self.serviceCombo, self.inclusiveCheck)
        QWidget.setTabOrder(self.inclusiveCheck, self.demonstrationCheck)
        QWidget.setTabOrder(self.demonstrationCheck, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.table)

        self.retranslateUi(RegistryPage)

        QMetaObject.connectSlotsByName(RegistryPage)
    # setupUi

    def retranslateUi(self, RegistryPage):
        self.titleLabel.setText(QCoreApplication.translate("RegistryPage", u"\u673a\u6784\u540d\u518c", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegistryPage", u"\u641c\u7d22\u540d\u79f0\u3001\u7b80\u79f0\u3001\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u3001\u5730\u5740\u3001\u6cd5\u5b9a\u4ee3\u8868\u4eba\uff08Ctrl+F\uff09", None))
#if QT_CONFIG(tooltip)
        self.streetCombo.setToolTip(QCoreApplication.translate("RegistryPage", u"\u6309\u8857\u9053\uff08\u4e61\u9547\uff09\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.natureCombo.setToolTip(QCoreApplication.translate("RegistryPage", u"\u6309\u6cd5\u4eba\u6027\u8d28\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("RegistryPage", u"\u6309\u673a\u6784\u7c7b\u578b\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("RegistryPage", u"\u6309\u72b6\u6001\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.serviceCombo.setToolTip(QCoreApplication.translate("RegistryPage", u"\u6309\u670d\u52a1\u5f62\u5f0f\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.inclusiveCheck.setText(QCoreApplication.translate("RegistryPage", u"\u666e\u60e0\u6027", None))
#if QT_CONFIG(tooltip)
        self.inclusiveCheck.setToolTip(QCoreApplication.translate("RegistryPage", u"\u534a\u9009\uff1a\u4e0d\u9650\uff1b\u52fe\u9009\uff1a\u4ec5\u666e\u60e0\u6027\u673a\u6784\uff1b\u4e0d\u52fe\u9009\uff1a\u4ec5\u975e\u666e\u60e0\u6027\u673a\u6784", None))
#endif // QT_CONFIG(tooltip)
        self.demonstrationCheck.setText(QCoreApplication.translate("RegistryPage", u"\u793a\u8303\u673a\u6784", None))
#if QT_CONFIG(tooltip)
        self.demonstrationCheck.setToolTip(QCoreApplication.translate("RegistryPage", u"\u534a\u9009\uff1a\u4e0d\u9650\uff1b\u52fe\u9009\uff1a\u4ec5\u793a\u8303\u673a\u6784\uff1b\u4e0d\u52fe\u9009\uff1a\u4ec5\u975e\u793a\u8303\u673a\u6784", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("RegistryPage", u"\u6e05\u9664\u6761\u4ef6", None))
        pass
    # retranslateUi

