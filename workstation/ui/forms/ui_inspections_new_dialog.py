# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_new_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget)

class Ui_InspectionsNewDialog(object):
    def setupUi(self, InspectionsNewDialog):
        if not InspectionsNewDialog.objectName():
            InspectionsNewDialog.setObjectName(u"InspectionsNewDialog")
        InspectionsNewDialog.resize(760, 620)
        self.dialogLayout = QVBoxLayout(InspectionsNewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.searchLabel = QLabel(InspectionsNewDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.dialogLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(InspectionsNewDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.searchEdit)

        self.nurseryList = QListWidget(InspectionsNewDialog)
        self.nurseryList.setObjectName(u"nurseryList")

        self.dialogLayout.addWidget(self.nurseryList)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(InspectionsNewDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(InspectionsNewDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.kindLabel = QLabel(InspectionsNewDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(InspectionsNewDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.inspectorsLabel = QLabel(InspectionsNewDialog)
        self.inspectorsLabel.setObjectName(u"inspectorsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inspectorsLabel)

        self.inspectorsEdit = QLineEdit(InspectionsNewDialog)
        self.inspectorsEdit.setObjectName(u"inspectorsEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inspectorsEdit)


        self.dialogLayout.addLayout(self.form)

        self.listsRow = QHBoxLayout()
        self.listsRow.setObjectName(u"listsRow")
        self.templatesColumn = QVBoxLayout()
        self.templatesColumn.setObjectName(u"templatesColumn")
        self.templatesLabel = QLabel(InspectionsNewDialog)
        self.templatesLabel.setObjectName(u"templatesLabel")

        self.templatesColumn.addWidget(self.templatesLabel)

        self.templatesList = QListWidget(InspectionsNewDialog)
        self.templatesList.setObjectName(u"templatesList")

        self.templatesColumn.addWidget(self.templatesList)


        self.listsRow.addLayout(self.templatesColumn)

        self.departmentsColumn = QVBoxLayout()
        self.departmentsColumn.setObjectName(u"departmentsColumn")
        self.departmentsLabel = QLabel(InspectionsNewDialog)
        self.departmentsLabel.setObjectName(u"departmentsLabel")

        self.departmentsColumn.addWidget(self.departmentsLabel)

        self.departmentsList = QListWidget(InspectionsNewDialog)
        self.departmentsList.setObjectName(u"departmentsList")

        self.departmentsColumn.addWidget(self.departmentsList)


        self.listsRow.addLayout(self.departmentsColumn)


        self.dialogLayout.addLayout(self.listsRow)

        self.hintLabel = QLabel(InspectionsNewDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttons = QDialogButtonBox(InspectionsNewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.inspectorsLabel.setBuddy(self.inspectorsEdit)
        self.templatesLabel.setBuddy(self.templatesList)
        self.departmentsLabel.setBuddy(self.departmentsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.nurseryList)
        QWidget.setTabOrder(self.nurseryList, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.inspectorsEdit)
        QWidget.setTabOrder(self.inspectorsEdit, self.templatesList)
        QWidget.setTabOrder(self.templatesList, self.departmentsList)

        self.retranslateUi(InspectionsNewDialog)
        self.buttons.rejected.connect(InspectionsNewDialog.reject)

        QMetaObject.connectSlotsByName(InspectionsNewDialog)
    # setupUi

    def retranslateUi(self, InspectionsNewDialog):
        InspectionsNewDialog.setWindowTitle(QCoreApplication.translate("InspectionsNewDialog", u"\u65b0\u5efa\u68c0\u67e5", None))
        self.searchLabel.setText(QCoreApplication.translate("InspectionsNewDialog", u"\u88ab\u68c0\u67e5\u673a\u6784(&F)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InspectionsNewDialog", u"\u8f93\u5165\u673a\u6784\u540d\u79f0\u3001\u522b\u540d\u6216\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801\u67e5\u627e\uff0c\u2193 \u9009\u62e9", None))
        self.dateLabel.setText(QCoreApplication.translate("InspectionsNewDialog", u"\u68c0\u67e5\u65e5\u671f(&D)\uff1a", None))
        self.kindLabel.setText(QCoreApplication.translate("InspectionsNewDialog", u"\u68c0\u67e5\u7c7b\u578b(&K)\uff1a", None))
        self.inspectorsLabel.setText(QCoreApplication.translate("InspectionsNewDialog", u"\u68c0\u67e5\u4eba\u5458(&I)\uff1a", None))
        self.inspectorsEdit.setPlaceholderText(QCoreApplication.translate("InspectionsNewDialog", u"\u591a\u4eba\u7528\u201c\u3001\u201d\u6216\u9017\u53f7\u5206\u9694", None))
        self.templatesLabel.setText(QCoreApplication.translate("InspectionsNewDialog", u"\u68c0\u67e5\u8868(&T)\uff08\u7a7a\u683c\u52fe\u9009\uff09\uff1a", None))
        self.departmentsLabel.setText(QCoreApplication.translate("InspectionsNewDialog", u"\u53c2\u52a0\u90e8\u95e8(&B)\uff08\u7a7a\u683c\u52fe\u9009\uff09\uff1a", None))
    # retranslateUi

