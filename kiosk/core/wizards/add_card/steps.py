"""Adding a card to an existing account: sign in, scan the card, linked or why not. Qt-free.

The shopper signs in with phone and password, or with an SMS code to the account's phone.
The session token lives only here, in memory, and ``wipe()`` forgets it together with
everything typed; :class:`~kiosk.core.wizards.add_card.flow.AddCardFlow` closes the session on done,
cancel and idle.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from kiosk.core.wizards.registration.form import (
    FieldInvalid,
    FieldIssue,
    Issue,
    PhoneRegion,
    normalize_phone,
)
from kiosk.core.wizards.verification import CodeChallenge, Refusal, refusal_for, refused_cards

if TYPE_CHECKING:
    from kiosk.contract import AccountSummary, LinkedCard, ShopperSession, SmsChallenge


class AddCardStep(StrEnum):
    SIGN_IN = "sign_in"
    CODE = "code"  # SMS code to the account's phone
    SCAN = "scan"  # scan (or type) the card to add
    RESULT = "result"  # linked, or why not


@dataclass(frozen=True, slots=True)
class LinkOutcome:
    card_number: str
    refusal: Refusal | None  # None: linked
    #: The account's cards after linking, or the ones that fill it on card-limit.
    cards: tuple[LinkedCard, ...]

    @property
    def linked(self) -> bool:
        return self.refusal is None


class AddCardSteps:
    def __init__(self) -> None:
        self._start()

    def _start(self) -> None:
        self.step = AddCardStep.SIGN_IN
        self.phone_region: PhoneRegion = "BY"
        self.phone = ""
        self.password = ""
        self.issues: dict[str, FieldIssue] = {}
        self.challenge: CodeChallenge | None = None
        self.session_token: str | None = None
        self.first_name = ""
        self.cards: tuple[LinkedCard, ...] = ()
        self.card_limit = 0
        self.outcome: LinkOutcome | None = None

    # -- signing in -------------------------------------------------------------------------

    def check_sign_in(self, *, with_password: bool) -> bool:
        """Check the phone (and the password, unless an SMS code is wanted)."""
        self.issues = {}
        try:
            normalize_phone(self.phone, self.phone_region)
        except FieldInvalid as problem:
            self.issues["phone"] = FieldIssue(problem.issue)
        if with_password and not self.password:
            self.issues["password"] = FieldIssue(Issue.REQUIRED)
        return not self.issues

    def input_changed(self, name: str) -> tuple[str, ...]:
        """The shopper changed field ``name``: its problem goes; returns the fields settled."""
        if self.issues.pop(name, None) is None:
            return ()
        return (name,)

    def phone_e164(self) -> str:
        return normalize_phone(self.phone, self.phone_region)

    def code_sent(self, answer: SmsChallenge, now: float) -> None:
        self.challenge = CodeChallenge.from_answer(answer, now)
        self.password = ""
        self.step = AddCardStep.CODE

    def signed_in(self, session: ShopperSession) -> None:
        """Signed in: what was typed to get here is no longer needed."""
        self.session_token = session.token
        self.first_name = session.first_name
        self.cards = tuple(session.cards)
        self.card_limit = session.card_limit
        self.phone = ""
        self.password = ""
        self.challenge = None
        self.issues = {}
        self.step = AddCardStep.SCAN

    # -- linking ----------------------------------------------------------------------------

    def card_linked(self, card_number: str, account: AccountSummary) -> None:
        self.cards = tuple(account.cards)
        self.outcome = LinkOutcome(card_number, None, self.cards)
        self.step = AddCardStep.RESULT

    def link_refused(self, card_number: str, error: BaseException) -> Refusal:
        refusal = refusal_for(error)
        if refusal is Refusal.SESSION_EXPIRED:
            # Sign in again; the card to add is scanned again afterwards.
            self.session_token = None
            self.cards = ()
            self.outcome = LinkOutcome(card_number, refusal, ())
            self.step = AddCardStep.SIGN_IN
            return refusal
        cards = refused_cards(error) if refusal is Refusal.CARD_LIMIT else ()
        self.outcome = LinkOutcome(card_number, refusal, cards or self.cards)
        self.step = AddCardStep.RESULT
        return refusal

    def scan_another(self) -> None:
        if self.session_token is not None:
            self.outcome = None
            self.step = AddCardStep.SCAN

    def back(self) -> bool:
        """One step back; False when there is nothing before (the caller leaves)."""
        self.issues = {}
        if self.step is AddCardStep.CODE:
            self.challenge = None
            self.step = AddCardStep.SIGN_IN
            return True
        if self.step is AddCardStep.RESULT and self.session_token is not None:
            self.scan_another()
            return True
        return False

    def wipe(self) -> None:
        """Forget everything, the session token included (log it out first)."""
        self._start()
