"""One route helper for the central's HTTP API, and the OpenAPI document it yields.

Every operation is declared through ``Routes``; a route names only what is particular to it:

    routes = Routes(app)

    @routes.post(
        "/sessions/staff",
        status=201,
        problems=(ProblemCode.WRONG_PIN, ProblemCode.STAFF_LOCKED),
    )
    def staff_login(request_body: StaffLoginRequest) -> StaffSession:
        \"\"\"Staff sign-in with badge and PIN.\"\"\"
        return service.staff_login(request_body)

    @routes.get("/terminals")
    def terminals(principal: ServiceStaff) -> list[TerminalStatus]:
        \"\"\"The last heartbeat of every terminal (a staff session with the service role).\"\"\"
        return service.terminals()

that is: the method and path (under ``/api/v1`` unless ``prefix`` says otherwise), the success
status, the problem codes its service call may raise, and its parameters. A route that needs a
session takes a ``Shopper``, ``ServiceStaff`` or ``SessionToken`` parameter
(``OptionalSessionToken`` where the terminal token alone may do: the document then lists both
requirements); one that needs the calling terminal takes a ``Terminal`` parameter. The helper
adds what all operations share, so the document says exactly what the service does:

- the terminal-token guard (``terminal=False`` only for ``/healthz``) and the security
  requirement: the terminal token, and the session token too (both, not either) when the route
  takes a session;
- the problems any operation can answer: 401 ``unauthorized`` (with WWW-Authenticate), 405
  (with Allow), 413, 422 ``validation`` where there is something to validate; for a POST also
  415 and ``idempotency-key-reused``; with a session ``session-expired`` (and ``forbidden`` for a
  shopper or staff session). They are grouped by status, each with the headers it carries:
  Retry-After on 429, Idempotent-Replayed on a POST's answers;
- the ``Accept-Language`` header and, for a POST, ``Idempotency-Key`` with the pattern the
  gateway enforces (and, under a key, the answer stored in the commit of the route's effect:
  kiosk.central.http.idempotency); ``x-session`` (``shopper``, ``service``, ``staff`` or
  ``any``) names the session kind.

Routes raise, they never build error answers: the service raises ``ProblemError`` and
kiosk.central.http.errors renders it. A new group of endpoints can live in its own module as
``def add_routes(routes: Routes, service: LoyaltyService) -> None`` called from ``create_app``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.dependencies.utils import get_dependant
from fastapi.openapi.utils import get_openapi

from kiosk.central.domain.problems import STATUS, ProblemError
from kiosk.central.domain.service import LoyaltyService
from kiosk.central.domain.sessions import ShopperPrincipal, StaffPrincipal
from kiosk.central.http.idempotency import answered_with_its_effect
from kiosk.contract import (
    API_PREFIX,
    IDEMPOTENCY_KEY_HEADER,
    IDEMPOTENCY_KEY_PATTERN,
    IDEMPOTENT_REPLAYED_HEADER,
    PROBLEM_CONTENT_TYPE,
    SESSION_TOKEN_HEADER,
    FieldError,
    LinkedCard,
    Problem,
    ProblemCode,
)

Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])

TERMINAL_SCHEME = "TerminalToken"
SESSION_SCHEME = "SessionToken"
SECURITY_SCHEMES: dict[str, dict[str, str]] = {
    TERMINAL_SCHEME: {
        "type": "http",
        "scheme": "bearer",
        "description": "The terminal's own bearer token (kiosk-central terminals add), on every "
        "call under /api/v1 and /demo; the request acts as that terminal",
    },
    SESSION_SCHEME: {
        "type": "apiKey",
        "in": "header",
        "name": SESSION_TOKEN_HEADER,
        "description": "Shopper or staff session token, sent together with the terminal token",
    },
}

_STRING: dict[str, Any] = {"type": "string"}
ACCEPT_LANGUAGE_PARAMETER: dict[str, Any] = {
    "name": "Accept-Language",
    "in": "header",
    "required": False,
    "description": "Language of problem titles, details and field messages: ru (default), "
    "be or en, with the usual q-values; anything else means ru",
    "schema": _STRING,
}
IDEMPOTENCY_KEY_PARAMETER: dict[str, Any] = {
    "name": IDEMPOTENCY_KEY_HEADER,
    "in": "header",
    "required": False,
    "description": "1..128 visible ASCII characters (anything else is a 422 validation "
    "problem). A repeat with the same key and request gets the first answer (kept 24 h) with "
    "Idempotent-Replayed: true; the same key with another request is refused",
    "schema": {"type": "string", "pattern": IDEMPOTENCY_KEY_PATTERN},
}
# Response headers, declared once in components/headers and referred to by each answer.
RESPONSE_HEADERS: dict[str, dict[str, Any]] = {
    IDEMPOTENT_REPLAYED_HEADER: {
        "description": "'true' when this is the stored answer to an earlier request with the "
        "same Idempotency-Key",
        "required": False,
        "schema": {"type": "string", "enum": ["true"]},
    },
    "WWW-Authenticate": {"description": "Bearer", "required": True, "schema": _STRING},
    "Allow": {
        "description": "The methods this path has (RFC 9110)",
        "required": True,
        "schema": _STRING,
    },
    "Retry-After": {
        "description": "Seconds until a retry can succeed, where a wait helps (the problem's "
        "retry_after)",
        "required": False,
        "schema": {"type": "integer", "minimum": 0},
    },
}
_PROBLEM_HEADERS: dict[int, list[str]] = {
    401: ["WWW-Authenticate"],
    405: ["Allow"],
    429: ["Retry-After"],
}


def _header_refs(names: Iterable[str]) -> dict[str, dict[str, str]]:
    return {name: {"$ref": f"#/components/headers/{name}"} for name in names}


# Refused by the gateway before the idempotency check: never a replay.
_NEVER_REPLAYED = {405, 413, 415}


# --- dependencies a route can take ---------------------------------------------------------


def _service(request: Request) -> LoyaltyService:
    service: LoyaltyService = request.app.state.service
    return service


def _terminal(request: Request) -> str:
    """Who is calling: the terminal whose token the gateway authenticated."""
    terminal = (request.scope.get("state") or {}).get("terminal")
    if not isinstance(terminal, str):
        # Only the gateway vouches for a terminal: a route reached without it lets no one in.
        raise ProblemError(ProblemCode.UNAUTHORIZED)
    return terminal


def _session_token(request: Request) -> str | None:
    return request.headers.get(SESSION_TOKEN_HEADER)


def _optional_session_token(request: Request) -> str | None:
    return request.headers.get(SESSION_TOKEN_HEADER)


def _shopper(
    request: Request, token: Annotated[str | None, Depends(_session_token)]
) -> ShopperPrincipal:
    return _service(request).shopper(token)


def _service_staff(
    request: Request, token: Annotated[str | None, Depends(_session_token)]
) -> StaffPrincipal:
    return _service(request).service_staff(token)


SessionToken = Annotated[str | None, Depends(_session_token)]
#: A session the route takes when one is sent (the terminal token alone may do).
OptionalSessionToken = Annotated[str | None, Depends(_optional_session_token)]
Shopper = Annotated[ShopperPrincipal, Depends(_shopper)]
#: A staff session with the service role.
ServiceStaff = Annotated[StaffPrincipal, Depends(_service_staff)]
Terminal = Annotated[str, Depends(_terminal)]


def _calls(dependant: Dependant) -> set[Callable[..., Any]]:
    found: set[Callable[..., Any]] = set()
    for dependency in dependant.dependencies:
        if dependency.call is not None:
            found.add(dependency.call)
        found |= _calls(dependency)
    return found


# --- the helper ----------------------------------------------------------------------------


class Routes:
    """Declares the operations of one FastAPI app (see the module docstring)."""

    def __init__(self, app: FastAPI, prefix: str = API_PREFIX) -> None:
        self.app = app
        self.prefix = prefix

    def get(self, path: str, **options: Any) -> Callable[[Endpoint], Endpoint]:
        return self.operation("GET", path, **options)

    def post(self, path: str, **options: Any) -> Callable[[Endpoint], Endpoint]:
        return self.operation("POST", path, **options)

    def delete(self, path: str, **options: Any) -> Callable[[Endpoint], Endpoint]:
        return self.operation("DELETE", path, **options)

    def operation(
        self,
        method: str,
        path: str,
        *,
        status: int = 200,
        problems: Sequence[ProblemCode] = (),
        responses: dict[int, dict[str, Any]] | None = None,
        prefix: str | None = None,
        terminal: bool = True,
        tags: list[str | Enum] | None = None,
        response_class: type[Response] | None = None,
    ) -> Callable[[Endpoint], Endpoint]:
        """Add ``endpoint`` as ``method`` ``prefix + path``.

        ``problems``: the codes the route's own work may raise (the shared ones are added);
        ``responses``: other successful answers, e.g. ``{200: {"description": ..., "model":
        AccountSummary}}`` beside a 201.
        """

        def add(endpoint: Endpoint) -> Endpoint:
            full_path = (self.prefix if prefix is None else prefix) + path
            dependant = get_dependant(path=full_path, call=endpoint)
            answers, extra = _document(
                dependant, method, status, problems, responses or {}, terminal
            )
            options: dict[str, Any] = {}
            if response_class is not None:
                options["response_class"] = response_class
            self.app.add_api_route(
                full_path,
                answered_with_its_effect(endpoint, status) if method == "POST" else endpoint,
                methods=[method],
                status_code=status,
                dependencies=[Depends(_terminal)] if terminal else [],
                responses=answers,
                openapi_extra=extra,
                tags=tags,
                name=endpoint.__name__,
                **options,
            )
            return endpoint

        return add


def _document(
    dependant: Dependant,
    method: str,
    status: int,
    problems: Sequence[ProblemCode],
    successes: dict[int, dict[str, Any]],
    terminal: bool,
) -> tuple[dict[int | str, dict[str, Any]], dict[str, Any]]:
    """The responses and the OpenAPI additions (security, shared parameters) of a route."""
    calls = _calls(dependant)
    session = _session_token in calls
    optional_session = _optional_session_token in calls
    post = method == "POST"
    validated = post or bool(dependant.path_params or dependant.body_params)

    shared: list[ProblemCode] = [ProblemCode.METHOD_NOT_ALLOWED, ProblemCode.PAYLOAD_TOO_LARGE]
    if terminal:
        shared.insert(0, ProblemCode.UNAUTHORIZED)
    if validated:
        shared.append(ProblemCode.VALIDATION)
    if post:
        shared += [ProblemCode.UNSUPPORTED_MEDIA_TYPE, ProblemCode.IDEMPOTENCY_KEY_REUSED]
    if calls & {_shopper, _service_staff} or optional_session:
        # Ending a session that already ended is fine; using one is not.
        shared += [ProblemCode.SESSION_EXPIRED, ProblemCode.FORBIDDEN]
    answers = _problem_responses([*shared, *problems], replayable=post)

    for code, success in {status: {}, **successes}.items():
        answer = dict(success)
        if post:
            answer["headers"] = _header_refs([IDEMPOTENT_REPLAYED_HEADER])
        answers[code] = answer

    requirement: dict[str, list[str]] = {}
    if terminal:
        requirement[TERMINAL_SCHEME] = []
    if session:
        requirement[SESSION_SCHEME] = []
    security = [requirement] if requirement else []
    if optional_session:
        # Either both tokens, or the terminal token alone.
        security = [{**requirement, SESSION_SCHEME: []}, requirement]
    parameters = [ACCEPT_LANGUAGE_PARAMETER]
    if post:
        parameters.append(IDEMPOTENCY_KEY_PARAMETER)
    extra: dict[str, Any] = {
        "security": security,
        "parameters": parameters,
    }
    if session or optional_session:
        # Which session the token must be (the security schemes cannot say it).
        kinds = [
            kind
            for call, kind in (
                (_shopper, "shopper"),
                (_service_staff, "service"),
                (_optional_session_token, "staff"),
            )
            if call in calls
        ]
        extra["x-session"] = kinds[0] if kinds else "any"
    return answers, extra


def _problem_responses(
    codes: Iterable[ProblemCode], *, replayable: bool
) -> dict[int | str, dict[str, Any]]:
    by_status: dict[int, list[str]] = {}
    for code in codes:
        names = by_status.setdefault(STATUS[code], [])
        if code.value not in names:
            names.append(code.value)
    answers: dict[int | str, dict[str, Any]] = {}
    for status, names in sorted(by_status.items()):
        headers = list(_PROBLEM_HEADERS.get(status, []))
        if replayable and status not in _NEVER_REPLAYED:
            headers.append(IDEMPOTENT_REPLAYED_HEADER)
        answer: dict[str, Any] = {
            "description": "Problem: " + ", ".join(names),
            "content": {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        if headers:
            answer["headers"] = _header_refs(headers)
        answers[status] = answer
    return answers


def openapi_document(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document of ``app``: FastAPI's, plus the problem schemas and the security
    schemes the route helper refers to."""
    document = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for model in (Problem, FieldError, LinkedCard):
        schema = model.model_json_schema(
            ref_template="#/components/schemas/{model}", mode="serialization"
        )
        for name, definition in schema.pop("$defs", {}).items():
            schemas.setdefault(name, definition)
        schemas.setdefault(model.__name__, schema)
    components["schemas"] = dict(sorted(schemas.items()))
    components["headers"] = RESPONSE_HEADERS
    components["securitySchemes"] = SECURITY_SCHEMES
    return document
