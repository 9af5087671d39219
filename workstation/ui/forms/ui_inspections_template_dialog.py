# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_template_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_InspectionsTemplateDialog(object):
    def setupUi(self, InspectionsTemplateDialog):
        if not InspectionsTemplateDialog.objectName():
            InspectionsTemplateDialog.setObjectName(u"InspectionsTemplateDialog")
        InspectionsTemplateDialog.resize(1000, 760)
        self.dialogLayout = QVBoxLayout(InspectionsTemplateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.templateLabel = QLabel(InspectionsTemplateDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.topRow.addWidget(self.templateLabel)

        self.templateCombo = QComboBox(InspectionsTemplateDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.topRow.addWidget(self.templateCombo)

        self.titleLabel = QLabel(InspectionsTemplateDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.topRow.addWidget(self.titleLabel)

        self.titleEdit = QLineEdit(InspectionsTemplateDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.topRow.addWidget(self.titleEdit)


        self.dialogLayout.addLayout(self.topRow)

        self.versionLabel = QLabel(InspectionsTemplateDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"")
        self.versionLabel.setWordWrap(True)
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.versionLabel)

        self.itemsTable = QTableWidget(InspectionsTemplateDialog)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.setTabKeyNavigation(True)
        self.itemsTable.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemsTable)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addButton = QPushButton(InspectionsTemplateDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(InspectionsTemplateDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(InspectionsTemplateDialog)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.upButton)

        self.downButton = QPushButton(InspectionsTemplateDialog)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.downButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)


        self.dialogLayout.addLayout(self.itemButtons)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.reasonLabel = QLabel(InspectionsTemplateDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.saveRow.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(InspectionsTemplateDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.saveRow.addWidget(self.reasonEdit)

        self.saveButton = QPushButton(InspectionsTemplateDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.saveRow.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.saveRow)

        self.errorLabel = QLabel(InspectionsTemplateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00000;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.statusLabel = QLabel(InspectionsTemplateDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.historyLabel = QLabel(InspectionsTemplateDialog)
        self.historyLabel.setObjectName(u"historyLabel")

        self.dialogLayout.addWidget(self.historyLabel)

        self.historyTable = QTableWidget(InspectionsTemplateDialog)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.historyTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(InspectionsTemplateDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.itemsTable)
        QWidget.setTabOrder(self.itemsTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.closeButton)

        self.retranslateUi(InspectionsTemplateDialog)

        QMetaObject.connectSlotsByName(InspectionsTemplateDialog)
    # setupUi

    def retranslateUi(self, InspectionsTemplateDialog):
        InspectionsTemplateDialog.setWindowTitle(QCoreApplication.translate("InspectionsTemplateDialog", u"\u68c0\u67e5\u8868\u6a21\u677f", None))
        self.templateLabel.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u68c0\u67e5\u8868(&T)\uff1a", None))
        self.titleLabel.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u540d\u79f0(&N)\uff1a", None))
        self.addButton.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u6dfb\u52a0\u9879\u76ee(&A)", None))
        self.removeButton.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u5220\u9664\u9879\u76ee", None))
        self.upButton.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u4e0b\u79fb", None))
        self.reasonLabel.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u4fee\u6539\u539f\u56e0(&R)\uff1a", None))
        self.saveButton.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u4fdd\u5b58\u4e3a\u65b0\u7248\u672c(&S)", None))
        self.historyLabel.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u7248\u672c\u5386\u53f2\uff1a", None))
        self.closeButton.setText(QCoreApplication.translate("InspectionsTemplateDialog", u"\u5173\u95ed", None))
    # retranslateUi

