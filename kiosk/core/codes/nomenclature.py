"""What a scanned code is: one ordered table of rules, the first rule that matches wins.

Modelled on Odoo's barcode nomenclature. A rule has a ``kind`` (staff badge, own card, partner
card, product, in-store/weighed code, coupon, refund receipt), an ``encoding`` and a regular
expression ``pattern`` matched against the whole code; rules are tried in ``priority`` order
(lowest first). A code no rule takes is ``unrecognised`` (junk, other symbologies), and so is a
code with a digit other than 0-9 (fullwidth, Arabic-Indic: a misread), whatever the patterns.

Encodings and check digits: ``ean13``, ``ean8`` and ``upca`` rules take only codes of that
length whose GS1 check digit is right, so a misread that flips a digit never becomes another
product or card. ``any`` rules (staff badges) check nothing but the pattern.

UPC-A and EAN-13: a UPC-A code read as 12 digits and the same code read as a 13-digit EAN with a
leading zero are the same item. An ``ean13`` rule sees a 12-digit UPC-A code with the zero in
front, an ``upca`` rule sees a 13-digit code that starts with zero without it. Every GS1 code is
normalised to its GTIN-13 (EAN-8 zero-filled on the left, as GS1 stores GTIN-8 in longer
fields), which is the key the central's catalogue uses.

The central owns the table (``GET /api/v1/nomenclature``, see :meth:`Nomenclature.from_rules`);
the kiosk starts with :data:`DEFAULT_NOMENCLATURE` until it has the central's. Qt-free and
pydantic-free: the flow imports it on the way to the first screen.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kiosk.core.codes.cards import DIGIT_GROUP_SEPARATORS, gs1_check_digit, has_foreign_digits


class CodeKind(StrEnum):
    STAFF_BADGE = "staff_badge"
    OWN_CARD = "own_card"
    PARTNER_CARD = "partner_card"
    PRODUCT = "product"
    #: GS1 restricted circulation (prefixes 20-29 and UPC 02/04): weighed goods, in-store codes.
    RESTRICTED = "restricted"
    COUPON = "coupon"
    REFUND_RECEIPT = "refund_receipt"
    UNRECOGNISED = "unrecognised"


class Encoding(StrEnum):
    ANY = "any"
    EAN13 = "ean13"
    EAN8 = "ean8"
    UPCA = "upca"


CARD_KINDS = frozenset({CodeKind.OWN_CARD, CodeKind.PARTNER_CARD})

_GS1_LENGTH = {Encoding.EAN13: 13, Encoding.EAN8: 8, Encoding.UPCA: 12}
#: Longest code worth looking at; anything longer is junk (and not kept in memory).
MAX_CODE_LENGTH = 64


class InvalidNomenclature(ValueError):
    """A rule table that cannot be used (bad pattern, kind or encoding); ``reason`` says why."""


def has_valid_check_digit(code: str) -> bool:
    return (
        len(code) >= 2
        and code.isascii()
        and code.isdigit()
        and gs1_check_digit(code[:-1]) == code[-1]
    )


def gtin13(code: str) -> str:
    """A valid EAN-8, UPC-A or EAN-13 code as its GTIN-13 (zeros in front)."""
    return code.rjust(13, "0")


def to_gtin13(raw: str) -> str | None:
    """The GTIN-13 of a GS1 product code as read (EAN-8, UPC-A, EAN-13, or GTIN-14 with a
    leading zero), or None when ``raw`` is no such code or its check digit is wrong."""
    code = raw.strip()
    if len(code) not in (8, 12, 13, 14) or not has_valid_check_digit(code):
        return None
    if len(code) == 14:
        if code[0] != "0":
            return None  # a case or pallet code: no GTIN-13 to look up
        code = code[1:]
    return gtin13(code)


@dataclass(frozen=True)
class Rule:
    kind: CodeKind
    pattern: str
    encoding: Encoding = Encoding.ANY
    priority: int = 100

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern; compiled on first use, so that the built-in table costs
        nothing on the way to the first screen."""
        try:
            return re.compile(self.pattern)
        except re.error as error:
            raise InvalidNomenclature(f"pattern {self.pattern!r}: {error}") from None

    def form(self, code: str) -> str | None:
        """``code`` as this rule's encoding sees it, or None when it is not such a code."""
        if self.encoding is Encoding.ANY:
            return code
        if not has_valid_check_digit(code):
            return None
        wanted = _GS1_LENGTH[self.encoding]
        if len(code) == wanted:
            return code
        if self.encoding is Encoding.EAN13 and len(code) == 12:
            return "0" + code  # a UPC-A code read as 12 digits
        if self.encoding is Encoding.UPCA and len(code) == 13 and code[0] == "0":
            return code[1:]  # a UPC-A code read as EAN-13
        return None

    def matches(self, code: str) -> bool:
        form = self.form(code)
        return form is not None and self.regex.fullmatch(form) is not None

    @property
    def shortest_length(self) -> int:
        """The length of the shortest code this rule can take."""
        if self.encoding is Encoding.EAN13:
            return 12  # UPC-A read as 12 digits
        if self.encoding in _GS1_LENGTH:
            return _GS1_LENGTH[self.encoding]
        return _shortest_match(self.pattern)


def _shortest_match(pattern: str) -> int:
    """The length of the shortest string ``pattern`` matches in full, by the regex engine's own
    parser (CPython's ``re._parser``; 1 when that is not available, which is merely cautious)."""
    try:
        parser: Any = importlib.import_module("re._parser")
        low, _high = parser.parse(pattern).getwidth()
        return max(1, int(low))
    except Exception:  # another interpreter: no exact width, assume the least
        return 1


