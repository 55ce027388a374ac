# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manual_entry.ui'
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

class Ui_ManualEntryScreen(object):
    def setupUi(self, ManualEntryScreen: QWidget) -> None:
        if not ManualEntryScreen.objectName():
            ManualEntryScreen.setObjectName(u"ManualEntryScreen")
        ManualEntryScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(ManualEntryScreen)
        self.rootLayout.setSpacing(20)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(56, 40, 56, 48)
        self.titleLabel = QLabel(ManualEntryScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.rootLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ManualEntryScreen)
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
        self.numberEdit = QLineEdit(ManualEntryScreen)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMinimumSize(QSize(560, 88))
        self.numberEdit.setMaxLength(13)
        self.numberEdit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.numberEdit.setProperty(u"role", u"number")

        self.entryColumn.addWidget(self.numberEdit)

        self.errorLabel = QLabel(ManualEntryScreen)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.entryColumn.addWidget(self.errorLabel)

        self.keypad = NumericKeypad(ManualEntryScreen)
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
        self.backButton = QPushButton(ManualEntryScreen)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.backButton.setProperty(u"role", u"secondary")

        self.actionsLayout.addWidget(self.backButton)

        self.actionsSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(ManualEntryScreen)

        QMetaObject.connectSlotsByName(ManualEntryScreen)
    # setupUi

    def retranslateUi(self, ManualEntryScreen: QWidget) -> None:
        self.titleLabel.setText(QCoreApplication.translate("ManualEntryScreen", u"Enter the card number", None))
        self.hintLabel.setText(QCoreApplication.translate("ManualEntryScreen", u"The 13 digits printed under the barcode on your card", None))
        self.backButton.setText(QCoreApplication.translate("ManualEntryScreen", u"Back", None))
        pass
    # retranslateUi

