"""The HTTP face of the reference central service (FastAPI).

``create_app(store, token=..., demo=..., clock=...)`` builds the application. A small ASGI
layer in front of FastAPI does what must happen before any route or body parsing: terminal
authentication, the request size limit, the JSON content type, and Idempotency-Key replays.
Every error, including malformed requests and unknown routes, is answered as
application/problem+json in the language of Accept-Language.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import weakref
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk import __version__
from kiosk.central import catalogue, program
from kiosk.central.clock import Clock
from kiosk.central.messages import negotiate_language
from kiosk.central.problems import (
    FieldIssue,
    ProblemError,
    encode_problem,
    internal_error_body,
    validation_error,
)
from kiosk.central.security import hash_token, tokens_equal
from kiosk.central.service import LoyaltyService, ShopperPrincipal, StaffPrincipal
from kiosk.central.sms import DemoSmsGateway, SmsGateway, UndeliverableSmsGateway
from kiosk.central.store import Store, StoredResponse
from kiosk.contract import (
    API_PREFIX,
    IDEMPOTENCY_KEY_HEADER,
    IDEMPOTENT_REPLAYED_HEADER,
    PROBLEM_CONTENT_TYPE,
    SESSION_TOKEN_HEADER,
    AccountSummary,
    ActivationRequest,
    CardInfo,
    ConfirmCodeRequest,
    DemoSms,
    FieldError,
    Health,
    Heartbeat,
    HeartbeatAck,
    LinkCardRequest,
    LinkedCard,
    PasswordLoginRequest,
    Problem,
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

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
OPENAPI_VERSION = "1.0.0"
DEMO_PREFIX = "/demo"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Response headers worth replaying; framing headers are recomputed.
_REPLAYED_HEADERS = {"content-type", "retry-after", "www-authenticate", "location"}


def _headers(scope: Scope) -> dict[str, str]:
    return {
        name.decode("latin-1").lower(): value.decode("latin-1")
        for name, value in scope.get("headers", [])
    }


async def _send_bytes(send: Send, status: int, body: bytes, headers: list[tuple[str, str]]) -> None:
    raw = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]
    raw.append((b"content-length", str(len(body)).encode("ascii")))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def _send_problem(send: Send, problem: ProblemError, language: str) -> None:
    body = encode_problem(problem, language)
    await _send_bytes(send, problem.status, body, list(problem.response_headers().items()))


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        return None
    return credentials.strip()


def _valid_idempotency_key(key: str) -> bool:
    return 1 <= len(key) <= 128 and all(0x21 <= ord(ch) <= 0x7E for ch in key)


class GatewayMiddleware:
    """Terminal token, size limit, content type and idempotent replays, before FastAPI."""

    def __init__(self, app: ASGIApp, *, token: str, store: Store, clock: Clock) -> None:
        self.app = app
        self.token = token
        self.store = store
        self.clock = clock
        self._key_locks: weakref.WeakValueDictionary[tuple[str, str], asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        language = negotiate_language(headers.get("accept-language"))
        scope.setdefault("state", {})["language"] = language
        path: str = scope.get("path", "")
        protected = path.startswith(API_PREFIX + "/") or path.startswith(DEMO_PREFIX + "/")
        if protected:
            given = _bearer(headers.get("authorization"))
            if given is None or not tokens_equal(given, self.token):
                await _send_problem(send, ProblemError(ProblemCode.UNAUTHORIZED), language)
                return

        body = await self._read_body(scope, receive, send, headers, language)
        if body is None:
            return

        async def replay_receive() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        if body and scope["method"] in ("POST", "PUT", "PATCH"):
            media_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if media_type != "application/json" and not media_type.endswith("+json"):
                problem = ProblemError(ProblemCode.UNSUPPORTED_MEDIA_TYPE)
                await _send_problem(send, problem, language)
                return

        key = headers.get(IDEMPOTENCY_KEY_HEADER.lower())
        if protected and scope["method"] == "POST" and key is not None:
            if not _valid_idempotency_key(key):
                problem = validation_error([FieldIssue(IDEMPOTENCY_KEY_HEADER, "idempotency-key")])
                await _send_problem(send, problem, language)
                return
            await self._idempotent(scope, replay_receive, send, headers, body, key, language)
            return
        await self._guarded(scope, replay_receive, send, language)

    async def _read_body(
        self, scope: Scope, receive: Receive, send: Send, headers: dict[str, str], language: str
    ) -> bytes | None:
        too_large = ProblemError(ProblemCode.PAYLOAD_TOO_LARGE, params={"limit": MAX_BODY_BYTES})
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            await _send_problem(send, too_large, language)
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                await _send_problem(send, too_large, language)
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send, language: str) -> None:
        """Run the app; an exception that escaped every handler still becomes a problem."""
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error in %s %s", scope.get("method"), scope.get("path"))
            if not started:
                body = internal_error_body(language)
                await _send_bytes(send, 500, body, [("content-type", PROBLEM_CONTENT_TYPE)])

    async def _idempotent(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        headers: dict[str, str],
        body: bytes,
        key: str,
        language: str,
    ) -> None:
        scope_id = hash_token(self.token)
        fingerprint = hashlib.sha256()
        for part in (
            scope["method"],
            scope.get("path", ""),
            scope.get("query_string", b"").decode("latin-1"),
            hash_token(headers.get(SESSION_TOKEN_HEADER.lower(), "")),
        ):
            fingerprint.update(part.encode("utf-8", "replace") + b"\0")
        fingerprint.update(body)
        digest = fingerprint.hexdigest()

        lock = self._key_locks.get((scope_id, key))
        if lock is None:
            lock = asyncio.Lock()
            self._key_locks[(scope_id, key)] = lock
        # Concurrent repeats of one key wait for the first to finish, then replay it.
        async with lock:
            now = self.clock.now()
            oldest = now - dt.timedelta(seconds=program.IDEMPOTENCY_TTL_SECONDS)
            stored = await run_in_threadpool(self.store.stored_response, scope_id, key, oldest)
            if stored is not None:
                if stored.fingerprint != digest:
                    problem = ProblemError(ProblemCode.IDEMPOTENCY_KEY_REUSED)
                    await _send_problem(send, problem, language)
                    return
                replay_headers = [*stored.headers, (IDEMPOTENT_REPLAYED_HEADER, "true")]
                await _send_bytes(send, stored.status, stored.body, replay_headers)
                return

            status = 0
            all_headers: list[tuple[bytes, bytes]] = []
            chunks: list[bytes] = []

            async def buffering_send(message: Message) -> None:
                nonlocal status
                if message["type"] == "http.response.start":
                    status = message["status"]
                    all_headers.extend(message.get("headers", []))
                elif message["type"] == "http.response.body":
                    chunks.append(message.get("body", b""))

            await self._guarded(scope, receive, buffering_send, language)
            body_bytes = b"".join(chunks)
            # The answer is stored before it is sent: a client that got it and retries at once
            # (or after this process died) is replayed, never served twice. Server errors are
            # not remembered, so a retry gets another chance.
            if 0 < status < 500:
                kept = [
                    (name.decode("latin-1").lower(), value.decode("latin-1"))
                    for name, value in all_headers
                    if name.decode("latin-1").lower() in _REPLAYED_HEADERS
                ]
                response = StoredResponse(digest, status, kept, body_bytes)
                await run_in_threadpool(self._remember, scope_id, key, response, now)
            await send({"type": "http.response.start", "status": status, "headers": all_headers})
            await send({"type": "http.response.body", "body": body_bytes})

    def _remember(
        self, scope_id: str, key: str, response: StoredResponse, now: dt.datetime
    ) -> None:
        self.store.store_response(scope_id, key, response, now)
        self.store.purge_responses(now - dt.timedelta(seconds=program.IDEMPOTENCY_TTL_SECONDS))


# --- error answers ---------------------------------------------------------------------------


def _language(request: Request) -> str:
    state = request.scope.get("state") or {}
    language = state.get("language")
    if isinstance(language, str):
        return language
    return negotiate_language(request.headers.get("accept-language"))


def _problem_response(problem: ProblemError, request: Request) -> Response:
    return Response(
        content=encode_problem(problem, _language(request)),
        status_code=problem.status,
        headers=problem.response_headers(),
        media_type=PROBLEM_CONTENT_TYPE,
    )


_BODY_LEVEL_ERRORS = {"json_invalid", "model_attributes_type", "dict_type", "missing", "json_type"}


def _field_issue(error: dict[str, Any]) -> FieldIssue:
    location = [str(part) for part in error.get("loc", ())]
    kind = str(error.get("type", ""))
    source = location[0] if location else "body"
    rest = location[1:]
    if kind == "json_invalid" or (source == "body" and not rest):
        return FieldIssue("body", "malformed-json" if kind in _BODY_LEVEL_ERRORS else "invalid")
    field = ".".join(rest) if rest else source
    context = error.get("ctx") or {}
    if kind == "missing":
        return FieldIssue(field, "required")
    if kind == "string_too_long":
        return FieldIssue(field, "too-long", {"max_length": context.get("max_length", "")})
    if kind == "string_too_short":
        return FieldIssue(field, "required")
    if kind == "extra_forbidden":
        return FieldIssue(field, "unknown-field")
    if kind in ("literal_error", "enum"):
        return FieldIssue(field, "invalid-choice")
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return FieldIssue(field, "out-of-range")
    return FieldIssue(field, "invalid")


def _install_error_handlers(app: FastAPI) -> None:
    async def on_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ProblemError)
        return _problem_response(exc, request)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        issues: list[FieldIssue] = []
        for error in exc.errors():
            issue = _field_issue(dict(error))
            if issue not in issues:
                issues.append(issue)
        return _problem_response(validation_error(issues), request)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 405:
            return _problem_response(ProblemError(ProblemCode.METHOD_NOT_ALLOWED), request)
        if exc.status_code == 401:
            return _problem_response(ProblemError(ProblemCode.UNAUTHORIZED), request)
        if exc.status_code == 403:
            return _problem_response(ProblemError(ProblemCode.FORBIDDEN), request)
        if exc.status_code == 404:
            return _problem_response(ProblemError(ProblemCode.NOT_FOUND), request)
        # Any other framework refusal is still a client error in problem form.
        problem = validation_error([FieldIssue("request", "invalid")])
        return _problem_response(problem, request)

    app.add_exception_handler(ProblemError, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)


# --- OpenAPI -------------------------------------------------------------------------------


def _problem_responses(*codes: ProblemCode) -> dict[int | str, dict[str, Any]]:
    from kiosk.central.problems import STATUS

    by_status: dict[int, list[str]] = {}
    for code in (ProblemCode.UNAUTHORIZED, ProblemCode.VALIDATION, *codes):
        by_status.setdefault(STATUS[code], [])
        if code.value not in by_status[STATUS[code]]:
            by_status[STATUS[code]].append(code.value)
    return {
        status: {
            "description": "Problem: " + ", ".join(names),
            "content": {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status, names in sorted(by_status.items())
    }


def _openapi_document(app: FastAPI) -> dict[str, Any]:
    document = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for model in (Problem, FieldError, LinkedCard):
        schema = model.model_json_schema(
            ref_template="#/components/schemas/{model}", mode="serialization"
        )
        for name, definition in schema.pop("$defs", {}).items():
            schemas.setdefault(name, definition)
        schemas.setdefault(model.__name__, schema)
    document["components"]["schemas"] = dict(sorted(schemas.items()))
    return document


# --- the application -----------------------------------------------------------------------

_bearer_scheme = HTTPBearer(
    auto_error=False, scheme_name="TerminalToken", description="Terminal bearer token"
)
_session_scheme = APIKeyHeader(
    name=SESSION_TOKEN_HEADER,
    auto_error=False,
    scheme_name="SessionToken",
    description="Shopper or staff session token (on top of the terminal token)",
)

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias=IDEMPOTENCY_KEY_HEADER,
        description="1..128 visible ASCII characters; a repeat with the same key and body "
        "returns the first answer (kept 24 h), a different body is refused",
    ),
]
SessionToken = Annotated[str | None, Depends(_session_scheme)]


def _service(request: Request) -> LoyaltyService:
    service: LoyaltyService = request.app.state.service
    return service


def _terminal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer_scheme)],
) -> None:
    # The gateway middleware has already checked the token; this keeps the routes safe on
    # their own and documents the scheme in OpenAPI.
    token: str = request.app.state.terminal_token
    if credentials is None or not tokens_equal(credentials.credentials, token):
        raise ProblemError(ProblemCode.UNAUTHORIZED)


def _shopper(request: Request, session_token: SessionToken) -> ShopperPrincipal:
    return _service(request).shopper(session_token)


def _staff(request: Request, session_token: SessionToken) -> StaffPrincipal:
    return _service(request).staff(session_token)


Shopper = Annotated[ShopperPrincipal, Depends(_shopper)]
Staff = Annotated[StaffPrincipal, Depends(_staff)]
CardNumber = Annotated[str, Path(description="13-digit EAN-13 card number")]
VerificationId = Annotated[str, Path(description="Id from the start answer")]


def create_app(
    store: Store,
    *,
    token: str,
    demo: bool,
    clock: Clock,
    sms_gateway: SmsGateway | None = None,
) -> FastAPI:
    """The central service over ``store``.

    ``demo`` adds the demo SMS route (``GET /demo/sms``); without it, and without an explicit
    ``sms_gateway``, codes cannot be delivered (the reference service has no SMS provider).
    """
    if not token:
        raise ValueError("a terminal token is required")
    gateway: SmsGateway
    if sms_gateway is not None:
        gateway = sms_gateway
    elif demo:
        gateway = DemoSmsGateway()
    else:
        gateway = UndeliverableSmsGateway()
    service = LoyaltyService(store, clock, gateway)

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
    app.state.terminal_token = token
    app.state.sms_gateway = gateway
    _install_error_handlers(app)

    guarded: list[Any] = [Depends(_terminal)]

    @app.get(f"{API_PREFIX}/program", dependencies=guarded, responses=_problem_responses())
    def program_info() -> ProgramInfo:
        """The program's terms: rules, requirements, limits, SMS and password policy,
        registration fields, and today's and upcoming discount days."""
        return service.program_info()

    @app.get(
        f"{API_PREFIX}/cards/{{number}}",
        dependencies=guarded,
        responses=_problem_responses(ProblemCode.INVALID_CARD_NUMBER, ProblemCode.CARD_NOT_FOUND),
    )
    def lookup_card(number: CardNumber) -> CardInfo:
        """Card status, kind and, for an active card, the account summary."""
        return service.lookup_card(number)

    @app.post(
        f"{API_PREFIX}/registrations",
        status_code=201,
        dependencies=guarded,
        responses=_problem_responses(
            ProblemCode.CARD_NOT_FOUND,
            ProblemCode.CARD_NOT_SOLD,
            ProblemCode.CARD_REGISTERED,
            ProblemCode.CARD_BLOCKED,
            ProblemCode.PHONE_REGISTERED,
            ProblemCode.IDEMPOTENCY_KEY_REUSED,
        ),
    )
    def start_registration(
        request_body: RegistrationRequest, idempotency_key: IdempotencyKey = None
    ) -> RegistrationStatus:
        """Check the form and the card, and send an SMS code to the phone."""
        return service.start_registration(request_body)

    @app.post(
        f"{API_PREFIX}/registrations/{{registration_id}}/confirm",
        dependencies=guarded,
        responses=_problem_responses(
            ProblemCode.NOT_FOUND,
            ProblemCode.WRONG_CODE,
            ProblemCode.CODE_EXPIRED,
            ProblemCode.CODE_USED,
            ProblemCode.TOO_MANY_ATTEMPTS,
            ProblemCode.CARD_REGISTERED,
            ProblemCode.PHONE_REGISTERED,
            ProblemCode.IDEMPOTENCY_KEY_REUSED,
        ),
    )
    def confirm_registration(
        registration_id: VerificationId,
        request_body: ConfirmCodeRequest,
        idempotency_key: IdempotencyKey = None,
    ) -> RegistrationConfirmed:
        """Create the account, activate the card and sign the new member in."""
        return service.confirm_registration(registration_id, request_body.code)

    @app.post(
        f"{API_PREFIX}/registrations/{{registration_id}}/resend",
        dependencies=guarded,
        responses=_problem_responses(
            ProblemCode.NOT_FOUND,
            ProblemCode.RESEND_COOLDOWN,
            ProblemCode.TOO_MANY_SENDS,
            ProblemCode.TOO_MANY_ATTEMPTS,
            ProblemCode.CODE_USED,
            ProblemCode.IDEMPOTENCY_KEY_REUSED,
        ),
    )
    def resend_registration_code(
        registration_id: VerificationId, idempotency_key: IdempotencyKey = None
    ) -> RegistrationStatus:
        """Send a new code; the previous one stops working."""
        return service.resend_registration(registration_id)

    @app.post(
        f"{API_PREFIX}/sessions/shopper",
        status_code=201,
        dependencies=guarded,
        responses=_problem_responses(ProblemCode.RATE_LIMITED, ProblemCode.IDEMPOTENCY_KEY_REUSED),
    )
    def login_password(
        request_body: PasswordLoginRequest, idempotency_key: IdempotencyKey = None
    ) -> ShopperSession:
        """Sign in with phone and password (401 unauthorized without saying which was wrong)."""
        return service.login_password(request_body)

    @app.post(
        f"{API_PREFIX}/sessions/shopper/sms",
        status_code=201,
        dependencies=guarded,
        responses=_problem_responses(ProblemCode.IDEMPOTENCY_KEY_REUSED),
    )
    def start_sms_login(
        request_body: SmsLoginRequest, idempotency_key: IdempotencyKey = None
    ) -> SmsChallenge:
        """Send a sign-in code; an unknown phone gets the same answer but no SMS."""
        return service.start_sms_login(request_body)

    @app.post(
        f"{API_PREFIX}/sessions/shopper/sms/{{challenge_id}}/confirm",
        status_code=201,
        dependencies=guarded,
        responses=_problem_responses(
            ProblemCode.NOT_FOUND,
            ProblemCode.WRONG_CODE,
            ProblemCode.CODE_EXPIRED,
            ProblemCode.CODE_USED,
            ProblemCode.TOO_MANY_ATTEMPTS,
            ProblemCode.IDEMPOTENCY_KEY_REUSED,
        ),
    )
    def confirm_sms_login(
        challenge_id: VerificationId,
        request_body: ConfirmCodeRequest,
        idempotency_key: IdempotencyKey = None,
    ) -> ShopperSession:
        """Sign in with the SMS code."""
        return service.confirm_sms_login(challenge_id, request_body.code)

    @app.post(
        f"{API_PREFIX}/sessions/shopper/sms/{{challenge_id}}/resend",
        dependencies=guarded,
        responses=_problem_responses(
            ProblemCode.NOT_FOUND,
            ProblemCode.RESEND_COOLDOWN,
            ProblemCode.TOO_MANY_SENDS,
            ProblemCode.TOO_MANY_ATTEMPTS,
            ProblemCode.CODE_USED,
            ProblemCode.IDEMPOTENCY_KEY_REUSED,
        ),
    )
    def resend_sms_login(
        challenge_id: VerificationId, idempotency_key: IdempotencyKey = None
    ) -> SmsChallenge:
        """Send a new sign-in code; the previous one stops working."""
        return service.resend_sms_login(challenge_id)

    @app.delete(
        f"{API_PREFIX}/sessions/current",
        status_code=204,
        dependencies=guarded,
        response_class=Response,
        responses=_problem_responses(),
    )
    def logout(session_token: SessionToken) -> Response:
        """End the shopper or staff session (a session that already ended is fine)."""
        service.logout(session_token)
        return Response(status_code=204)

    @app.get(
        f"{API_PREFIX}/account",
        dependencies=guarded,
        responses=_problem_responses(ProblemCode.SESSION_EXPIRED, ProblemCode.FORBIDDEN),
    )
    def account(principal: Shopper) -> AccountSummary:
        """The signed-in shopper's account."""
        return service.account_summary(principal)

    @app.post(
        f"{API_PREFIX}/account/cards",
        status_code=201,
        dependencies=guarded,
        responses={
            200: {"description": "The card was already on this account", "model": AccountSummary},
            **_problem_responses(
                ProblemCode.SESSION_EXPIRED,
                ProblemCode.FORBIDDEN,
                ProblemCode.INVALID_CARD_NUMBER,
                ProblemCode.CARD_NOT_FOUND,
                ProblemCode.CARD_LIMIT,
                ProblemCode.CARD_OTHER_ACCOUNT,
                ProblemCode.CARD_BLOCKED,
                ProblemCode.CARD_NOT_SOLD,
                ProblemCode.IDEMPOTENCY_KEY_REUSED,
            ),
        },
    )
    def link_card(
        principal: Shopper,
        request_body: LinkCardRequest,
        response: Response,
        idempotency_key: IdempotencyKey = None,
    ) -> AccountSummary:
        """Add a sold own card or a partner card to the account (at most card_limit)."""
        summary, newly_linked = service.link_card(principal, request_body.card_number)
        if not newly_linked:
            response.status_code = 200
        return summary

    @app.post(
        f"{API_PREFIX}/sessions/staff",
        status_code=201,
        dependencies=guarded,
        responses=_problem_responses(
            ProblemCode.WRONG_PIN, ProblemCode.STAFF_LOCKED, ProblemCode.IDEMPOTENCY_KEY_REUSED
        ),
    )
    def staff_login(
        request_body: StaffLoginRequest, idempotency_key: IdempotencyKey = None
    ) -> StaffSession:
        """Staff sign-in with badge and PIN; 5 wrong PINs lock the badge for 5 minutes."""
        return service.staff_login(request_body)

    @app.post(
        f"{API_PREFIX}/cards/{{number}}/activation",
        status_code=201,
        dependencies=guarded,
        responses={
            200: {"description": "The card was activated before", "model": CardInfo},
            **_problem_responses(
                ProblemCode.SESSION_EXPIRED,
                ProblemCode.FORBIDDEN,
                ProblemCode.INVALID_CARD_NUMBER,
                ProblemCode.CARD_NOT_FOUND,
                ProblemCode.CARD_BLOCKED,
                ProblemCode.IDEMPOTENCY_KEY_REUSED,
            ),
        },
    )
    def activate_card(
        number: CardNumber,
        session_token: SessionToken,
        request_body: ActivationRequest,
        response: Response,
        idempotency_key: IdempotencyKey = None,
    ) -> CardInfo:
        """Mark a card sold at the till as issued (card prices on); repeats change nothing.

        The cashier is the staff session's member or, without a session, ``staff_id``: an
        activation the terminal queued while the central was unreachable arrives after the
        cashier's session may have ended."""
        staff_id = service.activating_staff(session_token, request_body.staff_id)
        card, activated_now = service.activate_card(
            staff_id, number, request_body.terminal_id, request_body.scanned_at
        )
        if not activated_now:
            response.status_code = 200
        return card

    @app.post(
        f"{API_PREFIX}/terminals/{{terminal_id}}/heartbeat",
        dependencies=guarded,
        responses=_problem_responses(ProblemCode.IDEMPOTENCY_KEY_REUSED),
    )
    def heartbeat(
        terminal_id: Annotated[str, Path(description="Terminal id, e.g. DEMO-01")],
        request_body: Heartbeat,
        idempotency_key: IdempotencyKey = None,
    ) -> HeartbeatAck:
        """Terminal health report; the answer carries the server time."""
        return service.heartbeat(terminal_id, request_body)

    @app.get(
        f"{API_PREFIX}/terminals",
        dependencies=guarded,
        responses=_problem_responses(ProblemCode.SESSION_EXPIRED, ProblemCode.FORBIDDEN),
    )
    def terminals(session_token: SessionToken) -> list[TerminalStatus]:
        """The last heartbeat of every terminal (a staff session with the service role)."""
        service.service_staff(session_token)
        return service.terminals()

    catalogue.install_routes(
        app, store=store, clock=clock, dependencies=guarded, problem_responses=_problem_responses
    )

    @app.get("/healthz")
    def health() -> Health:
        """Liveness probe (no terminal token needed)."""
        return Health(status="ok", version=__version__)

    if isinstance(gateway, DemoSmsGateway):
        demo_gateway = gateway

        @app.get(
            f"{DEMO_PREFIX}/sms",
            dependencies=guarded,
            responses=_problem_responses(),
            tags=["demo"],
        )
        def demo_sms() -> list[DemoSms]:
            """Demo only (exists only with demo data): SMS sent so far, newest first."""
            return demo_gateway.messages()

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _openapi_document(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(GatewayMiddleware, token=token, store=store, clock=clock)
    return app
