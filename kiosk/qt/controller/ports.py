"""What the controller needs of the pieces plugged into it after start-up: cashier mode's driver
and the wizards' screens (the features side implements them)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance


class CashierPort(Protocol):
    """Cashier mode's driver (kiosk.qt.features.cashier.CashierDriver), as the flow needs it."""

    def begin(self, badge: str) -> None: ...

    def scanned(self, code: str) -> None: ...

    def end_parked_session(self) -> None: ...


class WizardView(Protocol):
    """What a wizard screen (registration, add a card) offers the controller."""

    @property
    def finished(self) -> SignalInstance:
        """``finished(object)``: the wizard is over, with the CardInfo to show or None."""

    @property
    def cancelled(self) -> SignalInstance:
        """``cancelled()``: the shopper left the wizard."""

    def begin(self, card_number: str | None) -> None: ...

    def scanned(self, number: str) -> None: ...
