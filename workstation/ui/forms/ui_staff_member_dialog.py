# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_member_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDateEdit, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout)

class Ui_StaffMemberDialog(object):
    def setupUi(self, StaffMemberDialog):
        if not StaffMemberDialog.objectName():
            StaffMemberDialog.setObjectName(u"StaffMemberDialog")
        StaffMemberDialog.resize(600, 760)
        StaffMemberDialog.setStyleSheet(u"QLabel#errorLabel { color: #b00020; }\n"
"QLabel#warningLabel { color: #9c5700; }")
        self.dialogLayout = QVBoxLayout(StaffMemberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.memberForm = QFormLayout()
        self.memberForm.setObjectName(u"memberForm")
        self.nameLabel = QLabel(StaffMemberDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.memberForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(StaffMemberDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.memberForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idTypeLabel = QLabel(StaffMemberDialog)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.memberForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idTypeLabel)

        self.idTypeCombo = QComboBox(StaffMemberDialog)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.memberForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idTypeCombo)

        self.idNoLabel = QLabel(StaffMemberDialog)
        self.idNoLabel.setObjectName(u"idNoLabel")

        self.memberForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idNoLabel)

        self.idNoEdit = QLineEdit(StaffMemberDialog)
        self.idNoEdit.setObjectName(u"idNoEdit")

        self.memberForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idNoEdit)

        self.roleLabel = QLabel(StaffMemberDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.memberForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(StaffMemberDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.memberForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.employmentLabel = QLabel(StaffMemberDialog)
        self.employmentLabel.setObjectName(u"employmentLabel")

        self.memberForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.employmentLabel)

        self.employmentCombo = QComboBox(StaffMemberDialog)
        self.employmentCombo.setObjectName(u"employmentCombo")

        self.memberForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.employmentCombo)

        self.hiredLabel = QLabel(StaffMemberDialog)
        self.hiredLabel.setObjectName(u"hiredLabel")

        self.memberForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hiredLabel)

        self.hiredEdit = QDateEdit(StaffMemberDialog)
        self.hiredEdit.setObjectName(u"hiredEdit")
        self.hiredEdit.setCalendarPopup(True)
        self.hiredEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.memberForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hiredEdit)

        self.phoneLabel = QLabel(StaffMemberDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.memberForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(StaffMemberDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.memberForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.noteLabel = QLabel(StaffMemberDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.memberForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(StaffMemberDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.memberForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.memberForm)

        self.credentialsLabel = QLabel(StaffMemberDialog)
        self.credentialsLabel.setObjectName(u"credentialsLabel")
        self.credentialsLabel.setWordWrap(True)
        self.credentialsLabel.setText(u"")

        self.dialogLayout.addWidget(self.credentialsLabel)

        self.credentialGroup = QGroupBox(StaffMemberDialog)
        self.credentialGroup.setObjectName(u"credentialGroup")
        self.credentialGroup.setCheckable(True)
        self.credentialGroup.setChecked(False)
        self.credentialForm = QFormLayout(self.credentialGroup)
        self.credentialForm.setObjectName(u"credentialForm")
        self.kindLabel = QLabel(self.credentialGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.credentialForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.credentialGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.credentialForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.numberLabel = QLabel(self.credentialGroup)
        self.numberLabel.setObjectName(u"numberLabel")

        self.credentialForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.credentialGroup)
        self.numberEdit.setObjectName(u"numberEdit")

        self.credentialForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.issuerLabel = QLabel(self.credentialGroup)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.credentialForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(self.credentialGroup)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.credentialForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.issuedLabel = QLabel(self.credentialGroup)
        self.issuedLabel.setObjectName(u"issuedLabel")

        self.credentialForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuedLabel)

        self.issuedEdit = QDateEdit(self.credentialGroup)
        self.issuedEdit.setObjectName(u"issuedEdit")
        self.issuedEdit.setCalendarPopup(True)
        self.issuedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.credentialForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuedEdit)

        self.expiresCheck = QCheckBox(self.credentialGroup)
        self.expiresCheck.setObjectName(u"expiresCheck")

        self.credentialForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.expiresCheck)

        self.validUntilEdit = QDateEdit(self.credentialGroup)
        self.validUntilEdit.setObjectName(u"validUntilEdit")
        self.validUntilEdit.setCalendarPopup(True)
        self.validUntilEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.credentialForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.validUntilEdit)

        self.scanLabel = QLabel(self.credentialGroup)
        self.scanLabel.setObjectName(u"scanLabel")

        self.credentialForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanRow = QHBoxLayout()
        self.scanRow.setObjectName(u"scanRow")
        self.scanEdit = QLineEdit(self.credentialGroup)
        self.scanEdit.setObjectName(u"scanEdit")

        self.scanRow.addWidget(self.scanEdit)

        self.browseButton = QPushButton(self.credentialGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.scanRow.addWidget(self.browseButton)


        self.credentialForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.scanRow)


        self.dialogLayout.addWidget(self.credentialGroup)

        self.healthGroup = QGroupBox(StaffMemberDialog)
        self.healthGroup.setObjectName(u"healthGroup")
        self.healthGroup.setCheckable(True)
        self.healthGroup.setChecked(False)
        self.healthForm = QFormLayout(self.healthGroup)
        self.healthForm.setObjectName(u"healthForm")
        self.healthDateLabel = QLabel(self.healthGroup)
        self.healthDateLabel.setObjectName(u"healthDateLabel")

        self.healthForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.healthDateLabel)

        self.healthDateEdit = QDateEdit(self.healthGroup)
        self.healthDateEdit.setObjectName(u"healthDateEdit")
        self.healthDateEdit.setCalendarPopup(True)
        self.healthDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.healthForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.healthDateEdit)

        self.healthResultLabel = QLabel(self.healthGroup)
        self.healthResultLabel.setObjectName(u"healthResultLabel")

        self.healthForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.healthResultLabel)

        self.healthResultCombo = QComboBox(self.healthGroup)
        self.healthResultCombo.setObjectName(u"healthResultCombo")

        self.healthForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.healthResultCombo)

        self.healthNoLabel = QLabel(self.healthGroup)
        self.healthNoLabel.setObjectName(u"healthNoLabel")

        self.healthForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.healthNoLabel)

        self.healthNoEdit = QLineEdit(self.healthGroup)
        self.healthNoEdit.setObjectName(u"healthNoEdit")

        self.healthForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.healthNoEdit)


        self.dialogLayout.addWidget(self.healthGroup)

        self.backgroundGroup = QGroupBox(StaffMemberDialog)
        self.backgroundGroup.setObjectName(u"backgroundGroup")
        self.backgroundGroup.setCheckable(True)
        self.backgroundGroup.setChecked(False)
        self.backgroundForm = QFormLayout(self.backgroundGroup)
        self.backgroundForm.setObjectName(u"backgroundForm")
        self.backgroundDateLabel = QLabel(self.backgroundGroup)
        self.backgroundDateLabel.setObjectName(u"backgroundDateLabel")

        self.backgroundForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backgroundDateLabel)

        self.backgroundDateEdit = QDateEdit(self.backgroundGroup)
        self.backgroundDateEdit.setObjectName(u"backgroundDateEdit")
        self.backgroundDateEdit.setCalendarPopup(True)
        self.backgroundDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.backgroundForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.backgroundDateEdit)

        self.backgroundResultLabel = QLabel(self.backgroundGroup)
        self.backgroundResultLabel.setObjectName(u"backgroundResultLabel")

        self.backgroundForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backgroundResultLabel)

        self.backgroundResultCombo = QComboBox(self.backgroundGroup)
        self.backgroundResultCombo.setObjectName(u"backgroundResultCombo")

        self.backgroundForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backgroundResultCombo)

        self.authorityLabel = QLabel(self.backgroundGroup)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.backgroundForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(self.backgroundGroup)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.backgroundForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.checkedByLabel = QLabel(self.backgroundGroup)
        self.checkedByLabel.setObjectName(u"checkedByLabel")

        self.backgroundForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.checkedByLabel)

        self.checkedByEdit = QLineEdit(self.backgroundGroup)
        self.checkedByEdit.setObjectName(u"checkedByEdit")

        self.backgroundForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.checkedByEdit)


        self.dialogLayout.addWidget(self.backgroundGroup)

        self.warningLabel = QLabel(StaffMemberDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(StaffMemberDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StaffMemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idNoLabel.setBuddy(self.idNoEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.hiredLabel.setBuddy(self.hiredEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffMemberDialog)

        QMetaObject.connectSlotsByName(StaffMemberDialog)
    # setupUi

    def retranslateUi(self, StaffMemberDialog):
        StaffMemberDialog.setWindowTitle(QCoreApplication.translate("StaffMemberDialog", u"\u4eba\u5458\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u59d3\u540d(&M)", None))
        self.idTypeLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u8bc1\u4ef6\u7c7b\u578b", None))
        self.idNoLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u8bc1\u4ef6\u53f7\u7801(&I)", None))
        self.roleLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u5c97\u4f4d(&R)", None))
        self.employmentLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u7528\u5de5\u65b9\u5f0f", None))
        self.hiredLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u5165\u804c\u65e5\u671f(&H)", None))
        self.phoneLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.noteLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u5907\u6ce8", None))
        self.credentialGroup.setTitle(QCoreApplication.translate("StaffMemberDialog", u"\u65b0\u589e\u8d44\u683c\u8bc1\u4e66(&G)", None))
        self.kindLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u8bc1\u4e66\u7c7b\u522b", None))
        self.numberLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u8bc1\u4e66\u7f16\u53f7", None))
        self.issuerLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u53d1\u8bc1\u673a\u5173", None))
        self.issuedLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u53d1\u8bc1\u65e5\u671f", None))
        self.expiresCheck.setText(QCoreApplication.translate("StaffMemberDialog", u"\u6709\u6548\u671f\u81f3", None))
        self.scanLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u626b\u63cf\u4ef6", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("StaffMemberDialog", u"PDF\u3001JPG \u6216 PNG\uff08\u53ef\u4e0d\u9644\uff09", None))
        self.browseButton.setText(QCoreApplication.translate("StaffMemberDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.healthGroup.setTitle(QCoreApplication.translate("StaffMemberDialog", u"\u65b0\u589e\u5065\u5eb7\u68c0\u67e5(&J)", None))
        self.healthDateLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u4f53\u68c0\u65e5\u671f", None))
        self.healthResultLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u7ed3\u8bba", None))
        self.healthNoLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u5065\u5eb7\u5408\u683c\u8bc1\u7f16\u53f7", None))
        self.backgroundGroup.setTitle(QCoreApplication.translate("StaffMemberDialog", u"\u65b0\u589e\u8fdd\u6cd5\u72af\u7f6a\u8bb0\u5f55\u67e5\u8be2(&B)", None))
        self.backgroundDateLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u67e5\u8be2\u65e5\u671f", None))
        self.backgroundResultLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u67e5\u8be2\u7ed3\u679c", None))
        self.authorityLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u67e5\u8be2\u673a\u5173", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("StaffMemberDialog", u"\u5982\uff1a\u6768\u5bb6\u576a\u6d3e\u51fa\u6240", None))
        self.checkedByLabel.setText(QCoreApplication.translate("StaffMemberDialog", u"\u7ecf\u529e\u4eba", None))
    # retranslateUi

