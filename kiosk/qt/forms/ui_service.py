# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout,
    QLabel, QListWidget, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ServiceScreen(object):
    def setupUi(self, ServiceScreen: QWidget) -> None:
        if not ServiceScreen.objectName():
            ServiceScreen.setObjectName(u"ServiceScreen")
        ServiceScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(ServiceScreen)
        self.rootLayout.setSpacing(16)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(40, 28, 40, 28)
        self.titleLabel = QLabel(ServiceScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.rootLayout.addWidget(self.titleLabel)

        self.scroll = QScrollArea(ServiceScreen)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.scrollContent = QWidget()
        self.scrollContent.setObjectName(u"scrollContent")
        self.columnsLayout = QVBoxLayout(self.scrollContent)
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(16)
        self.leftColumn.setObjectName(u"leftColumn")
        self.infoPanel = QFrame(self.scrollContent)
        self.infoPanel.setObjectName(u"infoPanel")
        self.infoPanel.setProperty(u"role", u"panel")
        self.infoPanelLayout = QGridLayout(self.infoPanel)
        self.infoPanelLayout.setObjectName(u"infoPanelLayout")
        self.infoPanelLayout.setHorizontalSpacing(24)
        self.infoPanelLayout.setVerticalSpacing(10)
        self.infoPanelLayout.setContentsMargins(24, 20, 24, 20)
        self.versionCaption = QLabel(self.infoPanel)
        self.versionCaption.setObjectName(u"versionCaption")
        self.versionCaption.setWordWrap(True)
        self.versionCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.versionCaption, 0, 0, 1, 1)

        self.versionValue = QLabel(self.infoPanel)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setWordWrap(True)
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.versionValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.versionValue, 0, 1, 1, 1)

        self.terminalCaption = QLabel(self.infoPanel)
        self.terminalCaption.setObjectName(u"terminalCaption")
        self.terminalCaption.setWordWrap(True)
        self.terminalCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.terminalCaption, 1, 0, 1, 1)

        self.terminalValue = QLabel(self.infoPanel)
        self.terminalValue.setObjectName(u"terminalValue")
        self.terminalValue.setWordWrap(True)
        self.terminalValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.terminalValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.terminalValue, 1, 1, 1, 1)

        self.centralCaption = QLabel(self.infoPanel)
        self.centralCaption.setObjectName(u"centralCaption")
        self.centralCaption.setWordWrap(True)
        self.centralCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.centralCaption, 2, 0, 1, 1)

        self.centralValue = QLabel(self.infoPanel)
        self.centralValue.setObjectName(u"centralValue")
        self.centralValue.setWordWrap(True)
        self.centralValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.centralValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.centralValue, 2, 1, 1, 1)

        self.centralStateCaption = QLabel(self.infoPanel)
        self.centralStateCaption.setObjectName(u"centralStateCaption")
        self.centralStateCaption.setWordWrap(True)
        self.centralStateCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.centralStateCaption, 3, 0, 1, 1)

        self.centralStateValue = QLabel(self.infoPanel)
        self.centralStateValue.setObjectName(u"centralStateValue")
        self.centralStateValue.setWordWrap(True)
        self.centralStateValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.centralStateValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.centralStateValue, 3, 1, 1, 1)

        self.modeCaption = QLabel(self.infoPanel)
        self.modeCaption.setObjectName(u"modeCaption")
        self.modeCaption.setWordWrap(True)
        self.modeCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.modeCaption, 4, 0, 1, 1)

        self.modeValue = QLabel(self.infoPanel)
        self.modeValue.setObjectName(u"modeValue")
        self.modeValue.setWordWrap(True)
        self.modeValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.modeValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.modeValue, 4, 1, 1, 1)

        self.logFolderCaption = QLabel(self.infoPanel)
        self.logFolderCaption.setObjectName(u"logFolderCaption")
        self.logFolderCaption.setWordWrap(True)
        self.logFolderCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.logFolderCaption, 5, 0, 1, 1)

        self.logFolderValue = QLabel(self.infoPanel)
        self.logFolderValue.setObjectName(u"logFolderValue")
        self.logFolderValue.setWordWrap(True)
        self.logFolderValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.logFolderValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.logFolderValue, 5, 1, 1, 1)

        self.scannerCaption = QLabel(self.infoPanel)
        self.scannerCaption.setObjectName(u"scannerCaption")
        self.scannerCaption.setWordWrap(True)
        self.scannerCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.scannerCaption, 6, 0, 1, 1)

        self.scannerValue = QLabel(self.infoPanel)
        self.scannerValue.setObjectName(u"scannerValue")
        self.scannerValue.setWordWrap(True)
        self.scannerValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.scannerValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.scannerValue, 6, 1, 1, 1)

        self.serialScannerCaption = QLabel(self.infoPanel)
        self.serialScannerCaption.setObjectName(u"serialScannerCaption")
        self.serialScannerCaption.setWordWrap(True)
        self.serialScannerCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.serialScannerCaption, 7, 0, 1, 1)

        self.serialScannerValue = QLabel(self.infoPanel)
        self.serialScannerValue.setObjectName(u"serialScannerValue")
        self.serialScannerValue.setWordWrap(True)
        self.serialScannerValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.serialScannerValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.serialScannerValue, 7, 1, 1, 1)

        self.lastScanCaption = QLabel(self.infoPanel)
        self.lastScanCaption.setObjectName(u"lastScanCaption")
        self.lastScanCaption.setWordWrap(True)
        self.lastScanCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.lastScanCaption, 8, 0, 1, 1)

        self.lastScanValue = QLabel(self.infoPanel)
        self.lastScanValue.setObjectName(u"lastScanValue")
        self.lastScanValue.setWordWrap(True)
        self.lastScanValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.lastScanValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.lastScanValue, 8, 1, 1, 1)

        self.scannerTestCaption = QLabel(self.infoPanel)
        self.scannerTestCaption.setObjectName(u"scannerTestCaption")
        self.scannerTestCaption.setWordWrap(True)
        self.scannerTestCaption.setProperty(u"role", u"caption")

        self.infoPanelLayout.addWidget(self.scannerTestCaption, 9, 0, 1, 1)

        self.scannerTestValue = QLabel(self.infoPanel)
        self.scannerTestValue.setObjectName(u"scannerTestValue")
        self.scannerTestValue.setWordWrap(True)
        self.scannerTestValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.scannerTestValue.setProperty(u"role", u"body")

        self.infoPanelLayout.addWidget(self.scannerTestValue, 9, 1, 1, 1)

        self.infoPanelLayout.setColumnStretch(0, 1)
        self.infoPanelLayout.setColumnStretch(1, 2)

        self.leftColumn.addWidget(self.infoPanel)

        self.selfCheckPanel = QFrame(self.scrollContent)
        self.selfCheckPanel.setObjectName(u"selfCheckPanel")
        self.selfCheckPanel.setProperty(u"role", u"panel")
        self.selfCheckLayout = QVBoxLayout(self.selfCheckPanel)
        self.selfCheckLayout.setObjectName(u"selfCheckLayout")
        self.selfCheckLayout.setContentsMargins(24, 20, 24, 20)
        self.selfCheckButton = QPushButton(self.selfCheckPanel)
        self.selfCheckButton.setObjectName(u"selfCheckButton")
        self.selfCheckButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.selfCheckButton.setProperty(u"role", u"secondary")

        self.selfCheckLayout.addWidget(self.selfCheckButton)

        self.selfCheckValue = QLabel(self.selfCheckPanel)
        self.selfCheckValue.setObjectName(u"selfCheckValue")
        self.selfCheckValue.setWordWrap(True)
        self.selfCheckValue.setProperty(u"role", u"body")

        self.selfCheckLayout.addWidget(self.selfCheckValue)


        self.leftColumn.addWidget(self.selfCheckPanel)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(16)
        self.rightColumn.setObjectName(u"rightColumn")
        self.outboxPanel = QFrame(self.scrollContent)
        self.outboxPanel.setObjectName(u"outboxPanel")
        self.outboxPanel.setProperty(u"role", u"panel")
        self.outboxPanelLayout = QGridLayout(self.outboxPanel)
        self.outboxPanelLayout.setObjectName(u"outboxPanelLayout")
        self.outboxPanelLayout.setHorizontalSpacing(24)
        self.outboxPanelLayout.setVerticalSpacing(10)
        self.outboxPanelLayout.setContentsMargins(24, 20, 24, 20)
        self.outboxDepthCaption = QLabel(self.outboxPanel)
        self.outboxDepthCaption.setObjectName(u"outboxDepthCaption")
        self.outboxDepthCaption.setWordWrap(True)
        self.outboxDepthCaption.setProperty(u"role", u"caption")

        self.outboxPanelLayout.addWidget(self.outboxDepthCaption, 0, 0, 1, 1)

        self.outboxDepthValue = QLabel(self.outboxPanel)
        self.outboxDepthValue.setObjectName(u"outboxDepthValue")
        self.outboxDepthValue.setWordWrap(True)
        self.outboxDepthValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.outboxDepthValue.setProperty(u"role", u"body")

        self.outboxPanelLayout.addWidget(self.outboxDepthValue, 0, 1, 1, 1)

        self.outboxOldestCaption = QLabel(self.outboxPanel)
        self.outboxOldestCaption.setObjectName(u"outboxOldestCaption")
        self.outboxOldestCaption.setWordWrap(True)
        self.outboxOldestCaption.setProperty(u"role", u"caption")

        self.outboxPanelLayout.addWidget(self.outboxOldestCaption, 1, 0, 1, 1)

        self.outboxOldestValue = QLabel(self.outboxPanel)
        self.outboxOldestValue.setObjectName(u"outboxOldestValue")
        self.outboxOldestValue.setWordWrap(True)
        self.outboxOldestValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.outboxOldestValue.setProperty(u"role", u"body")

        self.outboxPanelLayout.addWidget(self.outboxOldestValue, 1, 1, 1, 1)

        self.deadLettersCaption = QLabel(self.outboxPanel)
        self.deadLettersCaption.setObjectName(u"deadLettersCaption")
        self.deadLettersCaption.setWordWrap(True)
        self.deadLettersCaption.setProperty(u"role", u"caption")

        self.outboxPanelLayout.addWidget(self.deadLettersCaption, 2, 0, 1, 1)

        self.deadLettersValue = QLabel(self.outboxPanel)
        self.deadLettersValue.setObjectName(u"deadLettersValue")
        self.deadLettersValue.setWordWrap(True)
        self.deadLettersValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.deadLettersValue.setProperty(u"role", u"body")

        self.outboxPanelLayout.addWidget(self.deadLettersValue, 2, 1, 1, 1)

        self.outboxNoteCaption = QLabel(self.outboxPanel)
        self.outboxNoteCaption.setObjectName(u"outboxNoteCaption")
        self.outboxNoteCaption.setWordWrap(True)
        self.outboxNoteCaption.setProperty(u"role", u"caption")

        self.outboxPanelLayout.addWidget(self.outboxNoteCaption, 3, 0, 1, 1)

        self.outboxNoteValue = QLabel(self.outboxPanel)
        self.outboxNoteValue.setObjectName(u"outboxNoteValue")
        self.outboxNoteValue.setWordWrap(True)
        self.outboxNoteValue.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.outboxNoteValue.setProperty(u"role", u"body")

        self.outboxPanelLayout.addWidget(self.outboxNoteValue, 3, 1, 1, 1)

        self.outboxPanelLayout.setColumnStretch(0, 1)
        self.outboxPanelLayout.setColumnStretch(1, 2)

        self.rightColumn.addWidget(self.outboxPanel)

        self.deadLettersList = QListWidget(self.scrollContent)
        self.deadLettersList.setObjectName(u"deadLettersList")
        self.deadLettersList.setMinimumSize(QSize(0, 160))
        self.deadLettersList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deadLettersList.setWordWrap(True)

        self.rightColumn.addWidget(self.deadLettersList)

        self.deadLetterActions = QWidget(self.scrollContent)
        self.deadLetterActions.setObjectName(u"deadLetterActions")
        self.retryButton = QPushButton(self.deadLetterActions)
        self.retryButton.setObjectName(u"retryButton")
        self.retryButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retryButton.setProperty(u"role", u"secondary")
        self.discardButton = QPushButton(self.deadLetterActions)
        self.discardButton.setObjectName(u"discardButton")
        self.discardButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.discardButton.setProperty(u"role", u"secondary")

        self.rightColumn.addWidget(self.deadLetterActions)

        self.languageCaption = QLabel(self.scrollContent)
        self.languageCaption.setObjectName(u"languageCaption")
        self.languageCaption.setWordWrap(True)
        self.languageCaption.setProperty(u"role", u"caption")

        self.rightColumn.addWidget(self.languageCaption)

        self.languageButtons = QWidget(self.scrollContent)
        self.languageButtons.setObjectName(u"languageButtons")
        self.ruButton = QPushButton(self.languageButtons)
        self.ruButton.setObjectName(u"ruButton")
        self.ruButton.setText(u"\u0420\u0443\u0441\u0441\u043a\u0438\u0439")
        self.ruButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ruButton.setProperty(u"role", u"secondary")
        self.beButton = QPushButton(self.languageButtons)
        self.beButton.setObjectName(u"beButton")
        self.beButton.setText(u"\u0411\u0435\u043b\u0430\u0440\u0443\u0441\u043a\u0430\u044f")
        self.beButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.beButton.setProperty(u"role", u"secondary")
        self.enButton = QPushButton(self.languageButtons)
        self.enButton.setObjectName(u"enButton")
        self.enButton.setText(u"English")
        self.enButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.enButton.setProperty(u"role", u"secondary")

        self.rightColumn.addWidget(self.languageButtons)


        self.columnsLayout.addLayout(self.rightColumn)

        self.scroll.setWidget(self.scrollContent)

        self.rootLayout.addWidget(self.scroll)

        self.confirmPanel = QFrame(ServiceScreen)
        self.confirmPanel.setObjectName(u"confirmPanel")
        self.confirmPanel.setProperty(u"role", u"panel")
        self.confirmLayout = QVBoxLayout(self.confirmPanel)
        self.confirmLayout.setSpacing(16)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmLayout.setContentsMargins(24, 16, 24, 16)
        self.confirmRow = QHBoxLayout()
        self.confirmRow.setSpacing(24)
        self.confirmRow.setObjectName(u"confirmRow")
        self.confirmLabel = QLabel(self.confirmPanel)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setWordWrap(True)
        self.confirmLabel.setProperty(u"role", u"body")

        self.confirmRow.addWidget(self.confirmLabel)

        self.cancelLeaveButton = QPushButton(self.confirmPanel)
        self.cancelLeaveButton.setObjectName(u"cancelLeaveButton")
        self.cancelLeaveButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancelLeaveButton.setProperty(u"role", u"secondary")

        self.confirmRow.addWidget(self.cancelLeaveButton)

        self.confirmLeaveButton = QPushButton(self.confirmPanel)
        self.confirmLeaveButton.setObjectName(u"confirmLeaveButton")
        self.confirmLeaveButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirmLeaveButton.setProperty(u"role", u"danger")

        self.confirmRow.addWidget(self.confirmLeaveButton)


        self.confirmLayout.addLayout(self.confirmRow)

        self.foldedConfirmRow = QHBoxLayout()
        self.foldedConfirmRow.setSpacing(24)
        self.foldedConfirmRow.setObjectName(u"foldedConfirmRow")

        self.confirmLayout.addLayout(self.foldedConfirmRow)


        self.rootLayout.addWidget(self.confirmPanel)

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

        self.foldedActionsLayout = QHBoxLayout()
        self.foldedActionsLayout.setObjectName(u"foldedActionsLayout")

        self.rootLayout.addLayout(self.foldedActionsLayout)


        self.retranslateUi(ServiceScreen)

        QMetaObject.connectSlotsByName(ServiceScreen)
    # setupUi

    def retranslateUi(self, ServiceScreen: QWidget) -> None:
        self.titleLabel.setText(QCoreApplication.translate("ServiceScreen", u"Service", None))
        self.versionCaption.setText(QCoreApplication.translate("ServiceScreen", u"Version", None))
        self.terminalCaption.setText(QCoreApplication.translate("ServiceScreen", u"Terminal", None))
        self.centralCaption.setText(QCoreApplication.translate("ServiceScreen", u"Central service", None))
        self.centralStateCaption.setText(QCoreApplication.translate("ServiceScreen", u"Central answers", None))
        self.modeCaption.setText(QCoreApplication.translate("ServiceScreen", u"Mode", None))
        self.logFolderCaption.setText(QCoreApplication.translate("ServiceScreen", u"Log folder", None))
        self.scannerCaption.setText(QCoreApplication.translate("ServiceScreen", u"Scanner", None))
        self.serialScannerCaption.setText(QCoreApplication.translate("ServiceScreen", u"Serial scanner", None))
        self.lastScanCaption.setText(QCoreApplication.translate("ServiceScreen", u"Last scan", None))
        self.scannerTestCaption.setText(QCoreApplication.translate("ServiceScreen", u"Scanner test", None))
        self.selfCheckButton.setText(QCoreApplication.translate("ServiceScreen", u"Run the self-check", None))
        self.outboxDepthCaption.setText(QCoreApplication.translate("ServiceScreen", u"Activations waiting", None))
        self.outboxOldestCaption.setText(QCoreApplication.translate("ServiceScreen", u"Oldest waiting", None))
        self.deadLettersCaption.setText(QCoreApplication.translate("ServiceScreen", u"Refused activations", None))
        self.outboxNoteCaption.setText(QCoreApplication.translate("ServiceScreen", u"Outbox", None))
        self.retryButton.setText(QCoreApplication.translate("ServiceScreen", u"Send again", None))
        self.discardButton.setText(QCoreApplication.translate("ServiceScreen", u"Discard", None))
        self.languageCaption.setText(QCoreApplication.translate("ServiceScreen", u"Language of the kiosk", None))
        self.confirmLabel.setText(QCoreApplication.translate("ServiceScreen", u"Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.", None))
        self.cancelLeaveButton.setText(QCoreApplication.translate("ServiceScreen", u"Stay", None))
        self.confirmLeaveButton.setText(QCoreApplication.translate("ServiceScreen", u"Yes, leave", None))
        self.backButton.setText(QCoreApplication.translate("ServiceScreen", u"Back to the kiosk", None))
        self.leaveButton.setText(QCoreApplication.translate("ServiceScreen", u"Leave kiosk mode", None))
        pass
    # retranslateUi

