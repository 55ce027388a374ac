# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_item.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QLabel, QVBoxLayout)

class Ui_OfferItem(object):
    def setupUi(self, OfferItem: QFrame) -> None:
        if not OfferItem.objectName():
            OfferItem.setObjectName(u"OfferItem")
        OfferItem.resize(640, 160)
        OfferItem.setProperty(u"role", u"offer")
        self.rootLayout = QVBoxLayout(OfferItem)
        self.rootLayout.setSpacing(6)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(24, 18, 24, 18)
        self.badgeLabel = QLabel(OfferItem)
        self.badgeLabel.setObjectName(u"badgeLabel")
        self.badgeLabel.setProperty(u"role", u"badge")

        self.rootLayout.addWidget(self.badgeLabel, 0, Qt.AlignmentFlag.AlignLeft)

        self.titleLabel = QLabel(OfferItem)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"offerTitle")

        self.rootLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(OfferItem)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setProperty(u"role", u"body")

        self.rootLayout.addWidget(self.descriptionLabel)

        self.validityLabel = QLabel(OfferItem)
        self.validityLabel.setObjectName(u"validityLabel")
        self.validityLabel.setWordWrap(True)
        self.validityLabel.setProperty(u"role", u"muted")

        self.rootLayout.addWidget(self.validityLabel)


        self.retranslateUi(OfferItem)

        QMetaObject.connectSlotsByName(OfferItem)
    # setupUi

    def retranslateUi(self, OfferItem: QFrame) -> None:
        self.badgeLabel.setText(QCoreApplication.translate("OfferItem", u"Happy birthday!", None))
        pass
    # retranslateUi

