# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'draw_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox,
    QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DrawDialog(object):
    def setupUi(self, DrawDialog):
        if not DrawDialog.objectName():
            DrawDialog.setObjectName(u"DrawDialog")
        DrawDialog.resize(980, 760)
        self.dialogLayout = QVBoxLayout(DrawDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.filtersGroup = QGroupBox(DrawDialog)
        self.filtersGroup.setObjectName(u"filtersGroup")
        self.filtersForm = QFormLayout(self.filtersGroup)
        self.filtersForm.setObjectName(u"filtersForm")
        self.streetLabel = QLabel(self.filtersGroup)
        self.streetLabel.setObjectName(u"streetLabel")

        self.filtersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetCombo = QComboBox(self.filtersGroup)
        self.streetCombo.setObjectName(u"streetCombo")

        self.filtersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.streetCombo)

        self.natureLabel = QLabel(self.filtersGroup)
        self.natureLabel.setObjectName(u"natureLabel")

        self.filtersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.natureLabel)

        self.natureCombo = QComboBox(self.filtersGroup)
        self.natureCombo.setObjectName(u"natureCombo")

        self.filtersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.natureCombo)

        self.kindLabel = QLabel(self.filtersGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filtersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.filtersGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filtersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.statusLabel = QLabel(self.filtersGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filtersForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.filtersGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filtersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.inclusiveLabel = QLabel(self.filtersGroup)
        self.inclusiveLabel.setObjectName(u"inclusiveLabel")

        self.filtersForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.inclusiveLabel)

        self.inclusiveCombo = QComboBox(self.filtersGroup)
        self.inclusiveCombo.setObjectName(u"inclusiveCombo")

        self.filtersForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.inclusiveCombo)

        self.populationCaption = QLabel(self.filtersGroup)
        self.populationCaption.setObjectName(u"populationCaption")

        self.filtersForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.populationCaption)

        self.populationLabel = QLabel(self.filtersGroup)
        self.populationLabel.setObjectName(u"populationLabel")
        self.populationLabel.setText(u"")

        self.filtersForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.populationLabel)

        self.countLabel = QLabel(self.filtersGroup)
        self.countLabel.setObjectName(u"countLabel")

        self.filtersForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.countLabel)

        self.countSpin = QSpinBox(self.filtersGroup)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(99999)
        self.countSpin.setValue(1)

        self.filtersForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.countSpin)

        self.perNurseryLabel = QLabel(self.filtersGroup)
        self.perNurseryLabel.setObjectName(u"perNurseryLabel")

        self.filtersForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.perNurseryLabel)

        self.perNurserySpin = QSpinBox(self.filtersGroup)
        self.perNurserySpin.setObjectName(u"perNurserySpin")
        self.perNurserySpin.setMinimum(1)
        self.perNurserySpin.setMaximum(10)
        self.perNurserySpin.setValue(2)

        self.filtersForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.perNurserySpin)

        self.publicLabel = QLabel(self.filtersGroup)
        self.publicLabel.setObjectName(u"publicLabel")

        self.filtersForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.publicLabel)

        self.publicEdit = QLineEdit(self.filtersGroup)
        self.publicEdit.setObjectName(u"publicEdit")
        self.publicEdit.setMaxLength(200)
        self.publicEdit.setClearButtonEnabled(True)

        self.filtersForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.publicEdit)

        self.witnessLabel = QLabel(self.filtersGroup)
        self.witnessLabel.setObjectName(u"witnessLabel")

        self.filtersForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.witnessLabel)

        self.witnessEdit = QLineEdit(self.filtersGroup)
        self.witnessEdit.setObjectName(u"witnessEdit")
        self.witnessEdit.setMaxLength(50)

        self.filtersForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.witnessEdit)


        self.topRow.addWidget(self.filtersGroup)

        self.inspectorsGroup = QGroupBox(DrawDialog)
        self.inspectorsGroup.setObjectName(u"inspectorsGroup")
        self.inspectorsLayout = QVBoxLayout(self.inspectorsGroup)
        self.inspectorsLayout.setObjectName(u"inspectorsLayout")
        self.inspectorList = QListWidget(self.inspectorsGroup)
        self.inspectorList.setObjectName(u"inspectorList")

        self.inspectorsLayout.addWidget(self.inspectorList)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.nameLabel = QLabel(self.inspectorsGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addRow.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(self.inspectorsGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.addRow.addWidget(self.nameEdit)

        self.addNameButton = QPushButton(self.inspectorsGroup)
        self.addNameButton.setObjectName(u"addNameButton")
        self.addNameButton.setAutoDefault(False)

        self.addRow.addWidget(self.addNameButton)


        self.inspectorsLayout.addLayout(self.addRow)

        self.inspectorCountLabel = QLabel(self.inspectorsGroup)
        self.inspectorCountLabel.setObjectName(u"inspectorCountLabel")
        self.inspectorCountLabel.setText(u"")

        self.inspectorsLayout.addWidget(self.inspectorCountLabel)


        self.topRow.addWidget(self.inspectorsGroup)


        self.dialogLayout.addLayout(self.topRow)

        self.drawRow = QHBoxLayout()
        self.drawRow.setObjectName(u"drawRow")
        self.drawButton = QPushButton(DrawDialog)
        self.drawButton.setObjectName(u"drawButton")

        self.drawRow.addWidget(self.drawButton)

        self.completeButton = QPushButton(DrawDialog)
        self.completeButton.setObjectName(u"completeButton")

        self.drawRow.addWidget(self.completeButton)

        self.errorLabel = QLabel(DrawDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00000;")

        self.drawRow.addWidget(self.errorLabel)

        self.drawSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drawRow.addItem(self.drawSpacer)


        self.dialogLayout.addLayout(self.drawRow)

        self.resultGroup = QGroupBox(DrawDialog)
        self.resultGroup.setObjectName(u"resultGroup")
        self.resultLayout = QVBoxLayout(self.resultGroup)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLabel = QLabel(self.resultGroup)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(False)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.resultLabel)

        self.resultTable = QTableWidget(self.resultGroup)
        if (self.resultTable.columnCount() < 5):
            self.resultTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.resultTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultTable.setTabKeyNavigation(False)
        self.resultTable.setAlternatingRowColors(True)
        self.resultTable.horizontalHeader().setStretchLastSection(True)
        self.resultTable.verticalHeader().setVisible(False)

        self.resultLayout.addWidget(self.resultTable)

        self.resultButtons = QHBoxLayout()
        self.resultButtons.setObjectName(u"resultButtons")
        self.resultSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultButtons.addItem(self.resultSpacer)

        self.printButton = QPushButton(self.resultGroup)
        self.printButton.setObjectName(u"printButton")

        self.resultButtons.addWidget(self.printButton)

        self.exportButton = QPushButton(self.resultGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.resultButtons.addWidget(self.exportButton)


        self.resultLayout.addLayout(self.resultButtons)


        self.dialogLayout.addWidget(self.resultGroup)

        self.historyGroup = QGroupBox(DrawDialog)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QVBoxLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyGroup)
        if (self.historyTable.columnCount() < 7):
            self.historyTable.setColumnCount(7)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(5, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(6, __qtablewidgetitem11)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.verifyLabel = QLabel(self.historyGroup)
        self.verifyLabel.setObjectName(u"verifyLabel")
        self.verifyLabel.setText(u"")
        self.verifyLabel.setWordWrap(False)

        self.historyButtons.addWidget(self.verifyLabel)

        self.historySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)

        self.showButton = QPushButton(self.historyGroup)
        self.showButton.setObjectName(u"showButton")

        self.historyButtons.addWidget(self.showButton)

        self.verifyButton = QPushButton(self.historyGroup)
        self.verifyButton.setObjectName(u"verifyButton")

        self.historyButtons.addWidget(self.verifyButton)


        self.historyLayout.addLayout(self.historyButtons)


        self.dialogLayout.addWidget(self.historyGroup)

        self.buttons = QDialogButtonBox(DrawDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.streetLabel.setBuddy(self.streetCombo)
        self.natureLabel.setBuddy(self.natureCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.inclusiveLabel.setBuddy(self.inclusiveCombo)
        self.countLabel.setBuddy(self.countSpin)
        self.perNurseryLabel.setBuddy(self.perNurserySpin)
        self.publicLabel.setBuddy(self.publicEdit)
        self.witnessLabel.setBuddy(self.witnessEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.streetCombo, self.natureCombo)
        QWidget.setTabOrder(self.natureCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.inclusiveCombo)
        QWidget.setTabOrder(self.inclusiveCombo, self.countSpin)
        QWidget.setTabOrder(self.countSpin, self.perNurserySpin)
        QWidget.setTabOrder(self.perNurserySpin, self.publicEdit)
        QWidget.setTabOrder(self.publicEdit, self.witnessEdit)
        QWidget.setTabOrder(self.witnessEdit, self.inspectorList)
        QWidget.setTabOrder(self.inspectorList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addNameButton)
        QWidget.setTabOrder(self.addNameButton, self.drawButton)
        QWidget.setTabOrder(self.drawButton, self.completeButton)
        QWidget.setTabOrder(self.completeButton, self.resultTable)
        QWidget.setTabOrder(self.resultTable, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.showButton)
        QWidget.setTabOrder(self.showButton, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.buttons)

        self.retranslateUi(DrawDialog)
        self.buttons.rejected.connect(DrawDialog.reject)

        QMetaObject.connectSlotsByName(DrawDialog)
    # setupUi

    def retranslateUi(self, DrawDialog):
        DrawDialog.setWindowTitle(QCoreApplication.translate("DrawDialog", u"\u53cc\u968f\u673a\u62bd\u67e5", None))
        self.filtersGroup.setTitle(QCoreApplication.translate("DrawDialog", u"\u62bd\u53d6\u6761\u4ef6", None))
        self.streetLabel.setText(QCoreApplication.translate("DrawDialog", u"\u8857\u9053\uff08\u4e61\u9547\uff09(&J)\uff1a", None))
        self.natureLabel.setText(QCoreApplication.translate("DrawDialog", u"\u673a\u6784\u6027\u8d28(&N)\uff1a", None))
        self.kindLabel.setText(QCoreApplication.translate("DrawDialog", u"\u673a\u6784\u7c7b\u578b(&K)\uff1a", None))
        self.statusLabel.setText(QCoreApplication.translate("DrawDialog", u"\u673a\u6784\u72b6\u6001(&S)\uff1a", None))
        self.inclusiveLabel.setText(QCoreApplication.translate("DrawDialog", u"\u666e\u60e0\u6027(&U)\uff1a", None))
        self.populationCaption.setText(QCoreApplication.translate("DrawDialog", u"\u62bd\u53d6\u8303\u56f4\uff1a", None))
        self.countLabel.setText(QCoreApplication.translate("DrawDialog", u"\u62bd\u53d6\u6570\u91cf(&C)\uff1a", None))
        self.countSpin.setSuffix(QCoreApplication.translate("DrawDialog", u" \u5bb6", None))
        self.perNurseryLabel.setText(QCoreApplication.translate("DrawDialog", u"\u6bcf\u5bb6\u68c0\u67e5\u4eba\u5458(&P)\uff1a", None))
        self.perNurserySpin.setSuffix(QCoreApplication.translate("DrawDialog", u" \u540d", None))
        self.publicLabel.setText(QCoreApplication.translate("DrawDialog", u"\u516c\u5f00\u6570\u503c(&E)\uff1a", None))
        self.publicEdit.setPlaceholderText(QCoreApplication.translate("DrawDialog", u"\u51bb\u7ed3\u540e\u516c\u5e03\u7684\u516c\u5f00\u6570\u503c\uff0c\u5982\u201c\u7b2c2026141\u671f\u798f\u5f693D\u5f00\u5956\u53f7\u7801 507\u201d", None))
        self.witnessLabel.setText(QCoreApplication.translate("DrawDialog", u"\u89c1\u8bc1\u4eba(&W)\uff1a", None))
        self.witnessEdit.setPlaceholderText(QCoreApplication.translate("DrawDialog", u"\u6838\u5bf9\u516c\u5f00\u6570\u503c\u7684\u89c1\u8bc1\u4eba\u59d3\u540d", None))
        self.inspectorsGroup.setTitle(QCoreApplication.translate("DrawDialog", u"\u68c0\u67e5\u4eba\u5458\u540d\u5355\uff08\u52fe\u9009\u53c2\u52a0\u62bd\u53d6\u7684\u4eba\u5458\uff09", None))
        self.nameLabel.setText(QCoreApplication.translate("DrawDialog", u"\u59d3\u540d(&M)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("DrawDialog", u"\u540d\u5355\u5916\u7684\u4eba\u5458\uff1a\u8f93\u5165\u59d3\u540d\u540e\u6309\u56de\u8f66\u6dfb\u52a0", None))
        self.addNameButton.setText(QCoreApplication.translate("DrawDialog", u"\u6dfb\u52a0(&A)", None))
        self.drawButton.setText(QCoreApplication.translate("DrawDialog", u"\u51bb\u7ed3\u62bd\u53d6\u8303\u56f4(&D)", None))
#if QT_CONFIG(tooltip)
        self.drawButton.setToolTip(QCoreApplication.translate("DrawDialog", u"\u7b2c\u4e00\u6b65\uff1a\u51bb\u7ed3\u62bd\u53d6\u8303\u56f4\u3001\u62bd\u53d6\u6570\u91cf\u548c\u68c0\u67e5\u4eba\u5458\u540d\u5355\uff08\u8bb0\u5f55\u5728\u6848\uff09\uff0c\u518d\u7b49\u5f85\u516c\u5f00\u6570\u503c\u516c\u5e03", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("DrawDialog", u"\u5f00\u5956(&O)", None))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(QCoreApplication.translate("DrawDialog", u"\u7b2c\u4e8c\u6b65\uff1a\u5f55\u5165\u51bb\u7ed3\u540e\u516c\u5e03\u7684\u516c\u5f00\u6570\u503c\u548c\u89c1\u8bc1\u4eba\uff0c\u7531\u6b64\u8ba1\u7b97\u968f\u673a\u79cd\u5b50\u5e76\u62bd\u53d6", None))
#endif // QT_CONFIG(tooltip)
        self.resultGroup.setTitle(QCoreApplication.translate("DrawDialog", u"\u62bd\u53d6\u7ed3\u679c", None))
        ___qtablewidgetitem = self.resultTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DrawDialog", u"\u5e8f\u53f7", None))
        ___qtablewidgetitem1 = self.resultTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DrawDialog", u"\u673a\u6784\u540d\u79f0", None))
        ___qtablewidgetitem2 = self.resultTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DrawDialog", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        ___qtablewidgetitem3 = self.resultTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DrawDialog", u"\u8857\u9053\uff08\u4e61\u9547\uff09", None))
        ___qtablewidgetitem4 = self.resultTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DrawDialog", u"\u68c0\u67e5\u4eba\u5458", None))
        self.printButton.setText(QCoreApplication.translate("DrawDialog", u"\u6253\u5370(&R)\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("DrawDialog", u"\u5bfc\u51faPDF(&X)\u2026", None))
        self.historyGroup.setTitle(QCoreApplication.translate("DrawDialog", u"\u5386\u6b21\u62bd\u53d6", None))
        ___qtablewidgetitem5 = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DrawDialog", u"\u7f16\u53f7", None))
        ___qtablewidgetitem6 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DrawDialog", u"\u62bd\u53d6\u65f6\u95f4", None))
        ___qtablewidgetitem7 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("DrawDialog", u"\u62bd\u53d6\u4eba", None))
        ___qtablewidgetitem8 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("DrawDialog", u"\u968f\u673a\u79cd\u5b50", None))
        ___qtablewidgetitem9 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("DrawDialog", u"\u62bd\u53d6\u6570\u91cf", None))
        ___qtablewidgetitem10 = self.historyTable.horizontalHeaderItem(5)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("DrawDialog", u"\u62bd\u53d6\u8303\u56f4", None))
        ___qtablewidgetitem11 = self.historyTable.horizontalHeaderItem(6)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("DrawDialog", u"\u62bd\u53d6\u6761\u4ef6", None))
        self.showButton.setText(QCoreApplication.translate("DrawDialog", u"\u67e5\u770b(&V)", None))
        self.verifyButton.setText(QCoreApplication.translate("DrawDialog", u"\u590d\u6838(&F)", None))
    # retranslateUi

