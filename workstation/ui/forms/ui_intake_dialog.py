# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QDateEdit, QDoubleSpinBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from workstation.ui.registry.findings_panel import FindingsPanel

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(900, 720)
        IntakeDialog.setStyleSheet(u"QLineEdit[finding=\"error\"], QPlainTextEdit[finding=\"error\"], QTableView[finding=\"error\"] { border: 1px solid #c62828; background-color: #fdecea; }\n"
"QAbstractSpinBox[finding=\"error\"] { background-color: #fdecea; }\n"
"QComboBox[finding=\"error\"] { border: 1px solid #c62828; border-radius: 3px; padding: 2px 18px 2px 4px; background-color: #fdecea; }\n"
"QCheckBox[finding=\"error\"], QLabel[hint=\"error\"] { color: #c62828; }\n"
"QLineEdit[finding=\"warning\"], QPlainTextEdit[finding=\"warning\"], QTableView[finding=\"warning\"] { border: 1px solid #d08c00; background-color: #fff5df; }\n"
"QAbstractSpinBox[finding=\"warning\"] { background-color: #fff5df; }\n"
"QComboBox[finding=\"warning\"] { border: 1px solid #d08c00; border-radius: 3px; padding: 2px 18px 2px 4px; background-color: #fff5df; }\n"
"QCheckBox[finding=\"warning\"], QLabel[hint=\"warning\"] { color: #8a5a00; }")
        self.dialogLayout = QVBoxLayout(IntakeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.conflictFrame = QFrame(IntakeDialog)
        self.conflictFrame.setObjectName(u"conflictFrame")
        self.conflictFrame.setStyleSheet(u"QFrame#conflictFrame { background: #fdecea; border: 1px solid #c62828; }")
        self.conflictLayout = QHBoxLayout(self.conflictFrame)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLabel = QLabel(self.conflictFrame)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictLabel)

        self.reloadButton = QPushButton(self.conflictFrame)
        self.reloadButton.setObjectName(u"reloadButton")
        self.reloadButton.setAutoDefault(False)

        self.conflictLayout.addWidget(self.reloadButton)


        self.dialogLayout.addWidget(self.conflictFrame)

        self.splitter = QSplitter(IntakeDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicForm = QFormLayout(self.basicTab)
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.basicForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.basicTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.aliasLabel = QLabel(self.basicTab)
        self.aliasLabel.setObjectName(u"aliasLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aliasLabel)

        self.aliasEdit = QLineEdit(self.basicTab)
        self.aliasEdit.setObjectName(u"aliasEdit")
        self.aliasEdit.setMaxLength(200)

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aliasEdit)

        self.legalNatureLabel = QLabel(self.basicTab)
        self.legalNatureLabel.setObjectName(u"legalNatureLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legalNatureLabel)

        self.legalNatureCombo = QComboBox(self.basicTab)
        self.legalNatureCombo.setObjectName(u"legalNatureCombo")
        self.legalNatureCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legalNatureCombo)

        self.kindLabel = QLabel(self.basicTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.basicTab)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.sponsorLabel = QLabel(self.basicTab)
        self.sponsorLabel.setObjectName(u"sponsorLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sponsorLabel)

        self.sponsorEdit = QLineEdit(self.basicTab)
        self.sponsorEdit.setObjectName(u"sponsorEdit")
        self.sponsorEdit.setMaxLength(200)

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sponsorEdit)

        self.usccLabel = QLabel(self.basicTab)
        self.usccLabel.setObjectName(u"usccLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.usccLabel)

        self.usccEdit = QLineEdit(self.basicTab)
        self.usccEdit.setObjectName(u"usccEdit")
        self.usccEdit.setMaxLength(30)

        self.basicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.usccEdit)

        self.streetLabel = QLabel(self.basicTab)
        self.streetLabel.setObjectName(u"streetLabel")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetCombo = QComboBox(self.basicTab)
        self.streetCombo.setObjectName(u"streetCombo")
        self.streetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.basicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.streetCombo)

        self.addressLabel = QLabel(self.basicTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.basicTab)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.basicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.basicTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.basicTab)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.basicForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.tabs.addTab(self.basicTab, "")
        self.registrationTab = QWidget()
        self.registrationTab.setObjectName(u"registrationTab")
        self.registrationLayout = QVBoxLayout(self.registrationTab)
        self.registrationLayout.setObjectName(u"registrationLayout")
        self.routeLabel = QLabel(self.registrationTab)
        self.routeLabel.setObjectName(u"routeLabel")
        self.routeLabel.setWordWrap(True)
        self.routeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.routeLabel.setStyleSheet(u"QLabel { background: #eef4fb; border: 1px solid #b7cde6; padding: 6px; }")

        self.registrationLayout.addWidget(self.routeLabel)

        self.registrationForm = QFormLayout()
        self.registrationForm.setObjectName(u"registrationForm")
        self.registrationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.registrationForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.organLabel = QLabel(self.registrationTab)
        self.organLabel.setObjectName(u"organLabel")

        self.registrationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organLabel)

        self.organCombo = QComboBox(self.registrationTab)
        self.organCombo.setObjectName(u"organCombo")
        self.organCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.registrationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organCombo)

        self.certificateLabel = QLabel(self.registrationTab)
        self.certificateLabel.setObjectName(u"certificateLabel")

        self.registrationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.certificateLabel)

        self.registeredCheck = QCheckBox(self.registrationTab)
        self.registeredCheck.setObjectName(u"registeredCheck")

        self.registrationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.registeredCheck)

        self.registeredAtLabel = QLabel(self.registrationTab)
        self.registeredAtLabel.setObjectName(u"registeredAtLabel")

        self.registrationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.registeredAtLabel)

        self.registeredAtEdit = QDateEdit(self.registrationTab)
        self.registeredAtEdit.setObjectName(u"registeredAtEdit")
        self.registeredAtEdit.setCalendarPopup(True)
        self.registeredAtEdit.setMinimumSize(QSize(120, 0))

        self.registrationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.registeredAtEdit)

        self.foundedAtLabel = QLabel(self.registrationTab)
        self.foundedAtLabel.setObjectName(u"foundedAtLabel")

        self.registrationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.foundedAtLabel)

        self.foundedLayout = QHBoxLayout()
        self.foundedLayout.setObjectName(u"foundedLayout")
        self.foundedCheck = QCheckBox(self.registrationTab)
        self.foundedCheck.setObjectName(u"foundedCheck")

        self.foundedLayout.addWidget(self.foundedCheck)

        self.foundedAtEdit = QDateEdit(self.registrationTab)
        self.foundedAtEdit.setObjectName(u"foundedAtEdit")
        self.foundedAtEdit.setCalendarPopup(True)
        self.foundedAtEdit.setMinimumSize(QSize(120, 0))

        self.foundedLayout.addWidget(self.foundedAtEdit)

        self.foundedLayoutSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.foundedLayout.addItem(self.foundedLayoutSpacer)


        self.registrationForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.foundedLayout)

        self.businessScopeLabel = QLabel(self.registrationTab)
        self.businessScopeLabel.setObjectName(u"businessScopeLabel")

        self.registrationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.businessScopeLabel)

        self.businessScopeEdit = QPlainTextEdit(self.registrationTab)
        self.businessScopeEdit.setObjectName(u"businessScopeEdit")
        self.businessScopeEdit.setMaximumSize(QSize(16777215, 90))
        self.businessScopeEdit.setTabChangesFocus(True)

        self.registrationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.businessScopeEdit)

        self.notesLabel = QLabel(self.registrationTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.registrationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.registrationTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.registrationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.registrationLayout.addLayout(self.registrationForm)

        self.registrationSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.registrationLayout.addItem(self.registrationSpacer)

        self.tabs.addTab(self.registrationTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.legalRepGroup = QGroupBox(self.peopleTab)
        self.legalRepGroup.setObjectName(u"legalRepGroup")
        self.legalRepForm = QFormLayout(self.legalRepGroup)
        self.legalRepForm.setObjectName(u"legalRepForm")
        self.legalRepForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.legalRepForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.legalRepNameLabel = QLabel(self.legalRepGroup)
        self.legalRepNameLabel.setObjectName(u"legalRepNameLabel")

        self.legalRepForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legalRepNameLabel)

        self.legalRepNameEdit = QLineEdit(self.legalRepGroup)
        self.legalRepNameEdit.setObjectName(u"legalRepNameEdit")
        self.legalRepNameEdit.setMaxLength(50)

        self.legalRepForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legalRepNameEdit)

        self.legalRepIdTypeLabel = QLabel(self.legalRepGroup)
        self.legalRepIdTypeLabel.setObjectName(u"legalRepIdTypeLabel")

        self.legalRepForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legalRepIdTypeLabel)

        self.legalRepIdTypeCombo = QComboBox(self.legalRepGroup)
        self.legalRepIdTypeCombo.setObjectName(u"legalRepIdTypeCombo")
        self.legalRepIdTypeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.legalRepForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legalRepIdTypeCombo)

        self.legalRepIdNoLabel = QLabel(self.legalRepGroup)
        self.legalRepIdNoLabel.setObjectName(u"legalRepIdNoLabel")

        self.legalRepForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legalRepIdNoLabel)

        self.legalRepIdNoEdit = QLineEdit(self.legalRepGroup)
        self.legalRepIdNoEdit.setObjectName(u"legalRepIdNoEdit")
        self.legalRepIdNoEdit.setMaxLength(40)

        self.legalRepForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legalRepIdNoEdit)

        self.legalRepPhoneLabel = QLabel(self.legalRepGroup)
        self.legalRepPhoneLabel.setObjectName(u"legalRepPhoneLabel")

        self.legalRepForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.legalRepPhoneLabel)

        self.legalRepPhoneEdit = QLineEdit(self.legalRepGroup)
        self.legalRepPhoneEdit.setObjectName(u"legalRepPhoneEdit")
        self.legalRepPhoneEdit.setMaxLength(30)

        self.legalRepForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.legalRepPhoneEdit)


        self.peopleLayout.addWidget(self.legalRepGroup)

        self.directorGroup = QGroupBox(self.peopleTab)
        self.directorGroup.setObjectName(u"directorGroup")
        self.directorForm = QFormLayout(self.directorGroup)
        self.directorForm.setObjectName(u"directorForm")
        self.directorForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.directorForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.directorNameLabel = QLabel(self.directorGroup)
        self.directorNameLabel.setObjectName(u"directorNameLabel")

        self.directorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.directorNameLabel)

        self.directorNameEdit = QLineEdit(self.directorGroup)
        self.directorNameEdit.setObjectName(u"directorNameEdit")
        self.directorNameEdit.setMaxLength(50)

        self.directorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.directorNameEdit)

        self.directorPhoneLabel = QLabel(self.directorGroup)
        self.directorPhoneLabel.setObjectName(u"directorPhoneLabel")

        self.directorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.directorPhoneLabel)

        self.directorPhoneEdit = QLineEdit(self.directorGroup)
        self.directorPhoneEdit.setObjectName(u"directorPhoneEdit")
        self.directorPhoneEdit.setMaxLength(30)

        self.directorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.directorPhoneEdit)


        self.peopleLayout.addWidget(self.directorGroup)

        self.peopleSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.peopleLayout.addItem(self.peopleSpacer)

        self.tabs.addTab(self.peopleTab, "")
        self.premisesTab = QWidget()
        self.premisesTab.setObjectName(u"premisesTab")
        self.premisesOuterLayout = QVBoxLayout(self.premisesTab)
        self.premisesOuterLayout.setObjectName(u"premisesOuterLayout")
        self.premisesLayout = QHBoxLayout()
        self.premisesLayout.setObjectName(u"premisesLayout")
        self.premisesGroup = QGroupBox(self.premisesTab)
        self.premisesGroup.setObjectName(u"premisesGroup")
        self.premisesForm = QFormLayout(self.premisesGroup)
        self.premisesForm.setObjectName(u"premisesForm")
        self.premisesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.premisesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.premisesTypeLabel = QLabel(self.premisesGroup)
        self.premisesTypeLabel.setObjectName(u"premisesTypeLabel")

        self.premisesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.premisesTypeLabel)

        self.premisesTypeCombo = QComboBox(self.premisesGroup)
        self.premisesTypeCombo.setObjectName(u"premisesTypeCombo")
        self.premisesTypeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.premisesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.premisesTypeCombo)

        self.leaseEndLabel = QLabel(self.premisesGroup)
        self.leaseEndLabel.setObjectName(u"leaseEndLabel")

        self.premisesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leaseEndLabel)

        self.leaseEndLayout = QHBoxLayout()
        self.leaseEndLayout.setObjectName(u"leaseEndLayout")
        self.leaseEndCheck = QCheckBox(self.premisesGroup)
        self.leaseEndCheck.setObjectName(u"leaseEndCheck")

        self.leaseEndLayout.addWidget(self.leaseEndCheck)

        self.leaseEndEdit = QDateEdit(self.premisesGroup)
        self.leaseEndEdit.setObjectName(u"leaseEndEdit")
        self.leaseEndEdit.setCalendarPopup(True)
        self.leaseEndEdit.setMinimumSize(QSize(120, 0))

        self.leaseEndLayout.addWidget(self.leaseEndEdit)

        self.leaseEndLayoutSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leaseEndLayout.addItem(self.leaseEndLayoutSpacer)


        self.premisesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.leaseEndLayout)

        self.buildingLabel = QLabel(self.premisesGroup)
        self.buildingLabel.setObjectName(u"buildingLabel")

        self.premisesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.buildingLabel)

        self.buildingSpin = QDoubleSpinBox(self.premisesGroup)
        self.buildingSpin.setObjectName(u"buildingSpin")
        self.buildingSpin.setMinimumSize(QSize(130, 0))
        self.buildingSpin.setDecimals(1)
        self.buildingSpin.setMaximum(999999.000000000000000)

        self.premisesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.buildingSpin)

        self.livingRoomLabel = QLabel(self.premisesGroup)
        self.livingRoomLabel.setObjectName(u"livingRoomLabel")

        self.premisesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.livingRoomLabel)

        self.livingRoomSpin = QDoubleSpinBox(self.premisesGroup)
        self.livingRoomSpin.setObjectName(u"livingRoomSpin")
        self.livingRoomSpin.setMinimumSize(QSize(130, 0))
        self.livingRoomSpin.setDecimals(1)
        self.livingRoomSpin.setMaximum(999999.000000000000000)

        self.premisesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.livingRoomSpin)

        self.floorsLabel = QLabel(self.premisesGroup)
        self.floorsLabel.setObjectName(u"floorsLabel")

        self.premisesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.floorsLabel)

        self.floorsEdit = QLineEdit(self.premisesGroup)
        self.floorsEdit.setObjectName(u"floorsEdit")
        self.floorsEdit.setMaxLength(50)

        self.premisesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.floorsEdit)

        self.outdoorLabel = QLabel(self.premisesGroup)
        self.outdoorLabel.setObjectName(u"outdoorLabel")

        self.premisesForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.outdoorLabel)

        self.outdoorSpin = QDoubleSpinBox(self.premisesGroup)
        self.outdoorSpin.setObjectName(u"outdoorSpin")
        self.outdoorSpin.setMinimumSize(QSize(130, 0))
        self.outdoorSpin.setDecimals(1)
        self.outdoorSpin.setMaximum(999999.000000000000000)

        self.premisesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outdoorSpin)


        self.premisesLayout.addWidget(self.premisesGroup)

        self.placesGroup = QGroupBox(self.premisesTab)
        self.placesGroup.setObjectName(u"placesGroup")
        self.placesForm = QFormLayout(self.placesGroup)
        self.placesForm.setObjectName(u"placesForm")
        self.placesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.placesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.placesTotalLabel = QLabel(self.placesGroup)
        self.placesTotalLabel.setObjectName(u"placesTotalLabel")

        self.placesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placesTotalLabel)

        self.placesTotalSpin = QSpinBox(self.placesGroup)
        self.placesTotalSpin.setObjectName(u"placesTotalSpin")
        self.placesTotalSpin.setMinimumSize(QSize(110, 0))
        self.placesTotalSpin.setMaximum(9999)

        self.placesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placesTotalSpin)

        self.placesInclusiveLabel = QLabel(self.placesGroup)
        self.placesInclusiveLabel.setObjectName(u"placesInclusiveLabel")

        self.placesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placesInclusiveLabel)

        self.placesInclusiveSpin = QSpinBox(self.placesGroup)
        self.placesInclusiveSpin.setObjectName(u"placesInclusiveSpin")
        self.placesInclusiveSpin.setMinimumSize(QSize(110, 0))
        self.placesInclusiveSpin.setMaximum(9999)

        self.placesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placesInclusiveSpin)

        self.demonstrationLabel = QLabel(self.placesGroup)
        self.demonstrationLabel.setObjectName(u"demonstrationLabel")

        self.placesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.demonstrationLabel)

        self.demonstrationCombo = QComboBox(self.placesGroup)
        self.demonstrationCombo.setObjectName(u"demonstrationCombo")
        self.demonstrationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.placesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.demonstrationCombo)

        self.optionsLabel = QLabel(self.placesGroup)
        self.optionsLabel.setObjectName(u"optionsLabel")

        self.placesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.optionsLabel)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.mealsCheck = QCheckBox(self.placesGroup)
        self.mealsCheck.setObjectName(u"mealsCheck")

        self.optionsLayout.addWidget(self.mealsCheck)

        self.inclusiveCheck = QCheckBox(self.placesGroup)
        self.inclusiveCheck.setObjectName(u"inclusiveCheck")

        self.optionsLayout.addWidget(self.inclusiveCheck)

        self.optionsLayoutSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsLayoutSpacer)


        self.placesForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.optionsLayout)

        self.serviceTypesLabel = QLabel(self.placesGroup)
        self.serviceTypesLabel.setObjectName(u"serviceTypesLabel")

        self.placesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serviceTypesLabel)

        self.serviceTypesLayout = QGridLayout()
        self.serviceTypesLayout.setObjectName(u"serviceTypesLayout")
        self.fullDayCheck = QCheckBox(self.placesGroup)
        self.fullDayCheck.setObjectName(u"fullDayCheck")

        self.serviceTypesLayout.addWidget(self.fullDayCheck, 0, 0, 1, 1)

        self.halfDayCheck = QCheckBox(self.placesGroup)
        self.halfDayCheck.setObjectName(u"halfDayCheck")

        self.serviceTypesLayout.addWidget(self.halfDayCheck, 0, 1, 1, 1)

        self.hourlyCheck = QCheckBox(self.placesGroup)
        self.hourlyCheck.setObjectName(u"hourlyCheck")

        self.serviceTypesLayout.addWidget(self.hourlyCheck, 1, 0, 1, 1)

        self.temporaryCheck = QCheckBox(self.placesGroup)
        self.temporaryCheck.setObjectName(u"temporaryCheck")

        self.serviceTypesLayout.addWidget(self.temporaryCheck, 1, 1, 1, 1)


        self.placesForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.serviceTypesLayout)


        self.premisesLayout.addWidget(self.placesGroup)


        self.premisesOuterLayout.addLayout(self.premisesLayout)

        self.premisesSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.premisesOuterLayout.addItem(self.premisesSpacer)

        self.tabs.addTab(self.premisesTab, "")
        self.classesTab = QWidget()
        self.classesTab.setObjectName(u"classesTab")
        self.classesLayout = QVBoxLayout(self.classesTab)
        self.classesLayout.setObjectName(u"classesLayout")
        self.classesHintLabel = QLabel(self.classesTab)
        self.classesHintLabel.setObjectName(u"classesHintLabel")
        self.classesHintLabel.setWordWrap(True)

        self.classesLayout.addWidget(self.classesHintLabel)

        self.classesView = QTableView(self.classesTab)
        self.classesView.setObjectName(u"classesView")
        self.classesView.setTabKeyNavigation(False)
        self.classesView.setAlternatingRowColors(True)
        self.classesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.classesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.classesLayout.addWidget(self.classesView)

        self.classButtonsLayout = QHBoxLayout()
        self.classButtonsLayout.setObjectName(u"classButtonsLayout")
        self.addClassButton = QPushButton(self.classesTab)
        self.addClassButton.setObjectName(u"addClassButton")
        self.addClassButton.setAutoDefault(False)

        self.classButtonsLayout.addWidget(self.addClassButton)

        self.removeClassButton = QPushButton(self.classesTab)
        self.removeClassButton.setObjectName(u"removeClassButton")
        self.removeClassButton.setAutoDefault(False)

        self.classButtonsLayout.addWidget(self.removeClassButton)

        self.classButtonsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.classButtonsLayout.addItem(self.classButtonsSpacer)

        self.classesTotalLabel = QLabel(self.classesTab)
        self.classesTotalLabel.setObjectName(u"classesTotalLabel")

        self.classButtonsLayout.addWidget(self.classesTotalLabel)


        self.classesLayout.addLayout(self.classButtonsLayout)

        self.tabs.addTab(self.classesTab, "")
        self.splitter.addWidget(self.tabs)
        self.findingsGroup = QGroupBox(self.splitter)
        self.findingsGroup.setObjectName(u"findingsGroup")
        self.findingsLayout = QVBoxLayout(self.findingsGroup)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsLayout.setContentsMargins(6, 4, 6, 6)
        self.findingsPanel = FindingsPanel(self.findingsGroup)
        self.findingsPanel.setObjectName(u"findingsPanel")
        self.findingsPanel.setMinimumSize(QSize(0, 90))

        self.findingsLayout.addWidget(self.findingsPanel)

        self.splitter.addWidget(self.findingsGroup)

        self.dialogLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.keysLabel = QLabel(IntakeDialog)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setStyleSheet(u"color: palette(mid);")

        self.buttonLayout.addWidget(self.keysLabel)

        self.buttonSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(IntakeDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(IntakeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.aliasLabel.setBuddy(self.aliasEdit)
        self.legalNatureLabel.setBuddy(self.legalNatureCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.sponsorLabel.setBuddy(self.sponsorEdit)
        self.usccLabel.setBuddy(self.usccEdit)
        self.streetLabel.setBuddy(self.streetCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.organLabel.setBuddy(self.organCombo)
        self.certificateLabel.setBuddy(self.registeredCheck)
        self.registeredAtLabel.setBuddy(self.registeredAtEdit)
        self.foundedAtLabel.setBuddy(self.foundedCheck)
        self.businessScopeLabel.setBuddy(self.businessScopeEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.legalRepNameLabel.setBuddy(self.legalRepNameEdit)
        self.legalRepIdTypeLabel.setBuddy(self.legalRepIdTypeCombo)
        self.legalRepIdNoLabel.setBuddy(self.legalRepIdNoEdit)
        self.legalRepPhoneLabel.setBuddy(self.legalRepPhoneEdit)
        self.directorNameLabel.setBuddy(self.directorNameEdit)
        self.directorPhoneLabel.setBuddy(self.directorPhoneEdit)
        self.premisesTypeLabel.setBuddy(self.premisesTypeCombo)
        self.leaseEndLabel.setBuddy(self.leaseEndCheck)
        self.buildingLabel.setBuddy(self.buildingSpin)
        self.livingRoomLabel.setBuddy(self.livingRoomSpin)
        self.floorsLabel.setBuddy(self.floorsEdit)
        self.outdoorLabel.setBuddy(self.outdoorSpin)
        self.placesTotalLabel.setBuddy(self.placesTotalSpin)
        self.placesInclusiveLabel.setBuddy(self.placesInclusiveSpin)
        self.demonstrationLabel.setBuddy(self.demonstrationCombo)
        self.optionsLabel.setBuddy(self.mealsCheck)
        self.serviceTypesLabel.setBuddy(self.fullDayCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.aliasEdit)
        QWidget.setTabOrder(self.aliasEdit, self.legalNatureCombo)
        QWidget.setTabOrder(self.legalNatureCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.sponsorEdit)
        QWidget.setTabOrder(self.sponsorEdit, self.usccEdit)
        QWidget.setTabOrder(self.usccEdit, self.streetCombo)
        QWidget.setTabOrder(self.streetCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.organCombo)
        QWidget.setTabOrder(self.organCombo, self.registeredCheck)
        QWidget.setTabOrder(self.registeredCheck, self.registeredAtEdit)
        QWidget.setTabOrder(self.registeredAtEdit, self.foundedCheck)
        QWidget.setTabOrder(self.foundedCheck, self.foundedAtEdit)
        QWidget.setTabOrder(self.foundedAtEdit, self.businessScopeEdit)
        QWidget.setTabOrder(self.businessScopeEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.legalRepNameEdit)
        QWidget.setTabOrder(self.legalRepNameEdit, self.legalRepIdTypeCombo)
        QWidget.setTabOrder(self.legalRepIdTypeCombo, self.legalRepIdNoEdit)
        QWidget.setTabOrder(self.legalRepIdNoEdit, self.legalRepPhoneEdit)
        QWidget.setTabOrder(self.legalRepPhoneEdit, self.directorNameEdit)
        QWidget.setTabOrder(self.directorNameEdit, self.directorPhoneEdit)
        QWidget.setTabOrder(self.directorPhoneEdit, self.premisesTypeCombo)
        QWidget.setTabOrder(self.premisesTypeCombo, self.leaseEndCheck)
        QWidget.setTabOrder(self.leaseEndCheck, self.leaseEndEdit)
        QWidget.setTabOrder(self.leaseEndEdit, self.buildingSpin)
        QWidget.setTabOrder(self.buildingSpin, self.livingRoomSpin)
        QWidget.setTabOrder(self.livingRoomSpin, self.floorsEdit)
        QWidget.setTabOrder(self.floorsEdit, self.outdoorSpin)
        QWidget.setTabOrder(self.outdoorSpin, self.placesTotalSpin)
        QWidget.setTabOrder(self.placesTotalSpin, self.placesInclusiveSpin)
        QWidget.setTabOrder(self.placesInclusiveSpin, self.demonstrationCombo)
        QWidget.setTabOrder(self.demonstrationCombo, self.mealsCheck)
        QWidget.setTabOrder(self.mealsCheck, self.inclusiveCheck)
        QWidget.setTabOrder(self.inclusiveCheck, self.fullDayCheck)
        QWidget.setTabOrder(self.fullDayCheck, self.halfDayCheck)
        QWidget.setTabOrder(self.halfDayCheck, self.hourlyCheck)
        QWidget.setTabOrder(self.hourlyCheck, self.temporaryCheck)
        QWidget.setTabOrder(self.temporaryCheck, self.classesView)
        QWidget.setTabOrder(self.classesView, self.addClassButton)
        QWidget.setTabOrder(self.addClassButton, self.removeClassButton)
        QWidget.setTabOrder(self.removeClassButton, self.findingsPanel)
        QWidget.setTabOrder(self.findingsPanel, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(IntakeDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        IntakeDialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"\u673a\u6784\u767b\u8bb0[*]", None))
        self.reloadButton.setText(QCoreApplication.translate("IntakeDialog", u"\u91cd\u65b0\u8f7d\u5165(&Z)", None))
        self.nameLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u673a\u6784\u540d\u79f0(&N)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u4e0e\u767b\u8bb0\u8bc1\u4e66\u4e00\u81f4\u7684\u5168\u79f0", None))
        self.aliasLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u522b\u540d(&A)\uff1a", None))
        self.aliasEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u7b80\u79f0\u6216\u66fe\u7528\u540d\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.legalNatureLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u673a\u6784\u6027\u8d28(&X)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.legalNatureCombo.setToolTip(QCoreApplication.translate("IntakeDialog", u"\u51b3\u5b9a\u767b\u8bb0\u673a\u5173\u548c\u5e94\u6301\u8bc1\u7167", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u673a\u6784\u7c7b\u578b(&K)\uff1a", None))
        self.sponsorLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u4e3e\u529e\u8005(&J)\uff1a", None))
        self.sponsorEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u4e3e\u529e\u5355\u4f4d\u6216\u4e2a\u4eba", None))
        self.usccLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801(&U)\uff1a", None))
        self.usccEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"18\u4f4d\uff0c\u89c1\u767b\u8bb0\u8bc1\u4e66", None))
        self.streetLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u8857\u9053\uff08\u4e61\u9547\uff09(&Q)\uff1a", None))
        self.addressLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u5730\u5740(&D)\uff1a", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u8be6\u7ec6\u5730\u5740\uff08\u95e8\u724c\u53f7\u3001\u697c\u680b\uff09", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u8054\u7cfb\u7535\u8bdd(&H)\uff1a", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u624b\u673a\u6216\u5ea7\u673a\uff0c\u5982 023-68881234", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("IntakeDialog", u"\u57fa\u672c\u4fe1\u606f(&B)", None))
        self.routeLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u8bf7\u5148\u9009\u62e9\u673a\u6784\u6027\u8d28\u3002", None))
        self.organLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u767b\u8bb0\u673a\u5173(&O)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.organCombo.setToolTip(QCoreApplication.translate("IntakeDialog", u"\u9ed8\u8ba4\u4e3a\u6309\u673a\u6784\u6027\u8d28\u8def\u7531\u7684\u767b\u8bb0\u673a\u5173", None))
#endif // QT_CONFIG(tooltip)
        self.certificateLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u767b\u8bb0\u8bc1\u4e66\uff1a", None))
        self.registeredCheck.setText(QCoreApplication.translate("IntakeDialog", u"\u5df2\u53d6\u5f97\u767b\u8bb0\u8bc1\u4e66(&R)", None))
#if QT_CONFIG(tooltip)
        self.registeredCheck.setToolTip(QCoreApplication.translate("IntakeDialog", u"\u52fe\u9009\u540e\u586b\u5199\u767b\u8bb0\u65e5\u671f\uff1b\u8bc1\u4e66\u4e0a\u7684\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u586b\u5728\u201c\u57fa\u672c\u4fe1\u606f\u201d\u9875", None))
#endif // QT_CONFIG(tooltip)
        self.registeredAtLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u767b\u8bb0\u65e5\u671f(&E)\uff1a", None))
        self.registeredAtEdit.setDisplayFormat(QCoreApplication.translate("IntakeDialog", u"yyyy-MM-dd", None))
        self.foundedAtLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u6210\u7acb\u65e5\u671f(&F)\uff1a", None))
        self.foundedCheck.setText(QCoreApplication.translate("IntakeDialog", u"\u5df2\u586b\u5199", None))
        self.foundedAtEdit.setDisplayFormat(QCoreApplication.translate("IntakeDialog", u"yyyy-MM-dd", None))
        self.businessScopeLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u4e1a\u52a1\u8303\u56f4(&Y)\uff1a", None))
        self.businessScopeEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u7167\u767b\u8bb0\u8bc1\u4e66\u6284\u5f55\u4e1a\u52a1\uff08\u7ecf\u8425\uff09\u8303\u56f4", None))
        self.notesLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u5907\u6ce8(&M)\uff1a", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u5176\u4ed6\u9700\u8981\u8bf4\u660e\u7684\u60c5\u51b5", None))
        self.tabs.setTabText(self.tabs.indexOf(self.registrationTab), QCoreApplication.translate("IntakeDialog", u"\u767b\u8bb0\u4fe1\u606f(&G)", None))
        self.legalRepGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba", None))
        self.legalRepNameLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u59d3\u540d(&N)\uff1a", None))
        self.legalRepIdTypeLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u8bc1\u4ef6\u7c7b\u578b(&I)\uff1a", None))
        self.legalRepIdNoLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u8bc1\u4ef6\u53f7\u7801(&D)\uff1a", None))
        self.legalRepPhoneLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u7535\u8bdd(&H)\uff1a", None))
        self.directorGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"\u8d1f\u8d23\u4eba", None))
        self.directorNameLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u59d3\u540d(&M)\uff1a", None))
        self.directorPhoneLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u7535\u8bdd(&L)\uff1a", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("IntakeDialog", u"\u4eba\u5458(&P)", None))
        self.premisesGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"\u573a\u6240", None))
        self.premisesTypeLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u573a\u6240\u6027\u8d28(&X)\uff1a", None))
        self.leaseEndLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u79df\u671f\u622a\u6b62(&L)\uff1a", None))
        self.leaseEndCheck.setText(QCoreApplication.translate("IntakeDialog", u"\u5df2\u7ea6\u5b9a", None))
        self.leaseEndEdit.setDisplayFormat(QCoreApplication.translate("IntakeDialog", u"yyyy-MM-dd", None))
        self.buildingLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u5efa\u7b51\u9762\u79ef(&A)\uff1a", None))
        self.buildingSpin.setSpecialValueText(QCoreApplication.translate("IntakeDialog", u"\u672a\u586b\u5199", None))
        self.buildingSpin.setSuffix(QCoreApplication.translate("IntakeDialog", u" \u33a1", None))
