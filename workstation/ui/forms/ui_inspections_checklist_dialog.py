# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_checklist_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_InspectionsChecklistDialog(object):
    def setupUi(self, InspectionsChecklistDialog):
        if not InspectionsChecklistDialog.objectName():
            InspectionsChecklistDialog.setObjectName(u"InspectionsChecklistDialog")
        InspectionsChecklistDialog.resize(1100, 780)
        self.dialogLayout = QVBoxLayout(InspectionsChecklistDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(InspectionsChecklistDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-weight: bold;")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.keysLabel = QLabel(InspectionsChecklistDialog)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.keysLabel)

        self.itemsTable = QTableWidget(InspectionsChecklistDialog)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setTabKeyNavigation(False)
        self.itemsTable.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemsTable)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteLabel = QLabel(InspectionsChecklistDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(InspectionsChecklistDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteRow.addWidget(self.noteEdit)

        self.photoButton = QPushButton(InspectionsChecklistDialog)
        self.photoButton.setObjectName(u"photoButton")
        self.photoButton.setAutoDefault(False)

        self.noteRow.addWidget(self.photoButton)

        self.photoLabel = QLabel(InspectionsChecklistDialog)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setText(u"")
        self.photoLabel.setWordWrap(True)

        self.noteRow.addWidget(self.photoLabel)


        self.dialogLayout.addLayout(self.noteRow)

        self.resultRow = QHBoxLayout()
        self.resultRow.setObjectName(u"resultRow")
        self.passButton = QPushButton(InspectionsChecklistDialog)
        self.passButton.setObjectName(u"passButton")
        self.passButton.setAutoDefault(False)

        self.resultRow.addWidget(self.passButton)

        self.partialButton = QPushButton(InspectionsChecklistDialog)
        self.partialButton.setObjectName(u"partialButton")
        self.partialButton.setAutoDefault(False)

        self.resultRow.addWidget(self.partialButton)

        self.failButton = QPushButton(InspectionsChecklistDialog)
        self.failButton.setObjectName(u"failButton")
        self.failButton.setAutoDefault(False)

        self.resultRow.addWidget(self.failButton)

        self.naButton = QPushButton(InspectionsChecklistDialog)
        self.naButton.setObjectName(u"naButton")
        self.naButton.setAutoDefault(False)

        self.resultRow.addWidget(self.naButton)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultRow.addItem(self.resultSpacer)

        self.progressLabel = QLabel(InspectionsChecklistDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")
        self.progressLabel.setWordWrap(True)

        self.resultRow.addWidget(self.progressLabel)


        self.dialogLayout.addLayout(self.resultRow)

        self.conclusionGroup = QGroupBox(InspectionsChecklistDialog)
        self.conclusionGroup.setObjectName(u"conclusionGroup")
        self.conclusionGrid = QGridLayout(self.conclusionGroup)
        self.conclusionGrid.setObjectName(u"conclusionGrid")
        self.overallLabel = QLabel(self.conclusionGroup)
        self.overallLabel.setObjectName(u"overallLabel")

        self.conclusionGrid.addWidget(self.overallLabel, 0, 0, 1, 1)

        self.overallCombo = QComboBox(self.conclusionGroup)
        self.overallCombo.setObjectName(u"overallCombo")

        self.conclusionGrid.addWidget(self.overallCombo, 0, 1, 1, 1)

        self.suggestionLabel = QLabel(self.conclusionGroup)
        self.suggestionLabel.setObjectName(u"suggestionLabel")
        self.suggestionLabel.setText(u"")
        self.suggestionLabel.setWordWrap(True)

        self.conclusionGrid.addWidget(self.suggestionLabel, 0, 2, 1, 1)

        self.escalationLabel = QLabel(self.conclusionGroup)
        self.escalationLabel.setObjectName(u"escalationLabel")

        self.conclusionGrid.addWidget(self.escalationLabel, 1, 0, 1, 1)

        self.escalationCombo = QComboBox(self.conclusionGroup)
        self.escalationCombo.setObjectName(u"escalationCombo")

        self.conclusionGrid.addWidget(self.escalationCombo, 1, 1, 1, 1)

        self.inspectorsSignLabel = QLabel(self.conclusionGroup)
        self.inspectorsSignLabel.setObjectName(u"inspectorsSignLabel")

        self.conclusionGrid.addWidget(self.inspectorsSignLabel, 2, 0, 1, 1)

        self.inspectorsSignEdit = QLineEdit(self.conclusionGroup)
        self.inspectorsSignEdit.setObjectName(u"inspectorsSignEdit")

        self.conclusionGrid.addWidget(self.inspectorsSignEdit, 2, 1, 1, 1)

        self.inspectorsDateEdit = QDateEdit(self.conclusionGroup)
        self.inspectorsDateEdit.setObjectName(u"inspectorsDateEdit")
        self.inspectorsDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.inspectorsDateEdit.setCalendarPopup(True)

        self.conclusionGrid.addWidget(self.inspectorsDateEdit, 2, 2, 1, 1)

        self.representativeLabel = QLabel(self.conclusionGroup)
        self.representativeLabel.setObjectName(u"representativeLabel")

        self.conclusionGrid.addWidget(self.representativeLabel, 3, 0, 1, 1)

        self.representativeEdit = QLineEdit(self.conclusionGroup)
        self.representativeEdit.setObjectName(u"representativeEdit")

        self.conclusionGrid.addWidget(self.representativeEdit, 3, 1, 1, 1)

        self.representativeDateEdit = QDateEdit(self.conclusionGroup)
        self.representativeDateEdit.setObjectName(u"representativeDateEdit")
        self.representativeDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.representativeDateEdit.setCalendarPopup(True)

        self.conclusionGrid.addWidget(self.representativeDateEdit, 3, 2, 1, 1)

        self.notesLabel = QLabel(self.conclusionGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.conclusionGrid.addWidget(self.notesLabel, 4, 0, 1, 1)

        self.notesEdit = QLineEdit(self.conclusionGroup)
        self.notesEdit.setObjectName(u"notesEdit")

        self.conclusionGrid.addWidget(self.notesEdit, 4, 1, 1, 1)


        self.dialogLayout.addWidget(self.conclusionGroup)

        self.errorLabel = QLabel(InspectionsChecklistDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00000;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.noticeLabel = QLabel(InspectionsChecklistDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noticeLabel)

        self.deliveryRow = QHBoxLayout()
        self.deliveryRow.setObjectName(u"deliveryRow")
        self.deliveryLabel = QLabel(InspectionsChecklistDialog)
        self.deliveryLabel.setObjectName(u"deliveryLabel")
        self.deliveryLabel.setText(u"")
        self.deliveryLabel.setWordWrap(True)

        self.deliveryRow.addWidget(self.deliveryLabel)

        self.deliveryDateEdit = QDateEdit(InspectionsChecklistDialog)
        self.deliveryDateEdit.setObjectName(u"deliveryDateEdit")
        self.deliveryDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.deliveryDateEdit.setCalendarPopup(True)

        self.deliveryRow.addWidget(self.deliveryDateEdit)

        self.deliveryButton = QPushButton(InspectionsChecklistDialog)
        self.deliveryButton.setObjectName(u"deliveryButton")
        self.deliveryButton.setAutoDefault(False)

        self.deliveryRow.addWidget(self.deliveryButton)

        self.deliveryRow.setStretch(0, 1)

        self.dialogLayout.addLayout(self.deliveryRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(InspectionsChecklistDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.recordButton = QPushButton(InspectionsChecklistDialog)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.recordButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(InspectionsChecklistDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.printButton)

        self.pdfButton = QPushButton(InspectionsChecklistDialog)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.pdfButton)

        self.reloadButton = QPushButton(InspectionsChecklistDialog)
        self.reloadButton.setObjectName(u"reloadButton")
        self.reloadButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.reloadButton)

        self.closeButton = QPushButton(InspectionsChecklistDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.overallLabel.setBuddy(self.overallCombo)
        self.escalationLabel.setBuddy(self.escalationCombo)
        self.inspectorsSignLabel.setBuddy(self.inspectorsSignEdit)
        self.representativeLabel.setBuddy(self.representativeEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemsTable, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.photoButton)
        QWidget.setTabOrder(self.photoButton, self.overallCombo)
        QWidget.setTabOrder(self.overallCombo, self.escalationCombo)
        QWidget.setTabOrder(self.escalationCombo, self.inspectorsSignEdit)
        QWidget.setTabOrder(self.inspectorsSignEdit, self.inspectorsDateEdit)
        QWidget.setTabOrder(self.inspectorsDateEdit, self.representativeEdit)
        QWidget.setTabOrder(self.representativeEdit, self.representativeDateEdit)
        QWidget.setTabOrder(self.representativeDateEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.closeButton)

        self.retranslateUi(InspectionsChecklistDialog)

        QMetaObject.connectSlotsByName(InspectionsChecklistDialog)
    # setupUi

    def retranslateUi(self, InspectionsChecklistDialog):
        InspectionsChecklistDialog.setWindowTitle(QCoreApplication.translate("InspectionsChecklistDialog", u"\u68c0\u67e5\u8bb0\u5f55", None))
        self.keysLabel.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u952e\u76d8\uff1a1/Y \u7b26\u5408 \u00b7 2/B \u57fa\u672c\u7b26\u5408 \u00b7 3/N \u4e0d\u7b26\u5408 \u00b7 4/0 \u4e0d\u9002\u7528\uff08\u8bb0\u4e0b\u540e\u8f6c\u5230\u4e0b\u4e00\u9879\uff09\uff1bTab \u6216 Enter \u586b\u5199\u672c\u9879\u5907\u6ce8\uff0cEnter \u8fd4\u56de\u8868\u683c\uff1bCtrl+S \u4fdd\u5b58\u8349\u7a3f\uff0cCtrl+Enter \u5b8c\u6210\u8bb0\u5f55", None))
        self.noteLabel.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u672c\u9879\u5907\u6ce8(&M)\uff1a", None))
        self.photoButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u6dfb\u52a0\u7167\u7247\u2026", None))
        self.passButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u7b26\u5408 (1)", None))
        self.partialButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u57fa\u672c\u7b26\u5408 (2)", None))
        self.failButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u4e0d\u7b26\u5408 (3)", None))
        self.naButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u4e0d\u9002\u7528 (4)", None))
        self.conclusionGroup.setTitle(QCoreApplication.translate("InspectionsChecklistDialog", u"\u7ed3\u8bba\u4e0e\u7b7e\u540d", None))
        self.overallLabel.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u603b\u4f53\u7ed3\u8bba(&O)\uff1a", None))
        self.escalationLabel.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u5347\u7ea7\u5904\u7406(&E)\uff1a", None))
        self.inspectorsSignLabel.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u68c0\u67e5\u4eba\u5458\u7b7e\u540d(&G)\uff1a", None))
        self.inspectorsSignEdit.setPlaceholderText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u591a\u4eba\u7528\u201c\u3001\u201d\u5206\u9694", None))
        self.representativeLabel.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u673a\u6784\u8d1f\u8d23\u4eba\u7b7e\u6536(&R)\uff1a", None))
        self.representativeEdit.setPlaceholderText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u59d3\u540d\uff08\u53ef\u7a7a\uff09", None))
        self.notesLabel.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u68c0\u67e5\u8bf4\u660e(&C)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.deliveryDateEdit.setToolTip(QCoreApplication.translate("InspectionsChecklistDialog", u"\u6574\u6539\u901a\u77e5\u4e66\u9001\u8fbe\u673a\u6784\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.deliveryButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u767b\u8bb0\u9001\u8fbe(&V)", None))
        self.saveButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u4fdd\u5b58\u8349\u7a3f", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("InspectionsChecklistDialog", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        self.recordButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u5b8c\u6210\u8bb0\u5f55", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("InspectionsChecklistDialog", u"Ctrl+Enter", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u6253\u5370\u6574\u6539\u901a\u77e5\u4e66", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("InspectionsChecklistDialog", u"Ctrl+P", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u5bfc\u51fa\u901a\u77e5\u4e66PDF", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("InspectionsChecklistDialog", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(tooltip)
        self.reloadButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u91cd\u65b0\u8f7d\u5165", None))
        self.closeButton.setText(QCoreApplication.translate("InspectionsChecklistDialog", u"\u5173\u95ed", None))
    # retranslateUi

