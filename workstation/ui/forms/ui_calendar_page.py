# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CalendarPage(object):
    def setupUi(self, CalendarPage):
        if not CalendarPage.objectName():
            CalendarPage.setObjectName(u"CalendarPage")
        self.pageLayout = QVBoxLayout(CalendarPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(CalendarPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CalendarPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2004)
        self.yearSpin.setMaximum(2100)

        self.yearRow.addWidget(self.yearSpin)

        self.statusLabel = QLabel(CalendarPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.yearRow.addWidget(self.statusLabel)


        self.pageLayout.addLayout(self.yearRow)

        self.legendLabel = QLabel(CalendarPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.legendLabel)

        self.monthsArea = QScrollArea(CalendarPage)
        self.monthsArea.setObjectName(u"monthsArea")
        self.monthsArea.setWidgetResizable(True)
        self.monthsWidget = QWidget()
        self.monthsWidget.setObjectName(u"monthsWidget")
        self.monthsGrid = QGridLayout(self.monthsWidget)
        self.monthsGrid.setObjectName(u"monthsGrid")
        self.monthsArea.setWidget(self.monthsWidget)

        self.pageLayout.addWidget(self.monthsArea)

        self.dayLabel = QLabel(CalendarPage)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setWordWrap(True)
        self.dayLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.dayLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.enterButton = QPushButton(CalendarPage)
        self.enterButton.setObjectName(u"enterButton")

        self.buttonRow.addWidget(self.enterButton)

        self.correctButton = QPushButton(CalendarPage)
        self.correctButton.setObjectName(u"correctButton")

        self.buttonRow.addWidget(self.correctButton)

        self.removeButton = QPushButton(CalendarPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.importButton = QPushButton(CalendarPage)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.exportButton = QPushButton(CalendarPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.messageLabel = QLabel(CalendarPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarPage)

        QMetaObject.connectSlotsByName(CalendarPage)
    # setupUi

    def retranslateUi(self, CalendarPage):
        self.yearLabel.setText(QCoreApplication.translate("CalendarPage", u"\u5e74\u4efd(&Y)\uff1a", None))
        self.enterButton.setText(QCoreApplication.translate("CalendarPage", u"\u5f55\u5165\u5e74\u5ea6\u5b89\u6392(&E)\u2026", None))
        self.correctButton.setText(QCoreApplication.translate("CalendarPage", u"\u66f4\u6b63\u6240\u9009\u65e5\u671f(&C)\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("CalendarPage", u"\u5220\u9664\u6240\u9009\u65e5\u671f\u7684\u5f55\u5165(&D)", None))
        self.importButton.setText(QCoreApplication.translate("CalendarPage", u"\u4ece\u6587\u4ef6\u5bfc\u5165(&I)\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("CalendarPage", u"\u5bfc\u51fa\u672c\u5e74(&X)\u2026", None))
        pass
    # retranslateUi

