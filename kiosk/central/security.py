"""Secrets at rest: passwords, staff PINs, SMS codes and session tokens are never stored in clear.

- Passwords and PINs: scrypt (memory-hard, slow) with a random per-record salt; the cost
  parameters are stored with the hash so they can be raised later without breaking old records.
- SMS codes: HMAC-SHA256 under a per-database server secret, bound to the verification id, so a
  leaked table gives neither the codes nor a way to precompute them (a 6-digit space is tiny, a
  plain hash would be reversed instantly).
- Session tokens: only their SHA-256 is stored; the token itself is 256 random bits.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets

# scrypt N=2^14, r=8, p=1: the interactive-login setting from the scrypt paper (~16 MiB, tens of
# milliseconds per check on a store server).
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_DKLEN = 32
_SCRYPT_MAXMEM = 64 * 1024 * 1024
_SCHEME = "scrypt"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=_SCRYPT_DKLEN
    )


def hash_secret(secret: str) -> str:
    """Slow salted hash of a password or PIN: 'scrypt$N$r$p$salt$hash'."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{_SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_secret(secret: str, stored: str) -> bool:
    """Constant-time check of a password or PIN against ``hash_secret`` output."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(secret, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


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


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def tokens_equal(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
