# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_finding_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QVBoxLayout,
    QWidget)

class Ui_InspectionsFindingDialog(object):
    def setupUi(self, InspectionsFindingDialog):
        if not InspectionsFindingDialog.objectName():
            InspectionsFindingDialog.setObjectName(u"InspectionsFindingDialog")
        InspectionsFindingDialog.resize(820, 760)
        self.dialogLayout = QVBoxLayout(InspectionsFindingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(InspectionsFindingDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-weight: bold;")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headerLabel)

        self.infoForm = QFormLayout()
        self.infoForm.setObjectName(u"infoForm")
        self.deptLabel = QLabel(InspectionsFindingDialog)
        self.deptLabel.setObjectName(u"deptLabel")

        self.infoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deptLabel)

        self.deptValue = QLabel(InspectionsFindingDialog)
        self.deptValue.setObjectName(u"deptValue")
        self.deptValue.setText(u"")
        self.deptValue.setWordWrap(True)
        self.deptValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deptValue)

        self.resultLabel = QLabel(InspectionsFindingDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.infoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultValue = QLabel(InspectionsFindingDialog)
        self.resultValue.setObjectName(u"resultValue")
        self.resultValue.setText(u"")
        self.resultValue.setWordWrap(True)
        self.resultValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultValue)

        self.basisLabel = QLabel(InspectionsFindingDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.infoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisValue = QLabel(InspectionsFindingDialog)
        self.basisValue.setObjectName(u"basisValue")
        self.basisValue.setText(u"")
        self.basisValue.setWordWrap(True)
        self.basisValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.basisValue)

        self.stateLabel = QLabel(InspectionsFindingDialog)
        self.stateLabel.setObjectName(u"stateLabel")

        self.infoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateValue = QLabel(InspectionsFindingDialog)
        self.stateValue.setObjectName(u"stateValue")
        self.stateValue.setText(u"")
        self.stateValue.setWordWrap(True)
        self.stateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stateValue)

        self.deadlineLabel = QLabel(InspectionsFindingDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.infoForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineValue = QLabel(InspectionsFindingDialog)
        self.deadlineValue.setObjectName(u"deadlineValue")
        self.deadlineValue.setText(u"")
        self.deadlineValue.setWordWrap(True)
        self.deadlineValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deadlineValue)

        self.noticeLabel = QLabel(InspectionsFindingDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")

        self.infoForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noticeLabel)

        self.noticeValue = QLabel(InspectionsFindingDialog)
        self.noticeValue.setObjectName(u"noticeValue")
        self.noticeValue.setText(u"")
        self.noticeValue.setWordWrap(True)
        self.noticeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noticeValue)

        self.reissueLabel = QLabel(InspectionsFindingDialog)
        self.reissueLabel.setObjectName(u"reissueLabel")

        self.infoForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reissueLabel)

        self.reissueValue = QLabel(InspectionsFindingDialog)
        self.reissueValue.setObjectName(u"reissueValue")
        self.reissueValue.setText(u"")
        self.reissueValue.setWordWrap(True)
        self.reissueValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reissueValue)

        self.escalatedLabel = QLabel(InspectionsFindingDialog)
        self.escalatedLabel.setObjectName(u"escalatedLabel")

        self.infoForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.escalatedLabel)

        self.escalatedValue = QLabel(InspectionsFindingDialog)
        self.escalatedValue.setObjectName(u"escalatedValue")
        self.escalatedValue.setText(u"")
        self.escalatedValue.setWordWrap(True)
        self.escalatedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.escalatedValue)


        self.dialogLayout.addLayout(self.infoForm)

        self.historyLabel = QLabel(InspectionsFindingDialog)
        self.historyLabel.setObjectName(u"historyLabel")

        self.dialogLayout.addWidget(self.historyLabel)

        self.historyView = QPlainTextEdit(InspectionsFindingDialog)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setReadOnly(True)
        self.historyView.setTabChangesFocus(True)
        self.historyView.setMaximumSize(QSize(16777215, 110))

        self.dialogLayout.addWidget(self.historyView)

        self.reportsLabel = QLabel(InspectionsFindingDialog)
        self.reportsLabel.setObjectName(u"reportsLabel")

        self.dialogLayout.addWidget(self.reportsLabel)

        self.reportsTable = QTableWidget(InspectionsFindingDialog)
        self.reportsTable.setObjectName(u"reportsTable")
        self.reportsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reportsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportsTable.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.reportsTable)

        self.reportGroup = QGroupBox(InspectionsFindingDialog)
        self.reportGroup.setObjectName(u"reportGroup")
        self.reportLayout = QVBoxLayout(self.reportGroup)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportForm = QFormLayout()
        self.reportForm.setObjectName(u"reportForm")
        self.reportDateLabel = QLabel(self.reportGroup)
        self.reportDateLabel.setObjectName(u"reportDateLabel")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportDateLabel)

        self.reportDateEdit = QDateEdit(self.reportGroup)
        self.reportDateEdit.setObjectName(u"reportDateEdit")
        self.reportDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.reportDateEdit.setCalendarPopup(True)

        self.reportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportDateEdit)

        self.reportTextLabel = QLabel(self.reportGroup)
        self.reportTextLabel.setObjectName(u"reportTextLabel")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportTextLabel)

        self.reportTextEdit = QPlainTextEdit(self.reportGroup)
        self.reportTextEdit.setObjectName(u"reportTextEdit")
        self.reportTextEdit.setTabChangesFocus(True)

        self.reportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportTextEdit)

        self.evidenceLabel = QLabel(self.reportGroup)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceList = QListWidget(self.reportGroup)
        self.evidenceList.setObjectName(u"evidenceList")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evidenceList)


        self.reportLayout.addLayout(self.reportForm)

        self.reportButtons = QHBoxLayout()
        self.reportButtons.setObjectName(u"reportButtons")
        self.addEvidenceButton = QPushButton(self.reportGroup)
        self.addEvidenceButton.setObjectName(u"addEvidenceButton")
        self.addEvidenceButton.setAutoDefault(False)

        self.reportButtons.addWidget(self.addEvidenceButton)

        self.removeEvidenceButton = QPushButton(self.reportGroup)
        self.removeEvidenceButton.setObjectName(u"removeEvidenceButton")
        self.removeEvidenceButton.setAutoDefault(False)

        self.reportButtons.addWidget(self.removeEvidenceButton)

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportButtons.addItem(self.reportSpacer)

        self.reportButton = QPushButton(self.reportGroup)
        self.reportButton.setObjectName(u"reportButton")
        self.reportButton.setAutoDefault(False)

        self.reportButtons.addWidget(self.reportButton)


        self.reportLayout.addLayout(self.reportButtons)


        self.dialogLayout.addWidget(self.reportGroup)

        self.escalateGroup = QGroupBox(InspectionsFindingDialog)
        self.escalateGroup.setObjectName(u"escalateGroup")
        self.escalateLayout = QHBoxLayout(self.escalateGroup)
        self.escalateLayout.setObjectName(u"escalateLayout")
        self.escalationLabel = QLabel(self.escalateGroup)
        self.escalationLabel.setObjectName(u"escalationLabel")

        self.escalateLayout.addWidget(self.escalationLabel)

        self.escalationCombo = QComboBox(self.escalateGroup)
        self.escalationCombo.setObjectName(u"escalationCombo")

        self.escalateLayout.addWidget(self.escalationCombo)

        self.escalateNoteLabel = QLabel(self.escalateGroup)
        self.escalateNoteLabel.setObjectName(u"escalateNoteLabel")

        self.escalateLayout.addWidget(self.escalateNoteLabel)

        self.escalateNoteEdit = QLineEdit(self.escalateGroup)
        self.escalateNoteEdit.setObjectName(u"escalateNoteEdit")

        self.escalateLayout.addWidget(self.escalateNoteEdit)

        self.escalateButton = QPushButton(self.escalateGroup)
        self.escalateButton.setObjectName(u"escalateButton")
        self.escalateButton.setAutoDefault(False)

        self.escalateLayout.addWidget(self.escalateButton)


        self.dialogLayout.addWidget(self.escalateGroup)

        self.errorLabel = QLabel(InspectionsFindingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00000;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.nurseryButton = QPushButton(InspectionsFindingDialog)
        self.nurseryButton.setObjectName(u"nurseryButton")
        self.nurseryButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.nurseryButton)

        self.inspectionButton = QPushButton(InspectionsFindingDialog)
        self.inspectionButton.setObjectName(u"inspectionButton")
        self.inspectionButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.inspectionButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(InspectionsFindingDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.reportDateLabel.setBuddy(self.reportDateEdit)
        self.reportTextLabel.setBuddy(self.reportTextEdit)
        self.escalationLabel.setBuddy(self.escalationCombo)
        self.escalateNoteLabel.setBuddy(self.escalateNoteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reportDateEdit, self.reportTextEdit)
        QWidget.setTabOrder(self.reportTextEdit, self.evidenceList)
        QWidget.setTabOrder(self.evidenceList, self.addEvidenceButton)
        QWidget.setTabOrder(self.addEvidenceButton, self.removeEvidenceButton)
        QWidget.setTabOrder(self.removeEvidenceButton, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.escalationCombo)
        QWidget.setTabOrder(self.escalationCombo, self.escalateNoteEdit)
        QWidget.setTabOrder(self.escalateNoteEdit, self.escalateButton)
        QWidget.setTabOrder(self.escalateButton, self.reportsTable)
        QWidget.setTabOrder(self.reportsTable, self.nurseryButton)
        QWidget.setTabOrder(self.nurseryButton, self.inspectionButton)
        QWidget.setTabOrder(self.inspectionButton, self.closeButton)

        self.retranslateUi(InspectionsFindingDialog)

        QMetaObject.connectSlotsByName(InspectionsFindingDialog)
    # setupUi

    def retranslateUi(self, InspectionsFindingDialog):
        InspectionsFindingDialog.setWindowTitle(QCoreApplication.translate("InspectionsFindingDialog", u"\u6574\u6539\u4e8b\u9879", None))
        self.deptLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u68c0\u67e5\u90e8\u95e8\uff1a", None))
        self.resultLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u68c0\u67e5\u7ed3\u679c\uff1a", None))
        self.basisLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u4f9d\u636e\uff1a", None))
        self.stateLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u6574\u6539\u72b6\u6001\uff1a", None))
        self.deadlineLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u6574\u6539\u671f\u9650\uff1a", None))
        self.noticeLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u6574\u6539\u901a\u77e5\u4e66\uff1a", None))
        self.reissueLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u91cd\u65b0\u9650\u671f\u6b21\u6570\uff1a", None))
        self.escalatedLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u5347\u7ea7\u5904\u7406\uff1a", None))
        self.historyLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u5904\u7406\u8bb0\u5f55\uff1a", None))
        self.reportsLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u6574\u6539\u62a5\u544a\u8bb0\u5f55\uff1a", None))
        self.reportGroup.setTitle(QCoreApplication.translate("InspectionsFindingDialog", u"\u767b\u8bb0\u6574\u6539\u62a5\u544a", None))
        self.reportDateLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u62a5\u544a\u65e5\u671f(&D)\uff1a", None))
        self.reportTextLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u6574\u6539\u60c5\u51b5(&T)\uff1a", None))
        self.evidenceLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u8bc1\u660e\u6750\u6599\uff1a", None))
        self.addEvidenceButton.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u6dfb\u52a0\u6587\u4ef6(&A)\u2026", None))
        self.removeEvidenceButton.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u79fb\u9664\u6587\u4ef6", None))
        self.reportButton.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u767b\u8bb0\u6574\u6539\u62a5\u544a(&R)", None))
        self.escalateGroup.setTitle(QCoreApplication.translate("InspectionsFindingDialog", u"\u4e0a\u62a5/\u79fb\u9001\uff08\u903e\u671f\u672a\u6574\u6539\uff09", None))
        self.escalationLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u65b9\u5f0f(&K)\uff1a", None))
        self.escalateNoteLabel.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u8bf4\u660e(&N)\uff1a", None))
        self.escalateButton.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u4e0a\u62a5/\u79fb\u9001(&E)", None))
        self.nurseryButton.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u67e5\u770b\u673a\u6784", None))
        self.inspectionButton.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u67e5\u770b\u68c0\u67e5\u8bb0\u5f55", None))
        self.closeButton.setText(QCoreApplication.translate("InspectionsFindingDialog", u"\u5173\u95ed", None))
    # retranslateUi

