"""Telling keyboard-wedge scanner bursts from human typing, by timing alone (Qt-free).

A keyboard-wedge scanner types a code like a keyboard, only much faster and more evenly: 5 to 15
ms between keys, then Enter or Tab (or nothing). A person needs 100 ms or more per key. Following
Odoo's barcode service, a burst of at least ``min_length`` characters whose average gap between
keys is at most ``max_avg_gap_ms``, ended by Enter/Tab or by ``flush_ms`` of silence, is a scan;
anything else is typing. ``min_length`` is lowered to the shortest code the barcode nomenclature
(:mod:`kiosk.core.codes.nomenclature`) recognises: 5 with the built-in table, for the staff badges.

:class:`BurstDetector` is fed the keys as they arrive and answers, for each, whether the key must
be *held* (kept from the focused widget because it could still be part of a scan) or may go on,
and which earlier held keys to *release* now because the timing shows a person after all. The
Qt event filter in :mod:`kiosk.qt.input.wedge` does the holding and the replaying.

How long keys are held: a sequence is held while the time since its first key still fits the
budget of a scan, ``elapsed <= max_avg_gap_ms * (max(keys, min_length) - 1)``. Below
``min_length`` keys that is the budget of the shortest possible scan; from ``min_length`` keys on
it is the running average. The sequence ends (:attr:`BurstDetector.flush_due_ms`) after
``flush_ms`` of silence, or as soon as the budget of the shortest scan has run out. So a person's
key waits at most ``max_avg_gap_ms * (min_length - 1)`` ms (120 ms with the built-in
nomenclature's 5) before it reaches the widget, while a scanner whose gaps are well under the
limit (or that pauses once, early on) is never cut short. A held sequence that reaches
``min_length`` keys has met the average, and is a scan when it ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.runtime.config import ScannerSettings

# Letters of the Russian ЙЦУКЕН layout, and the Belarusian letters that differ from it, mapped to
# the US QWERTY character on the same physical key. A scanner "types" key positions, so a code
# scanned while the Russian layout is active arrives as Cyrillic letters ("B0001" as "И0001").
_LOWER = {
    "й": "q", "ц": "w", "у": "e", "к": "r", "е": "t", "н": "y", "г": "u", "ш": "i", "щ": "o",
    "з": "p", "х": "[", "ъ": "]", "ф": "a", "ы": "s", "в": "d", "а": "f", "п": "g", "р": "h",
    "о": "j", "л": "k", "д": "l", "ж": ";", "э": "'", "я": "z", "ч": "x", "с": "c", "м": "v",
    "и": "b", "т": "n", "ь": "m", "б": ",", "ю": ".", "ё": "`",
    # Belarusian: і on the ы key, ў on the щ key.
    "і": "s", "ў": "o",
}  # fmt: skip
_SHIFTED_PUNCTUATION = {"[": "{", "]": "}", ";": ":", "'": '"', ",": "<", ".": ">", "`": "~"}
_LAYOUT: dict[str, str] = {
    **_LOWER,
    **{
        cyrillic.upper(): _SHIFTED_PUNCTUATION.get(latin, latin.upper())
        for cyrillic, latin in _LOWER.items()
    },
}


def decode_layout(char: str) -> str:
    """The US-layout character on the key that typed ``char`` under a Russian/Belarusian layout.

    Cyrillic letters map to their key's Latin letter (upper case stays upper case), ``ж`` to
    ``;`` and so on; every other character (digits, Latin letters) is returned unchanged.
    """
    return _LAYOUT.get(char, char)


def decode_code(text: str) -> str:
    return "".join(decode_layout(char) for char in text)


@dataclass(frozen=True)
class Outcome:
    """What to do after feeding one event to the detector.

    Carry it out in this order: first replay ``release`` (held keys, oldest first) to the widget
    they were meant for, or drop the held keys when ``scan`` is set; then let the key just fed go
    on unless ``swallow`` is set.
    """

    #: Held keys that turned out to be typing, to hand on now, oldest first.
    release: tuple[str, ...] = ()
    #: A recognised code (layout-decoded); the held keys that formed it are dropped.
    scan: str | None = None
    #: The key just fed must not reach the widget: it is now held (a character), or it ended a
    #: scan (Enter/Tab).
    swallow: bool = False


class BurstDetector:
    """Decides, key by key, what is a scan and what is typing.

    Timestamps are milliseconds from any monotonic clock. ``key`` takes a printable character,
    ``terminator`` Enter or Tab, and ``interrupt`` any other key (Backspace, arrows, shortcuts,
    auto-repeat), which only a person presses. While keys are held, a timer must call ``flush``
    at :attr:`flush_due_ms` unless another key comes first.
    """

    def __init__(self, settings: ScannerSettings, *, shortest_code: int | None = None) -> None:
        self.settings = settings
        #: The fewest keys a scan has: ``settings.min_length``, lowered to the shortest code the
        #: barcode nomenclature knows (the demo staff badges have 5 characters), so that every
        #: code the kiosk can use is read from a wedge scanner with the default settings.
        self.min_length = settings.min_length
        self.set_shortest_code(shortest_code)
        self._held: list[tuple[str, int]] = []

    def set_shortest_code(self, length: int | None) -> None:
        """The shortest code the nomenclature recognises (None: only ``settings.min_length``).

        Never below 2 keys: a single fast key is not a scan."""
        limit = self.settings.min_length
        self.min_length = limit if length is None else max(2, min(limit, length))

    @property
    def holding(self) -> bool:
        """Keys are held, waiting for the next key or the flush."""
        return bool(self._held)

    @property
    def held(self) -> str:
        """The characters held so far, as typed."""
        return "".join(char for char, _ in self._held)

    @property
    def flush_due_ms(self) -> int | None:
        """When :meth:`flush` must be called if no other key comes first (None: nothing held).

        That is ``flush_ms`` after the last key, or earlier, as soon as the held keys can no
        longer become a scan, so that a person's typing is not held longer than necessary. A key
        fed at or after this moment ends the held sequence just as the flush would have.
        """
        return self._flush_due() if self._held else None

    def reset(self) -> None:
        """Forget the held keys without releasing them."""
        self._held.clear()

    def key(self, char: str, timestamp_ms: int) -> Outcome:
        """A printable character was typed at ``timestamp_ms``."""
        if self._sequence_over(timestamp_ms):
            ended = self.flush()
            self._held.append((char, timestamp_ms))
            return Outcome(release=ended.release, scan=ended.scan, swallow=True)
        if not self._held:
            self._held.append((char, timestamp_ms))
            return Outcome(swallow=True)
        self._held.append((char, timestamp_ms))
        if self._fits_budget():
            return Outcome(swallow=True)
        # Too slow for a scanner: everything held was typed by a person, and so is this key.
        released = tuple(char for char, _ in self._held[:-1])
        self._held.clear()
        return Outcome(release=released)

    def terminator(self, timestamp_ms: int) -> Outcome:
        """Enter or Tab was pressed at ``timestamp_ms``: it ends a scan, or is typing."""
        if self._sequence_over(timestamp_ms):
            # The held sequence was already over; this Enter/Tab is a key of its own.
            return self.flush()
        if self._is_scan():
            code = decode_code(self.held)
            self._held.clear()
            return Outcome(scan=code, swallow=True)
        return self.interrupt()

    def flush(self) -> Outcome:
        """The held sequence is over (:attr:`flush_due_ms` has come): a scan, or typing."""
        if self._is_scan():
            code = decode_code(self.held)
            self._held.clear()
            return Outcome(scan=code)
        return self.interrupt()

    def interrupt(self) -> Outcome:
        """A key no scanner sends: release whatever is held (it was typing)."""
        released = tuple(char for char, _ in self._held)
        self._held.clear()
        return Outcome(release=released)

    def _sequence_over(self, timestamp_ms: int) -> bool:
        # The flush may not have run yet (a busy event loop, a test driving the clock). A clock
        # that went backwards (window-system time wraps after 49 days) also ends the sequence.
        return bool(self._held) and (
            timestamp_ms >= self._flush_due() or timestamp_ms < self._held[-1][1]
        )

    def _flush_due(self) -> int:
        settings = self.settings
        due = self._held[-1][1] + settings.flush_ms
        if len(self._held) < self.min_length:
            # Past this moment even the shortest scan no longer fits: it is typing.
            shortest_scan_ms = settings.max_avg_gap_ms * (self.min_length - 1)
            due = min(due, self._held[0][1] + shortest_scan_ms + 1)
        return due

    def _elapsed(self) -> int:
        return self._held[-1][1] - self._held[0][1]

    def _fits_budget(self) -> bool:
        keys = max(len(self._held), self.min_length)
        return self._elapsed() <= self.settings.max_avg_gap_ms * (keys - 1)

    def _is_scan(self) -> bool:
        count = len(self._held)
        return count >= self.min_length and self._elapsed() <= self.settings.max_avg_gap_ms * (
            count - 1
        )
