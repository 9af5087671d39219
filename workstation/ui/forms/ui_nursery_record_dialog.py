# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nursery_record_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout,
    QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_NurseryRecordDialog(object):
    def setupUi(self, NurseryRecordDialog):
        if not NurseryRecordDialog.objectName():
            NurseryRecordDialog.setObjectName(u"NurseryRecordDialog")
        NurseryRecordDialog.resize(860, 620)
        self.mainLayout = QVBoxLayout(NurseryRecordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(NurseryRecordDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")
        self.titleLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.titleLabel)

        self.summaryForm = QFormLayout()
        self.summaryForm.setObjectName(u"summaryForm")
        self.usccCaption = QLabel(NurseryRecordDialog)
        self.usccCaption.setObjectName(u"usccCaption")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usccCaption)

        self.usccValue = QLabel(NurseryRecordDialog)
        self.usccValue.setObjectName(u"usccValue")
        self.usccValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usccValue)

        self.statusCaption = QLabel(NurseryRecordDialog)
        self.statusCaption.setObjectName(u"statusCaption")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(NurseryRecordDialog)
        self.statusValue.setObjectName(u"statusValue")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.natureCaption = QLabel(NurseryRecordDialog)
        self.natureCaption.setObjectName(u"natureCaption")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.natureCaption)

        self.natureValue = QLabel(NurseryRecordDialog)
        self.natureValue.setObjectName(u"natureValue")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.natureValue)

        self.addressCaption = QLabel(NurseryRecordDialog)
        self.addressCaption.setObjectName(u"addressCaption")

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(NurseryRecordDialog)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setWordWrap(True)

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.placesCaption = QLabel(NurseryRecordDialog)
        self.placesCaption.setObjectName(u"placesCaption")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placesCaption)

        self.placesValue = QLabel(NurseryRecordDialog)
        self.placesValue.setObjectName(u"placesValue")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placesValue)


        self.mainLayout.addLayout(self.summaryForm)

        self.recordTabs = QTabWidget(NurseryRecordDialog)
        self.recordTabs.setObjectName(u"recordTabs")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineTable = QTableWidget(self.timelineTab)
        if (self.timelineTable.columnCount() < 4):
            self.timelineTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.timelineTable.setObjectName(u"timelineTable")
        self.timelineTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.timelineTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.timelineTable.setAlternatingRowColors(True)
        self.timelineTable.setWordWrap(True)
        self.timelineTable.horizontalHeader().setStretchLastSection(True)
        self.timelineTable.verticalHeader().setVisible(False)

        self.timelineLayout.addWidget(self.timelineTable)

        self.recordTabs.addTab(self.timelineTab, "")

        self.mainLayout.addWidget(self.recordTabs)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.statusButton = QPushButton(NurseryRecordDialog)
        self.statusButton.setObjectName(u"statusButton")

        self.buttonRow.addWidget(self.statusButton)

        self.editButton = QPushButton(NurseryRecordDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonRow.addWidget(self.editButton)

        self.closeButton = QPushButton(NurseryRecordDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonRow)


        self.retranslateUi(NurseryRecordDialog)

        QMetaObject.connectSlotsByName(NurseryRecordDialog)
    # setupUi

    def retranslateUi(self, NurseryRecordDialog):
        NurseryRecordDialog.setWindowTitle(QCoreApplication.translate("NurseryRecordDialog", u"\u673a\u6784\u6863\u6848", None))
        self.titleLabel.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u673a\u6784\u540d\u79f0", None))
        self.usccCaption.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\uff1a", None))
        self.statusCaption.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u72b6\u6001\uff1a", None))
        self.natureCaption.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u673a\u6784\u6027\u8d28 / \u767b\u8bb0\u673a\u5173\uff1a", None))
        self.addressCaption.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u5730\u5740\uff1a", None))
        self.placesCaption.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u6258\u4f4d / \u666e\u60e0\u6258\u4f4d / \u5728\u6258\uff1a", None))
        ___qtablewidgetitem = self.timelineTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u65f6\u95f4", None))
        ___qtablewidgetitem1 = self.timelineTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u4e8b\u9879\u7c7b\u522b", None))
        ___qtablewidgetitem2 = self.timelineTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u7ecf\u529e\u4eba", None))
        ___qtablewidgetitem3 = self.timelineTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u5185\u5bb9", None))
        self.recordTabs.setTabText(self.recordTabs.indexOf(self.timelineTab), QCoreApplication.translate("NurseryRecordDialog", u"\u65f6\u95f4\u7ebf(&T)", None))
        self.statusButton.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u529e\u7406\u72b6\u6001\u53d8\u5316(&S)", None))
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("NurseryRecordDialog", u"\u8bf4\u660e\u60c5\u51b5\u7684\u5904\u7406\u7ed3\u679c\u3001\u505c\u4e1a\u6574\u987f\u6216\u6682\u505c\u6536\u6258\u3001\u590d\u67e5\u540e\u6062\u590d\u6536\u6258\u3001\u672a\u5907\u6848\u5173\u95ed", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u7f16\u8f91\u767b\u8bb0\u4fe1\u606f(&E)", None))
        self.closeButton.setText(QCoreApplication.translate("NurseryRecordDialog", u"\u5173\u95ed", None))
    # retranslateUi

