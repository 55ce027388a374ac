# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashier.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QVBoxLayout,
    QWidget)

from kiosk.qt.input.keypad import NumericKeypad
from kiosk.qt.widgets.page_stack import (CurrentPageStack, StackPage)

class Ui_CashierScreen(object):
    def setupUi(self, CashierScreen: QWidget) -> None:
        if not CashierScreen.objectName():
            CashierScreen.setObjectName(u"CashierScreen")
        CashierScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(CashierScreen)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = CurrentPageStack(CashierScreen)
        self.pages.setObjectName(u"pages")
        self.pinPage = StackPage()
        self.pinPage.setObjectName(u"pinPage")
        self.pinLayout = QVBoxLayout(self.pinPage)
        self.pinLayout.setSpacing(20)
        self.pinLayout.setObjectName(u"pinLayout")
        self.pinLayout.setContentsMargins(56, 40, 56, 48)
        self.pinTitleLabel = QLabel(self.pinPage)
        self.pinTitleLabel.setObjectName(u"pinTitleLabel")
        self.pinTitleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinTitleLabel.setProperty(u"role", u"title")

        self.pinLayout.addWidget(self.pinTitleLabel)

        self.pinSaidLayout = QVBoxLayout()
        self.pinSaidLayout.setSpacing(4)
        self.pinSaidLayout.setObjectName(u"pinSaidLayout")
        self.pinHintLabel = QLabel(self.pinPage)
        self.pinHintLabel.setObjectName(u"pinHintLabel")
        self.pinHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinHintLabel.setWordWrap(True)
        self.pinHintLabel.setProperty(u"role", u"subtitle")

        self.pinSaidLayout.addWidget(self.pinHintLabel)

        self.pinErrorLabel = QLabel(self.pinPage)
        self.pinErrorLabel.setObjectName(u"pinErrorLabel")
        self.pinErrorLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinErrorLabel.setWordWrap(True)
        self.pinErrorLabel.setProperty(u"role", u"error")

        self.pinSaidLayout.addWidget(self.pinErrorLabel)


        self.pinLayout.addLayout(self.pinSaidLayout)

        self.entryLayout = QHBoxLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryLayout.addItem(self.entryLeftSpacer)

        self.entryColumn = QVBoxLayout()
        self.entryColumn.setSpacing(16)
        self.entryColumn.setObjectName(u"entryColumn")
        self.pinEdit = QLineEdit(self.pinPage)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMinimumSize(QSize(480, 88))
        self.pinEdit.setMaxLength(12)
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pinEdit.setProperty(u"role", u"number")

        self.entryColumn.addWidget(self.pinEdit)

        self.keypad = NumericKeypad(self.pinPage)
        self.keypad.setObjectName(u"keypad")
        self.keypad.setMinimumSize(QSize(480, 400))

        self.entryColumn.addWidget(self.keypad)


        self.entryLayout.addLayout(self.entryColumn)

        self.entryRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryLayout.addItem(self.entryRightSpacer)


        self.pinLayout.addLayout(self.entryLayout)

        self.pinBottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pinLayout.addItem(self.pinBottomSpacer)

        self.pinActionsLayout = QHBoxLayout()
        self.pinActionsLayout.setObjectName(u"pinActionsLayout")
        self.pinCancelButton = QPushButton(self.pinPage)
        self.pinCancelButton.setObjectName(u"pinCancelButton")
        self.pinCancelButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pinCancelButton.setProperty(u"role", u"secondary")

        self.pinActionsLayout.addWidget(self.pinCancelButton)

        self.pinActionsSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pinActionsLayout.addItem(self.pinActionsSpacer)


        self.pinLayout.addLayout(self.pinActionsLayout)

        self.pages.addWidget(self.pinPage)
        self.listPage = StackPage()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setSpacing(16)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(56, 40, 56, 48)
        self.headerLayout = QVBoxLayout()
        self.headerLayout.setSpacing(4)
        self.headerLayout.setObjectName(u"headerLayout")
        self.listTitleLabel = QLabel(self.listPage)
        self.listTitleLabel.setObjectName(u"listTitleLabel")
        self.listTitleLabel.setWordWrap(True)
        self.listTitleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.listTitleLabel)

        self.staffLabel = QLabel(self.listPage)
        self.staffLabel.setObjectName(u"staffLabel")
        self.staffLabel.setWordWrap(True)
        self.staffLabel.setProperty(u"role", u"subtitle")

        self.headerLayout.addWidget(self.staffLabel)


        self.listLayout.addLayout(self.headerLayout)

        self.listHintLabel = QLabel(self.listPage)
        self.listHintLabel.setObjectName(u"listHintLabel")
        self.listHintLabel.setWordWrap(True)
        self.listHintLabel.setProperty(u"role", u"body")

        self.listLayout.addWidget(self.listHintLabel)

        self.countersLayout = QHBoxLayout()
        self.countersLayout.setSpacing(32)
        self.countersLayout.setObjectName(u"countersLayout")
        self.counterLabel = QLabel(self.listPage)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setWordWrap(True)
        self.counterLabel.setProperty(u"role", u"subtitle")

        self.countersLayout.addWidget(self.counterLabel)

        self.waitingLabel = QLabel(self.listPage)
        self.waitingLabel.setObjectName(u"waitingLabel")
        self.waitingLabel.setWordWrap(True)
        self.waitingLabel.setProperty(u"role", u"subtitle")

        self.countersLayout.addWidget(self.waitingLabel)

        self.countersSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countersLayout.addItem(self.countersSpacer)


        self.listLayout.addLayout(self.countersLayout)

        self.noticeLabel = QLabel(self.listPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"error")

        self.listLayout.addWidget(self.noticeLabel)

        self.rowsTable = QTableWidget(self.listPage)
        if (self.rowsTable.columnCount() < 3):
            self.rowsTable.setColumnCount(3)
        self.rowsTable.setObjectName(u"rowsTable")
        self.rowsTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rowsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rowsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rowsTable.setShowGrid(False)
        self.rowsTable.setColumnCount(3)
        self.rowsTable.horizontalHeader().setVisible(False)
        self.rowsTable.horizontalHeader().setStretchLastSection(False)
        self.rowsTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.rowsTable)

        self.listActionsLayout = QHBoxLayout()
        self.listActionsLayout.setSpacing(24)
        self.listActionsLayout.setObjectName(u"listActionsLayout")
        self.signOutButton = QPushButton(self.listPage)
        self.signOutButton.setObjectName(u"signOutButton")
        self.signOutButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.signOutButton.setProperty(u"role", u"secondary")

        self.listActionsLayout.addWidget(self.signOutButton)

        self.listActionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listActionsLayout.addItem(self.listActionsSpacer)

        self.serviceButton = QPushButton(self.listPage)
        self.serviceButton.setObjectName(u"serviceButton")
        self.serviceButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.serviceButton.setProperty(u"role", u"secondary")

        self.listActionsLayout.addWidget(self.serviceButton)


        self.listLayout.addLayout(self.listActionsLayout)

        self.pages.addWidget(self.listPage)

        self.rootLayout.addWidget(self.pages)


        self.retranslateUi(CashierScreen)

        QMetaObject.connectSlotsByName(CashierScreen)
    # setupUi

    def retranslateUi(self, CashierScreen: QWidget) -> None:
        self.pinTitleLabel.setText(QCoreApplication.translate("CashierScreen", u"Cashier sign-in", None))
        self.pinHintLabel.setText(QCoreApplication.translate("CashierScreen", u"Enter the PIN of your staff badge", None))
        self.pinCancelButton.setText(QCoreApplication.translate("CashierScreen", u"Cancel", None))
        self.listTitleLabel.setText(QCoreApplication.translate("CashierScreen", u"Card activation", None))
        self.listHintLabel.setText(QCoreApplication.translate("CashierScreen", u"Scan the cards sold at the till one after another.", None))
        self.signOutButton.setText(QCoreApplication.translate("CashierScreen", u"Sign out", None))
        self.serviceButton.setText(QCoreApplication.translate("CashierScreen", u"Service screen", None))
        pass
    # retranslateUi