@dataclass(frozen=True)
class Classified:
    """What a scanned code is. ``code`` is the code as read (trimmed); ``normalised`` is the
    GTIN-13 of a GS1 code and ``code`` itself for the others."""

    kind: CodeKind
    code: str
    normalised: str
    rule: Rule | None = None


class Nomenclature:
    """An ordered rule table: :meth:`classify` tries the rules by priority, first match wins.

    Rules of equal priority keep the order they were given in.
    """

    def __init__(self, rules: Iterable[Rule], *, version: str = "") -> None:
        ordered = sorted(enumerate(rules), key=lambda pair: (pair[1].priority, pair[0]))
        self.rules: tuple[Rule, ...] = tuple(rule for _, rule in ordered)
        self.version = version

    @classmethod
    def from_rules(cls, rules: Iterable[Mapping[str, Any]], *, version: str = "") -> Nomenclature:
        """A table from plain rule records (``kind``, ``pattern``, ``encoding``, ``priority``),
        e.g. the central's answer; raises :class:`InvalidNomenclature` on anything unusable."""
        built = []
        for record in rules:
            try:
                kind = CodeKind(record["kind"])
                encoding = Encoding(record.get("encoding", Encoding.ANY))
                priority = int(record.get("priority", 100))
                pattern = str(record["pattern"])
            except (KeyError, ValueError, TypeError) as error:
                raise InvalidNomenclature(f"rule {dict(record)!r}: {error}") from None
            if kind is CodeKind.UNRECOGNISED:
                raise InvalidNomenclature("no rule can say 'unrecognised'")
            rule = Rule(kind, pattern, encoding, priority)
            rule.regex  # noqa: B018 - a broken pattern is refused now, not at the next scan
            built.append(rule)
        return cls(built, version=version)

    def to_records(self) -> list[dict[str, Any]]:
        """The rules as plain records, in order: what :meth:`from_rules` takes back."""
        return [
            {
                "kind": rule.kind.value,
                "encoding": rule.encoding.value,
                "pattern": rule.pattern,
                "priority": rule.priority,
            }
            for rule in self.rules
        ]

    def classify(self, raw: str) -> Classified:
        code = raw.strip()
        if not code or len(code) > MAX_CODE_LENGTH or not code.isprintable():
            return Classified(CodeKind.UNRECOGNISED, code[:MAX_CODE_LENGTH], "")
        if has_foreign_digits(code):
            # A misread, whatever the patterns say: a central's "\d" or "." takes any digit.
            return Classified(CodeKind.UNRECOGNISED, code, "")
        digits = "".join(ch for ch in code if ch not in DIGIT_GROUP_SEPARATORS)
        if digits.isascii() and digits.isdigit():
            code = digits  # a number in groups, as printed under a barcode ("2990 0000 0001 9")
        for rule in self.rules:
            if rule.matches(code):
                normalised = code if rule.encoding is Encoding.ANY else gtin13(code)
                return Classified(rule.kind, code, normalised, rule)
        return Classified(CodeKind.UNRECOGNISED, code, code)

    @property
    def shortest_code_length(self) -> int:
        """The shortest code any rule takes: a keyboard-wedge burst shorter than this cannot be
        a scan of anything the kiosk knows."""
        return min((rule.shortest_length for rule in self.rules), default=1)

    def __repr__(self) -> str:
        return f"Nomenclature(version={self.version!r}, rules={len(self.rules)})"


#: The built-in table: the chain's own and partner card ranges, the demo staff badges, and the
#: GS1 prefixes. Priorities leave room for a central's rules in between.
DEFAULT_RULES: tuple[Rule, ...] = (
    # Staff badges: B and four digits (the demo badges are B0001, B0002).
    Rule(CodeKind.STAFF_BADGE, r"B[0-9]{4}", Encoding.ANY, 10),
    # The chain's own cards and "Моцная картка" partner cards: in-store EAN-13 ranges (GS1 29x),
    # so they come before the restricted-circulation rule below.
    Rule(CodeKind.OWN_CARD, r"2990[0-9]{9}", Encoding.EAN13, 20),
    Rule(CodeKind.PARTNER_CARD, r"2991[0-9]{9}", Encoding.EAN13, 21),
    # GS1 980: refund receipts; 981-984 and 99: coupons; UPC-A number system 5: coupons.
    Rule(CodeKind.REFUND_RECEIPT, r"980[0-9]{10}", Encoding.EAN13, 30),
    Rule(CodeKind.COUPON, r"98[1-4][0-9]{10}", Encoding.EAN13, 31),
    Rule(CodeKind.COUPON, r"99[0-9]{11}", Encoding.EAN13, 32),
    Rule(CodeKind.COUPON, r"05[0-9]{11}", Encoding.EAN13, 33),
    # GS1 20-29: restricted circulation (weighed goods, in-store codes); UPC-A 2 and 4 likewise;
    # EAN-8 starting with 0 or 2 are the restricted-circulation RCN-8.
    Rule(CodeKind.RESTRICTED, r"2[0-9]{12}", Encoding.EAN13, 40),
    Rule(CodeKind.RESTRICTED, r"0[24][0-9]{11}", Encoding.EAN13, 41),
    Rule(CodeKind.RESTRICTED, r"[02][0-9]{7}", Encoding.EAN8, 42),
    # Everything else GS1 with a right check digit is a product (Belarusian GTINs: 481).
    Rule(CodeKind.PRODUCT, r"[0-9]{13}", Encoding.EAN13, 50),
    Rule(CodeKind.PRODUCT, r"[0-9]{8}", Encoding.EAN8, 51),
)

DEFAULT_NOMENCLATURE = Nomenclature(DEFAULT_RULES, version="builtin")
