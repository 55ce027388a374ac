"""Secrets at rest: passwords, staff PINs, SMS codes and session tokens are never stored in clear.

- Passwords and PINs: scrypt (memory-hard, slow) with a random per-record salt; the cost
  parameters are stored with the hash so they can be raised later without breaking old records
  (the kiosk's own helper, :mod:`kiosk.core.runtime.secret_hash`, which hashes its service PIN).
- SMS codes: HMAC-SHA256 under a per-database server secret, bound to the verification id, so a
  leaked table gives neither the codes nor a way to precompute them (a 6-digit space is tiny, a
  plain hash would be reversed instantly).
- Session and terminal tokens: only their SHA-256 is stored; the token itself is 256 random bits
  (the demo terminal's fixed ``demo-token`` aside).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets

from kiosk.core.runtime.secret_hash import hash_secret, verify_secret

__all__ = [
    "dummy_secret_hash",
    "hash_secret",
    "hash_sms_code",
    "hash_token",
    "new_server_secret",
    "new_session_token",
    "new_terminal_token",
    "sms_code_matches",
    "verify_secret",
]


@functools.cache
def dummy_secret_hash() -> str:
    """A hash of a random secret, checked when a login names an unknown phone or badge so that
    the answer takes as long as for a known one (no account enumeration by timing)."""
    return hash_secret(secrets.token_urlsafe(16))


def new_server_secret() -> str:
    return secrets.token_hex(32)


def hash_sms_code(server_secret: str, verification_id: str, code: str) -> str:
    message = f"{verification_id}:{code}".encode()
    return hmac.new(bytes.fromhex(server_secret), message, hashlib.sha256).hexdigest()


def sms_code_matches(server_secret: str, verification_id: str, code: str, stored: str) -> bool:
    return hmac.compare_digest(hash_sms_code(server_secret, verification_id, code), stored)


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


def new_terminal_token() -> str:
    """A terminal's bearer token, as random as a session's."""
    return new_session_token()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
