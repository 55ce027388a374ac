"""Business rules of the reference central service, independent of HTTP.

Every operation returns a contract model or raises ``ProblemError``. Operations that change
state run inside one store transaction; when a refusal must still be remembered (a wrong SMS
code or PIN counts against the limit) the transaction commits first and the problem is raised
after it, so the count is never rolled back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import uuid
from dataclasses import dataclass
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from kiosk.central import program
from kiosk.central.clock import Clock
from kiosk.central.problems import FieldIssue, ProblemError, validation_error
from kiosk.central.security import (
    dummy_secret_hash,
    hash_secret,
    hash_sms_code,
    hash_token,
    new_session_token,
    sms_code_matches,
    verify_secret,
)
from kiosk.central.sms import SmsGateway, is_code_format, new_code
from kiosk.central.store import (
    AccountRow,
    CardRow,
    HeartbeatRow,
    NewAccount,
    PromotionRow,
    Store,
    VerificationRow,
    to_epoch,
)
from kiosk.contract import (
    AccountSummary,
    CardInfo,
    CardKind,
    CardStatus,
    Gender,
    Heartbeat,
    HeartbeatAck,
    LinkedCard,
    Localized,
    Money,
    Offer,
    PasswordLoginRequest,
    ProblemCode,
    ProgramInfo,
    RegistrationConfirmed,
    RegistrationFieldName,
    RegistrationRequest,
    RegistrationStatus,
    ShopperSession,
    SmsChallenge,
    SmsLoginRequest,
    StaffLoginRequest,
    StaffSession,
    StorePromotion,
    TerminalStatus,
)
from kiosk.core.cards import InvalidCardNumber, card_kind, parse_card_number
from kiosk.core.masking import mask_card, mask_phone

# Letters of Russian, Belarusian and Latin, hyphen, apostrophes (Belarusian uses ’ and ʼ), space.
_NAME_RE = re.compile(r"^[A-Za-zА-Яа-яЁёІіЎў'’ʼ\- ]+$")
_TERMINAL_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")

BIRTHDAY_OFFER_TITLE = Localized(
    ru="Подарок ко дню рождения", be="Падарунак да дня нараджэння", en="Birthday gift"
)
BIRTHDAY_OFFER_DESCRIPTION = Localized(
    ru="Скидка 20% на одну покупку в дни вашего дня рождения.",
    be="Зніжка 20% на адну пакупку ў дні вашага дня нараджэння.",
    en="20% off one purchase around your birthday.",
)


@dataclass(frozen=True)
class ShopperPrincipal:
    account_id: int
    token_hash: str


@dataclass(frozen=True)
class StaffPrincipal:
    staff_id: str
    token_hash: str
    role: str = "cashier"


def _ceil_seconds(seconds: float) -> int:
    return max(0, math.ceil(seconds - 1e-9))


def _money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def normalize_phone(raw: str) -> str | None:
    """E.164 form of a Belarusian or Russian mobile number, or None."""
    text = raw.strip()
    if not text.startswith("+") or len(text) > 32:
        return None
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.region_code_for_number(number) not in ("BY", "RU"):
        return None
    mobile = (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    if phonenumbers.number_type(number) not in mobile:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_card(raw: str) -> tuple[str, CardKind]:
    """A card number of the chain, or InvalidCardNumber; kind None means 'not ours'."""
    number = parse_card_number(raw)
    kind = card_kind(number)
    if kind is None:
        raise _CardUnknown(number)
    return number, kind


class _CardUnknown(Exception):
    """A valid EAN-13 outside the chain's card ranges (e.g. a product barcode)."""


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _birthday_in(year: int, birth: dt.date) -> dt.date:
    try:
        return birth.replace(year=year)
    except ValueError:  # 29 February in a common year
        return dt.date(year, 2, 28)


def _promotion(row: PromotionRow) -> StorePromotion:
    return StorePromotion(
        id=row.id,
        date=row.date,
        discount_percent=row.discount_percent,
        title=Localized(ru=row.title[0], be=row.title[1], en=row.title[2]),
    )


