# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'program.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QRect,
    Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ProgramScreen(object):
    def setupUi(self, ProgramScreen: QWidget) -> None:
        if not ProgramScreen.objectName():
            ProgramScreen.setObjectName(u"ProgramScreen")
        ProgramScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(ProgramScreen)
        self.rootLayout.setSpacing(20)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(56, 40, 56, 40)
        self.titleLabel = QLabel(ProgramScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.rootLayout.addWidget(self.titleLabel)

        self.scrollArea = QScrollArea(ProgramScreen)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setWidgetResizable(True)
        self.contentWidget = QWidget()
        self.contentWidget.setObjectName(u"contentWidget")
        self.contentWidget.setGeometry(QRect(0, 0, 1160, 800))
        self.contentLayout = QVBoxLayout(self.contentWidget)
        self.contentLayout.setSpacing(12)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 24, 24)
        self.discountLabel = QLabel(self.contentWidget)
        self.discountLabel.setObjectName(u"discountLabel")
        self.discountLabel.setWordWrap(True)
        self.discountLabel.setProperty(u"role", u"promo")

        self.contentLayout.addWidget(self.discountLabel)

        self.sectionsLayout = QVBoxLayout()
        self.sectionsLayout.setSpacing(12)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.generalCaption = QLabel(self.contentWidget)
        self.generalCaption.setObjectName(u"generalCaption")
        self.generalCaption.setWordWrap(True)
        self.generalCaption.setProperty(u"role", u"section")

        self.sectionsLayout.addWidget(self.generalCaption)

        self.generalLabel = QLabel(self.contentWidget)
        self.generalLabel.setObjectName(u"generalLabel")
        self.generalLabel.setWordWrap(True)
        self.generalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.generalLabel.setProperty(u"role", u"body")

        self.sectionsLayout.addWidget(self.generalLabel)

        self.rulesCaption = QLabel(self.contentWidget)
        self.rulesCaption.setObjectName(u"rulesCaption")
        self.rulesCaption.setWordWrap(True)
        self.rulesCaption.setProperty(u"role", u"section")

        self.sectionsLayout.addWidget(self.rulesCaption)

        self.rulesLabel = QLabel(self.contentWidget)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)
        self.rulesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.rulesLabel.setProperty(u"role", u"body")

        self.sectionsLayout.addWidget(self.rulesLabel)

        self.requirementsCaption = QLabel(self.contentWidget)
        self.requirementsCaption.setObjectName(u"requirementsCaption")
        self.requirementsCaption.setWordWrap(True)
        self.requirementsCaption.setProperty(u"role", u"section")

        self.sectionsLayout.addWidget(self.requirementsCaption)

        self.requirementsLabel = QLabel(self.contentWidget)
        self.requirementsLabel.setObjectName(u"requirementsLabel")
        self.requirementsLabel.setWordWrap(True)
        self.requirementsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.requirementsLabel.setProperty(u"role", u"body")

        self.sectionsLayout.addWidget(self.requirementsLabel)

        self.installmentCaption = QLabel(self.contentWidget)
        self.installmentCaption.setObjectName(u"installmentCaption")
        self.installmentCaption.setWordWrap(True)
        self.installmentCaption.setProperty(u"role", u"section")

        self.sectionsLayout.addWidget(self.installmentCaption)

        self.installmentLabel = QLabel(self.contentWidget)
        self.installmentLabel.setObjectName(u"installmentLabel")
        self.installmentLabel.setWordWrap(True)
        self.installmentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.installmentLabel.setProperty(u"role", u"body")

        self.sectionsLayout.addWidget(self.installmentLabel)

        self.organizerCaption = QLabel(self.contentWidget)
        self.organizerCaption.setObjectName(u"organizerCaption")
        self.organizerCaption.setWordWrap(True)
        self.organizerCaption.setProperty(u"role", u"section")

        self.sectionsLayout.addWidget(self.organizerCaption)

        self.organizerLabel = QLabel(self.contentWidget)
        self.organizerLabel.setObjectName(u"organizerLabel")
        self.organizerLabel.setWordWrap(True)
        self.organizerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.organizerLabel.setProperty(u"role", u"body")

        self.sectionsLayout.addWidget(self.organizerLabel)

        self.contactsCaption = QLabel(self.contentWidget)
        self.contactsCaption.setObjectName(u"contactsCaption")
        self.contactsCaption.setWordWrap(True)
        self.contactsCaption.setProperty(u"role", u"section")

        self.sectionsLayout.addWidget(self.contactsCaption)

        self.contactsLabel = QLabel(self.contentWidget)
        self.contactsLabel.setObjectName(u"contactsLabel")
        self.contactsLabel.setWordWrap(True)
        self.contactsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.contactsLabel.setProperty(u"role", u"body")

        self.sectionsLayout.addWidget(self.contactsLabel)


        self.contentLayout.addLayout(self.sectionsLayout)

        self.contentSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.contentSpacer)

        self.scrollArea.setWidget(self.contentWidget)

        self.rootLayout.addWidget(self.scrollArea)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.backButton = QPushButton(ProgramScreen)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.backButton.setProperty(u"role", u"secondary")

        self.actionsLayout.addWidget(self.backButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(ProgramScreen)

        QMetaObject.connectSlotsByName(ProgramScreen)
    # setupUi

    def retranslateUi(self, ProgramScreen: QWidget) -> None:
        self.titleLabel.setText(QCoreApplication.translate("ProgramScreen", u"About the loyalty program", None))
        self.generalCaption.setText(QCoreApplication.translate("ProgramScreen", u"What the card gives you", None))
        self.rulesCaption.setText(QCoreApplication.translate("ProgramScreen", u"Program rules", None))
        self.requirementsCaption.setText(QCoreApplication.translate("ProgramScreen", u"Who can take part", None))
        self.installmentCaption.setText(QCoreApplication.translate("ProgramScreen", u"Paying with an installment card", None))
        self.organizerCaption.setText(QCoreApplication.translate("ProgramScreen", u"Organizer", None))
        self.contactsCaption.setText(QCoreApplication.translate("ProgramScreen", u"Support", None))
        self.backButton.setText(QCoreApplication.translate("ProgramScreen", u"Back", None))
        pass
    # retranslateUi

