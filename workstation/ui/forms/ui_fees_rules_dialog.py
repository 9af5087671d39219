# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fees_rules_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_FeeRulesDialog(object):
    def setupUi(self, FeeRulesDialog):
        if not FeeRulesDialog.objectName():
            FeeRulesDialog.setObjectName(u"FeeRulesDialog")
        FeeRulesDialog.resize(620, 480)
        FeeRulesDialog.setStyleSheet(u"QLabel#errorLabel { color: #b00020; }\n"
"QLabel#findingsLabel { color: #9c5700; }\n"
"QLabel#nurseryLabel { font-weight: bold; }")
        self.dialogLayout = QVBoxLayout(FeeRulesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.versionsLabel = QLabel(FeeRulesDialog)
        self.versionsLabel.setObjectName(u"versionsLabel")
        self.versionsLabel.setText(u"")
        self.versionsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.versionsLabel)

        self.rulesForm = QFormLayout()
        self.rulesForm.setObjectName(u"rulesForm")
        self.effectiveLabel = QLabel(FeeRulesDialog)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveDateEdit = QDateEdit(FeeRulesDialog)
        self.effectiveDateEdit.setObjectName(u"effectiveDateEdit")
        self.effectiveDateEdit.setCalendarPopup(True)
        self.effectiveDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.effectiveDateEdit)

        self.healthPhoneLabel = QLabel(FeeRulesDialog)
        self.healthPhoneLabel.setObjectName(u"healthPhoneLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.healthPhoneLabel)

        self.healthPhoneEdit = QLineEdit(FeeRulesDialog)
        self.healthPhoneEdit.setObjectName(u"healthPhoneEdit")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.healthPhoneEdit)

        self.pricePhoneLabel = QLabel(FeeRulesDialog)
        self.pricePhoneLabel.setObjectName(u"pricePhoneLabel")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pricePhoneLabel)

        self.pricePhoneEdit = QLineEdit(FeeRulesDialog)
        self.pricePhoneEdit.setObjectName(u"pricePhoneEdit")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pricePhoneEdit)

        self.noteLabel = QLabel(FeeRulesDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(FeeRulesDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.rulesForm)

        self.capsGrid = QGridLayout()
        self.capsGrid.setObjectName(u"capsGrid")
        self.capsHeader = QLabel(FeeRulesDialog)
        self.capsHeader.setObjectName(u"capsHeader")

        self.capsGrid.addWidget(self.capsHeader, 0, 0, 1, 3)

        self.fullDayLabel = QLabel(FeeRulesDialog)
        self.fullDayLabel.setObjectName(u"fullDayLabel")

        self.capsGrid.addWidget(self.fullDayLabel, 1, 0, 1, 1)

        self.fullDayCapEdit = QLineEdit(FeeRulesDialog)
        self.fullDayCapEdit.setObjectName(u"fullDayCapEdit")

        self.capsGrid.addWidget(self.fullDayCapEdit, 1, 1, 1, 1)

        self.fullDayUnitCombo = QComboBox(FeeRulesDialog)
        self.fullDayUnitCombo.setObjectName(u"fullDayUnitCombo")

        self.capsGrid.addWidget(self.fullDayUnitCombo, 1, 2, 1, 1)

        self.halfDayLabel = QLabel(FeeRulesDialog)
        self.halfDayLabel.setObjectName(u"halfDayLabel")

        self.capsGrid.addWidget(self.halfDayLabel, 2, 0, 1, 1)

        self.halfDayCapEdit = QLineEdit(FeeRulesDialog)
        self.halfDayCapEdit.setObjectName(u"halfDayCapEdit")

        self.capsGrid.addWidget(self.halfDayCapEdit, 2, 1, 1, 1)

        self.halfDayUnitCombo = QComboBox(FeeRulesDialog)
        self.halfDayUnitCombo.setObjectName(u"halfDayUnitCombo")

        self.capsGrid.addWidget(self.halfDayUnitCombo, 2, 2, 1, 1)

        self.hourlyLabel = QLabel(FeeRulesDialog)
        self.hourlyLabel.setObjectName(u"hourlyLabel")

        self.capsGrid.addWidget(self.hourlyLabel, 3, 0, 1, 1)

        self.hourlyCapEdit = QLineEdit(FeeRulesDialog)
        self.hourlyCapEdit.setObjectName(u"hourlyCapEdit")

        self.capsGrid.addWidget(self.hourlyCapEdit, 3, 1, 1, 1)

        self.hourlyUnitCombo = QComboBox(FeeRulesDialog)
        self.hourlyUnitCombo.setObjectName(u"hourlyUnitCombo")

        self.capsGrid.addWidget(self.hourlyUnitCombo, 3, 2, 1, 1)

        self.temporaryLabel = QLabel(FeeRulesDialog)
        self.temporaryLabel.setObjectName(u"temporaryLabel")

        self.capsGrid.addWidget(self.temporaryLabel, 4, 0, 1, 1)

        self.temporaryCapEdit = QLineEdit(FeeRulesDialog)
        self.temporaryCapEdit.setObjectName(u"temporaryCapEdit")

        self.capsGrid.addWidget(self.temporaryCapEdit, 4, 1, 1, 1)

        self.temporaryUnitCombo = QComboBox(FeeRulesDialog)
        self.temporaryUnitCombo.setObjectName(u"temporaryUnitCombo")

        self.capsGrid.addWidget(self.temporaryUnitCombo, 4, 2, 1, 1)


        self.dialogLayout.addLayout(self.capsGrid)

        self.includeMealsCheck = QCheckBox(FeeRulesDialog)
        self.includeMealsCheck.setObjectName(u"includeMealsCheck")

        self.dialogLayout.addWidget(self.includeMealsCheck)

        self.frequencyRow = QHBoxLayout()
        self.frequencyRow.setObjectName(u"frequencyRow")
        self.frequencyCheck = QCheckBox(FeeRulesDialog)
        self.frequencyCheck.setObjectName(u"frequencyCheck")

        self.frequencyRow.addWidget(self.frequencyCheck)

        self.windowSpin = QSpinBox(FeeRulesDialog)
        self.windowSpin.setObjectName(u"windowSpin")
        self.windowSpin.setMinimum(1)
        self.windowSpin.setMaximum(120)
        self.windowSpin.setValue(12)

        self.frequencyRow.addWidget(self.windowSpin)

        self.maxChangesSpin = QSpinBox(FeeRulesDialog)
        self.maxChangesSpin.setObjectName(u"maxChangesSpin")
        self.maxChangesSpin.setMinimum(0)
        self.maxChangesSpin.setMaximum(99)
        self.maxChangesSpin.setValue(1)

        self.frequencyRow.addWidget(self.maxChangesSpin)

        self.frequencySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.frequencyRow.addItem(self.frequencySpacer)


        self.dialogLayout.addLayout(self.frequencyRow)

        self.hintLabel = QLabel(FeeRulesDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(FeeRulesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FeeRulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(FeeRulesDialog)

        QMetaObject.connectSlotsByName(FeeRulesDialog)
    # setupUi

    def retranslateUi(self, FeeRulesDialog):
        FeeRulesDialog.setWindowTitle(QCoreApplication.translate("FeeRulesDialog", u"\u6536\u8d39\u6307\u5bfc\u4ef7\u53c2\u6570", None))
        self.effectiveLabel.setText(QCoreApplication.translate("FeeRulesDialog", u"\u6267\u884c\u65e5\u671f", None))
        self.healthPhoneLabel.setText(QCoreApplication.translate("FeeRulesDialog", u"\u536b\u751f\u5065\u5eb7\u6295\u8bc9\u7535\u8bdd", None))
        self.healthPhoneEdit.setPlaceholderText(QCoreApplication.translate("FeeRulesDialog", u"\u7559\u7a7a\u5219\u7528\u536b\u751f\u5065\u5eb7\u90e8\u95e8\u7684\u8054\u7cfb\u7535\u8bdd", None))
        self.pricePhoneLabel.setText(QCoreApplication.translate("FeeRulesDialog", u"\u4ef7\u683c\u76d1\u7763\u6295\u8bc9\u7535\u8bdd", None))
        self.pricePhoneEdit.setPlaceholderText(QCoreApplication.translate("FeeRulesDialog", u"\u7559\u7a7a\u5219\u7528\u5e02\u573a\u76d1\u7ba1\u90e8\u95e8\u7684\u8054\u7cfb\u7535\u8bdd\u6216 12315", None))
        self.noteLabel.setText(QCoreApplication.translate("FeeRulesDialog", u"\u4f9d\u636e\u6587\u4ef6", None))
        self.capsHeader.setText(QCoreApplication.translate("FeeRulesDialog", u"\u5404\u670d\u52a1\u7c7b\u578b\u4fdd\u80b2\u8d39\u6307\u5bfc\u4ef7\uff08\u4e0a\u9650\uff09", None))
        self.fullDayLabel.setText(QCoreApplication.translate("FeeRulesDialog", u"\u5168\u65e5\u6258", None))
        self.fullDayCapEdit.setPlaceholderText(QCoreApplication.translate("FeeRulesDialog", u"\u4e0d\u8bbe\u4e0a\u9650\u5219\u7559\u7a7a", None))
        self.halfDayLabel.setText(QCoreApplication.translate("FeeRulesDialog", u"\u534a\u65e5\u6258", None))
        self.halfDayCapEdit.setPlaceholderText(QCoreApplication.translate("FeeRulesDialog", u"\u4e0d\u8bbe\u4e0a\u9650\u5219\u7559\u7a7a", None))
        self.hourlyLabel.setText(QCoreApplication.translate("FeeRulesDialog", u"\u8ba1\u65f6\u6258", None))
        self.hourlyCapEdit.setPlaceholderText(QCoreApplication.translate("FeeRulesDialog", u"\u4e0d\u8bbe\u4e0a\u9650\u5219\u7559\u7a7a", None))
        self.temporaryLabel.setText(QCoreApplication.translate("FeeRulesDialog", u"\u4e34\u65f6\u6258", None))
        self.temporaryCapEdit.setPlaceholderText(QCoreApplication.translate("FeeRulesDialog", u"\u4e0d\u8bbe\u4e0a\u9650\u5219\u7559\u7a7a", None))
        self.includeMealsCheck.setText(QCoreApplication.translate("FeeRulesDialog", u"\u6307\u5bfc\u4ef7\u5305\u542b\u4f19\u98df\u8d39\uff08\u4fdd\u80b2\u8d39\u4e0e\u4f19\u98df\u8d39\u5408\u5e76\u6bd4\u8f83\uff09", None))
        self.frequencyCheck.setText(QCoreApplication.translate("FeeRulesDialog", u"\u9650\u5236\u8c03\u4ef7\u9891\u6b21\uff1a", None))
        self.windowSpin.setSuffix(QCoreApplication.translate("FeeRulesDialog", u" \u4e2a\u6708\u5185", None))
        self.maxChangesSpin.setPrefix(QCoreApplication.translate("FeeRulesDialog", u"\u6700\u591a\u8c03\u6574 ", None))
        self.maxChangesSpin.setSuffix(QCoreApplication.translate("FeeRulesDialog", u" \u6b21", None))
        self.hintLabel.setText(QCoreApplication.translate("FeeRulesDialog", u"\u4fdd\u5b58\u540e\u81ea\u6267\u884c\u65e5\u671f\u8d77\u751f\u6548\uff0c\u6b64\u524d\u7684\u53c2\u6570\u7248\u672c\u4fdd\u7559\uff1b\u5df2\u751f\u6548\u7684\u7248\u672c\u4e0d\u80fd\u4fee\u6539\u3002\u6307\u5bfc\u4ef7\u53ea\u7528\u4e8e\u63d0\u793a\uff0c\u4e0d\u5f71\u54cd\u767b\u8bb0\u3002", None))
    # retranslateUi

