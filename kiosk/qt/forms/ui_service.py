# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_ServiceScreen(object):
    def setupUi(self, ServiceScreen):
        if not ServiceScreen.objectName():
            ServiceScreen.setObjectName(u"ServiceScreen")
        ServiceScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(ServiceScreen)
        self.rootLayout.setSpacing(24)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(56, 40, 56, 48)
        self.titleLabel = QLabel(ServiceScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.rootLayout.addWidget(self.titleLabel)

        self.infoPanel = QFrame(ServiceScreen)
        self.infoPanel.setObjectName(u"infoPanel")
        self.infoPanel.setProperty(u"role", u"panel")
        self.infoLayout = QGridLayout(self.infoPanel)
        self.infoLayout.setObjectName(u"infoLayout")
        self.infoLayout.setHorizontalSpacing(32)
        self.infoLayout.setVerticalSpacing(16)
        self.infoLayout.setContentsMargins(32, 28, 32, 28)
        self.versionCaption = QLabel(self.infoPanel)
        self.versionCaption.setObjectName(u"versionCaption")
        self.versionCaption.setProperty(u"role", u"caption")

        self.infoLayout.addWidget(self.versionCaption, 0, 0, 1, 1)

        self.versionValue = QLabel(self.infoPanel)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setWordWrap(True)
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.versionValue.setProperty(u"role", u"body")

        self.infoLayout.addWidget(self.versionValue, 0, 1, 1, 1)

        self.terminalCaption = QLabel(self.infoPanel)
        self.terminalCaption.setObjectName(u"terminalCaption")
        self.terminalCaption.setProperty(u"role", u"caption")

        self.infoLayout.addWidget(self.terminalCaption, 1, 0, 1, 1)

        self.terminalValue = QLabel(self.infoPanel)
        self.terminalValue.setObjectName(u"terminalValue")
        self.terminalValue.setWordWrap(True)
        self.terminalValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.terminalValue.setProperty(u"role", u"body")

        self.infoLayout.addWidget(self.terminalValue, 1, 1, 1, 1)

        self.centralCaption = QLabel(self.infoPanel)
        self.centralCaption.setObjectName(u"centralCaption")
        self.centralCaption.setProperty(u"role", u"caption")

        self.infoLayout.addWidget(self.centralCaption, 2, 0, 1, 1)

        self.centralValue = QLabel(self.infoPanel)
        self.centralValue.setObjectName(u"centralValue")
        self.centralValue.setWordWrap(True)
        self.centralValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.centralValue.setProperty(u"role", u"body")

        self.infoLayout.addWidget(self.centralValue, 2, 1, 1, 1)

        self.modeCaption = QLabel(self.infoPanel)
        self.modeCaption.setObjectName(u"modeCaption")
        self.modeCaption.setProperty(u"role", u"caption")

        self.infoLayout.addWidget(self.modeCaption, 3, 0, 1, 1)

        self.modeValue = QLabel(self.infoPanel)
        self.modeValue.setObjectName(u"modeValue")
        self.modeValue.setWordWrap(True)
        self.modeValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.modeValue.setProperty(u"role", u"body")

        self.infoLayout.addWidget(self.modeValue, 3, 1, 1, 1)

        self.infoLayout.setColumnStretch(1, 1)

        self.rootLayout.addWidget(self.infoPanel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(24)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.backButton = QPushButton(ServiceScreen)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.backButton.setProperty(u"role", u"secondary")

        self.actionsLayout.addWidget(self.backButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.leaveButton = QPushButton(ServiceScreen)
        self.leaveButton.setObjectName(u"leaveButton")
        self.leaveButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leaveButton.setProperty(u"role", u"danger")

        self.actionsLayout.addWidget(self.leaveButton)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(ServiceScreen)

        QMetaObject.connectSlotsByName(ServiceScreen)
    # setupUi

    def retranslateUi(self, ServiceScreen):
        self.titleLabel.setText(QCoreApplication.translate("ServiceScreen", u"Service", None))
        self.versionCaption.setText(QCoreApplication.translate("ServiceScreen", u"Version", None))
        self.terminalCaption.setText(QCoreApplication.translate("ServiceScreen", u"Terminal", None))
        self.centralCaption.setText(QCoreApplication.translate("ServiceScreen", u"Central service", None))
        self.modeCaption.setText(QCoreApplication.translate("ServiceScreen", u"Mode", None))
        self.backButton.setText(QCoreApplication.translate("ServiceScreen", u"Back to the kiosk", None))
        self.leaveButton.setText(QCoreApplication.translate("ServiceScreen", u"Leave kiosk mode", None))
        pass
    # retranslateUi

