"""API v1 of the central loyalty service: the models both sides share.

The reference service (kiosk.central) builds its OpenAPI document from these models and the
kiosk's HTTP client (kiosk.core.client) parses answers with them. Request models refuse unknown
fields (a typo must not be silently dropped); response models ignore unknown fields so that a
newer central can add members without breaking older kiosks.

Only shapes and coarse limits live here. Business rules (name alphabet, age, phone country,
password policy, card check digit) are the service's decision; it answers with a localized
``validation`` problem listing per-field messages.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field

API_VERSION = "v1"
API_PREFIX = "/api/v1"

SESSION_TOKEN_HEADER = "X-Session-Token"
IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed"
# What the service accepts as an Idempotency-Key: 1..128 visible ASCII characters.
IDEMPOTENCY_KEY_PATTERN = r"^[!-~]{1,128}$"
PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:loyalty-kiosk:problem:"
CURRENCY = "BYN"

# Generous caps against absurd input; the service applies the real per-field rules.
_SHORT = 64
_TEXT = 256

CardKind = Literal["own", "partner"]
CardStatus = Literal["not_issued", "issued", "active", "blocked"]
OfferKind = Literal["birthday", "targeted"]
Gender = Literal["female", "male"]
RegistrationFieldName = Literal[
    "card_number",
    "last_name",
    "first_name",
    "patronymic",
    "gender",
    "birth_date",
    "home_address",
    "email",
    "phone",
    "password",
    "consent_rules_version",
]


class ProblemCode(StrEnum):
    """Machine-readable problem codes (the ``code`` member and the suffix of ``type``)."""

    UNAUTHORIZED = "unauthorized"  # 401
    SESSION_EXPIRED = "session-expired"  # 401
    FORBIDDEN = "forbidden"  # 403
    TERMINAL_MISMATCH = "terminal-mismatch"  # 403: the request names another terminal
    NOT_FOUND = "not-found"  # 404
    CARD_NOT_FOUND = "card-not-found"  # 404
    METHOD_NOT_ALLOWED = "method-not-allowed"  # 405
    VALIDATION = "validation"  # 422, with errors[]
    INVALID_CARD_NUMBER = "invalid-card-number"  # 422
    IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused"  # 422
    PHONE_REGISTERED = "phone-registered"  # 409
    CARD_REGISTERED = "card-registered"  # 409
    CARD_BLOCKED = "card-blocked"  # 409
    CARD_NOT_SOLD = "card-not-sold"  # 409
    CARD_LIMIT = "card-limit"  # 409, with cards
    CARD_OTHER_ACCOUNT = "card-other-account"  # 409
    CODE_USED = "code-used"  # 409: registration/challenge already confirmed (single use)
    WRONG_CODE = "wrong-code"  # 422, with attempts_left
    CODE_EXPIRED = "code-expired"  # 410
    TOO_MANY_ATTEMPTS = "too-many-attempts"  # 429
    TOO_MANY_SENDS = "too-many-sends"  # 429
    RESEND_COOLDOWN = "resend-cooldown"  # 429, with retry_after
    WRONG_PIN = "wrong-pin"  # 401, with attempts_left
    STAFF_LOCKED = "staff-locked"  # 429, with retry_after
    RATE_LIMITED = "rate-limited"  # 429
    PAYLOAD_TOO_LARGE = "payload-too-large"  # 413
    UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type"  # 415
    INTERNAL = "internal"  # 500: a bug in the service, never expected


def _not_a_number(value: object) -> object:
    # Without this a number would pass as a Unix time, which the document does not offer.
    if isinstance(value, int | float):
        raise ValueError("a date is written as ISO 8601 text")
    return value


# Dates and times in requests: ISO 8601 text (or, built in Python, a date/datetime object).
IsoDate = Annotated[dt.date, BeforeValidator(_not_a_number)]
IsoDateTime = Annotated[dt.datetime, BeforeValidator(_not_a_number)]

# RFC 3339 section 5.6: a full date, "T" (or a space), the time with an optional fraction, and
# the offset, "Z" or +hh:mm. No offset means no instant; a Unix time is no date-time text.
_RFC3339_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})"
)


def _rfc3339_text(value: object) -> object:
    if isinstance(value, str) and not _RFC3339_DATE_TIME.fullmatch(value):
        raise ValueError("an RFC 3339 date-time with its offset")
    return _not_a_number(value)


#: An instant in a request: RFC 3339 text with its offset (or, built in Python, an aware
#: datetime).
Rfc3339DateTime = Annotated[AwareDatetime, BeforeValidator(_rfc3339_text)]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore")


# --- common pieces -------------------------------------------------------------------------


class Localized(_Response):
    """One text in every kiosk language."""

    ru: str
    be: str
    en: str

    def get(self, language: str) -> str:
        """The text in ``language``, Russian when the language is unknown."""
        if language == "be":
            return self.be
        if language == "en":
            return self.en
        return self.ru


class Money(_Response):
    amount: str = Field(
        pattern=r"^-?\d+\.\d{2}$", description="Decimal string, two places", examples=["12.34"]
    )
    currency: str = Field(default=CURRENCY, examples=[CURRENCY])


class LinkedCard(_Response):
    masked: str = Field(description="Last 4 digits only", examples=["•••• 0019"])
    kind: CardKind
    status: CardStatus


class StorePromotion(_Response):
    """A store-wide fixed-discount day."""

    id: str
    date: dt.date
    discount_percent: int = Field(ge=0, le=100)
    title: Localized


class Offer(_Response):
    id: str
    kind: OfferKind
    title: Localized
    description: Localized
    valid_from: dt.date
    valid_to: dt.date


class FieldError(_Response):
    field: str
    code: str
    message: str


class Problem(_Response):
    """application/problem+json (RFC 9457) body of every error answer."""

    type: str = Field(examples=[PROBLEM_TYPE_PREFIX + "validation"])
    title: str
    status: int
    detail: str
    code: str
    errors: list[FieldError] | None = None
    attempts_left: int | None = None
    retry_after: int | None = None
    sends_left: int | None = None
    cards: list[LinkedCard] | None = None


# --- program info --------------------------------------------------------------------------


class Organizer(_Response):
    name: Localized
    address: Localized
    unp: str = Field(description="Taxpayer number of the organizer")


class SmsPolicy(_Response):
    code_length: int
    ttl_seconds: int
    resend_cooldown_seconds: int
    max_sends: int
    max_attempts: int


class PasswordPolicy(_Response):
    min_length: int
    requires_letter: bool
    requires_digit: bool


class RegistrationField(_Response):
    name: RegistrationFieldName
    required: bool


class ProgramInfo(_Response):
    organizer: Organizer
    website: str
    support_phone: str = Field(examples=["8 800-555-36-09"])
    support_phone_note: Localized
    rules_version: str
    rules: Localized
    requirements: Localized
    general_info: Localized
    installment_card_rule: Localized
    card_limit: int
    min_age: int
    sms_policy: SmsPolicy
    password_policy: PasswordPolicy
    registration_fields: list[RegistrationField]
    promotions: list[StorePromotion] = Field(description="Today's and upcoming discount days")


# --- cards and accounts --------------------------------------------------------------------


class AccountSummary(_Response):
    first_name: str
    points: int
    points_value: Money = Field(description="1 point = 0.01 BYN")
    cards: list[LinkedCard]
    offers: list[Offer]


class CardInfo(_Response):
    number: str = Field(pattern=r"^\d{13}$")
    kind: CardKind
    status: CardStatus
    card_prices: bool = Field(description="Card-holder prices apply (issued and active cards)")
    account: AccountSummary | None = Field(default=None, description="Only for active cards")
    promotions_today: list[StorePromotion]


class LinkCardRequest(_Request):
    card_number: str = Field(max_length=_SHORT)


class ActivationRequest(_Request):
    terminal_id: str = Field(
        min_length=1, max_length=_SHORT, description="The calling terminal's own id"
    )
    staff_id: str | None = Field(
        default=None,
        max_length=_SHORT,
        description="The cashier who scanned the card; needed when no staff session is sent "
        "(an activation the terminal queued while the central was unreachable)",
    )
    scanned_at: Rfc3339DateTime | None = Field(
        default=None,
        description="When the card was scanned at the terminal (audit): RFC 3339 with its "
        "offset, at most 30 days before and 5 minutes after the central's clock",
    )


# --- registration --------------------------------------------------------------------------


class RegistrationRequest(_Request):
    card_number: str = Field(max_length=_SHORT)
    last_name: str = Field(max_length=_TEXT)
    first_name: str = Field(max_length=_TEXT)
    patronymic: str | None = Field(default=None, max_length=_TEXT)
    gender: Gender | None = None
    birth_date: IsoDate | None = None
    home_address: str | None = Field(default=None, max_length=_TEXT)
    email: str | None = Field(default=None, max_length=_TEXT)
    phone: str = Field(max_length=_SHORT, description="E.164, +375 or +7 mobile")
    password: str = Field(max_length=_TEXT)
    consent_rules_version: str = Field(max_length=_SHORT)


class RegistrationStatus(_Response):
    registration_id: str
    phone_masked: str
    expires_in: int = Field(description="Seconds the current code stays valid")
    resend_after: int = Field(description="Seconds until a resend is allowed")
    sends_left: int
    attempts_left: int


class ConfirmCodeRequest(_Request):
    code: str = Field(max_length=_SHORT)


class ShopperSession(_Response):
    token: str
    expires_in: int
    first_name: str
    cards: list[LinkedCard]
    card_limit: int


class RegistrationConfirmed(_Response):
    card: CardInfo
    session: ShopperSession


# --- shopper sessions ----------------------------------------------------------------------


class PasswordLoginRequest(_Request):
    phone: str = Field(max_length=_SHORT)
    password: str = Field(max_length=_TEXT)


class SmsLoginRequest(_Request):
    phone: str = Field(max_length=_SHORT)


class SmsChallenge(_Response):
    challenge_id: str
    phone_masked: str
    expires_in: int
    resend_after: int
    sends_left: int
    attempts_left: int


# --- staff ---------------------------------------------------------------------------------


class StaffLoginRequest(_Request):
    badge: str = Field(max_length=_SHORT)
    pin: str = Field(max_length=_SHORT)


StaffRole = Literal["cashier", "service"]


class StaffSession(_Response):
    token: str
    expires_in: int
    staff_id: str
    display_name: str
    role: StaffRole = Field(
        default="cashier", description="service: may also open the terminal's service screen"
    )


# --- products, terminals, service ----------------------------------------------------------


_PRICE = r"^\d+\.\d{2}$"


class ProductDiscount(_Response):
    """Today's store-wide discount, applied to the product's prices."""

    promotion: StorePromotion
    regular_price: str = Field(pattern=_PRICE, examples=["3.14"])
    card_price: str | None = Field(default=None, pattern=_PRICE, examples=["2.69"])


class Product(_Response):
    """A product's prices. With ``discount`` (a store-wide discount day) the prices in effect
    today are the discount's; ``regular_price`` and ``card_price`` are the shelf-tag prices."""

    barcode: str = Field(description="GTIN-13 (EAN-8 and UPC-A zero-filled on the left)")
    name: Localized
    regular_price: str = Field(pattern=_PRICE, examples=["3.49"])
    card_price: str | None = Field(
        default=None, pattern=_PRICE, examples=["2.99"], description="None: no card price"
    )
    currency: str = Field(default=CURRENCY, examples=[CURRENCY])
    discount: ProductDiscount | None = Field(
        default=None, description="Today's store-wide discount, when today is a discount day"
    )