def _linked(card: CardRow) -> LinkedCard:
    return LinkedCard(
        masked=mask_card(card.number),
        kind=_kind(card.kind),
        status=_status(card.status),
    )


def _kind(value: str) -> CardKind:
    return "partner" if value == "partner" else "own"


def _status(value: str) -> CardStatus:
    statuses: dict[str, CardStatus] = {
        "not_issued": "not_issued",
        "issued": "issued",
        "active": "active",
        "blocked": "blocked",
    }
    return statuses[value]


class LoyaltyService:
    def __init__(self, store: Store, clock: Clock, sms: SmsGateway) -> None:
        self.store = store
        self.clock = clock
        self.sms = sms

    # --- program --------------------------------------------------------------------------

    def program_info(self) -> ProgramInfo:
        today = self.clock.today()
        horizon = today + dt.timedelta(days=program.PROMOTION_HORIZON_DAYS)
        return ProgramInfo(
            organizer=program.ORGANIZER,
            website=program.WEBSITE,
            support_phone=program.SUPPORT_PHONE,
            support_phone_note=program.SUPPORT_PHONE_NOTE,
            rules_version=program.RULES_VERSION,
            rules=program.RULES,
            requirements=program.REQUIREMENTS,
            general_info=program.GENERAL_INFO,
            installment_card_rule=program.INSTALLMENT_CARD_RULE,
            card_limit=program.CARD_LIMIT,
            min_age=program.MIN_AGE,
            sms_policy=program.SMS_POLICY,
            password_policy=program.PASSWORD_POLICY,
            registration_fields=program.REGISTRATION_FIELDS,
            promotions=[_promotion(p) for p in self.store.promotions_from(today, horizon)],
        )

    def _promotions_today(self, today: dt.date) -> list[StorePromotion]:
        return [_promotion(p) for p in self.store.promotions_from(today, today)]

    # --- cards ----------------------------------------------------------------------------

    def _known_card(self, raw: str) -> CardRow:
        try:
            number, _ = parse_card(raw)
        except InvalidCardNumber:
            raise ProblemError(ProblemCode.INVALID_CARD_NUMBER) from None
        except _CardUnknown:
            raise ProblemError(ProblemCode.CARD_NOT_FOUND) from None
        card = self.store.card(number)
        if card is None:
            raise ProblemError(ProblemCode.CARD_NOT_FOUND)
        return card

    def lookup_card(self, raw_number: str) -> CardInfo:
        card = self._known_card(raw_number)
        return self._card_info(card, self.clock.today())

    def _card_info(self, card: CardRow, today: dt.date) -> CardInfo:
        account = None
        if card.status == "active" and card.account_id is not None:
            account = self._account_summary(card.account_id, today)
        return CardInfo(
            number=card.number,
            kind=_kind(card.kind),
            status=_status(card.status),
            card_prices=card.status in ("issued", "active"),
            account=account,
            promotions_today=self._promotions_today(today),
        )

    def _account_summary(self, account_id: int, today: dt.date) -> AccountSummary:
        account = self.store.account(account_id)
        if account is None:
            raise ProblemError(ProblemCode.SESSION_EXPIRED)
        return AccountSummary(
            first_name=account.first_name,
            points=account.points,
            points_value=Money(amount=_money(account.points)),
            cards=[_linked(c) for c in self.store.account_cards(account_id)],
            offers=self._offers(account, today),
        )

    def _offers(self, account: AccountRow, today: dt.date) -> list[Offer]:
        offers: list[Offer] = []
        if account.birth_date is not None:
            window = dt.timedelta(days=program.BIRTHDAY_WINDOW_DAYS)
            for year in (today.year - 1, today.year, today.year + 1):
                birthday = _birthday_in(year, account.birth_date)
                if birthday - window <= today <= birthday + window:
                    offers.append(
                        Offer(
                            id=f"birthday-{birthday.isoformat()}",
                            kind="birthday",
                            title=BIRTHDAY_OFFER_TITLE,
                            description=BIRTHDAY_OFFER_DESCRIPTION,
                            valid_from=birthday - window,
                            valid_to=birthday + window,
                        )
                    )
                    break
        for row in self.store.offers_valid_on(account.id, today):
            offers.append(
                Offer(
                    id=row.id,
                    kind="targeted",
                    title=Localized(ru=row.title[0], be=row.title[1], en=row.title[2]),
                    description=Localized(
                        ru=row.description[0], be=row.description[1], en=row.description[2]
                    ),
                    valid_from=row.valid_from,
                    valid_to=row.valid_to,
                )
            )
        return offers

    # --- registration ---------------------------------------------------------------------

    def _validate_registration(
        self, req: RegistrationRequest, today: dt.date
    ) -> tuple[dict[str, Any], list[FieldIssue]]:
        issues: list[FieldIssue] = []
        clean: dict[str, Any] = {}

        def blank(value: str | None) -> bool:
            return value is None or not value.strip()

        def check_required(name: RegistrationFieldName, value: object) -> bool:
            """True when there is a value to check further."""
            missing = value is None or (isinstance(value, str) and not value.strip())
            if missing and program.is_required(name):
                issues.append(FieldIssue(name, "required"))
            return not missing

        if check_required("card_number", req.card_number):
            try:
                clean["card_number"], _ = parse_card(req.card_number)
            except InvalidCardNumber:
                issues.append(FieldIssue("card_number", "invalid-card-number"))
            except _CardUnknown as unknown:
                clean["card_number"] = str(unknown)  # answered as card-not-found below

        names: tuple[RegistrationFieldName, ...] = (
            "last_name",
            "first_name",
            "patronymic",
        )
        for name in names:
            value: str | None = getattr(req, name)
            clean[name] = None
            if not check_required(name, value) or value is None:
                continue
            value = value.strip()
            letters = any(ch.isalpha() for ch in value)
            if len(value) > program.NAME_MAX_LENGTH or not _NAME_RE.match(value) or not letters:
                issues.append(
                    FieldIssue(name, "name-letters", {"max_length": program.NAME_MAX_LENGTH})
                )
            else:
                clean[name] = value

        gender: Gender | None = req.gender
        clean["gender"] = gender if check_required("gender", gender) else None

        clean["birth_date"] = None
        if check_required("birth_date", req.birth_date) and req.birth_date is not None:
            birth = req.birth_date
            if birth > today:
                issues.append(FieldIssue("birth_date", "birth-date-future"))
            elif _age_on(birth, today) < program.MIN_AGE:
                issues.append(FieldIssue("birth_date", "too-young", {"min_age": program.MIN_AGE}))
            elif _age_on(birth, today) > program.MAX_AGE:
                issues.append(FieldIssue("birth_date", "birth-date-implausible"))
            else:
                clean["birth_date"] = birth.isoformat()

        clean["home_address"] = None
        if check_required("home_address", req.home_address) and not blank(req.home_address):
            assert req.home_address is not None
            clean["home_address"] = req.home_address.strip()

        clean["email"] = None
        if check_required("email", req.email) and req.email is not None:
            try:
                clean["email"] = validate_email(
                    req.email.strip(), check_deliverability=False
                ).normalized
            except EmailNotValidError:
                issues.append(FieldIssue("email", "email-invalid"))

        if check_required("phone", req.phone):
            phone = normalize_phone(req.phone)
            if phone is None:
                issues.append(FieldIssue("phone", "phone-invalid"))
            clean["phone"] = phone

        if check_required("password", req.password or None):
            password = req.password
            if len(password) < program.PASSWORD_MIN_LENGTH:
                issues.append(
                    FieldIssue(
                        "password",
                        "password-too-short",
                        {"min_length": program.PASSWORD_MIN_LENGTH},
                    )
                )
            elif len(password) > program.PASSWORD_MAX_LENGTH:
                issues.append(
                    FieldIssue(
                        "password", "password-too-long", {"max_length": program.PASSWORD_MAX_LENGTH}
                    )
                )
            elif not any(ch.isalpha() for ch in password):
                issues.append(FieldIssue("password", "password-needs-letter"))
            elif not any(ch.isdigit() for ch in password):
                issues.append(FieldIssue("password", "password-needs-digit"))

        if (
            check_required("consent_rules_version", req.consent_rules_version)
            and req.consent_rules_version != program.RULES_VERSION
        ):
            issues.append(FieldIssue("consent_rules_version", "rules-version"))
        clean["rules_version"] = program.RULES_VERSION
        return clean, issues

    def _require_issued_card(self, number: str) -> CardRow:
        card = self.store.card(number)
        if card is None or card_kind(number) is None:
            raise ProblemError(ProblemCode.CARD_NOT_FOUND)
        if card.status == "not_issued":
            raise ProblemError(ProblemCode.CARD_NOT_SOLD)
        if card.status == "active":
            raise ProblemError(ProblemCode.CARD_REGISTERED)
        if card.status == "blocked":
            raise ProblemError(ProblemCode.CARD_BLOCKED)
        return card

    def start_registration(self, req: RegistrationRequest) -> RegistrationStatus:
        now = self.clock.now()
        clean, issues = self._validate_registration(req, self.clock.today())
        if issues:
            raise validation_error(issues)
        self._require_issued_card(clean["card_number"])
        if self.store.account_by_phone(clean["phone"]) is not None:
            raise ProblemError(ProblemCode.PHONE_REGISTERED)
        # The slow hash runs outside the store lock so other terminals are not held up.
        clean["password_hash"] = hash_secret(req.password)
        registration_id = uuid.uuid4().hex
        code = new_code()
        with self.store.transaction():
            self._housekeeping(now)
            self.store.add_verification(
                verification_id=registration_id,
                purpose="registration",
                phone=clean["phone"],
                account_id=None,
                payload=clean,
                code_hash=hash_sms_code(self.store.server_secret, registration_id, code),
                when=now,
            )
        self.sms.send(clean["phone"], code, now)
        row = self.store.verification(registration_id, "registration")
        assert row is not None
        return RegistrationStatus(registration_id=registration_id, **self._sms_state(row, now))

    def confirm_registration(self, registration_id: str, code: str) -> RegistrationConfirmed:
        now = self.clock.now()
        today = self.clock.today()
        with self.store.transaction():
            row = self.store.verification(registration_id, "registration")
            problem = self._code_problem(row, code, now, "registration")
            if problem is None:
                assert row is not None and row.payload is not None
                payload = row.payload
                card = self._require_issued_card(payload["card_number"])
                if self.store.account_by_phone(payload["phone"]) is not None:
                    raise ProblemError(ProblemCode.PHONE_REGISTERED)
                birth = payload["birth_date"]
                account_id = self.store.add_account(
                    NewAccount(
                        phone=payload["phone"],
                        password_hash=payload["password_hash"],
                        last_name=payload["last_name"],
                        first_name=payload["first_name"],
                        patronymic=payload["patronymic"],
                        gender=payload["gender"],
                        birth_date=dt.date.fromisoformat(birth) if birth else None,
                        home_address=payload["home_address"],
                        email=payload["email"],
                        points=0,
                        rules_version=payload["rules_version"],
                    ),
                    now,
                )
                self.store.link_card(card.number, account_id, now)
                self.store.mark_verification_confirmed(registration_id)
                session = self._new_shopper_session(account_id, now)
                linked = self.store.card(card.number)
                assert linked is not None
                return RegistrationConfirmed(card=self._card_info(linked, today), session=session)
        assert problem is not None
        raise problem

    def resend_registration(self, registration_id: str) -> RegistrationStatus:
        row = self._resend(registration_id, "registration")
        return RegistrationStatus(registration_id=row.id, **self._sms_state(row, self.clock.now()))

    # --- SMS code rules shared by registrations and SMS logins ----------------------------

    def _sms_state(self, row: VerificationRow, now: dt.datetime) -> dict[str, Any]:
        elapsed = to_epoch(now) - row.sent_at
        return {
            "phone_masked": mask_phone(row.phone),
            "expires_in": _ceil_seconds(program.SMS_TTL_SECONDS - elapsed),
            "resend_after": _ceil_seconds(program.SMS_RESEND_COOLDOWN_SECONDS - elapsed),
            "sends_left": max(0, program.SMS_MAX_SENDS - row.sends),
            "attempts_left": max(0, program.SMS_MAX_ATTEMPTS - row.attempts),
        }

    def _gone_problem(self, row: VerificationRow | None, variant: str) -> ProblemError | None:
        if row is None:
            return ProblemError(ProblemCode.NOT_FOUND, variant=variant)
        if row.state == "confirmed":
            return ProblemError(ProblemCode.CODE_USED)
        if row.state == "dead":
            return ProblemError(ProblemCode.TOO_MANY_ATTEMPTS, attempts_left=0)
        return None

    def _code_problem(
        self, row: VerificationRow | None, code: str, now: dt.datetime, variant: str
    ) -> ProblemError | None:
        """None when ``code`` confirms ``row``; otherwise the refusal (attempts are recorded)."""
        gone = self._gone_problem(row, variant)
        if gone is not None:
            return gone
        assert row is not None
        if not is_code_format(code):
            return validation_error(
                [FieldIssue("code", "code-format", {"length": program.SMS_CODE_LENGTH})]
            )
        if to_epoch(now) - row.sent_at >= program.SMS_TTL_SECONDS:
            return ProblemError(
                ProblemCode.CODE_EXPIRED, sends_left=max(0, program.SMS_MAX_SENDS - row.sends)
            )
        # A login challenge for a phone without an account can never be confirmed.
        can_match = row.purpose == "registration" or row.account_id is not None
        if (
            can_match
            and row.code_hash is not None
            and sms_code_matches(self.store.server_secret, row.id, code, row.code_hash)
        ):
            return None
        attempts = row.attempts + 1
        dead = attempts >= program.SMS_MAX_ATTEMPTS
        self.store.record_wrong_code(row.id, dead=dead)
        if dead:
            return ProblemError(ProblemCode.TOO_MANY_ATTEMPTS, attempts_left=0)
        return ProblemError(
            ProblemCode.WRONG_CODE, attempts_left=program.SMS_MAX_ATTEMPTS - attempts
        )

    def _resend(self, verification_id: str, purpose: str) -> VerificationRow:
        now = self.clock.now()
        variant = "registration" if purpose == "registration" else "challenge"
        code = new_code()
        with self.store.transaction():
            row = self.store.verification(verification_id, purpose)
            problem = self._gone_problem(row, variant)
            if problem is None:
                assert row is not None
                elapsed = to_epoch(now) - row.sent_at
                if row.sends >= program.SMS_MAX_SENDS:
                    problem = ProblemError(ProblemCode.TOO_MANY_SENDS, sends_left=0)
                elif elapsed < program.SMS_RESEND_COOLDOWN_SECONDS:
                    problem = ProblemError(
                        ProblemCode.RESEND_COOLDOWN,
                        retry_after=_ceil_seconds(program.SMS_RESEND_COOLDOWN_SECONDS - elapsed),
                        sends_left=program.SMS_MAX_SENDS - row.sends,
                    )
                else:
                    code_hash = hash_sms_code(self.store.server_secret, row.id, code)
                    self.store.record_resend(row.id, code_hash, now)
            updated = self.store.verification(verification_id, purpose)
        if problem is not None:
            raise problem
        assert row is not None and updated is not None
        # A login challenge for an unknown phone goes through the same motions without an SMS,
        # so the answers do not reveal whether the phone has an account.
        if purpose == "registration" or row.account_id is not None:
            self.sms.send(row.phone, code, now)
        return updated

    # --- shopper sessions -----------------------------------------------------------------

    def _new_shopper_session(self, account_id: int, now: dt.datetime) -> ShopperSession:
        token = new_session_token()
        self.store.add_session(
            hash_token(token),
            kind="shopper",
            account_id=account_id,
            staff_id=None,
            when=now,
            lifetime_seconds=program.SHOPPER_SESSION_SECONDS,
        )
        account = self.store.account(account_id)
        assert account is not None
        return ShopperSession(
            token=token,
            expires_in=program.SHOPPER_SESSION_SECONDS,
            first_name=account.first_name,
            cards=[_linked(c) for c in self.store.account_cards(account_id)],
            card_limit=program.CARD_LIMIT,
        )

    def login_password(self, req: PasswordLoginRequest) -> ShopperSession:
        now = self.clock.now()
        phone = normalize_phone(req.phone)
        key = phone or req.phone
        window_start = now - dt.timedelta(seconds=program.LOGIN_FAILURE_WINDOW_SECONDS)
        failures = self.store.login_failures_since(key, window_start)
        if len(failures) >= program.LOGIN_MAX_FAILURES:
            oldest = failures[-program.LOGIN_MAX_FAILURES]
            wait = oldest + program.LOGIN_FAILURE_WINDOW_SECONDS - to_epoch(now)
            raise ProblemError(
                ProblemCode.RATE_LIMITED,
                retry_after=_ceil_seconds(wait),
                params={"minutes": max(1, math.ceil(wait / 60))},
            )
        account = self.store.account_by_phone(phone) if phone else None
        stored = account.password_hash if account else dummy_secret_hash()
        password_ok = verify_secret(req.password, stored) and account is not None
        with self.store.transaction():
            if not password_ok or account is None:
                self.store.add_login_failure(key, now)
                session = None
            else:
                self.store.clear_login_failures(key)
                self._housekeeping(now)
                session = self._new_shopper_session(account.id, now)
        if session is None:
            raise ProblemError(ProblemCode.UNAUTHORIZED, variant="login")
        return session

    def start_sms_login(self, req: SmsLoginRequest) -> SmsChallenge:
        now = self.clock.now()
        phone = normalize_phone(req.phone)
        if phone is None:
            raise validation_error([FieldIssue("phone", "phone-invalid")])
        account = self.store.account_by_phone(phone)
        challenge_id = uuid.uuid4().hex
        code = new_code()
        with self.store.transaction():
            self._housekeeping(now)
            self.store.add_verification(
                verification_id=challenge_id,
                purpose="login",
                phone=phone,
                account_id=account.id if account else None,
                payload=None,
                code_hash=hash_sms_code(self.store.server_secret, challenge_id, code),
                when=now,
            )
        if account is not None:
            self.sms.send(phone, code, now)
        row = self.store.verification(challenge_id, "login")
        assert row is not None
        return SmsChallenge(challenge_id=challenge_id, **self._sms_state(row, now))

    def confirm_sms_login(self, challenge_id: str, code: str) -> ShopperSession:
        now = self.clock.now()
        with self.store.transaction():
            row = self.store.verification(challenge_id, "login")
            problem = self._code_problem(row, code, now, "challenge")
            if problem is None:
                assert row is not None
                assert row.account_id is not None
                self.store.mark_verification_confirmed(row.id)
                return self._new_shopper_session(row.account_id, now)
        assert problem is not None
        raise problem

    def resend_sms_login(self, challenge_id: str) -> SmsChallenge:
        row = self._resend(challenge_id, "login")
        return SmsChallenge(challenge_id=row.id, **self._sms_state(row, self.clock.now()))

    def _session(self, token: str | None) -> tuple[str, str, int | None, str | None]:
        if not token:
            raise ProblemError(ProblemCode.UNAUTHORIZED, variant="session")
        token_hash = hash_token(token)
        row = self.store.session(token_hash)
        if row is None or row.expires_at <= to_epoch(self.clock.now()):
            raise ProblemError(ProblemCode.SESSION_EXPIRED)
        return token_hash, row.kind, row.account_id, row.staff_id

    def shopper(self, token: str | None) -> ShopperPrincipal:
        token_hash, kind, account_id, _ = self._session(token)
        if kind != "shopper" or account_id is None:
            raise ProblemError(ProblemCode.FORBIDDEN)
        return ShopperPrincipal(account_id, token_hash)

    def staff(self, token: str | None) -> StaffPrincipal:
        token_hash, kind, _, staff_id = self._session(token)
        if kind != "staff" or staff_id is None:
            raise ProblemError(ProblemCode.FORBIDDEN)
        member = self.store.staff(staff_id)
        return StaffPrincipal(staff_id, token_hash, member.role if member else "cashier")

    def service_staff(self, token: str | None) -> StaffPrincipal:
        """A staff session with the service role (terminal overview)."""
        principal = self.staff(token)
        if principal.role != "service":
            raise ProblemError(ProblemCode.FORBIDDEN)
        return principal

    def activating_staff(self, token: str | None, staff_id: str | None) -> str:
        """Who activates: the staff session's member, or, without a session, the member the
        terminal names (an activation it queued while the central was unreachable: the
        cashier's session may have ended since; the terminal token vouches for it)."""
        if token:
            principal = self.staff(token)
            if staff_id is not None and staff_id != principal.staff_id:
                raise ProblemError(ProblemCode.FORBIDDEN)
            return principal.staff_id
        if staff_id is None:
            raise ProblemError(ProblemCode.UNAUTHORIZED, variant="session")
        if self.store.staff(staff_id) is None:
            raise validation_error([FieldIssue("staff_id", "unknown-staff")])
        return staff_id

    def logout(self, token: str | None) -> None:
        if not token:
            raise ProblemError(ProblemCode.UNAUTHORIZED, variant="session")
        # Ending a session that already ended is not an error: the goal state holds.
        with self.store.transaction():
            self.store.delete_session(hash_token(token))

    def account_summary(self, shopper: ShopperPrincipal) -> AccountSummary:
        return self._account_summary(shopper.account_id, self.clock.today())

    def link_card(self, shopper: ShopperPrincipal, raw_number: str) -> tuple[AccountSummary, bool]:
        """Link a card; the flag says whether it was newly linked (False: already ours)."""
        now = self.clock.now()
        today = self.clock.today()
        with self.store.transaction():
            card = self._known_card(raw_number)
            if card.account_id == shopper.account_id and card.status == "active":
                return self._account_summary(shopper.account_id, today), False
            if card.status == "blocked":
                raise ProblemError(ProblemCode.CARD_BLOCKED)
            if card.account_id is not None:
                raise ProblemError(ProblemCode.CARD_OTHER_ACCOUNT)
            if card.status == "not_issued" and card.kind != "partner":
                raise ProblemError(ProblemCode.CARD_NOT_SOLD)
            linked = self.store.account_cards(shopper.account_id)
            if len(linked) >= program.CARD_LIMIT:
                raise ProblemError(
                    ProblemCode.CARD_LIMIT,
                    cards=[_linked(c) for c in linked],
                    params={"limit": program.CARD_LIMIT},
                )
            self.store.link_card(card.number, shopper.account_id, now)
            return self._account_summary(shopper.account_id, today), True

    # --- staff ----------------------------------------------------------------------------

    def _staff_locked(self, locked_until: float | None, now: dt.datetime) -> ProblemError | None:
        if locked_until is None or locked_until <= to_epoch(now):
            return None
        wait = _ceil_seconds(locked_until - to_epoch(now))
        return ProblemError(
            ProblemCode.STAFF_LOCKED,
            retry_after=wait,
            params={"minutes": max(1, math.ceil(wait / 60))},
        )

    def staff_login(self, req: StaffLoginRequest) -> StaffSession:
        now = self.clock.now()
        member = self.store.staff_by_badge(req.badge.strip())
        if member is None:
            verify_secret(req.pin, dummy_secret_hash())
            raise ProblemError(ProblemCode.UNAUTHORIZED, variant="badge")
        locked = self._staff_locked(member.locked_until, now)
        if locked is not None:
            raise locked
        pin_ok = verify_secret(req.pin, member.pin_hash)
        problem: ProblemError | None = None
        with self.store.transaction():
            current = self.store.staff(member.id)
            assert current is not None
            problem = self._staff_locked(current.locked_until, now)
            if problem is None and pin_ok:
                self.store.set_staff_pin_state(member.id, failed_pins=0, locked_until=None)
                token = new_session_token()
                self.store.add_session(
                    hash_token(token),
                    kind="staff",
                    account_id=None,
                    staff_id=member.id,
                    when=now,
                    lifetime_seconds=program.STAFF_SESSION_SECONDS,
                )
                return StaffSession(
                    token=token,
                    expires_in=program.STAFF_SESSION_SECONDS,
                    staff_id=member.id,
                    display_name=member.display_name,
                    role="service" if member.role == "service" else "cashier",
                )
            if problem is None:
                failed = current.failed_pins + 1
                if failed >= program.STAFF_MAX_WRONG_PINS:
                    until = now + dt.timedelta(seconds=program.STAFF_LOCK_SECONDS)
                    self.store.set_staff_pin_state(member.id, failed_pins=0, locked_until=until)
                    problem = self._staff_locked(to_epoch(until), now)
                else:
                    self.store.set_staff_pin_state(member.id, failed_pins=failed, locked_until=None)
                    problem = ProblemError(
                        ProblemCode.WRONG_PIN,
                        attempts_left=program.STAFF_MAX_WRONG_PINS - failed,
                    )
        assert problem is not None
        raise problem

    def activate_card(
        self,
        staff_id: str,
        raw_number: str,
        terminal_id: str,
        scanned_at: dt.datetime | None = None,
    ) -> tuple[CardInfo, bool]:
        """Activate a sold card; the flag says whether it was activated now (False: before)."""
        now = self.clock.now()
        today = self.clock.today()
        if not _TERMINAL_ID_RE.match(terminal_id):
            raise validation_error([FieldIssue("terminal_id", "terminal-id")])
        with self.store.transaction():
            card = self._known_card(raw_number)
            if card.status == "blocked":
                raise ProblemError(ProblemCode.CARD_BLOCKED)
            if card.status != "not_issued":
                return self._card_info(card, today), False
            self.store.set_card_status(card.number, "issued")
            self.store.add_activation(card.number, staff_id, terminal_id, now, scanned_at)
            updated = self.store.card(card.number)
            assert updated is not None
            return self._card_info(updated, today), True

    # --- terminals ------------------------------------------------------------------------

    def heartbeat(self, terminal_id: str, beat: Heartbeat) -> HeartbeatAck:
        now = self.clock.now()
        if not _TERMINAL_ID_RE.match(terminal_id):
            raise validation_error([FieldIssue("terminal_id", "terminal-id")])
        with self.store.transaction():
            self.store.record_heartbeat(
                terminal_id,
                HeartbeatRow(
                    version=beat.version,
                    uptime_seconds=beat.uptime_seconds,
                    outbox_depth=beat.outbox_depth,
                    oldest_outbox_age_seconds=beat.oldest_outbox_age_seconds,
                    dead_letters=beat.dead_letters,
                    last_scan_at=beat.last_scan_at,
                    last_central_answer_at=beat.last_central_answer_at,
                    received_at=now,
                ),
            )
        return HeartbeatAck(server_time=now)

    def terminals(self) -> list[TerminalStatus]:
        """The last heartbeat of every terminal."""
        return [
            TerminalStatus(terminal_id=terminal_id, **dataclasses.asdict(beat))
            for terminal_id, beat in self.store.heartbeats()
        ]

    # --- housekeeping ---------------------------------------------------------------------

    def _housekeeping(self, now: dt.datetime) -> None:
        """Drop expired sessions, stale verifications and old login failures (in a transaction)."""
        self.store.purge_sessions(now)
        retention = dt.timedelta(seconds=program.VERIFICATION_RETENTION_SECONDS)
        self.store.purge_verifications(now - retention)
        window = dt.timedelta(seconds=program.LOGIN_FAILURE_WINDOW_SECONDS)
        self.store.purge_login_failures(now - window)
