# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'demo_panel.ui'
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

class Ui_DemoPanel(object):
    def setupUi(self, DemoPanel: QFrame) -> None:
        if not DemoPanel.objectName():
            DemoPanel.setObjectName(u"DemoPanel")
        DemoPanel.resize(520, 760)
        self.rootLayout = QVBoxLayout(DemoPanel)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(24, 20, 24, 20)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(DemoPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"section")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.closeButton = QPushButton(DemoPanel)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.closeButton.setProperty(u"role", u"small")

        self.headerLayout.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.headerLayout)

        self.networkLabel = QLabel(DemoPanel)
        self.networkLabel.setObjectName(u"networkLabel")
        self.networkLabel.setWordWrap(True)
        self.networkLabel.setProperty(u"role", u"muted")

        self.rootLayout.addWidget(self.networkLabel)

        self.networkButton = QPushButton(DemoPanel)
        self.networkButton.setObjectName(u"networkButton")
        self.networkButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.networkButton.setProperty(u"role", u"small")

        self.rootLayout.addWidget(self.networkButton)

        self.hintLabel = QLabel(DemoPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"muted")

        self.rootLayout.addWidget(self.hintLabel)

        self.cardsScroll = QScrollArea(DemoPanel)
        self.cardsScroll.setObjectName(u"cardsScroll")
        self.cardsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cardsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cardsScroll.setWidgetResizable(True)
        self.cardsContent = QWidget()
        self.cardsContent.setObjectName(u"cardsContent")
        self.cardsContent.setGeometry(QRect(0, 0, 470, 400))
        self.cardsLayout = QVBoxLayout(self.cardsContent)
        self.cardsLayout.setSpacing(8)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsLayout.setContentsMargins(0, 0, 0, 0)
        self.cardsScroll.setWidget(self.cardsContent)

        self.rootLayout.addWidget(self.cardsScroll)

        self.smsCaption = QLabel(DemoPanel)
        self.smsCaption.setObjectName(u"smsCaption")
        self.smsCaption.setProperty(u"role", u"section")

        self.rootLayout.addWidget(self.smsCaption)

        self.smsLabel = QLabel(DemoPanel)
        self.smsLabel.setObjectName(u"smsLabel")
        self.smsLabel.setWordWrap(True)
        self.smsLabel.setProperty(u"role", u"muted")

        self.rootLayout.addWidget(self.smsLabel)

        self.smsButton = QPushButton(DemoPanel)
        self.smsButton.setObjectName(u"smsButton")
        self.smsButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.smsButton.setProperty(u"role", u"small")

        self.rootLayout.addWidget(self.smsButton)


        self.retranslateUi(DemoPanel)

        QMetaObject.connectSlotsByName(DemoPanel)
    # setupUi

    def retranslateUi(self, DemoPanel: QFrame) -> None:
        self.titleLabel.setText(QCoreApplication.translate("DemoPanel", u"Demo panel", None))
        self.closeButton.setText(QCoreApplication.translate("DemoPanel", u"Close", None))
        self.hintLabel.setText(QCoreApplication.translate("DemoPanel", u"Tap a demo card to scan it", None))
        self.smsCaption.setText(QCoreApplication.translate("DemoPanel", u"Last demo SMS", None))
        self.smsButton.setText(QCoreApplication.translate("DemoPanel", u"Show the last SMS", None))
        pass
    # retranslateUi

