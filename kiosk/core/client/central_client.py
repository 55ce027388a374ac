"""The central API's calls (v1), each returning a contract model (see :mod:`kiosk.core.client`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import TypeAdapter

from kiosk.contract import (
    API_PREFIX,
    AccountSummary,
    ActivationRequest,
    BarcodeNomenclature,
    CardInfo,
    ConfirmCodeRequest,
    DemoSms,
    Heartbeat,
    HeartbeatAck,
    LinkCardRequest,
    PasswordLoginRequest,
    ProblemCode,
    Product,
    ProgramInfo,
    RegistrationConfirmed,
    RegistrationRequest,
    RegistrationStatus,
    ShopperSession,
    SmsChallenge,
    SmsLoginRequest,
    StaffLoginRequest,
    StaffSession,
)
from kiosk.core.client.connection import CentralConnection, path_segment
from kiosk.core.client.errors import Unauthorized
from kiosk.core.client.replies import (
    Reply,
    date_header,
    decode_json,
    json_model,
    no_content,
)
from kiosk.core.runtime.masking import mask_url_passwords

if TYPE_CHECKING:
    from kiosk.core.runtime.config import KioskConfig

_program_info = TypeAdapter(ProgramInfo)
_card_info = TypeAdapter(CardInfo)
_registration_status = TypeAdapter(RegistrationStatus)
_registration_confirmed = TypeAdapter(RegistrationConfirmed)
_shopper_session = TypeAdapter(ShopperSession)
_sms_challenge = TypeAdapter(SmsChallenge)
_account_summary = TypeAdapter(AccountSummary)
_staff_session = TypeAdapter(StaffSession)
_product = TypeAdapter(Product)
_nomenclature = TypeAdapter(BarcodeNomenclature)
_heartbeat_ack = TypeAdapter(HeartbeatAck)
_demo_sms_list = TypeAdapter(list[DemoSms])


class CentralClient(CentralConnection):
    """Client of the central loyalty API v1; safe to share between worker threads."""

    @classmethod
    def for_config(cls, config: KioskConfig, *, retries: int = 2) -> CentralClient:
        """The client a kiosk with this config talks to its central through."""
        return cls(
            config.central_url,
            config.token,
            terminal_id=config.terminal_id,
            connect_timeout=config.connect_timeout,
            read_timeout=config.read_timeout,
            call_deadline=config.whole_call_deadline,
            ca_bundle=config.ca_bundle,
            language=config.language,
            retries=retries,
        )

    def __repr__(self) -> str:
        # Never the token, nor a password written into the URL.
        url = mask_url_passwords(self.base_url)
        return f"CentralClient({url!r}, terminal_id={self.terminal_id!r})"

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- program and cards -------------------------------------------------------------------

    def program_info(self) -> ProgramInfo:
        return self._call("GET", f"{API_PREFIX}/program", json_model(_program_info))

    def lookup_card(self, number: str) -> CardInfo:
        return self._call(
            "GET", f"{API_PREFIX}/cards/{path_segment(number)}", json_model(_card_info)
        )

    def lookup_product(self, barcode: str) -> Product:
        return self._call(
            "GET", f"{API_PREFIX}/products/{path_segment(barcode)}", json_model(_product)
        )

    def barcode_nomenclature(self) -> BarcodeNomenclature:
        """The central's rule table telling what a scanned code is."""
        return self._call("GET", f"{API_PREFIX}/nomenclature", json_model(_nomenclature))

    # --- registration ------------------------------------------------------------------------

    def start_registration(
        self, req: RegistrationRequest, *, idempotency_key: str | None = None
    ) -> RegistrationStatus:
        return self._call(
            "POST",
            f"{API_PREFIX}/registrations",
            json_model(_registration_status),
            body=req.model_dump(mode="json"),
            idempotency_key=idempotency_key,
        )

    def confirm_registration(self, registration_id: str, code: str) -> RegistrationConfirmed:
        return self._call(
            "POST",
            f"{API_PREFIX}/registrations/{path_segment(registration_id)}/confirm",
            json_model(_registration_confirmed),
            body=ConfirmCodeRequest(code=code).model_dump(mode="json"),
        )

    def resend_registration_code(self, registration_id: str) -> RegistrationStatus:
        return self._call(
            "POST",
            f"{API_PREFIX}/registrations/{path_segment(registration_id)}/resend",
            json_model(_registration_status),
        )

    # --- shopper sessions --------------------------------------------------------------------

    def login_password(self, phone: str, password: str) -> ShopperSession:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper",
            json_model(_shopper_session),
            body=PasswordLoginRequest(phone=phone, password=password).model_dump(mode="json"),
        )

    def start_sms_login(self, phone: str) -> SmsChallenge:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper/sms",
            json_model(_sms_challenge),
            body=SmsLoginRequest(phone=phone).model_dump(mode="json"),
        )

    def confirm_sms_login(self, challenge_id: str, code: str) -> ShopperSession:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper/sms/{path_segment(challenge_id)}/confirm",
            json_model(_shopper_session),
            body=ConfirmCodeRequest(code=code).model_dump(mode="json"),
        )

    def resend_sms_login(self, challenge_id: str) -> SmsChallenge:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/shopper/sms/{path_segment(challenge_id)}/resend",
            json_model(_sms_challenge),
        )

    def link_card(
        self, session_token: str, card_number: str, *, idempotency_key: str | None = None
    ) -> AccountSummary:
        return self._call(
            "POST",
            f"{API_PREFIX}/account/cards",
            json_model(_account_summary),
            body=LinkCardRequest(card_number=card_number).model_dump(mode="json"),
            session_token=session_token,
            idempotency_key=idempotency_key,
        )

    def logout(self, session_token: str) -> None:
        """End a shopper or staff session. A session the central no longer knows (expired, or
        ended by an earlier attempt whose answer was lost) counts as ended."""
        try:
            self._call(
                "DELETE", f"{API_PREFIX}/sessions/current", no_content, session_token=session_token
            )
        except Unauthorized as error:
            if error.code != ProblemCode.SESSION_EXPIRED:
                raise

    # --- staff -------------------------------------------------------------------------------

    def staff_login(self, badge: str, pin: str) -> StaffSession:
        return self._call(
            "POST",
            f"{API_PREFIX}/sessions/staff",
            json_model(_staff_session),
            body=StaffLoginRequest(badge=badge, pin=pin).model_dump(mode="json"),
        )

    def deliver_activation(
        self,
        card_number: str,
        *,
        staff_id: str,
        scanned_at: datetime,
        idempotency_key: str,
        staff_token: str | None = None,
    ) -> ActivationResult:
        """An activation from the terminal's outbox: the cashier named by ``staff_id`` scanned
        the card at ``scanned_at``, possibly in a staff session that has ended since."""
        return self._call(
            "POST",
            f"{API_PREFIX}/cards/{path_segment(card_number)}/activation",
            _activation_result,
            body=ActivationRequest(
                terminal_id=self.terminal_id, staff_id=staff_id, scanned_at=scanned_at
            ).model_dump(mode="json"),
            session_token=staff_token,
            idempotency_key=idempotency_key,
        )

    # --- terminal and service ----------------------------------------------------------------

    def heartbeat(self, hb: Heartbeat) -> HeartbeatAck:
        return self._call(
            "POST",
            f"{API_PREFIX}/terminals/{path_segment(self.terminal_id)}/heartbeat",
            json_model(_heartbeat_ack),
            body=hb.model_dump(mode="json"),
        )

    def demo_sms(self) -> list[DemoSms]:
        """SMS messages the demo gateway of the reference central "sent", newest first."""
        return self._call("GET", "/demo/sms", json_model(_demo_sms_list))

    def central_date(self) -> str | None:
        """The ``Date`` header of the central's health answer (for a clock check)."""
        return self._call("GET", "/healthz", date_header)


@dataclass(frozen=True, slots=True)
class ActivationResult:
    """The card after an activation, and whether this call activated it (201) or it was
    activated before (200: "already activated")."""

    card: CardInfo
    activated_now: bool


def _activation_result(reply: Reply, call: str) -> ActivationResult:
    return ActivationResult(decode_json(reply, call, _card_info), reply.status == 201)
