# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'price.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from kiosk.qt.widgets.scroll_content import ScrollContent

class Ui_PriceScreen(object):
    def setupUi(self, PriceScreen: QWidget) -> None:
        if not PriceScreen.objectName():
            PriceScreen.setObjectName(u"PriceScreen")
        PriceScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(PriceScreen)
        self.rootLayout.setSpacing(16)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(40, 24, 40, 24)
        self.contentScroll = QScrollArea(PriceScreen)
        self.contentScroll.setObjectName(u"contentScroll")
        self.contentScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.contentScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contentScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.contentScroll.setWidgetResizable(True)
        self.contentBox = ScrollContent()
        self.contentBox.setObjectName(u"contentBox")
        self.contentBoxLayout = QVBoxLayout(self.contentBox)
        self.contentBoxLayout.setSpacing(16)
        self.contentBoxLayout.setObjectName(u"contentBoxLayout")
        self.contentBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.upperSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.contentBoxLayout.addItem(self.upperSpacer)

        self.headingLabel = QLabel(self.contentBox)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"caption")

        self.contentBoxLayout.addWidget(self.headingLabel)

        self.nameLabel = QLabel(self.contentBox)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setProperty(u"role", u"title")

        self.contentBoxLayout.addWidget(self.nameLabel)

        self.messageLabel = QLabel(self.contentBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"subtitle")

        self.contentBoxLayout.addWidget(self.messageLabel)

        self.pricesLayout = QHBoxLayout()
        self.pricesLayout.setSpacing(24)
        self.pricesLayout.setObjectName(u"pricesLayout")
        self.regularPanel = QFrame(self.contentBox)
        self.regularPanel.setObjectName(u"regularPanel")
        self.regularPanel.setProperty(u"role", u"panel")
        self.regularLayout = QVBoxLayout(self.regularPanel)
        self.regularLayout.setSpacing(8)
        self.regularLayout.setObjectName(u"regularLayout")
        self.regularLayout.setContentsMargins(28, 20, 28, 20)
        self.regularCaption = QLabel(self.regularPanel)
        self.regularCaption.setObjectName(u"regularCaption")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.regularCaption.sizePolicy().hasHeightForWidth())
        self.regularCaption.setSizePolicy(sizePolicy)
        self.regularCaption.setProperty(u"role", u"caption")

        self.regularLayout.addWidget(self.regularCaption)

        self.regularPriceLabel = QLabel(self.regularPanel)
        self.regularPriceLabel.setObjectName(u"regularPriceLabel")
        sizePolicy.setHeightForWidth(self.regularPriceLabel.sizePolicy().hasHeightForWidth())
        self.regularPriceLabel.setSizePolicy(sizePolicy)
        self.regularPriceLabel.setProperty(u"role", u"price")

        self.regularLayout.addWidget(self.regularPriceLabel)

        self.regularShelfLabel = QLabel(self.regularPanel)
        self.regularShelfLabel.setObjectName(u"regularShelfLabel")
        sizePolicy.setHeightForWidth(self.regularShelfLabel.sizePolicy().hasHeightForWidth())
        self.regularShelfLabel.setSizePolicy(sizePolicy)
        self.regularShelfLabel.setWordWrap(True)
        self.regularShelfLabel.setProperty(u"role", u"muted")

        self.regularLayout.addWidget(self.regularShelfLabel)

        self.regularSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

        self.regularLayout.addItem(self.regularSpacer)


        self.pricesLayout.addWidget(self.regularPanel)

        self.cardPanel = QFrame(self.contentBox)
        self.cardPanel.setObjectName(u"cardPanel")
        self.cardPanel.setProperty(u"role", u"panel")
        self.cardPanel.setProperty(u"tone", u"card")
        self.cardLayout = QVBoxLayout(self.cardPanel)
        self.cardLayout.setSpacing(8)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(28, 20, 28, 20)
        self.cardCaption = QLabel(self.cardPanel)
        self.cardCaption.setObjectName(u"cardCaption")
        sizePolicy.setHeightForWidth(self.cardCaption.sizePolicy().hasHeightForWidth())
        self.cardCaption.setSizePolicy(sizePolicy)
        self.cardCaption.setProperty(u"role", u"caption")

        self.cardLayout.addWidget(self.cardCaption)

        self.cardPriceLabel = QLabel(self.cardPanel)
        self.cardPriceLabel.setObjectName(u"cardPriceLabel")
        sizePolicy.setHeightForWidth(self.cardPriceLabel.sizePolicy().hasHeightForWidth())
        self.cardPriceLabel.setSizePolicy(sizePolicy)
        self.cardPriceLabel.setProperty(u"role", u"price")
        self.cardPriceLabel.setProperty(u"tone", u"card")

        self.cardLayout.addWidget(self.cardPriceLabel)

        self.savingLabel = QLabel(self.cardPanel)
        self.savingLabel.setObjectName(u"savingLabel")
        sizePolicy.setHeightForWidth(self.savingLabel.sizePolicy().hasHeightForWidth())
        self.savingLabel.setSizePolicy(sizePolicy)
        self.savingLabel.setWordWrap(True)
        self.savingLabel.setProperty(u"role", u"value")

        self.cardLayout.addWidget(self.savingLabel)

        self.cardSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

        self.cardLayout.addItem(self.cardSpacer)


        self.pricesLayout.addWidget(self.cardPanel)


        self.contentBoxLayout.addLayout(self.pricesLayout)

        self.discountLabel = QLabel(self.contentBox)
        self.discountLabel.setObjectName(u"discountLabel")
        self.discountLabel.setWordWrap(True)
        self.discountLabel.setProperty(u"role", u"promo")

        self.contentBoxLayout.addWidget(self.discountLabel)

        self.inviteLabel = QLabel(self.contentBox)
        self.inviteLabel.setObjectName(u"inviteLabel")
        self.inviteLabel.setWordWrap(True)
        self.inviteLabel.setProperty(u"role", u"note")

        self.contentBoxLayout.addWidget(self.inviteLabel)

        self.installmentLabel = QLabel(self.contentBox)
        self.installmentLabel.setObjectName(u"installmentLabel")
        self.installmentLabel.setWordWrap(True)
        self.installmentLabel.setProperty(u"role", u"muted")

        self.contentBoxLayout.addWidget(self.installmentLabel)

        self.lowerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentBoxLayout.addItem(self.lowerSpacer)

        self.contentScroll.setWidget(self.contentBox)

        self.rootLayout.addWidget(self.contentScroll)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(24)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.codeLabel = QLabel(PriceScreen)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setProperty(u"role", u"caption")

        self.actionsLayout.addWidget(self.codeLabel)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.doneButton = QPushButton(PriceScreen)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doneButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.doneButton)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(PriceScreen)

        QMetaObject.connectSlotsByName(PriceScreen)
    # setupUi

    def retranslateUi(self, PriceScreen: QWidget) -> None:
        self.headingLabel.setText(QCoreApplication.translate("PriceScreen", u"Price check", None))
        self.regularCaption.setText(QCoreApplication.translate("PriceScreen", u"Regular price", None))
        self.installmentLabel.setText(QCoreApplication.translate("PriceScreen", u"No discount when paying with an installment card such as \u00ab\u0425\u0430\u043b\u0432\u0430\u00bb.", None))
        self.doneButton.setText(QCoreApplication.translate("PriceScreen", u"Done", None))
        pass
    # retranslateUi

