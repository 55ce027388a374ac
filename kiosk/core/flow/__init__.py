"""The kiosk's state machine: which screen is shown and which side effects run.

The flow is Qt-free and knows nothing about widgets, threads or HTTP. Every event is a method
call that returns the list of commands the shell must carry out (show a screen, look a card up,
wipe personal data, ...). The shell runs the commands and reports results back as further
events. That keeps every decision here, where plain tests can reach all of it.

Stale results: every lookup and every reset increments ``generation``. Commands that start
background work carry the generation they belong to, and results that come back with an older
generation are ignored, so a slow answer can never pull a shopper's data back onto the screen
after the kiosk has moved on. This is the only way results are dropped: the wizards keep
generations of their own (:mod:`kiosk.core.wizards.flow`), and the task runner delivers every
answer.

Adding a screen (e.g. a wizard): add a member to :class:`State`, an event method that enters it
(returning ``[Show(...), ...]``), and whichever result events leave it. ``REGISTRATION`` and
``ADD_CARD`` are wired this way already: the flow enters them and forwards scans to them; the
wizard widget runs its own steps and finishes with :meth:`Flow.wizard_finished` or
:meth:`Flow.wizard_cancelled`.

The parts: :mod:`~kiosk.core.flow.states` (the screens), :mod:`~kiosk.core.flow.commands` (what
the events return), :mod:`~kiosk.core.flow.failures` (what went wrong with the central) and
:mod:`~kiosk.core.flow.machine` (:class:`Flow` itself). Import them from the package.
"""

from kiosk.core.flow.commands import (
    BeginWizard,
    CashierScan,
    CheckServicePin,
    Command,
    EndParkedStaffSession,
    LeaveKiosk,
    LoadProgram,
    LookupCard,
    LookupProduct,
    Notice,
    ReadingAids,
    ResetScreens,
    SetLanguage,
    SetReadingAids,
    Show,
    ShowNotice,
    StaffBadgeScanned,
    WipePersonalData,
    WizardScan,
)
from kiosk.core.flow.failures import (
    MAX_SHOWN_RETRY_AFTER_S,
    Failure,
)
from kiosk.core.flow.machine import (
    CORNER_TAP_WINDOW_S,
    CORNER_TAPS,
    SERVICE_LOCK_S,
    SERVICE_PIN_ATTEMPTS,
    Flow,
)
from kiosk.core.flow.states import State

__all__ = [
    "CORNER_TAPS",
    "CORNER_TAP_WINDOW_S",
    "MAX_SHOWN_RETRY_AFTER_S",
    "SERVICE_LOCK_S",
    "SERVICE_PIN_ATTEMPTS",
    "BeginWizard",
    "CashierScan",
    "CheckServicePin",
    "Command",
    "EndParkedStaffSession",
    "Failure",
    "Flow",
    "LeaveKiosk",
    "LoadProgram",
    "LookupCard",
    "LookupProduct",
    "Notice",
    "ReadingAids",
    "ResetScreens",
    "SetLanguage",
    "SetReadingAids",
    "Show",
    "ShowNotice",
    "StaffBadgeScanned",
    "State",
    "WipePersonalData",
    "WizardScan",
]
