# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_frame.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

from kiosk.qt.widgets.page_stack import CurrentPageStack

class Ui_WizardFrame(object):
    def setupUi(self, WizardFrame: QWidget) -> None:
        if not WizardFrame.objectName():
            WizardFrame.setObjectName(u"WizardFrame")
        WizardFrame.resize(1280, 1024)
        self.rootLayout = QVBoxLayout(WizardFrame)
        self.rootLayout.setSpacing(12)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(48, 32, 48, 24)
        self.headerBox = QWidget(WizardFrame)
        self.headerBox.setObjectName(u"headerBox")
        self.headerBoxLayout = QVBoxLayout(self.headerBox)
        self.headerBoxLayout.setSpacing(12)
        self.headerBoxLayout.setObjectName(u"headerBoxLayout")
        self.headerBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.foldedHeaderLayout = QHBoxLayout()
        self.foldedHeaderLayout.setObjectName(u"foldedHeaderLayout")

        self.headerBoxLayout.addLayout(self.foldedHeaderLayout)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.wizardTitle = QLabel(self.headerBox)
        self.wizardTitle.setObjectName(u"wizardTitle")
        self.wizardTitle.setTextFormat(Qt.TextFormat.PlainText)
        self.wizardTitle.setWordWrap(True)
        self.wizardTitle.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.wizardTitle)

        self.stepIndicator = QLabel(self.headerBox)
        self.stepIndicator.setObjectName(u"stepIndicator")
        self.stepIndicator.setProperty(u"role", u"subtitle")

        self.headerLayout.addWidget(self.stepIndicator, 0, Qt.AlignmentFlag.AlignTop)

        self.headerLayout.setStretch(0, 1)

        self.headerBoxLayout.addLayout(self.headerLayout)

        self.wizardHint = QLabel(self.headerBox)
        self.wizardHint.setObjectName(u"wizardHint")
        self.wizardHint.setTextFormat(Qt.TextFormat.PlainText)
        self.wizardHint.setWordWrap(True)
        self.wizardHint.setProperty(u"role", u"subtitle")

        self.headerBoxLayout.addWidget(self.wizardHint)


        self.rootLayout.addWidget(self.headerBox)

        self.pageScroll = QScrollArea(WizardFrame)
        self.pageScroll.setObjectName(u"pageScroll")
        self.pageScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pageScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pageScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pageScroll.setWidgetResizable(True)
        self.pageScrollContents = QWidget()
        self.pageScrollContents.setObjectName(u"pageScrollContents")
        self.pageScrollLayout = QVBoxLayout(self.pageScrollContents)
        self.pageScrollLayout.setSpacing(12)
        self.pageScrollLayout.setObjectName(u"pageScrollLayout")
        self.pageScrollLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = CurrentPageStack(self.pageScrollContents)
        self.pages.setObjectName(u"pages")

        self.pageScrollLayout.addWidget(self.pages)

        self.pageScroll.setWidget(self.pageScrollContents)

        self.rootLayout.addWidget(self.pageScroll)

        self.dockLayout = QVBoxLayout()
        self.dockLayout.setSpacing(0)
        self.dockLayout.setObjectName(u"dockLayout")

        self.rootLayout.addLayout(self.dockLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(16)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.backButton = QPushButton(WizardFrame)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(0, 72))
        self.backButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.backButton.setProperty(u"role", u"secondary")

        self.actionsLayout.addWidget(self.backButton)

        self.cancelButton = QPushButton(WizardFrame)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setMinimumSize(QSize(0, 72))
        self.cancelButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancelButton.setProperty(u"role", u"secondary")

        self.actionsLayout.addWidget(self.cancelButton)

        self.generalError = QLabel(WizardFrame)
        self.generalError.setObjectName(u"generalError")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.generalError.sizePolicy().hasHeightForWidth())
        self.generalError.setSizePolicy(sizePolicy)
        self.generalError.setTextFormat(Qt.TextFormat.PlainText)
        self.generalError.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.actionsLayout.addWidget(self.generalError)

        self.busyLabel = QLabel(WizardFrame)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"subtitle")

        self.actionsLayout.addWidget(self.busyLabel)

        self.nextButton = QPushButton(WizardFrame)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setMinimumSize(QSize(0, 72))
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nextButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.nextButton)

        self.doneButton = QPushButton(WizardFrame)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setMinimumSize(QSize(0, 72))
        self.doneButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.doneButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.doneButton)


        self.rootLayout.addLayout(self.actionsLayout)

        self.foldedActionsLayout = QHBoxLayout()
        self.foldedActionsLayout.setSpacing(16)
        self.foldedActionsLayout.setObjectName(u"foldedActionsLayout")

        self.rootLayout.addLayout(self.foldedActionsLayout)

        self.rootLayout.setStretch(1, 1)

        self.retranslateUi(WizardFrame)

        QMetaObject.connectSlotsByName(WizardFrame)
    # setupUi

    def retranslateUi(self, WizardFrame: QWidget) -> None:
        self.backButton.setText(QCoreApplication.translate("WizardFrame", u"Back", None))
        self.cancelButton.setText(QCoreApplication.translate("WizardFrame", u"Cancel", None))
        self.busyLabel.setText(QCoreApplication.translate("WizardFrame", u"Please wait\u2026", None))
        self.doneButton.setText(QCoreApplication.translate("WizardFrame", u"Done", None))
        pass
    # retranslateUi