#if QT_CONFIG(tooltip)
        self.buildingSpin.setToolTip(QCoreApplication.translate("IntakeDialog", u"0 \u8868\u793a\u672a\u586b\u5199", None))
#endif // QT_CONFIG(tooltip)
        self.livingRoomLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u751f\u6d3b\u7528\u623f\u9762\u79ef(&R)\uff1a", None))
        self.livingRoomSpin.setSpecialValueText(QCoreApplication.translate("IntakeDialog", u"\u672a\u586b\u5199", None))
        self.livingRoomSpin.setSuffix(QCoreApplication.translate("IntakeDialog", u" \u33a1", None))
#if QT_CONFIG(tooltip)
        self.livingRoomSpin.setToolTip(QCoreApplication.translate("IntakeDialog", u"0 \u8868\u793a\u672a\u586b\u5199", None))
#endif // QT_CONFIG(tooltip)
        self.floorsLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u6240\u5728\u697c\u5c42(&F)\uff1a", None))
        self.floorsEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"\u5982 1-2 \u5c42", None))
        self.outdoorLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u6237\u5916\u9762\u79ef(&W)\uff1a", None))
        self.outdoorSpin.setSpecialValueText(QCoreApplication.translate("IntakeDialog", u"\u672a\u586b\u5199", None))
        self.outdoorSpin.setSuffix(QCoreApplication.translate("IntakeDialog", u" \u33a1", None))
