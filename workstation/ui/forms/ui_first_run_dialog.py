# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(620, 640)
        FirstRunDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(FirstRunDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.divisionCodeLabel = QLabel(FirstRunDialog)
        self.divisionCodeLabel.setObjectName(u"divisionCodeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.divisionCodeLabel)

        self.divisionCodeEdit = QLineEdit(FirstRunDialog)
        self.divisionCodeEdit.setObjectName(u"divisionCodeEdit")
        self.divisionCodeEdit.setMaxLength(6)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.divisionCodeEdit)

        self.nameLabel = QLabel(FirstRunDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(FirstRunDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.populationLabel = QLabel(FirstRunDialog)
        self.populationLabel.setObjectName(u"populationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.populationLabel)

        self.populationEdit = QLineEdit(FirstRunDialog)
        self.populationEdit.setObjectName(u"populationEdit")
        self.populationEdit.setMaxLength(12)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.populationEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.streetsGroup = QGroupBox(FirstRunDialog)
        self.streetsGroup.setObjectName(u"streetsGroup")
        self.streetsLayout = QVBoxLayout(self.streetsGroup)
        self.streetsLayout.setObjectName(u"streetsLayout")
        self.streetTable = QTableWidget(self.streetsGroup)
        if (self.streetTable.columnCount() < 2):
            self.streetTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.streetTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.streetTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.streetTable.setObjectName(u"streetTable")
        self.streetTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.streetTable.horizontalHeader().setDefaultSectionSize(160)
        self.streetTable.horizontalHeader().setStretchLastSection(True)
        self.streetTable.verticalHeader().setVisible(False)

        self.streetsLayout.addWidget(self.streetTable)

        self.streetButtonsLayout = QHBoxLayout()
        self.streetButtonsLayout.setObjectName(u"streetButtonsLayout")
        self.addStreetButton = QPushButton(self.streetsGroup)
        self.addStreetButton.setObjectName(u"addStreetButton")

        self.streetButtonsLayout.addWidget(self.addStreetButton)

        self.removeStreetButton = QPushButton(self.streetsGroup)
        self.removeStreetButton.setObjectName(u"removeStreetButton")

        self.streetButtonsLayout.addWidget(self.removeStreetButton)

        self.streetButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.streetButtonsLayout.addItem(self.streetButtonsSpacer)


        self.streetsLayout.addLayout(self.streetButtonsLayout)


        self.dialogLayout.addWidget(self.streetsGroup)

        self.approvalGroup = QGroupBox(FirstRunDialog)
        self.approvalGroup.setObjectName(u"approvalGroup")
        self.approvalLayout = QVBoxLayout(self.approvalGroup)
        self.approvalLayout.setObjectName(u"approvalLayout")
        self.approvalHint = QLabel(self.approvalGroup)
        self.approvalHint.setObjectName(u"approvalHint")
        self.approvalHint.setWordWrap(True)

        self.approvalLayout.addWidget(self.approvalHint)


        self.dialogLayout.addWidget(self.approvalGroup)

        self.errorLabel = QLabel(FirstRunDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.divisionCodeLabel.setBuddy(self.divisionCodeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.populationLabel.setBuddy(self.populationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.divisionCodeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.populationEdit)
        QWidget.setTabOrder(self.populationEdit, self.streetTable)
        QWidget.setTabOrder(self.streetTable, self.addStreetButton)
        QWidget.setTabOrder(self.addStreetButton, self.removeStreetButton)

        self.retranslateUi(FirstRunDialog)
        self.buttonBox.accepted.connect(FirstRunDialog.accept)
        self.buttonBox.rejected.connect(FirstRunDialog.reject)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u9996\u6b21\u4f7f\u7528\uff1a\u8bbe\u7f6e\u8f96\u533a", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u6b22\u8fce\u4f7f\u7528\u6258\u80b2\u673a\u6784\u767b\u8bb0\u5907\u6848\u5de5\u4f5c\u7ad9\u3002\u8bf7\u5148\u586b\u5199\u672c\u5de5\u4f5c\u7ad9\u670d\u52a1\u7684\u8f96\u533a\uff08\u533a\u53bf\uff09\u4fe1\u606f\u3002", None))
        self.divisionCodeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u884c\u653f\u533a\u5212\u4ee3\u7801(&D)\uff1a", None))
        self.divisionCodeEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"6\u4f4d\u533a\u53bf\u4ee3\u7801\uff0c\u4f8b\u5982 500107", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u8f96\u533a\u540d\u79f0(&N)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u4f8b\u5982 \u4e5d\u9f99\u5761\u533a", None))
        self.populationLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u5e38\u4f4f\u4eba\u53e3(&P)\uff1a", None))
        self.populationEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u4eba\uff1b\u53ef\u4e0d\u586b\uff0c\u7528\u4e8e\u8ba1\u7b97\u5343\u4eba\u53e3\u6258\u4f4d\u6570", None))
        self.streetsGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u8857\u9053\uff08\u4e61\u9547\uff09", None))
        ___qtablewidgetitem = self.streetTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FirstRunDialog", u"\u4ee3\u7801\uff089\u4f4d\uff09", None))
        ___qtablewidgetitem1 = self.streetTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FirstRunDialog", u"\u540d\u79f0", None))
#if QT_CONFIG(accessibility)
        self.streetTable.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"\u8857\u9053\uff08\u4e61\u9547\uff09\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.addStreetButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u6dfb\u52a0\u8857\u9053\uff08\u4e61\u9547\uff09(&A)", None))
        self.removeStreetButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u5220\u9664\u6240\u9009(&R)", None))
        self.approvalGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u7531\u884c\u653f\u5ba1\u6279\u5c40\u529e\u7406\u767b\u8bb0\u7684\u673a\u6784\u6027\u8d28", None))
        self.approvalHint.setText(QCoreApplication.translate("FirstRunDialog", u"\u52fe\u9009\u7684\u673a\u6784\u6027\u8d28\u6539\u7531\u884c\u653f\u5ba1\u6279\u5c40\u767b\u8bb0\uff1b\u672a\u52fe\u9009\u7684\u6309\u9ed8\u8ba4\u90e8\u95e8\u767b\u8bb0\uff08\u793e\u4f1a\u670d\u52a1\u673a\u6784\u5728\u6c11\u653f\u90e8\u95e8\uff0c\u4f01\u4e1a\u5728\u5e02\u573a\u76d1\u7ba1\u90e8\u95e8\uff09\u3002", None))
    # retranslateUi

