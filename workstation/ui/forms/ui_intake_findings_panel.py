# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_findings_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QMetaObject)
from PySide6.QtWidgets import (QFrame, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FindingsPanel(object):
    def setupUi(self, FindingsPanel):
        if not FindingsPanel.objectName():
            FindingsPanel.setObjectName(u"FindingsPanel")
        FindingsPanel.resize(600, 160)
        self.panelLayout = QVBoxLayout(FindingsPanel)
        self.panelLayout.setSpacing(4)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(FindingsPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.summaryLabel)

        self.scrollArea = QScrollArea(FindingsPanel)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.rowsWidget = QWidget()
        self.rowsWidget.setObjectName(u"rowsWidget")
        self.rowsLayout = QVBoxLayout(self.rowsWidget)
        self.rowsLayout.setSpacing(4)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rowsLayout.setContentsMargins(0, 0, 0, 0)
        self.rowsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rowsLayout.addItem(self.rowsSpacer)

        self.scrollArea.setWidget(self.rowsWidget)

        self.panelLayout.addWidget(self.scrollArea)


        self.retranslateUi(FindingsPanel)

        QMetaObject.connectSlotsByName(FindingsPanel)
    # setupUi

    def retranslateUi(self, FindingsPanel):
        pass
    # retranslateUi

