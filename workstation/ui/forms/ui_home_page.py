# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout,
    QLabel, QTableView,
    QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(900, 640)
        HomePage.setStyleSheet(u"QFrame[card=\"true\"] { background: white; border: 1px solid #d8dde6; border-radius: 6px; }\n"
"QLabel[role=\"value\"] { font-size: 20pt; font-weight: bold; color: #1f4e79; border: none; }\n"
"QLabel[role=\"caption\"] { color: #5a6270; border: none; }\n"
"QLabel#titleLabel { font-size: 15pt; font-weight: bold; }\n"
"QLabel#districtLabel { color: #5a6270; }\n"
"QLabel#streetsLabel { font-weight: bold; }")
        self.pageLayout = QVBoxLayout(HomePage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.titleLabel = QLabel(HomePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.districtLabel = QLabel(HomePage)
        self.districtLabel.setObjectName(u"districtLabel")
        self.districtLabel.setText(u"")

        self.pageLayout.addWidget(self.districtLabel)

        self.figuresPanel = QWidget(HomePage)
        self.figuresPanel.setObjectName(u"figuresPanel")
        self.figuresGrid = QGridLayout(self.figuresPanel)
        self.figuresGrid.setObjectName(u"figuresGrid")
        self.figuresGrid.setHorizontalSpacing(12)
        self.figuresGrid.setVerticalSpacing(12)
        self.figuresGrid.setContentsMargins(0, 0, 0, 0)
        self.nurseriesCard = QFrame(self.figuresPanel)
        self.nurseriesCard.setObjectName(u"nurseriesCard")
        self.nurseriesCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.nurseriesCard.setProperty(u"card", True)
        self.nurseriesLayout = QVBoxLayout(self.nurseriesCard)
        self.nurseriesLayout.setObjectName(u"nurseriesLayout")
        self.nurseriesValue = QLabel(self.nurseriesCard)
        self.nurseriesValue.setObjectName(u"nurseriesValue")
        self.nurseriesValue.setText(u"\u2014")
        self.nurseriesValue.setProperty(u"role", u"value")

        self.nurseriesLayout.addWidget(self.nurseriesValue)

        self.nurseriesCaption = QLabel(self.nurseriesCard)
        self.nurseriesCaption.setObjectName(u"nurseriesCaption")
        self.nurseriesCaption.setProperty(u"role", u"caption")

        self.nurseriesLayout.addWidget(self.nurseriesCaption)


        self.figuresGrid.addWidget(self.nurseriesCard, 0, 0, 1, 1)

        self.notFiledCard = QFrame(self.figuresPanel)
        self.notFiledCard.setObjectName(u"notFiledCard")
        self.notFiledCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.notFiledCard.setProperty(u"card", True)
        self.notFiledLayout = QVBoxLayout(self.notFiledCard)
        self.notFiledLayout.setObjectName(u"notFiledLayout")
        self.notFiledValue = QLabel(self.notFiledCard)
        self.notFiledValue.setObjectName(u"notFiledValue")
        self.notFiledValue.setText(u"\u2014")
        self.notFiledValue.setProperty(u"role", u"value")

        self.notFiledLayout.addWidget(self.notFiledValue)

        self.notFiledCaption = QLabel(self.notFiledCard)
        self.notFiledCaption.setObjectName(u"notFiledCaption")
        self.notFiledCaption.setProperty(u"role", u"caption")

        self.notFiledLayout.addWidget(self.notFiledCaption)


        self.figuresGrid.addWidget(self.notFiledCard, 0, 1, 1, 1)

        self.placesCard = QFrame(self.figuresPanel)
        self.placesCard.setObjectName(u"placesCard")
        self.placesCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.placesCard.setProperty(u"card", True)
        self.placesLayout = QVBoxLayout(self.placesCard)
        self.placesLayout.setObjectName(u"placesLayout")
        self.placesValue = QLabel(self.placesCard)
        self.placesValue.setObjectName(u"placesValue")
        self.placesValue.setText(u"\u2014")
        self.placesValue.setProperty(u"role", u"value")

        self.placesLayout.addWidget(self.placesValue)

        self.placesCaption = QLabel(self.placesCard)
        self.placesCaption.setObjectName(u"placesCaption")
        self.placesCaption.setProperty(u"role", u"caption")

        self.placesLayout.addWidget(self.placesCaption)


        self.figuresGrid.addWidget(self.placesCard, 0, 2, 1, 1)

        self.inclusiveCard = QFrame(self.figuresPanel)
        self.inclusiveCard.setObjectName(u"inclusiveCard")
        self.inclusiveCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.inclusiveCard.setProperty(u"card", True)
        self.inclusiveLayout = QVBoxLayout(self.inclusiveCard)
        self.inclusiveLayout.setObjectName(u"inclusiveLayout")
        self.inclusiveValue = QLabel(self.inclusiveCard)
        self.inclusiveValue.setObjectName(u"inclusiveValue")
        self.inclusiveValue.setText(u"\u2014")
        self.inclusiveValue.setProperty(u"role", u"value")

        self.inclusiveLayout.addWidget(self.inclusiveValue)

        self.inclusiveCaption = QLabel(self.inclusiveCard)
        self.inclusiveCaption.setObjectName(u"inclusiveCaption")
        self.inclusiveCaption.setProperty(u"role", u"caption")

        self.inclusiveLayout.addWidget(self.inclusiveCaption)


        self.figuresGrid.addWidget(self.inclusiveCard, 1, 0, 1, 1)

        self.enrolledCard = QFrame(self.figuresPanel)
        self.enrolledCard.setObjectName(u"enrolledCard")
        self.enrolledCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.enrolledCard.setProperty(u"card", True)
        self.enrolledLayout = QVBoxLayout(self.enrolledCard)
        self.enrolledLayout.setObjectName(u"enrolledLayout")
        self.enrolledValue = QLabel(self.enrolledCard)
        self.enrolledValue.setObjectName(u"enrolledValue")
        self.enrolledValue.setText(u"\u2014")
        self.enrolledValue.setProperty(u"role", u"value")

        self.enrolledLayout.addWidget(self.enrolledValue)

        self.enrolledCaption = QLabel(self.enrolledCard)
        self.enrolledCaption.setObjectName(u"enrolledCaption")
        self.enrolledCaption.setProperty(u"role", u"caption")

        self.enrolledLayout.addWidget(self.enrolledCaption)


        self.figuresGrid.addWidget(self.enrolledCard, 1, 1, 1, 1)

        self.perThousandCard = QFrame(self.figuresPanel)
        self.perThousandCard.setObjectName(u"perThousandCard")
        self.perThousandCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.perThousandCard.setProperty(u"card", True)
        self.perThousandLayout = QVBoxLayout(self.perThousandCard)
        self.perThousandLayout.setObjectName(u"perThousandLayout")
        self.perThousandValue = QLabel(self.perThousandCard)
        self.perThousandValue.setObjectName(u"perThousandValue")
        self.perThousandValue.setText(u"\u2014")
        self.perThousandValue.setProperty(u"role", u"value")

        self.perThousandLayout.addWidget(self.perThousandValue)

        self.perThousandCaption = QLabel(self.perThousandCard)
        self.perThousandCaption.setObjectName(u"perThousandCaption")
        self.perThousandCaption.setProperty(u"role", u"caption")

        self.perThousandLayout.addWidget(self.perThousandCaption)


        self.figuresGrid.addWidget(self.perThousandCard, 1, 2, 1, 1)


        self.pageLayout.addWidget(self.figuresPanel)

        self.streetsLabel = QLabel(HomePage)
        self.streetsLabel.setObjectName(u"streetsLabel")

        self.pageLayout.addWidget(self.streetsLabel)

        self.streetTable = QTableView(HomePage)
        self.streetTable.setObjectName(u"streetTable")
        self.streetTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.streetTable.setAlternatingRowColors(True)
        self.streetTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.streetTable.setSortingEnabled(True)
        self.streetTable.horizontalHeader().setStretchLastSection(True)
        self.streetTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.streetTable)


        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.titleLabel.setText(QCoreApplication.translate("HomePage", u"\u8f96\u533a\u6982\u51b5", None))
#if QT_CONFIG(tooltip)
        self.nurseriesCard.setToolTip(QCoreApplication.translate("HomePage", u"\u5df2\u767b\u8bb0\u3001\u5c1a\u672a\u6ce8\u9500\u6216\u5173\u95ed\u7684\u6258\u80b2\u673a\u6784\uff08\u4e0e\u6258\u80b2\u670d\u52a1\u7edf\u8ba1\u6c47\u603b\u8868\u4e00\u81f4\uff09\u3002\u4e0d\u542b\u610f\u5411\u767b\u8bb0\u3001\u5df2\u6ce8\u9500\u548c\u672a\u5907\u6848\u5df2\u5173\u95ed\u7684\u673a\u6784\uff1b\u673a\u6784\u767b\u8bb0\u5217\u8868\u5217\u51fa\u5168\u90e8\u673a\u6784\uff0c\u6240\u4ee5\u5176\u201c\u5171 \u2026 \u5bb6\u201d\u8f83\u591a\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.nurseriesCaption.setText(QCoreApplication.translate("HomePage", u"\u673a\u6784\u603b\u6570", None))
        self.notFiledCaption.setText(QCoreApplication.translate("HomePage", u"\u5df2\u767b\u8bb0\u672a\u5907\u6848", None))
        self.placesCaption.setText(QCoreApplication.translate("HomePage", u"\u6258\u4f4d\u6570", None))
        self.inclusiveCaption.setText(QCoreApplication.translate("HomePage", u"\u666e\u60e0\u6258\u4f4d\u6570", None))
        self.enrolledCaption.setText(QCoreApplication.translate("HomePage", u"\u5728\u6258\u4eba\u6570", None))
        self.perThousandCaption.setText(QCoreApplication.translate("HomePage", u"\u5343\u4eba\u53e3\u6258\u4f4d\u6570", None))
        self.streetsLabel.setText(QCoreApplication.translate("HomePage", u"\u5404\u8857\u9053\uff08\u4e61\u9547\uff09\u60c5\u51b5", None))
#if QT_CONFIG(accessibility)
        self.streetTable.setAccessibleName(QCoreApplication.translate("HomePage", u"\u5404\u8857\u9053\uff08\u4e61\u9547\uff09\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

