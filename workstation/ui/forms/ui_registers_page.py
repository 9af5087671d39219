# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registers_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit,
    QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_RegistersPage(object):
    def setupUi(self, RegistersPage):
        if not RegistersPage.objectName():
            RegistersPage.setObjectName(u"RegistersPage")
        self.pageLayout = QVBoxLayout(RegistersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.introLabel = QLabel(RegistersPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.registerBox = QGroupBox(RegistersPage)
        self.registerBox.setObjectName(u"registerBox")
        self.registerForm = QFormLayout(self.registerBox)
        self.registerForm.setObjectName(u"registerForm")
        self.registerLabel = QLabel(self.registerBox)
        self.registerLabel.setObjectName(u"registerLabel")

        self.registerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registerLabel)

        self.registerCombo = QComboBox(self.registerBox)
        self.registerCombo.setObjectName(u"registerCombo")

        self.registerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registerCombo)

        self.descriptionLabel = QLabel(self.registerBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.registerForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.descriptionLabel)


        self.pageLayout.addWidget(self.registerBox)

        self.filterBox = QGroupBox(RegistersPage)
        self.filterBox.setObjectName(u"filterBox")
        self.filterForm = QFormLayout(self.filterBox)
        self.filterForm.setObjectName(u"filterForm")
        self.streetLabel = QLabel(self.filterBox)
        self.streetLabel.setObjectName(u"streetLabel")

        self.filterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetCombo = QComboBox(self.filterBox)
        self.streetCombo.setObjectName(u"streetCombo")

        self.filterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.streetCombo)

        self.natureLabel = QLabel(self.filterBox)
        self.natureLabel.setObjectName(u"natureLabel")

        self.filterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.natureLabel)

        self.natureCombo = QComboBox(self.filterBox)
        self.natureCombo.setObjectName(u"natureCombo")

        self.filterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.natureCombo)

        self.statusLabel = QLabel(self.filterBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.filterBox)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.inclusiveLabel = QLabel(self.filterBox)
        self.inclusiveLabel.setObjectName(u"inclusiveLabel")

        self.filterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.inclusiveLabel)

        self.inclusiveCombo = QComboBox(self.filterBox)
        self.inclusiveCombo.setObjectName(u"inclusiveCombo")

        self.filterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.inclusiveCombo)

        self.dateLabel = QLabel(self.filterBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.filterForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateCheck = QCheckBox(self.filterBox)
        self.dateCheck.setObjectName(u"dateCheck")

        self.dateLayout.addWidget(self.dateCheck)

        self.fromDate = QDateEdit(self.filterBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.dateLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(self.filterBox)
        self.toLabel.setObjectName(u"toLabel")

        self.dateLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(self.filterBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.dateLayout.addWidget(self.toDate)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.filterForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.targetLabel = QLabel(self.filterBox)
        self.targetLabel.setObjectName(u"targetLabel")

        self.filterForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetSpin = QDoubleSpinBox(self.filterBox)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setDecimals(2)
        self.targetSpin.setMinimum(0.100000000000000)
        self.targetSpin.setMaximum(100.000000000000000)
        self.targetSpin.setSingleStep(0.500000000000000)
        self.targetSpin.setValue(4.500000000000000)

        self.filterForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.targetSpin)


        self.pageLayout.addWidget(self.filterBox)

        self.outputBox = QGroupBox(RegistersPage)
        self.outputBox.setObjectName(u"outputBox")
        self.outputForm = QFormLayout(self.outputBox)
        self.outputForm.setObjectName(u"outputForm")
        self.formatLabel = QLabel(self.outputBox)
        self.formatLabel.setObjectName(u"formatLabel")

        self.outputForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatLayout = QHBoxLayout()
        self.formatLayout.setObjectName(u"formatLayout")
        self.xlsxRadio = QRadioButton(self.outputBox)
        self.xlsxRadio.setObjectName(u"xlsxRadio")
        self.xlsxRadio.setChecked(True)

        self.formatLayout.addWidget(self.xlsxRadio)

        self.pdfRadio = QRadioButton(self.outputBox)
        self.pdfRadio.setObjectName(u"pdfRadio")

        self.formatLayout.addWidget(self.pdfRadio)

        self.formatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formatLayout.addItem(self.formatSpacer)


        self.outputForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.formatLayout)

        self.fileLabel = QLabel(self.outputBox)
        self.fileLabel.setObjectName(u"fileLabel")

        self.outputForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(self.outputBox)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.outputBox)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)


        self.outputForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.unitLabel = QLabel(self.outputBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.outputForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(self.outputBox)
        self.unitEdit.setObjectName(u"unitEdit")

        self.outputForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.reviewerLabel = QLabel(self.outputBox)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.outputForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewerEdit = QLineEdit(self.outputBox)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.outputForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reviewerEdit)

        self.fullDataCheck = QCheckBox(self.outputBox)
        self.fullDataCheck.setObjectName(u"fullDataCheck")

        self.outputForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.fullDataCheck)


        self.pageLayout.addWidget(self.outputBox)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.exportButton = QPushButton(RegistersPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionLayout.addWidget(self.exportButton)

        self.cancelButton = QPushButton(RegistersPage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.actionLayout.addWidget(self.cancelButton)

        self.progressBar = QProgressBar(RegistersPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(True)

        self.actionLayout.addWidget(self.progressBar)


        self.pageLayout.addLayout(self.actionLayout)

        self.resultLabel = QLabel(RegistersPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.resultLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.registerLabel.setBuddy(self.registerCombo)
        self.streetLabel.setBuddy(self.streetCombo)
        self.natureLabel.setBuddy(self.natureCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.inclusiveLabel.setBuddy(self.inclusiveCombo)
        self.targetLabel.setBuddy(self.targetSpin)
        self.fileLabel.setBuddy(self.fileEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.reviewerLabel.setBuddy(self.reviewerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegistersPage)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(RegistersPage)
    # setupUi

    def retranslateUi(self, RegistersPage):
        RegistersPage.setWindowTitle(QCoreApplication.translate("RegistersPage", u"\u540d\u518c\u62a5\u8868", None))
        self.introLabel.setText(QCoreApplication.translate("RegistersPage", u"\u628a\u540d\u518c\u62a5\u8868\u5bfc\u51fa\u4e3a Excel \u6216 PDF\uff0c\u62a5\u9001\u4e0a\u7ea7\u90e8\u95e8\u3002\u8bc1\u4ef6\u53f7\u7801\u548c\u624b\u673a\u53f7\u7801\u9ed8\u8ba4\u8131\u654f\uff1b\u5bfc\u51fa\u5728\u540e\u53f0\u8fdb\u884c\uff0c\u53ef\u968f\u65f6\u53d6\u6d88\u3002", None))
        self.registerBox.setTitle(QCoreApplication.translate("RegistersPage", u"\u62a5\u8868", None))
        self.registerLabel.setText(QCoreApplication.translate("RegistersPage", u"\u540d\u518c\u62a5\u8868(&R)\uff1a", None))
        self.filterBox.setTitle(QCoreApplication.translate("RegistersPage", u"\u7b5b\u9009\u6761\u4ef6", None))
        self.streetLabel.setText(QCoreApplication.translate("RegistersPage", u"\u8857\u9053\uff08\u4e61\u9547\uff09(&S)\uff1a", None))
        self.natureLabel.setText(QCoreApplication.translate("RegistersPage", u"\u673a\u6784\u6027\u8d28(&N)\uff1a", None))
        self.statusLabel.setText(QCoreApplication.translate("RegistersPage", u"\u72b6\u6001(&T)\uff1a", None))
        self.inclusiveLabel.setText(QCoreApplication.translate("RegistersPage", u"\u662f\u5426\u666e\u60e0(&I)\uff1a", None))
        self.dateLabel.setText(QCoreApplication.translate("RegistersPage", u"\u65e5\u671f\u8303\u56f4\uff1a", None))
        self.dateCheck.setText(QCoreApplication.translate("RegistersPage", u"\u6309\u65e5\u671f(&D)", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("RegistersPage", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("RegistersPage", u"\u81f3", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("RegistersPage", u"yyyy-MM-dd", None))
        self.targetLabel.setText(QCoreApplication.translate("RegistersPage", u"\u6bcf\u5343\u4eba\u53e3\u6258\u4f4d\u6570\u76ee\u6807(&G)\uff1a", None))
        self.outputBox.setTitle(QCoreApplication.translate("RegistersPage", u"\u5bfc\u51fa", None))
        self.formatLabel.setText(QCoreApplication.translate("RegistersPage", u"\u683c\u5f0f\uff1a", None))
        self.xlsxRadio.setText(QCoreApplication.translate("RegistersPage", u"Excel\uff08.xlsx\uff09(&X)", None))
        self.pdfRadio.setText(QCoreApplication.translate("RegistersPage", u"PDF\uff08.pdf\uff09(&P)", None))
        self.fileLabel.setText(QCoreApplication.translate("RegistersPage", u"\u4fdd\u5b58\u4e3a(&F)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("RegistersPage", u"\u6d4f\u89c8(&B)\u2026", None))
        self.unitLabel.setText(QCoreApplication.translate("RegistersPage", u"\u586b\u62a5\u5355\u4f4d(&U)\uff1a", None))
        self.reviewerLabel.setText(QCoreApplication.translate("RegistersPage", u"\u5ba1\u6838\u4eba(&V)\uff1a", None))
        self.fullDataCheck.setText(QCoreApplication.translate("RegistersPage", u"\u5bfc\u51fa\u5b8c\u6574\u7684\u8bc1\u4ef6\u53f7\u7801\u548c\u624b\u673a\u53f7\u7801\uff08\u9ed8\u8ba4\u8131\u654f\uff1b\u9700\u76f8\u5e94\u6743\u9650\uff0c\u5bfc\u51fa\u5c06\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\uff09", None))
        self.exportButton.setText(QCoreApplication.translate("RegistersPage", u"\u5bfc\u51fa(&E)", None))
        self.cancelButton.setText(QCoreApplication.translate("RegistersPage", u"\u53d6\u6d88(&C)", None))
    # retranslateUi

