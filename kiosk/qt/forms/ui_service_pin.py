# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_pin.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from kiosk.qt.input.keypad import NumericKeypad

class Ui_ServicePinScreen(object):
    def setupUi(self, ServicePinScreen: QWidget) -> None:
        if not ServicePinScreen.objectName():
            ServicePinScreen.setObjectName(u"ServicePinScreen")
        ServicePinScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(ServicePinScreen)
        self.rootLayout.setSpacing(20)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(56, 40, 56, 48)
        self.titleLabel = QLabel(ServicePinScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setProperty(u"role", u"title")

        self.rootLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ServicePinScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"subtitle")

        self.rootLayout.addWidget(self.hintLabel)

        self.entryLayout = QHBoxLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryLayout.addItem(self.entryLeftSpacer)

        self.entryColumn = QVBoxLayout()
        self.entryColumn.setSpacing(16)
        self.entryColumn.setObjectName(u"entryColumn")
        self.pinEdit = QLineEdit(ServicePinScreen)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMinimumSize(QSize(480, 88))
        self.pinEdit.setMaxLength(12)
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinEdit.setProperty(u"role", u"number")

        self.entryColumn.addWidget(self.pinEdit)

        self.errorLabel = QLabel(ServicePinScreen)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.entryColumn.addWidget(self.errorLabel)

        self.keypad = NumericKeypad(ServicePinScreen)
        self.keypad.setObjectName(u"keypad")

        self.entryColumn.addWidget(self.keypad)


        self.entryLayout.addLayout(self.entryColumn)

        self.entryRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryLayout.addItem(self.entryRightSpacer)


        self.rootLayout.addLayout(self.entryLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.cancelButton = QPushButton(ServicePinScreen)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancelButton.setProperty(u"role", u"secondary")

        self.actionsLayout.addWidget(self.cancelButton)

        self.actionsSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(ServicePinScreen)

        QMetaObject.connectSlotsByName(ServicePinScreen)
    # setupUi

    def retranslateUi(self, ServicePinScreen: QWidget) -> None:
        self.titleLabel.setText(QCoreApplication.translate("ServicePinScreen", u"Service mode", None))
        self.hintLabel.setText(QCoreApplication.translate("ServicePinScreen", u"Enter the service PIN", None))
        self.cancelButton.setText(QCoreApplication.translate("ServicePinScreen", u"Cancel", None))
        pass
    # retranslateUi

