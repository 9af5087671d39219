# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QStackedWidget, QStatusBar,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        MainWindow.setMinimumSize(QSize(900, 560))
        MainWindow.setStyleSheet(u"QListWidget#navList { background: #f3f5f8; border: none; border-right: 1px solid #d8dde6; padding-top: 8px; }\n"
"QListWidget#navList::item { padding: 9px 14px; color: #2b2f36; }\n"
"QListWidget#navList::item:selected { background: #1f5fa8; color: white; }\n"
"QListWidget#navList::item:hover:!selected { background: #e2e8f1; }\n"
"QStatusBar QLabel { padding: 0 8px; color: #3a4150; }")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(170, 0))
        self.navList.setMaximumSize(QSize(220, 16777215))
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navList)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u6258\u80b2\u673a\u6784\u767b\u8bb0\u5907\u6848\u5de5\u4f5c\u7ad9", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u529f\u80fd\u5bfc\u822a", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

