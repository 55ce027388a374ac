"""The screens of the kiosk's flow, one state each."""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    ATTRACT = "attract"
    MANUAL_ENTRY = "manual_entry"
    LOADING = "loading"
    CARD = "card"
    NOT_REGISTERED = "not_registered"
    UNKNOWN_CARD = "unknown_card"
    BLOCKED = "blocked"
    PROGRAM = "program"
    #: The price checker's answer to a product scan.
    PRICE = "price"
    ERROR = "error"
    SERVICE_PIN = "service_pin"
    SERVICE = "service"
    # Wizards: the flow only enters and leaves them; their steps belong to the wizard widget.
    REGISTRATION = "registration"
    ADD_CARD = "add_card"
    # Cashier mode (staff PIN and the activation list), a wizard of its own.
    CASHIER = "cashier"
