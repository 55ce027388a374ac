# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'loading.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from kiosk.qt.widgets.spinner import Spinner

class Ui_LoadingScreen(object):
    def setupUi(self, LoadingScreen: QWidget) -> None:
        if not LoadingScreen.objectName():
            LoadingScreen.setObjectName(u"LoadingScreen")
        LoadingScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(LoadingScreen)
        self.rootLayout.setSpacing(32)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(56, 40, 56, 48)
        self.upperSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.upperSpacer)

        self.spinnerLayout = QHBoxLayout()
        self.spinnerLayout.setObjectName(u"spinnerLayout")
        self.spinnerLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spinnerLayout.addItem(self.spinnerLeftSpacer)

        self.spinner = Spinner(LoadingScreen)
        self.spinner.setObjectName(u"spinner")
        self.spinner.setMinimumSize(QSize(160, 160))
        self.spinner.setMaximumSize(QSize(160, 160))

        self.spinnerLayout.addWidget(self.spinner)

        self.spinnerRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spinnerLayout.addItem(self.spinnerRightSpacer)


        self.rootLayout.addLayout(self.spinnerLayout)

        self.messageLabel = QLabel(LoadingScreen)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"title")

        self.rootLayout.addWidget(self.messageLabel)

        self.lowerSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.lowerSpacer)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.cancelButton = QPushButton(LoadingScreen)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancelButton.setProperty(u"role", u"secondary")

        self.actionsLayout.addWidget(self.cancelButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(LoadingScreen)

        QMetaObject.connectSlotsByName(LoadingScreen)
    # setupUi

    def retranslateUi(self, LoadingScreen: QWidget) -> None:
        self.messageLabel.setText(QCoreApplication.translate("LoadingScreen", u"One moment, please\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("LoadingScreen", u"Cancel", None))
        pass
    # retranslateUi

