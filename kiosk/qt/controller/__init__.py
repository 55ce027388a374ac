"""Carries out what the flow decides: fills and shows screens, runs central calls in the
background and feeds their results back to the flow.

The controller holds no decisions of its own beyond presentation (which text a notice shows,
when the spinner appears). Every shopper intent goes to :class:`kiosk.core.flow.Flow`, and the
commands it returns are run here, in order.

The parts: :mod:`~kiosk.qt.controller.kiosk_controller` (:class:`KioskController`),
:mod:`~kiosk.qt.controller.screen_registry` (:class:`Screens`, the kiosk's own screens built on
first need), :mod:`~kiosk.qt.controller.demo` (the demo panel) and
:mod:`~kiosk.qt.controller.service_pin` (checking the service PIN). Import them from the package.
"""

from kiosk.qt.controller.demo import DEMO_FORGET_RETRY_MS
from kiosk.qt.controller.kiosk_controller import (
    PROGRAM_REFRESH_MS,
    PROGRAM_RETRY_FIRST_MS,
    PROGRAM_RETRY_MAX_MS,
    SPINNER_DELAY_MS,
    KioskController,
)
from kiosk.qt.controller.ports import CashierPort, WizardView
from kiosk.qt.controller.screen_registry import Screens
from kiosk.qt.tasks import LazyClient, Runner

__all__ = [
    "DEMO_FORGET_RETRY_MS",
    "PROGRAM_REFRESH_MS",
    "PROGRAM_RETRY_FIRST_MS",
    "PROGRAM_RETRY_MAX_MS",
    "SPINNER_DELAY_MS",
    "CashierPort",
    "KioskController",
    "LazyClient",
    "Runner",
    "Screens",
    "WizardView",
]