# --- barcode nomenclature ------------------------------------------------------------------

NomenclatureKind = Literal[
    "staff_badge",
    "own_card",
    "partner_card",
    "product",
    "restricted",
    "coupon",
    "refund_receipt",
]
NomenclatureEncoding = Literal["any", "ean13", "ean8", "upca"]


class NomenclatureRule(_Response):
    """One rule: a code of ``encoding`` (GS1 check digit verified, except ``any``) that
    ``pattern`` (a regular expression) matches in full is of ``kind``."""

    kind: NomenclatureKind
    encoding: NomenclatureEncoding
    pattern: str = Field(max_length=_TEXT, examples=["2990[0-9]{9}"])
    priority: int = Field(description="Lower first; the first rule that matches wins")


class BarcodeNomenclature(_Response):
    """What a scanned code is: rules tried by priority, first match wins; no match is
    'not recognised'. A 12-digit UPC-A code is the same item as its 13-digit EAN form."""

    version: str = Field(max_length=_SHORT, examples=["2026-1"])
    rules: list[NomenclatureRule]


#: What stops a terminal's activation outbox: a fault of its disk (every row kept, it passes by
#: itself once fixed), damage found on opening (``corrupt``: the file set aside and a new one
#: started; ``rows-missing``: fewer rows than recorded beside it), or ``not-open``.
OutboxProblemCode = Literal[
    "full", "read-only", "permission", "busy", "io-error", "corrupt", "rows-missing", "not-open"
]


