"""The central service's HTTP application: ``create_app`` and the API v1 routes.

``create_app(store, demo=..., clock=...)`` builds the FastAPI application. In front of it,
kiosk.central.http.gateway authenticates the calling terminal by its token (the store's
``terminals``), checks the request size and media type and replays idempotent requests;
kiosk.central.http.errors turns every refusal into application/problem+json in the language of
Accept-Language; each route below is declared with the helper of kiosk.central.http.routing,
which documents its problems, headers and security.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, Path, Response

from kiosk import __version__
from kiosk.central.domain.clock import Clock
from kiosk.central.domain.service import LoyaltyService
from kiosk.central.domain.sms import DemoSmsGateway, SendLimits, SmsGateway, UndeliverableSmsGateway
from kiosk.central.http import catalogue
from kiosk.central.http.errors import install_error_handlers
from kiosk.central.http.gateway import DEMO_PREFIX, GatewayMiddleware
from kiosk.central.http.routing import (
    OptionalSessionToken,
    Routes,
    ServiceStaff,
    SessionToken,
    Shopper,
    Terminal,
    openapi_document,
)
from kiosk.central.storage.store import Store
from kiosk.contract import (
    AccountSummary,
    ActivationRequest,
    CardInfo,
    ConfirmCodeRequest,
    DemoSms,
    Health,
    Heartbeat,
    HeartbeatAck,
    LinkCardRequest,
    PasswordLoginRequest,
    ProblemCode,
    ProgramInfo,
    RegistrationConfirmed,
    RegistrationRequest,
    RegistrationStatus,
    ShopperSession,
    SmsChallenge,
    SmsLoginRequest,
    StaffLoginRequest,
    StaffSession,
    TerminalStatus,
)

OPENAPI_VERSION = "1.0.0"

CardNumber = Annotated[str, Path(description="13-digit EAN-13 card number")]
VerificationId = Annotated[str, Path(description="Id from the start answer")]


def create_app(
    store: Store,
    *,
    demo: bool,
    clock: Clock,
    sms_gateway: SmsGateway | None = None,
    send_limits: SendLimits | None = None,
) -> FastAPI:
    """The central service over ``store``; the terminals it serves are the store's
    (kiosk.central.domain.terminals.register_terminal adds one).

    ``demo`` adds the demo SMS route (``GET /demo/sms``); without it, and without an explicit
    ``sms_gateway``, codes cannot be delivered (the reference service has no SMS provider).
    ``send_limits`` caps SMS codes per phone and per terminal per hour (default: the program's).
    """
    gateway: SmsGateway
    if sms_gateway is not None:
        gateway = sms_gateway
    elif demo:
        gateway = DemoSmsGateway()
    else:
        gateway = UndeliverableSmsGateway()
    service = LoyaltyService(store, clock, gateway, send_limits)

    app = FastAPI(
        title="Loyalty kiosk central API",
        version=OPENAPI_VERSION,
        description=(
            "API v1 between the in-store loyalty kiosk and the chain's central loyalty service. "
            "Errors are application/problem+json (RFC 9457). See docs/api.md."
        ),
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=lambda route: route.name,
    )
    app.state.service = service
    app.state.sms_gateway = gateway
    install_error_handlers(app)
    routes = Routes(app)
    _add_routes(routes, service)
    if isinstance(gateway, DemoSmsGateway):
        _add_demo_routes(routes, gateway)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = openapi_document(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(GatewayMiddleware, store=store, clock=clock)
    return app


_CODE_PROBLEMS = (
    ProblemCode.NOT_FOUND,
    ProblemCode.WRONG_CODE,
    ProblemCode.CODE_EXPIRED,
    ProblemCode.CODE_USED,
    ProblemCode.TOO_MANY_ATTEMPTS,
)
_RESEND_PROBLEMS = (
    ProblemCode.NOT_FOUND,
    ProblemCode.RESEND_COOLDOWN,
    ProblemCode.TOO_MANY_SENDS,
    ProblemCode.TOO_MANY_ATTEMPTS,
    ProblemCode.CODE_USED,
)


def _add_routes(routes: Routes, service: LoyaltyService) -> None:
    @routes.get("/program")
    def program_info() -> ProgramInfo:
        """The program's terms: rules, requirements, limits, SMS and password policy,
        registration fields, and today's and upcoming discount days."""
        return service.program_info()

    @routes.get(
        "/cards/{number}",
        problems=(ProblemCode.INVALID_CARD_NUMBER, ProblemCode.CARD_NOT_FOUND),
    )
    def lookup_card(number: CardNumber) -> CardInfo:
        """Card status, kind and, for an active card, the account summary."""
        return service.lookup_card(number)

    @routes.post(
        "/registrations",
        status=201,
        problems=(
            ProblemCode.CARD_NOT_FOUND,
            ProblemCode.CARD_NOT_SOLD,
            ProblemCode.CARD_REGISTERED,
            ProblemCode.CARD_BLOCKED,
            ProblemCode.PHONE_REGISTERED,
            ProblemCode.TOO_MANY_SENDS,
        ),
    )
    def start_registration(
        request_body: RegistrationRequest, terminal: Terminal
    ) -> RegistrationStatus:
        """Check the form and the card, and send an SMS code to the phone."""
        return service.start_registration(request_body, terminal=terminal)

    @routes.post(
        "/registrations/{registration_id}/confirm",
        problems=(*_CODE_PROBLEMS, ProblemCode.CARD_REGISTERED, ProblemCode.PHONE_REGISTERED),
    )
    def confirm_registration(
        registration_id: VerificationId, request_body: ConfirmCodeRequest
    ) -> RegistrationConfirmed:
        """Create the account, activate the card and sign the new member in."""
        return service.confirm_registration(registration_id, request_body.code)

    @routes.post("/registrations/{registration_id}/resend", problems=_RESEND_PROBLEMS)
    def resend_registration_code(
        registration_id: VerificationId, terminal: Terminal
    ) -> RegistrationStatus:
        """Send a new code; the previous one stops working. No request body."""
        return service.resend_registration(registration_id, terminal=terminal)

    @routes.post("/sessions/shopper", status=201, problems=(ProblemCode.RATE_LIMITED,))
    def login_password(request_body: PasswordLoginRequest, terminal: Terminal) -> ShopperSession:
        """Sign in with phone and password (401 unauthorized without saying which was wrong);
        wrong passwords are capped per phone and per terminal (429 rate-limited)."""
        return service.login_password(request_body, terminal=terminal)

    @routes.post("/sessions/shopper/sms", status=201, problems=(ProblemCode.TOO_MANY_SENDS,))
    def start_sms_login(request_body: SmsLoginRequest, terminal: Terminal) -> SmsChallenge:
        """Send a sign-in code; an unknown phone gets the same answer but no SMS."""
        return service.start_sms_login(request_body, terminal=terminal)

    @routes.post(
        "/sessions/shopper/sms/{challenge_id}/confirm", status=201, problems=_CODE_PROBLEMS
    )
    def confirm_sms_login(
        challenge_id: VerificationId, request_body: ConfirmCodeRequest
    ) -> ShopperSession:
        """Sign in with the SMS code."""
        return service.confirm_sms_login(challenge_id, request_body.code)

    @routes.post("/sessions/shopper/sms/{challenge_id}/resend", problems=_RESEND_PROBLEMS)
    def resend_sms_login(challenge_id: VerificationId, terminal: Terminal) -> SmsChallenge:
        """Send a new sign-in code; the previous one stops working. No request body."""
        return service.resend_sms_login(challenge_id, terminal=terminal)

    @routes.delete("/sessions/current", status=204, response_class=Response)
    def logout(session_token: SessionToken) -> Response:
        """End the shopper or staff session (a session that already ended is fine)."""
        service.logout(session_token)
        return Response(status_code=204)

    @routes.get("/account")
    def account(principal: Shopper) -> AccountSummary:
        """The signed-in shopper's account."""
        return service.account_summary(principal)

    @routes.post(
        "/account/cards",
        status=201,
        responses={
            200: {"description": "The card was already on this account", "model": AccountSummary}
        },
        problems=(
            ProblemCode.INVALID_CARD_NUMBER,
            ProblemCode.CARD_NOT_FOUND,
            ProblemCode.CARD_LIMIT,
            ProblemCode.CARD_OTHER_ACCOUNT,
            ProblemCode.CARD_BLOCKED,
            ProblemCode.CARD_NOT_SOLD,
        ),
    )
    def link_card(
        principal: Shopper, request_body: LinkCardRequest, response: Response
    ) -> AccountSummary:
        """Add a sold own card or a partner card to the account (at most card_limit)."""
        summary, newly_linked = service.link_card(principal, request_body.card_number)
        if not newly_linked:
            response.status_code = 200
        return summary

    @routes.post(
        "/sessions/staff",
        status=201,
        problems=(ProblemCode.WRONG_PIN, ProblemCode.STAFF_LOCKED, ProblemCode.RATE_LIMITED),
    )
    def staff_login(request_body: StaffLoginRequest, terminal: Terminal) -> StaffSession:
        """Staff sign-in with badge and PIN; 5 wrong PINs in a row lock the badge for 5 minutes,
        a badge no member has answered alike; 10 wrong PINs from one terminal within 15 minutes
        pause its staff sign-ins (429 rate-limited)."""
        return service.staff_login(request_body, terminal=terminal)

    @routes.post(
        "/cards/{number}/activation",
        status=201,
        responses={200: {"description": "The card was activated before", "model": CardInfo}},
        problems=(
            ProblemCode.UNAUTHORIZED,
            ProblemCode.TERMINAL_MISMATCH,
            ProblemCode.INVALID_CARD_NUMBER,
            ProblemCode.CARD_NOT_FOUND,
            ProblemCode.CARD_BLOCKED,
        ),
    )
    def activate_card(
        number: CardNumber,
        session_token: OptionalSessionToken,
        request_body: ActivationRequest,
        response: Response,
        terminal: Terminal,
    ) -> CardInfo:
        """Mark a card sold at the till as issued (card prices on); repeats change nothing.

        The cashier is the staff session's member or, without a session, ``staff_id``: an
        activation the terminal queued while the central was unreachable arrives after the
        cashier's session may have ended. ``terminal_id`` must be the calling terminal's."""
        staff_id = service.activating_staff(session_token, request_body.staff_id)
        card, activated_now = service.activate_card(
            staff_id,
            number,
            request_body.terminal_id,
            request_body.scanned_at,
            caller=terminal,
        )
        if not activated_now:
            response.status_code = 200
        return card

    @routes.post("/terminals/{terminal_id}/heartbeat", problems=(ProblemCode.TERMINAL_MISMATCH,))
    def heartbeat(
        terminal_id: Annotated[
            str, Path(description="The calling terminal's own id, e.g. DEMO-01")
        ],
        request_body: Heartbeat,
        terminal: Terminal,
    ) -> HeartbeatAck:
        """Terminal health report; the answer carries the server time."""
        return service.heartbeat(terminal_id, request_body, caller=terminal)

    @routes.get("/terminals")
    def terminals(principal: ServiceStaff) -> list[TerminalStatus]:
        """The last heartbeat of every terminal (a staff session with the service role)."""
        return service.terminals()

    catalogue.add_routes(routes, service)

    @routes.get("/healthz", prefix="", terminal=False)
    def health() -> Health:
        """Liveness probe (no terminal token needed)."""
        return Health(status="ok", version=__version__)


def _add_demo_routes(routes: Routes, gateway: DemoSmsGateway) -> None:
    @routes.get("/sms", prefix=DEMO_PREFIX, tags=["demo"])
    def demo_sms() -> list[DemoSms]:
        """Demo only (exists only with demo data): SMS sent so far, newest first."""
        return gateway.messages()
