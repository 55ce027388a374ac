# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'card.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from kiosk.qt.widgets.scroll_content import ScrollContent

class Ui_CardScreen(object):
    def setupUi(self, CardScreen: QWidget) -> None:
        if not CardScreen.objectName():
            CardScreen.setObjectName(u"CardScreen")
        CardScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(CardScreen)
        self.rootLayout.setSpacing(24)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(48, 40, 48, 40)
        self.contentScroll = QScrollArea(CardScreen)
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
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(24)
        self.headerLayout.setObjectName(u"headerLayout")
        self.greetingLabel = QLabel(self.contentBox)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.greetingLabel.sizePolicy().hasHeightForWidth())
        self.greetingLabel.setSizePolicy(sizePolicy)
        self.greetingLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.greetingLabel)

        self.statusLabel = QLabel(self.contentBox)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statusLabel.setProperty(u"role", u"status")

        self.headerLayout.addWidget(self.statusLabel, 0, Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)


        self.contentBoxLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(32)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.balancePanel = QFrame(self.contentBox)
        self.balancePanel.setObjectName(u"balancePanel")
        self.balancePanel.setProperty(u"role", u"panel")
        self.balanceLayout = QVBoxLayout(self.balancePanel)
        self.balanceLayout.setSpacing(8)
        self.balanceLayout.setObjectName(u"balanceLayout")
        self.balanceLayout.setContentsMargins(32, 28, 32, 28)
        self.pointsCaption = QLabel(self.balancePanel)
        self.pointsCaption.setObjectName(u"pointsCaption")
        self.pointsCaption.setProperty(u"role", u"caption")

        self.balanceLayout.addWidget(self.pointsCaption)

        self.pointsLabel = QLabel(self.balancePanel)
        self.pointsLabel.setObjectName(u"pointsLabel")
        self.pointsLabel.setProperty(u"role", u"points")

        self.balanceLayout.addWidget(self.pointsLabel)

        self.valueLabel = QLabel(self.balancePanel)
        self.valueLabel.setObjectName(u"valueLabel")
        self.valueLabel.setWordWrap(True)
        self.valueLabel.setProperty(u"role", u"value")

        self.balanceLayout.addWidget(self.valueLabel)

        self.cardPricesLabel = QLabel(self.balancePanel)
        self.cardPricesLabel.setObjectName(u"cardPricesLabel")
        self.cardPricesLabel.setWordWrap(True)
        self.cardPricesLabel.setProperty(u"role", u"note")

        self.balanceLayout.addWidget(self.cardPricesLabel)

        self.promotionsLabel = QLabel(self.balancePanel)
        self.promotionsLabel.setObjectName(u"promotionsLabel")
        self.promotionsLabel.setWordWrap(True)
        self.promotionsLabel.setProperty(u"role", u"promo")

        self.balanceLayout.addWidget(self.promotionsLabel)

        self.cardNumberLabel = QLabel(self.balancePanel)
        self.cardNumberLabel.setObjectName(u"cardNumberLabel")
        self.cardNumberLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cardNumberLabel.setProperty(u"role", u"caption")

        self.balanceLayout.addWidget(self.cardNumberLabel)


        self.bodyLayout.addWidget(self.balancePanel)

        self.infoColumn = QVBoxLayout()
        self.infoColumn.setSpacing(12)
        self.infoColumn.setObjectName(u"infoColumn")
        self.offersCaption = QLabel(self.contentBox)
        self.offersCaption.setObjectName(u"offersCaption")
        self.offersCaption.setProperty(u"role", u"section")

        self.infoColumn.addWidget(self.offersCaption)

        self.offersContent = QWidget(self.contentBox)
        self.offersContent.setObjectName(u"offersContent")
        self.offersLayout = QVBoxLayout(self.offersContent)
        self.offersLayout.setSpacing(12)
        self.offersLayout.setObjectName(u"offersLayout")
        self.offersLayout.setContentsMargins(0, 0, 0, 0)
        self.noOffersLabel = QLabel(self.offersContent)
        self.noOffersLabel.setObjectName(u"noOffersLabel")
        self.noOffersLabel.setWordWrap(True)
        self.noOffersLabel.setProperty(u"role", u"muted")

        self.offersLayout.addWidget(self.noOffersLabel)

        self.offersSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.offersLayout.addItem(self.offersSpacer)


        self.infoColumn.addWidget(self.offersContent)

        self.linkedCardsCaption = QLabel(self.contentBox)
        self.linkedCardsCaption.setObjectName(u"linkedCardsCaption")
        self.linkedCardsCaption.setProperty(u"role", u"section")

        self.infoColumn.addWidget(self.linkedCardsCaption)

        self.linkedCardsLabel = QLabel(self.contentBox)
        self.linkedCardsLabel.setObjectName(u"linkedCardsLabel")
        self.linkedCardsLabel.setWordWrap(True)
        self.linkedCardsLabel.setProperty(u"role", u"body")

        self.infoColumn.addWidget(self.linkedCardsLabel)


        self.bodyLayout.addLayout(self.infoColumn)


        self.contentBoxLayout.addLayout(self.bodyLayout)

        self.contentScroll.setWidget(self.contentBox)

        self.rootLayout.addWidget(self.contentScroll)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(24)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addCardButton = QPushButton(CardScreen)
        self.addCardButton.setObjectName(u"addCardButton")
        self.addCardButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addCardButton.setProperty(u"role", u"secondary")

        self.actionsLayout.addWidget(self.addCardButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.doneButton = QPushButton(CardScreen)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doneButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.doneButton)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(CardScreen)

        QMetaObject.connectSlotsByName(CardScreen)
    # setupUi

    def retranslateUi(self, CardScreen: QWidget) -> None:
        self.pointsCaption.setText(QCoreApplication.translate("CardScreen", u"Bonus points", None))
        self.offersCaption.setText(QCoreApplication.translate("CardScreen", u"Personal offers", None))
        self.noOffersLabel.setText(QCoreApplication.translate("CardScreen", u"No personal offers right now. They appear here when the store prepares something for you.", None))
        self.linkedCardsCaption.setText(QCoreApplication.translate("CardScreen", u"Cards on your account", None))
        self.addCardButton.setText(QCoreApplication.translate("CardScreen", u"Add a card", None))
        self.doneButton.setText(QCoreApplication.translate("CardScreen", u"Done", None))
        pass
    # retranslateUi

