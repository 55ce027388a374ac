"""Error answers of the central's routes: every refusal becomes a problem document (RFC 9457).

``install_error_handlers(app)`` turns a ``ProblemError`` raised by the service, a request that
FastAPI could not validate, and the framework's own refusals (unknown route, wrong method —
with its ``Allow`` header) into application/problem+json in the request's language. Routes
never build error responses themselves.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.central.domain.messages import negotiate_language
from kiosk.central.domain.problems import FieldIssue, ProblemError, encode_problem, validation_error
from kiosk.contract import PROBLEM_CONTENT_TYPE, ProblemCode


def _language(request: Request) -> str:
    state = request.scope.get("state") or {}
    language = state.get("language")
    if isinstance(language, str):
        return language
    return negotiate_language(request.headers.get("accept-language"))


def problem_response(problem: ProblemError, language: str) -> Response:
    """The answer that states ``problem`` in ``language``."""
    return Response(
        content=encode_problem(problem, language),
        status_code=problem.status,
        headers=problem.response_headers(),
        media_type=PROBLEM_CONTENT_TYPE,
    )


def _problem_response(problem: ProblemError, request: Request) -> Response:
    return problem_response(problem, _language(request))


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


def install_error_handlers(app: FastAPI) -> None:
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
            # RFC 9110: a 405 names the methods the resource has.
            allowed = (exc.headers or {}).get("Allow", "")
            allow = ", ".join(sorted(m.strip() for m in allowed.split(",") if m.strip()))
            problem = ProblemError(ProblemCode.METHOD_NOT_ALLOWED, headers={"Allow": allow})
            return _problem_response(problem, request)
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
