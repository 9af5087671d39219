# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'filing_application_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_FilingApplicationDialog(object):
    def setupUi(self, FilingApplicationDialog):
        if not FilingApplicationDialog.objectName():
            FilingApplicationDialog.setObjectName(u"FilingApplicationDialog")
        FilingApplicationDialog.resize(1040, 720)
        FilingApplicationDialog.setStyleSheet(u"QLabel#headerLabel { font-size: 13pt; font-weight: bold; }\n"
"QLabel#clockLabel[late=\"true\"] { color: #b00000; font-weight: bold; }\n"
"QLabel#clockLabel[soon=\"true\"] { color: #b06000; font-weight: bold; }\n"
"QLabel#actionNoteLabel { color: #8a5a00; }")
        self.dialogLayout = QVBoxLayout(FilingApplicationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(FilingApplicationDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.clockLabel = QLabel(FilingApplicationDialog)
        self.clockLabel.setObjectName(u"clockLabel")
        self.clockLabel.setText(u"")
        self.clockLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.clockLabel)

        self.tabs = QTabWidget(FilingApplicationDialog)
        self.tabs.setObjectName(u"tabs")
        self.materialsTab = QWidget()
        self.materialsTab.setObjectName(u"materialsTab")
        self.materialsLayout = QVBoxLayout(self.materialsTab)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materialsTable = QTableWidget(self.materialsTab)
        self.materialsTable.setObjectName(u"materialsTable")
        self.materialsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.materialsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.materialsLayout.addWidget(self.materialsTable)

        self.materialButtons = QHBoxLayout()
        self.materialButtons.setObjectName(u"materialButtons")
        self.attachButton = QPushButton(self.materialsTab)
        self.attachButton.setObjectName(u"attachButton")

        self.materialButtons.addWidget(self.attachButton)

        self.viewButton = QPushButton(self.materialsTab)
        self.viewButton.setObjectName(u"viewButton")

        self.materialButtons.addWidget(self.viewButton)

        self.materialSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.materialButtons.addItem(self.materialSpacer)

        self.checkOkButton = QPushButton(self.materialsTab)
        self.checkOkButton.setObjectName(u"checkOkButton")

        self.materialButtons.addWidget(self.checkOkButton)

        self.flagButton = QPushButton(self.materialsTab)
        self.flagButton.setObjectName(u"flagButton")

        self.materialButtons.addWidget(self.flagButton)


        self.materialsLayout.addLayout(self.materialButtons)

        self.tabs.addTab(self.materialsTab, "")
        self.infoTab = QWidget()
        self.infoTab.setObjectName(u"infoTab")
        self.infoLayout = QFormLayout(self.infoTab)
        self.infoLayout.setObjectName(u"infoLayout")
        self.channelCaption = QLabel(self.infoTab)
        self.channelCaption.setObjectName(u"channelCaption")

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelCaption)

        self.channelCombo = QComboBox(self.infoTab)
        self.channelCombo.setObjectName(u"channelCombo")

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.signerCaption = QLabel(self.infoTab)
        self.signerCaption.setObjectName(u"signerCaption")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerCaption)

        self.signerEdit = QLineEdit(self.infoTab)
        self.signerEdit.setObjectName(u"signerEdit")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerEdit)

        self.signedCaption = QLabel(self.infoTab)
        self.signedCaption.setObjectName(u"signedCaption")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signedCaption)

        self.signedEdit = QLineEdit(self.infoTab)
        self.signedEdit.setObjectName(u"signedEdit")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signedEdit)

        self.nationalNoCaption = QLabel(self.infoTab)
        self.nationalNoCaption.setObjectName(u"nationalNoCaption")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nationalNoCaption)

        self.nationalNoEdit = QLineEdit(self.infoTab)
        self.nationalNoEdit.setObjectName(u"nationalNoEdit")

        self.infoLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nationalNoEdit)

        self.nationalDateCaption = QLabel(self.infoTab)
        self.nationalDateCaption.setObjectName(u"nationalDateCaption")

        self.infoLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nationalDateCaption)

        self.nationalDateEdit = QLineEdit(self.infoTab)
        self.nationalDateEdit.setObjectName(u"nationalDateEdit")

        self.infoLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nationalDateEdit)

        self.settlementCaption = QLabel(self.infoTab)
        self.settlementCaption.setObjectName(u"settlementCaption")

        self.infoLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.settlementCaption)

        self.settlementEdit = QPlainTextEdit(self.infoTab)
        self.settlementEdit.setObjectName(u"settlementEdit")

        self.infoLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.settlementEdit)

        self.formCaption = QLabel(self.infoTab)
        self.formCaption.setObjectName(u"formCaption")

        self.infoLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.formCaption)

        self.formLabel = QLabel(self.infoTab)
        self.formLabel.setObjectName(u"formLabel")
        self.formLabel.setText(u"")
        self.formLabel.setWordWrap(True)

        self.infoLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.formLabel)

        self.saveInfoButton = QPushButton(self.infoTab)
        self.saveInfoButton.setObjectName(u"saveInfoButton")

        self.infoLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.saveInfoButton)

        self.tabs.addTab(self.infoTab, "")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesLayout = QVBoxLayout(self.changesTab)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesTable = QTableWidget(self.changesTab)
        self.changesTable.setObjectName(u"changesTable")

        self.changesLayout.addWidget(self.changesTable)

        self.changeButtons = QHBoxLayout()
        self.changeButtons.setObjectName(u"changeButtons")
        self.addChangeButton = QPushButton(self.changesTab)
        self.addChangeButton.setObjectName(u"addChangeButton")

        self.changeButtons.addWidget(self.addChangeButton)

        self.removeChangeButton = QPushButton(self.changesTab)
        self.removeChangeButton.setObjectName(u"removeChangeButton")

        self.changeButtons.addWidget(self.removeChangeButton)

        self.changeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changeButtons.addItem(self.changeSpacer)

        self.saveChangesButton = QPushButton(self.changesTab)
        self.saveChangesButton.setObjectName(u"saveChangesButton")

        self.changeButtons.addWidget(self.saveChangesButton)


        self.changesLayout.addLayout(self.changeButtons)

        self.tabs.addTab(self.changesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.actionNoteLabel = QLabel(FilingApplicationDialog)
        self.actionNoteLabel.setObjectName(u"actionNoteLabel")
        self.actionNoteLabel.setText(u"")
        self.actionNoteLabel.setWordWrap(True)
        self.actionNoteLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.actionNoteLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.actionsBar = QWidget(FilingApplicationDialog)
        self.actionsBar.setObjectName(u"actionsBar")
        self.actionsLayout = QHBoxLayout(self.actionsBar)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)

        self.bottomRow.addWidget(self.actionsBar)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.documentCombo = QComboBox(FilingApplicationDialog)
        self.documentCombo.setObjectName(u"documentCombo")

        self.bottomRow.addWidget(self.documentCombo)

        self.previewButton = QPushButton(FilingApplicationDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.bottomRow.addWidget(self.previewButton)

        self.printButton = QPushButton(FilingApplicationDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomRow.addWidget(self.printButton)

        self.pdfButton = QPushButton(FilingApplicationDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.bottomRow.addWidget(self.pdfButton)

        self.closeButton = QPushButton(FilingApplicationDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.bottomRow)


        self.retranslateUi(FilingApplicationDialog)
        self.closeButton.clicked.connect(FilingApplicationDialog.accept)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FilingApplicationDialog)
    # setupUi

    def retranslateUi(self, FilingApplicationDialog):
        FilingApplicationDialog.setWindowTitle(QCoreApplication.translate("FilingApplicationDialog", u"\u5907\u6848\u7533\u8bf7", None))
        self.attachButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u6dfb\u52a0\u626b\u63cf\u4ef6\u2026", None))
        self.viewButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u67e5\u770b\u626b\u63cf\u4ef6", None))
        self.checkOkButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u5ba1\u6838\u901a\u8fc7", None))
        self.flagButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u9700\u8865\u6b63\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.materialsTab), QCoreApplication.translate("FilingApplicationDialog", u"\u6750\u6599\u6e05\u5355", None))
        self.channelCaption.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u529e\u7406\u6e20\u9053", None))
        self.signerCaption.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u627f\u8bfa\u4e66\u7b7e\u7f72\u4eba", None))
        self.signedCaption.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u627f\u8bfa\u4e66\u7b7e\u7f72\u65e5\u671f", None))
        self.signedEdit.setPlaceholderText(QCoreApplication.translate("FilingApplicationDialog", u"YYYY-MM-DD", None))
        self.nationalNoCaption.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u5168\u56fd\u7cfb\u7edf\u5907\u6848\u7f16\u53f7", None))
        self.nationalDateCaption.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u5168\u56fd\u7cfb\u7edf\u5907\u6848\u65e5\u671f", None))
        self.nationalDateEdit.setPlaceholderText(QCoreApplication.translate("FilingApplicationDialog", u"YYYY-MM-DD", None))
        self.settlementCaption.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u5e7c\u513f\u548c\u5de5\u4f5c\u4eba\u5458\u5b89\u7f6e\u60c5\u51b5", None))
        self.formCaption.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u5907\u6848\u4e66\uff08\u63d0\u4ea4\u65f6\uff09", None))
        self.saveInfoButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u4fdd\u5b58\u5907\u6848\u4fe1\u606f", None))
        self.tabs.setTabText(self.tabs.indexOf(self.infoTab), QCoreApplication.translate("FilingApplicationDialog", u"\u5907\u6848\u4fe1\u606f", None))
        self.addChangeButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u6dfb\u52a0\u53d8\u66f4\u4e8b\u9879", None))
        self.removeChangeButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u5220\u9664\u6240\u9009\u4e8b\u9879", None))
        self.saveChangesButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u4fdd\u5b58\u53d8\u66f4\u4e8b\u9879", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changesTab), QCoreApplication.translate("FilingApplicationDialog", u"\u53d8\u66f4\u4e8b\u9879", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("FilingApplicationDialog", u"\u529e\u7406\u8bb0\u5f55", None))
        self.previewButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u6253\u5370\u9884\u89c8\u2026", None))
        self.printButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u6253\u5370\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u5bfc\u51faPDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("FilingApplicationDialog", u"\u5173\u95ed", None))
    # retranslateUi

