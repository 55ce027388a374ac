# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'message.ui'
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

class Ui_MessageScreen(object):
    def setupUi(self, MessageScreen: QWidget) -> None:
        if not MessageScreen.objectName():
            MessageScreen.setObjectName(u"MessageScreen")
        MessageScreen.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(MessageScreen)
        self.rootLayout.setSpacing(24)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(56, 40, 56, 48)
        self.contentScroll = QScrollArea(MessageScreen)
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
        self.upperSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentBoxLayout.addItem(self.upperSpacer)

        self.iconLayout = QHBoxLayout()
        self.iconLayout.setObjectName(u"iconLayout")
        self.iconLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.iconLayout.addItem(self.iconLeftSpacer)

        self.iconLabel = QLabel(self.contentBox)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.iconLabel.setProperty(u"role", u"icon")

        self.iconLayout.addWidget(self.iconLabel)

        self.iconRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.iconLayout.addItem(self.iconRightSpacer)


        self.contentBoxLayout.addLayout(self.iconLayout)

        self.titleLabel = QLabel(self.contentBox)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.contentBoxLayout.addWidget(self.titleLabel)

        self.bodyLabel = QLabel(self.contentBox)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bodyLabel.setWordWrap(True)
        self.bodyLabel.setProperty(u"role", u"subtitle")

        self.contentBoxLayout.addWidget(self.bodyLabel)

        self.detailLabel = QLabel(self.contentBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setProperty(u"role", u"detail")

        self.contentBoxLayout.addWidget(self.detailLabel)

        self.lowerSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentBoxLayout.addItem(self.lowerSpacer)

        self.contentScroll.setWidget(self.contentBox)

        self.rootLayout.addWidget(self.contentScroll)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(24)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.doneButton = QPushButton(MessageScreen)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doneButton.setProperty(u"role", u"secondary")

        self.actionsLayout.addWidget(self.doneButton)

        self.actionButton = QPushButton(MessageScreen)
        self.actionButton.setObjectName(u"actionButton")
        self.actionButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.actionButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.actionButton)


        self.rootLayout.addLayout(self.actionsLayout)


        self.retranslateUi(MessageScreen)

        QMetaObject.connectSlotsByName(MessageScreen)
    # setupUi

    def retranslateUi(self, MessageScreen: QWidget) -> None:
        self.doneButton.setText(QCoreApplication.translate("MessageScreen", u"Done", None))
        pass
    # retranslateUi

