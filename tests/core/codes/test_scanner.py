"""Scanner bursts versus human typing, by timing alone (no Qt).

``Wedge`` plays the part of the Qt event filter: it feeds timed keys to the detector, runs the
flush timer, and records what a text field would show (and when) and which codes were scanned.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from kiosk.core.codes.bursts import BurstDetector, Outcome, decode_layout
from kiosk.core.runtime.config import ScannerSettings

ENTER = "\n"
TAB = "\t"
BACKSPACE = "\b"


@dataclass
class Wedge:
    settings: ScannerSettings = field(default_factory=ScannerSettings)
    #: Run the flush timer (False: only the next key's timestamp notices the silence).
    timer: bool = True
    field_text: str = ""
    #: When each character reached the field, in the field's order.
    delivered_at: list[int] = field(default_factory=list)
    scans: list[str] = field(default_factory=list)
    #: Terminators that reached the widget (not swallowed by a scan).
    passed_keys: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.detector = BurstDetector(self.settings)

    def _apply(self, outcome: Outcome, now: int, key: str | None = None) -> None:
        for char in outcome.release:
            self.field_text += char
            self.delivered_at.append(now)
        if outcome.scan is not None:
            self.scans.append(outcome.scan)
        if key is not None and not outcome.swallow:
            if len(key) == 1 and key.isprintable():
                self.field_text += key
                self.delivered_at.append(now)
            else:
                self.passed_keys.append(key)

    def _run_timer_until(self, now: int) -> None:
        due = self.detector.flush_due_ms
        if self.timer and due is not None and due <= now:
            self._apply(self.detector.flush(), due)

    def press(self, key: str, now: int) -> None:
        self._run_timer_until(now)
        if key in (ENTER, TAB):
            self._apply(self.detector.terminator(now), now, key)
        elif key == BACKSPACE:
            self._apply(self.detector.interrupt(), now, key)
        else:
            self._apply(self.detector.key(key, now), now, key)

    def type(self, text: str, gaps: list[int], start: int) -> int:
        """Types ``text`` starting at ``start`` with ``gaps[i]`` ms before key i+1."""
        assert len(gaps) == len(text) - 1
        now = start
        for index, key in enumerate(text):
            if index:
                now += gaps[index - 1]
            self.press(key, now)
        return now

    def settle(self, now: int) -> None:
        """Let time pass until every timer has run."""
        self._run_timer_until(now + 10 * self.settings.flush_ms)


def scanner_gaps(count: int, rng: random.Random, low: int = 5, high: int = 15) -> list[int]:
    return [rng.randint(low, high) for _ in range(count)]


CARD = "2990000000019"


# --- scanner bursts -----------------------------------------------------------------------------


@pytest.mark.parametrize("terminator", [ENTER, TAB])
def test_scanner_burst_ended_by_enter_or_tab(terminator: str) -> None:
    wedge = Wedge()
    rng = random.Random(1)
    end = wedge.type(CARD + terminator, scanner_gaps(len(CARD), rng), start=1000)
    assert wedge.scans == [CARD]
    assert wedge.field_text == "" and wedge.passed_keys == [], "a scan never leaks into a field"
    wedge.settle(end)
    assert wedge.scans == [CARD] and wedge.field_text == ""


def test_scanner_burst_ended_by_flush() -> None:
    wedge = Wedge()
    end = wedge.type(CARD, scanner_gaps(len(CARD) - 1, random.Random(2)), start=0)
    assert wedge.scans == [] and wedge.detector.holding
    wedge.settle(end)
    assert wedge.scans == [CARD] and wedge.field_text == ""


def test_flush_noticed_by_the_next_key_when_the_timer_is_late() -> None:
    wedge = Wedge(timer=False)
    end = wedge.type(CARD, [10] * (len(CARD) - 1), start=0)
    wedge.press("7", end + 100)
    assert wedge.scans == [CARD]
    assert wedge.field_text == "" and wedge.detector.held == "7"


def test_many_scans_in_a_row() -> None:
    wedge = Wedge()
    rng = random.Random(3)
    codes = ["2990000000019", "2991000000153", "2990000000026", "12345678"]
    now = 0
    for code in codes:
        now = wedge.type(code + ENTER, scanner_gaps(len(code), rng), start=now + 700)
    assert wedge.scans == codes and wedge.field_text == ""


def test_scanner_with_a_slow_first_key_is_still_a_scan() -> None:
    # Some scanners pause after the first character; the budget allows for it.
    wedge = Wedge()
    wedge.type(CARD + ENTER, [90] + [8] * (len(CARD) - 1), start=0)
    assert wedge.scans == [CARD] and wedge.field_text == ""


def test_letters_and_shifted_characters_scan_as_typed() -> None:
    wedge = Wedge(ScannerSettings(min_length=5))
    wedge.type("B0001" + ENTER, [7, 7, 7, 7, 7], start=0)
    assert wedge.scans == ["B0001"]


# --- human typing -------------------------------------------------------------------------------


def test_human_typing_reaches_the_field_and_never_scans() -> None:
    rng = random.Random(4)
    for timer in (True, False):
        wedge = Wedge(timer=timer)
        text = "2990000000019"
        end = wedge.type(text, [rng.randint(120, 300) for _ in text[1:]], start=0)
        wedge.press(ENTER, end + 150)
        wedge.settle(end + 150)
        assert wedge.scans == []
        assert wedge.field_text == text
        assert wedge.passed_keys == [ENTER]


def test_fast_typist_loses_nothing_and_waits_at_most_the_budget() -> None:
    settings = ScannerSettings()
    budget = settings.max_avg_gap_ms * (settings.min_length - 1)
    rng = random.Random(5)
    for _ in range(200):
        text = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(1, 20)))
        gaps = [rng.randint(35, 300) for _ in text[1:]]
        wedge = Wedge(settings)
        end = wedge.type(text + ENTER, [*gaps, rng.randint(35, 300)], start=0)
        wedge.settle(end)
        assert wedge.scans == [], (text, gaps)
        assert wedge.field_text == text, (text, gaps)
        assert wedge.passed_keys == [ENTER]
        typed_at = [0]
        for gap in gaps:
            typed_at.append(typed_at[-1] + gap)
        delays = [shown - typed for shown, typed in zip(wedge.delivered_at, typed_at, strict=True)]
        assert max(delays) <= max(budget + 1, settings.flush_ms), (text, gaps, delays)


def test_backspace_releases_held_keys_first() -> None:
    wedge = Wedge()
    wedge.press("4", 0)
    wedge.press("2", 60)
    wedge.press(BACKSPACE, 90)
    assert wedge.field_text == "42" and wedge.passed_keys == [BACKSPACE]
    assert not wedge.detector.holding


def test_enter_after_typing_passes_through() -> None:
    wedge = Wedge()
    wedge.press("1", 0)
    wedge.press("2", 50)
    wedge.press(ENTER, 90)
    assert wedge.scans == [] and wedge.field_text == "12" and wedge.passed_keys == [ENTER]


def test_enter_alone_passes_through() -> None:
    wedge = Wedge()
    wedge.press(ENTER, 0)
    assert wedge.passed_keys == [ENTER] and wedge.scans == []


# --- mixed --------------------------------------------------------------------------------------


def test_person_types_then_scans() -> None:
    wedge = Wedge()
    rng = random.Random(6)
    end = wedge.type("42", [180], start=0)
    end = wedge.type(CARD + ENTER, scanner_gaps(len(CARD), rng), start=end + 400)
    end = wedge.type("7", [], start=end + 500)
    wedge.settle(end)
    assert wedge.field_text == "427"
    assert wedge.scans == [CARD]


def test_scan_right_after_the_typing_went_quiet() -> None:
    wedge = Wedge(timer=False)
    end = wedge.type("42", [180], start=0)
    wedge.type(CARD + ENTER, [10] * len(CARD), start=end + 100)
    assert wedge.field_text == "42"
    assert wedge.scans == [CARD]


# --- thresholds ---------------------------------------------------------------------------------


def test_average_exactly_at_the_limit_is_a_scan() -> None:
    wedge = Wedge()
    wedge.type("12345678" + ENTER, [30] * 8, start=0)
    assert wedge.scans == ["12345678"] and wedge.field_text == ""


def test_average_just_over_the_limit_is_typing() -> None:
    wedge = Wedge()
    wedge.type("12345678" + ENTER, [30] * 6 + [31, 30], start=0)
    assert wedge.scans == [] and wedge.field_text == "12345678"
    assert wedge.passed_keys == [ENTER]


def test_uneven_burst_judged_by_its_average() -> None:
    # Gaps of 50 ms are over the limit on their own, but the average is 28.75 ms.
    wedge = Wedge()
    wedge.type("123456789" + ENTER, [10, 50, 10, 50, 10, 50, 10, 40, 10], start=0)
    assert wedge.scans == ["123456789"]


def test_exactly_min_length_is_a_scan_one_less_is_typing() -> None:
    wedge = Wedge()
    wedge.type("12345678" + ENTER, [10] * 8, start=0)
    assert wedge.scans == ["12345678"]
    short = Wedge()
    short.type("1234567" + ENTER, [10] * 7, start=0)
    assert short.scans == [] and short.field_text == "1234567" and short.passed_keys == [ENTER]


def test_short_fast_burst_ended_by_flush_is_typing() -> None:
    wedge = Wedge()
    end = wedge.type("1234", [10, 10, 10], start=0)
    wedge.settle(end)
    assert wedge.scans == [] and wedge.field_text == "1234"


def test_gap_of_exactly_flush_ms_ends_the_burst() -> None:
    wedge = Wedge(timer=False)
    end = wedge.type("1234", [10, 10, 10], start=0)
    end = wedge.type("56789012", [10] * 7, start=end + 100)
    wedge.press(ENTER, end + 10)
    assert wedge.field_text == "1234"
    assert wedge.scans == ["56789012"]


def test_gap_just_under_flush_ms_continues_the_burst() -> None:
    # 99 ms fits within the budget of a 13-key scan with all other gaps at 8 ms.
    wedge = Wedge(timer=False)
    end = wedge.type("1234", [8, 8, 8], start=0)
    end = wedge.type("567890123", [8] * 8, start=end + 99)
    wedge.press(ENTER, end + 8)
    assert wedge.scans == ["1234567890123"] and wedge.field_text == ""


def test_settings_are_honoured() -> None:
    # A 250 ms pause splits a burst under the defaults, but not with these settings.
    for settings, scans, text in [
        (ScannerSettings(min_length=4, max_avg_gap_ms=100, flush_ms=300), ["ABCD"], ""),
        (ScannerSettings(), [], "ABCD"),
    ]:
        wedge = Wedge(settings)
        wedge.type("ABCD", [10, 10, 250], start=0)
        wedge.settle(400)
        assert (wedge.scans, wedge.field_text) == (scans, text)


# --- keyboard layouts ---------------------------------------------------------------------------


def test_burst_under_russian_layout_decodes_to_latin() -> None:
    wedge = Wedge(ScannerSettings(min_length=5))
    wedge.type("И0001" + ENTER, [6] * 5, start=0)
    assert wedge.scans == ["B0001"]


def test_typing_under_russian_layout_is_left_as_typed() -> None:
    wedge = Wedge()
    end = wedge.type("Иван", [200, 200, 200], start=0)
    wedge.settle(end)
    assert wedge.field_text == "Иван" and wedge.scans == []


def test_decode_layout_maps_every_key_row() -> None:
    rows = {
        "йцукенгшщзхъ": "qwertyuiop[]",
        "фывапролджэ": "asdfghjkl;'",
        "ячсмитьбю": "zxcvbnm,.",
        "ЙЦУКЕНГШЩЗХЪ": "QWERTYUIOP{}",
        "ФЫВАПРОЛДЖЭ": 'ASDFGHJKL:"',
        "ЯЧСМИТЬБЮ": "ZXCVBNM<>",
        "ёЁ": "`~",
        "іІўЎ": "sSoO",  # Belarusian
    }
    for cyrillic, latin in rows.items():
        assert "".join(decode_layout(c) for c in cyrillic) == latin


def test_decode_layout_leaves_digits_latin_and_punctuation() -> None:
    for char in "0123456789ABCXYZabcxyz-./ ":
        assert decode_layout(char) == char


def test_flush_is_due_after_silence_or_when_no_scan_can_fit_any_more() -> None:
    detector = BurstDetector(ScannerSettings())
    assert detector.flush_due_ms is None
    detector.key("1", 1000)
    assert detector.flush_due_ms == 1100  # flush_ms of silence
    detector.key("2", 1090)
    detector.key("3", 1180)
    assert detector.flush_due_ms == 1211  # 30 ms * 7 gaps after the first key have run out
    assert detector.flush() == Outcome(release=("1", "2", "3"))
    for index, char in enumerate("12345678"):
        detector.key(char, 2000 + 10 * index)
    assert detector.flush_due_ms == 2070 + 100  # a valid scan so far: only silence ends it


def test_clock_going_backwards_ends_the_held_sequence() -> None:
    detector = BurstDetector(ScannerSettings())
    for index, char in enumerate("12345678"):
        detector.key(char, 4_294_967_000 + 10 * index)
    outcome = detector.key("9", 5)  # a 32-bit millisecond clock wrapped
    assert outcome == Outcome(scan="12345678", swallow=True)
    assert detector.held == "9"


def test_the_nomenclature_shortest_code_lowers_the_minimum() -> None:
    from kiosk.core.codes.nomenclature import DEFAULT_NOMENCLATURE

    wedge = Wedge()
    wedge.detector.set_shortest_code(DEFAULT_NOMENCLATURE.shortest_code_length)
    # A demo staff badge from a wedge scanner with the default settings, also under the
    # Russian layout ("B0001" typed as "И0001").
    end = wedge.type("B0001" + ENTER, [10] * 5, start=0)
    wedge.type("И0002", [10] * 4, start=end + 500)
    wedge.settle(end + 2000)
    assert wedge.scans == ["B0001", "B0002"] and wedge.field_text == ""
    # Four fast keys are still typing, and a person's keys wait less than before.
    short = Wedge()
    short.detector.set_shortest_code(5)
    short.settle(short.type("1234", [10, 10, 10], start=0))
    assert short.scans == [] and short.field_text == "1234"
    assert max(short.delivered_at) <= 30 * 4 + 1


def test_the_shortest_code_never_raises_the_configured_minimum() -> None:
    detector = BurstDetector(ScannerSettings(min_length=6), shortest_code=13)
    assert detector.min_length == 6
    detector.set_shortest_code(1)
    assert detector.min_length == 2
    detector.set_shortest_code(None)
    assert detector.min_length == 6
