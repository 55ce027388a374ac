# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attract.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from kiosk.qt.widgets.scroll_content import ScrollContent
from kiosk.qt.widgets.wrapping import WrappingLabel

class Ui_AttractScreen(object):
    def setupUi(self, AttractScreen: QWidget) -> None:
        if not AttractScreen.objectName():
            AttractScreen.setObjectName(u"AttractScreen")
        AttractScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(AttractScreen)
        self.rootLayout.setSpacing(24)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(56, 40, 56, 48)
        self.contentScroll = QScrollArea(AttractScreen)
        self.contentScroll.setObjectName(u"contentScroll")
        self.contentScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.contentScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contentScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.contentScroll.setWidgetResizable(True)
        self.contentBox = ScrollContent()
        self.contentBox.setObjectName(u"contentBox")
        self.contentBoxLayout = QVBoxLayout(self.contentBox)
        self.contentBoxLayout.setSpacing(24)
        self.contentBoxLayout.setObjectName(u"contentBoxLayout")
        self.contentBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.topBarLayout = QHBoxLayout()
        self.topBarLayout.setSpacing(12)
        self.topBarLayout.setObjectName(u"topBarLayout")
        self.brandLabel = QLabel(self.contentBox)
        self.brandLabel.setObjectName(u"brandLabel")
        self.brandLabel.setWordWrap(True)
        self.brandLabel.setProperty(u"role", u"brand")

        self.topBarLayout.addWidget(self.brandLabel)

        self.topBarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBarLayout.addItem(self.topBarSpacer)

        self.langRuButton = QPushButton(self.contentBox)
        self.langRuButton.setObjectName(u"langRuButton")
        self.langRuButton.setText(u"\u0420\u0443\u0441\u0441\u043a\u0438\u0439")
        self.langRuButton.setCheckable(True)
        self.langRuButton.setAutoExclusive(True)
        self.langRuButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.langRuButton.setProperty(u"role", u"language")

        self.topBarLayout.addWidget(self.langRuButton)

        self.langBeButton = QPushButton(self.contentBox)
        self.langBeButton.setObjectName(u"langBeButton")
        self.langBeButton.setText(u"\u0411\u0435\u043b\u0430\u0440\u0443\u0441\u043a\u0430\u044f")
        self.langBeButton.setCheckable(True)
        self.langBeButton.setAutoExclusive(True)
        self.langBeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.langBeButton.setProperty(u"role", u"language")

        self.topBarLayout.addWidget(self.langBeButton)

        self.langEnButton = QPushButton(self.contentBox)
        self.langEnButton.setObjectName(u"langEnButton")
        self.langEnButton.setText(u"English")
        self.langEnButton.setCheckable(True)
        self.langEnButton.setAutoExclusive(True)
        self.langEnButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.langEnButton.setProperty(u"role", u"language")

        self.topBarLayout.addWidget(self.langEnButton)


        self.contentBoxLayout.addLayout(self.topBarLayout)

        self.aidsLayout = QHBoxLayout()
        self.aidsLayout.setSpacing(12)
        self.aidsLayout.setObjectName(u"aidsLayout")
        self.largeTextButton = QPushButton(self.contentBox)
        self.largeTextButton.setObjectName(u"largeTextButton")
        self.largeTextButton.setCheckable(True)
        self.largeTextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.largeTextButton.setProperty(u"role", u"aid")

        self.aidsLayout.addWidget(self.largeTextButton)

        self.contrastButton = QPushButton(self.contentBox)
        self.contrastButton.setObjectName(u"contrastButton")
        self.contrastButton.setCheckable(True)
        self.contrastButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.contrastButton.setProperty(u"role", u"aid")

        self.aidsLayout.addWidget(self.contrastButton)

        self.aidsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.aidsLayout.addItem(self.aidsSpacer)


        self.contentBoxLayout.addLayout(self.aidsLayout)

        self.upperSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentBoxLayout.addItem(self.upperSpacer)

        self.illustrationLayout = QHBoxLayout()
        self.illustrationLayout.setObjectName(u"illustrationLayout")
        self.illustrationLeftSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.illustrationLayout.addItem(self.illustrationLeftSpacer)

        self.scanIllustration = QSvgWidget(self.contentBox)
        self.scanIllustration.setObjectName(u"scanIllustration")
        self.scanIllustration.setMinimumSize(QSize(420, 260))
        self.scanIllustration.setMaximumSize(QSize(420, 260))

        self.illustrationLayout.addWidget(self.scanIllustration)

        self.illustrationRightSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.illustrationLayout.addItem(self.illustrationRightSpacer)


        self.contentBoxLayout.addLayout(self.illustrationLayout)

        self.messageLayout = QVBoxLayout()
        self.messageLayout.setSpacing(24)
        self.messageLayout.setObjectName(u"messageLayout")
        self.titleLabel = QLabel(self.contentBox)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"hero")

        self.messageLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(self.contentBox)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"subtitle")

        self.messageLayout.addWidget(self.hintLabel)

        self.promotionLayout = QHBoxLayout()
        self.promotionLayout.setObjectName(u"promotionLayout")
        self.promotionLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.promotionLayout.addItem(self.promotionLeftSpacer)

        self.promotionLabel = WrappingLabel(self.contentBox)
        self.promotionLabel.setObjectName(u"promotionLabel")
        self.promotionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.promotionLabel.setProperty(u"role", u"promo")

        self.promotionLayout.addWidget(self.promotionLabel)

        self.promotionRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.promotionLayout.addItem(self.promotionRightSpacer)


        self.messageLayout.addLayout(self.promotionLayout)


        self.contentBoxLayout.addLayout(self.messageLayout)

        self.lowerSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentBoxLayout.addItem(self.lowerSpacer)

        self.contentScroll.setWidget(self.contentBox)

        self.rootLayout.addWidget(self.contentScroll)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(24)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.cardActionsLayout = QHBoxLayout()
        self.cardActionsLayout.setSpacing(24)
        self.cardActionsLayout.setObjectName(u"cardActionsLayout")
        self.manualEntryButton = QPushButton(AttractScreen)
        self.manualEntryButton.setObjectName(u"manualEntryButton")
        self.manualEntryButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.manualEntryButton.setProperty(u"role", u"secondary")

        self.cardActionsLayout.addWidget(self.manualEntryButton)

        self.programButton = QPushButton(AttractScreen)
        self.programButton.setObjectName(u"programButton")
        self.programButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.programButton.setProperty(u"role", u"secondary")

        self.cardActionsLayout.addWidget(self.programButton)


        self.actionsLayout.addLayout(self.cardActionsLayout)

        self.registerButton = QPushButton(AttractScreen)
        self.registerButton.setObjectName(u"registerButton")
        self.registerButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.registerButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.registerButton)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(AttractScreen)

        QMetaObject.connectSlotsByName(AttractScreen)
    # setupUi

    def retranslateUi(self, AttractScreen: QWidget) -> None:
        self.brandLabel.setText(QCoreApplication.translate("AttractScreen", u"Loyalty card", None))
        self.largeTextButton.setText(QCoreApplication.translate("AttractScreen", u"A+  Larger text", None))
        self.contrastButton.setText(QCoreApplication.translate("AttractScreen", u"\u25d0  High contrast", None))
        self.titleLabel.setText(QCoreApplication.translate("AttractScreen", u"Scan your card", None))
        self.hintLabel.setText(QCoreApplication.translate("AttractScreen", u"Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers", None))
        self.manualEntryButton.setText(QCoreApplication.translate("AttractScreen", u"Enter the card number", None))
        self.programButton.setText(QCoreApplication.translate("AttractScreen", u"About the program", None))
        self.registerButton.setText(QCoreApplication.translate("AttractScreen", u"Register a card", None))
        pass
    # retranslateUi