class Heartbeat(_Request):
    version: str = Field(max_length=_SHORT)
    uptime_seconds: int = Field(ge=0, le=2**53, strict=True)
    outbox_depth: int = Field(
        ge=0, le=2**31, strict=True, description="Activations waiting to be sent"
    )
    oldest_outbox_age_seconds: int | None = Field(
        default=None,
        ge=0,
        le=2**53,
        strict=True,
        description="Age of the oldest waiting activation",
    )
    dead_letters: int = Field(
        default=0,
        ge=0,
        le=2**31,
        strict=True,
        description="Activations the central refused, kept for review",
    )
    last_scan_at: IsoDateTime | None = None
    last_central_answer_at: IsoDateTime | None = Field(
        default=None, description="When the terminal last had a good answer from the central"
    )
    outbox_problem: OutboxProblemCode | None = Field(
        default=None,
        description="What stops the terminal's activation outbox, if anything: full, read-only,"
        " permission, busy, io-error (every row kept; passes once fixed), corrupt (set aside,"
        " a new one started), rows-missing (fewer rows than recorded), not-open",
    )


class TerminalStatus(_Response):
    terminal_id: str
    version: str
    uptime_seconds: int
    outbox_depth: int
    oldest_outbox_age_seconds: int | None
    dead_letters: int
    last_scan_at: dt.datetime | None
    last_central_answer_at: dt.datetime | None
    outbox_problem: OutboxProblemCode | None = None
    received_at: dt.datetime = Field(description="When the central received this heartbeat")


class HeartbeatAck(_Response):
    server_time: dt.datetime


class DemoSms(_Response):
    phone_masked: str
    phone: str = Field(description="Full E.164 number (demo data only)")
    code: str
    text: str
    sent_at: dt.datetime


class Health(_Response):
    status: Literal["ok"]
    version: str
