"""The commands the flow's events return for the shell to carry out, and the short notices
one of them shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from kiosk.core.flow.states import State


class Notice(Enum):
    """Short non-blocking messages that change nothing else on the screen."""

    MISREAD = "misread"  # a scan the nomenclature does not recognise (junk, bad check digit)
    STAFF_BADGE_IN_WIZARD = "staff_badge_in_wizard"  # a cashier's badge while a wizard is open
    NOT_A_PRODUCT = "not_a_product"  # a coupon or a refund receipt: for the checkout
    INVALID_NUMBER = "invalid_number"  # a typed number that is not a card number
    WRONG_PIN = "wrong_pin"
    SERVICE_LOCKED = "service_locked"


# --- commands --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Show:
    """Show the screen of ``state`` (data for it is on the flow: ``card``, ``program``, ...)."""

    state: State


@dataclass(frozen=True, slots=True)
class LookupCard:
    number: str
    generation: int


@dataclass(frozen=True, slots=True)
class LookupProduct:
    """Ask the central for the product of ``gtin`` (a GTIN-13)."""

    gtin: str
    generation: int


@dataclass(frozen=True, slots=True)
class LoadProgram:
    generation: int


@dataclass(frozen=True, slots=True)
class ShowNotice:
    notice: Notice


@dataclass(frozen=True, slots=True)
class WipePersonalData:
    """Clear every widget of shopper data (name, balance, offers, card number, barcode)."""


@dataclass(frozen=True, slots=True)
class ResetScreens:
    """A session ended: every screen as a fresh kiosk's (scrolled to its top, on its first
    page, no keys docked, nothing laid over it)."""


@dataclass(frozen=True, slots=True)
class SetLanguage:
    language: str


@dataclass(frozen=True, slots=True)
class ReadingAids:
    """Large text and the high-contrast theme, chosen on the start screen for one session."""

    large_text: bool = False
    high_contrast: bool = False


@dataclass(frozen=True, slots=True)
class SetReadingAids:
    aids: ReadingAids


@dataclass(frozen=True, slots=True)
class BeginWizard:
    """Start the wizard of ``state`` afresh; ``card_number`` is the card it is about, if known."""

    state: State
    card_number: str | None


@dataclass(frozen=True, slots=True)
class WizardScan:
    """A valid card scanned while a wizard is on screen: the wizard decides what it means."""

    number: str


@dataclass(frozen=True, slots=True)
class StaffBadgeScanned:
    """A staff badge was scanned on a shopper screen. On the start screen, with cashier mode
    installed, the flow enters it and cashier mode asks for the PIN; elsewhere it changes
    nothing. The badge never goes to a log."""

    badge: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class CashierScan:
    """A code scanned while cashier mode is on screen, as read."""

    code: str


@dataclass(frozen=True, slots=True)
class EndParkedStaffSession:
    """A shopper scanned a card on the start screen: the cashier who handed the kiosk over is
    gone; their staff session ends."""


@dataclass(frozen=True, slots=True)
class CheckServicePin:
    """Check a typed service PIN against the configured hash, off the GUI thread (the hash is
    slow on purpose), and report with :meth:`Flow.service_pin_checked`."""

    pin: str = field(repr=False)  # never in a log line or a test failure message
    generation: int


@dataclass(frozen=True, slots=True)
class LeaveKiosk:
    """Quit the application (only ever from the service screen)."""


Command = (
    Show
    | LookupCard
    | LookupProduct
    | LoadProgram
    | ShowNotice
    | WipePersonalData
    | ResetScreens
    | SetLanguage
    | SetReadingAids
    | BeginWizard
    | WizardScan
    | StaffBadgeScanned
    | CheckServicePin
    | LeaveKiosk
    | CashierScan
    | EndParkedStaffSession
)
