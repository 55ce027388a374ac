"""Slow salted hashes of passwords and PINs (the kiosk's service PIN, the central's shopper
passwords and staff PINs): scrypt, memory-hard, with a random salt per hash.

A hash is one self-describing string, ``scrypt$N$r$p$salt$digest`` (salt and digest in base64),
so the cost can be raised later without breaking old hashes. A stored hash is parsed strictly and
its cost bounded: a hand-edited config must not make a check take minutes.

hashlib, secrets and hmac are imported on use: the kiosk needs them only to check a service PIN,
not to start.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

# N=2^14, r=8, p=1: the interactive-login setting from the scrypt paper, about 16 MiB and tens
# of milliseconds per check.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
#: The cost for demo mode's secrets, a sixteenth: its passwords and PINs are published (the README
#: gives them), so a slow hash guards nothing, and at the full cost their eight hashes took a third
#: of a second of demo mode's start. Accounts and PINs made during a demo get the full cost.
DEMO_SCRYPT_N = 2**10
_SALT_BYTES = 16
_DIGEST_BYTES = 32
_SCHEME = "scrypt"
# Bounds for a hash read back: at most 2^20 and 256 MiB per check.
_MAX_N = 2**20
_MAX_MEMORY = 256 * 1024 * 1024


@dataclass(frozen=True)
class ScryptHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def hash_secret(secret: str, *, n: int = SCRYPT_N) -> str:
    """A salted scrypt hash of ``secret``: ``scrypt$N$r$p$salt$digest``. ``n`` is the cost (a
    power of two); checking a hash takes the cost written in it."""
    import secrets

    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(secret, ScryptHash(n, SCRYPT_R, SCRYPT_P, salt, bytes(_DIGEST_BYTES)))
    return f"{_SCHEME}${n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_secret(secret: str, stored: str) -> bool:
    """Whether ``secret`` matches ``stored`` (constant-time); False for a malformed hash."""
    parsed = parse_secret_hash(stored) if isinstance(stored, str) else None
    if parsed is None or not isinstance(secret, str):
        return False
    try:
        candidate = _scrypt(secret, parsed)
    except (ValueError, MemoryError):
        return False
    import hmac

    return hmac.compare_digest(candidate, parsed.digest)


def parse_secret_hash(stored: str) -> ScryptHash | None:
    """The parts of a :func:`hash_secret` string, or None if it is not one (or costs too much)."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != _SCHEME:
        return None
    n_text, r_text, p_text, salt_text, digest_text = parts[1:]
    if not all(t.isascii() and t.isdigit() for t in (n_text, r_text, p_text)):
        return None
    n, r, p = int(n_text), int(r_text), int(p_text)
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        return None
    if 128 * r * n * p > _MAX_MEMORY:
        return None
    salt, digest = _unb64(salt_text), _unb64(digest_text)
    if salt is None or digest is None or len(salt) < 8 or not 16 <= len(digest) <= 64:
        return None
    return ScryptHash(n, r, p, salt, digest)


def _scrypt(secret: str, like: ScryptHash) -> bytes:
    """The digest of ``secret`` with the salt, cost and digest length of ``like``."""
    import hashlib

    return hashlib.scrypt(
        secret.encode("utf-8"),
        salt=like.salt,
        n=like.n,
        r=like.r,
        p=like.p,
        dklen=len(like.digest),
        maxmem=_MAX_MEMORY + 1024 * 1024,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