#if QT_CONFIG(tooltip)
        self.outdoorSpin.setToolTip(QCoreApplication.translate("IntakeDialog", u"0 \u8868\u793a\u672a\u586b\u5199", None))
#endif // QT_CONFIG(tooltip)
        self.placesGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"\u6258\u4f4d\u4e0e\u670d\u52a1", None))
        self.placesTotalLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u6258\u4f4d\u6570(&N)\uff1a", None))
        self.placesTotalSpin.setSuffix(QCoreApplication.translate("IntakeDialog", u" \u4e2a", None))
        self.placesInclusiveLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u666e\u60e0\u6258\u4f4d\u6570(&U)\uff1a", None))
        self.placesInclusiveSpin.setSuffix(QCoreApplication.translate("IntakeDialog", u" \u4e2a", None))
        self.demonstrationLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u793a\u8303\u7b49\u7ea7(&D)\uff1a", None))
        self.optionsLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u670d\u52a1\uff1a", None))
        self.mealsCheck.setText(QCoreApplication.translate("IntakeDialog", u"\u63d0\u4f9b\u81b3\u98df(&M)", None))
        self.inclusiveCheck.setText(QCoreApplication.translate("IntakeDialog", u"\u666e\u60e0\u6027(&I)", None))
        self.serviceTypesLabel.setText(QCoreApplication.translate("IntakeDialog", u"\u670d\u52a1\u7c7b\u578b\uff1a", None))
        self.fullDayCheck.setText(QCoreApplication.translate("IntakeDialog", u"\u5168\u65e5\u6258(&Q)", None))
        self.halfDayCheck.setText(QCoreApplication.translate("IntakeDialog", u"\u534a\u65e5\u6258(&H)", None))
        self.hourlyCheck.setText(QCoreApplication.translate("IntakeDialog", u"\u8ba1\u65f6\u6258(&J)", None))
        self.temporaryCheck.setText(QCoreApplication.translate("IntakeDialog", u"\u4e34\u65f6\u6258(&K)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.premisesTab), QCoreApplication.translate("IntakeDialog", u"\u573a\u6240\u4e0e\u6258\u4f4d(&T)", None))
#if QT_CONFIG(accessibility)
        self.classesView.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"\u73ed\u7ea7", None))
#endif // QT_CONFIG(accessibility)
        self.addClassButton.setText(QCoreApplication.translate("IntakeDialog", u"\u6dfb\u52a0\u73ed\u7ea7(&A)", None))
        self.removeClassButton.setText(QCoreApplication.translate("IntakeDialog", u"\u5220\u9664\u73ed\u7ea7(&D)", None))
        self.classesTotalLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.classesTab), QCoreApplication.translate("IntakeDialog", u"\u73ed\u7ea7(&C)", None))
        self.findingsGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"\u68c0\u67e5\u7ed3\u679c", None))
        self.keysLabel.setText(QCoreApplication.translate("IntakeDialog", u"Ctrl+S \u4fdd\u5b58\u3000Esc \u53d6\u6d88", None))
        self.saveButton.setText(QCoreApplication.translate("IntakeDialog", u"\u4fdd\u5b58(&S)", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("IntakeDialog", u"\u4fdd\u5b58 (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("IntakeDialog", u"\u53d6\u6d88", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("IntakeDialog", u"\u53d6\u6d88 (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

