"""Sizes derived from the terminal's screen, and the stylesheet rendered with them (Qt-free).

The kiosk's stylesheet (``resources/styles/kiosk.qss``) is written in pixels for a reference
screen of 1280×960 (landscape) or 960×1280 (portrait). :class:`ScreenMetrics` scales every
length in it to the screen the kiosk really has, from 1024×768 to 1920×1080 and from 768×1024 to
1080×1920, so that nothing needs more room than the screen gives:

- font sizes scale with the screen, times the large-text factor when large text is on;
- lengths (padding, borders, radii, minimum sizes) scale with the screen;
- a touch target's minimum height never falls under :data:`MIN_TARGET_MM` on the glass, at the
  screen's physical resolution (or :data:`FALLBACK_DPI` when the screen does not say it).

The high-contrast theme swaps the palette's colours for darker or lighter ones
(:data:`HIGH_CONTRAST`): every text reaches 7:1 against its background (WCAG AAA).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: The screen the stylesheet's pixel values were written for (landscape; portrait swaps them).
REFERENCE_SIZE = (1280, 960)
#: Smallest side of a touch target on the glass (EN 301 549 / ISO 9241-9 ask for about 9 mm).
MIN_TARGET_MM = 9.0
#: Resolution assumed when the screen reports none (or nonsense): a common desktop monitor.
FALLBACK_DPI = 96.0
#: Physical resolutions outside this range are taken as "not reported" (EDID gaps, VMs).
PLAUSIBLE_DPI = (50.0, 400.0)
#: How much larger text is in the large-text mode.
LARGE_TEXT_FACTOR = 1.5
#: How much larger the letters on keyboard and keypad keys are in the large-text mode. They
#: are the largest text of a form already (36 px against 26 px of body text); at 1.5× the
#: widest letters (Ш, Щ, Ю) would not fit a key of a twelve-key row on a 768 px wide screen.
#: At 1.25× they are still larger than large body text.
KEY_LARGE_TEXT_FACTOR = 1.25
#: The screen factor stays in this range: smaller would be unreadable, larger just wastes room.
SCALE_RANGE = (0.55, 1.5)

#: Rules whose font-size large text leaves alone: fixed_texts drawn with a glyph (the message
#: screens' round icon), the keyboard's function keys (already larger than body text; their
#: words would not fit a key of a 768 px wide keyboard), and the demo strip and panel (for
#: the trainer, not the shopper).
_FIXED_TEXT_SELECTORS = ('[role="icon"]', "specialKey", "#demo", "demoCard")
#: Rules of a drawn shape whose every length scales with the screen alone, its size as its
#: corner radius (the message screens' round icon: a radius over half its side is drawn square).
_FIXED_SIZE_SELECTORS = ('[role="icon"]',)
#: Rules that large text leaves as they are, text and height: the start screen's top rows (the
#: brand, the languages and the reading aids themselves) and the demo strip's button above
#: them. A person who needs an aid finds them without it, and the aids' row (under the others)
#: must not move under the finger that just switched one: a second tap lands where the first did.
_STEADY_SELECTORS = ('[role="brand"]', '[role="language"]', '[role="aid"]', "#demoPanelButton")
#: Rules for the letters and digits on keys: large text grows them by KEY_LARGE_TEXT_FACTOR.
_KEY_TEXT_SELECTORS = ("keyboardKey", "keypadKey")
_RULE = re.compile(r"(?P<selectors>[^{}]*)\{(?P<body>[^{}]*)\}")
_DECLARATION = re.compile(r"(?P<name>[a-z-]+)\s*:\s*(?P<value>[^;{}]*?\d[^;{}]*?);")
_PIXELS = re.compile(r"(?P<number>\d+(?:\.\d+)?)px")
_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")

#: The normal palette's colours and what the high-contrast theme shows instead. Texts become
#: black or near-black, tints lighter, the brand and warning colours darker, so that every
#: pair of text and background in the stylesheet reaches 7:1.
HIGH_CONTRAST: dict[str, str] = {
    "#16201e": "#000000",  # text
    "#4f5d5a": "#1f2624",  # muted text
    "#33413e": "#101614",  # subtitle text
    "#0b3d3a": "#000000",  # headings
    "#f3f6f5": "#ffffff",  # window background
    "#d3dcda": "#000000",  # panel lines
    "#b9c6c3": "#000000",  # key and field borders
    "#0b6e69": "#003a37",  # brand
    "#07504c": "#002624",  # brand dark
    "#e1f0ee": "#f2fbfa",  # brand tint
    "#f2b33d": "#7a4a00",  # accent
    "#fff3d6": "#fffaf0",  # accent tint
    "#5a3c00": "#2e1e00",  # accent text
    "#3d2800": "#ffffff",  # text on the accent badge (the accent is dark here)
    "#b3261e": "#7a0f0a",  # danger
    "#8c1d17": "#5c0a06",  # danger pressed
    "#a35f00": "#5c3500",  # warning
    "#6a1b9a": "#3e0a5e",  # demo
    "#8e3cbf": "#3e0a5e",  # demo badge
    "#f0e2f7": "#ffffff",  # demo note
    "#8d9a97": "#3b4543",  # disabled text
    "#c4cecc": "#5b6663",  # disabled border
}


@dataclass(frozen=True)
class ScreenMetrics:
    """The room the kiosk's window has, and the reading aids the shopper chose."""

    width: int
    height: int
    #: Physical dots per inch, None when the screen does not report it.
    dpi: float | None = None
    large_text: bool = False
    high_contrast: bool = False

    @property
    def portrait(self) -> bool:
        return self.height > self.width

    @property
    def scale(self) -> float:
        """Screen pixels per stylesheet pixel."""
        ref_long, ref_short = max(REFERENCE_SIZE), min(REFERENCE_SIZE)
        if self.portrait:
            factor = min(self.width / ref_short, self.height / ref_long)
        else:
            factor = min(self.width / ref_long, self.height / ref_short)
        low, high = SCALE_RANGE
        return max(low, min(high, factor))

    @property
    def text_scale(self) -> float:
        return self.scale * (LARGE_TEXT_FACTOR if self.large_text else 1.0)

    @property
    def effective_dpi(self) -> float:
        low, high = PLAUSIBLE_DPI
        if self.dpi is None or not low <= self.dpi <= high:
            return FALLBACK_DPI
        return self.dpi

    @property
    def min_target_px(self) -> int:
        """The smallest side of a touch target, in pixels: MIN_TARGET_MM on this screen."""
        return round(MIN_TARGET_MM / 25.4 * self.effective_dpi + 0.4999)

    def font_px(self, reference_px: float) -> int:
        return max(8, round(reference_px * self.text_scale))

    def key_font_px(self, reference_px: float) -> int:
        """The font of a key's letter: grows less with large text (KEY_LARGE_TEXT_FACTOR)."""
        factor = KEY_LARGE_TEXT_FACTOR if self.large_text else 1.0
        return max(8, round(reference_px * self.scale * factor))

    def length_px(self, reference_px: float) -> int:
        """A length: zero stays zero, anything else stays at least one pixel."""
        if reference_px == 0:
            return 0
        return max(1, round(reference_px * self.scale))

    def target_px(self, reference_px: float) -> int:
        """A touch target's side: scaled, grown with large text, never under the minimum."""
        grown: float = reference_px * self.scale * math.sqrt(self.text_scale / self.scale)
        return max(self.min_target_px, round(grown))

    def narrow_target_px(self, reference_px: float) -> int:
        """A touch target's width: scaled with the screen, never under the minimum."""
        return max(self.min_target_px, round(reference_px * self.scale))

    def render_stylesheet(self, template: str) -> str:
        """The stylesheet ``template`` (written for the reference screen) for this screen."""

        fixed_text = False
        fixed_size = False
        steady = False
        key_text = False

        def declaration(match: re.Match[str]) -> str:
            name = match.group("name")
            if fixed_size or (name == "font-size" and (fixed_text or steady)):
                convert = self.length_px
            elif name == "min-height" and steady:
                convert = self.narrow_target_px
            elif name == "font-size" and key_text:
                convert = self.key_font_px
            elif name == "font-size":
                convert = self.font_px
            elif name == "min-height":
                convert = self.target_px
            elif name == "min-width":
                # Widths do not grow with large text: a row of keys must still fit the screen.
                convert = self.narrow_target_px
            else:
                convert = self.length_px
            value = _PIXELS.sub(
                lambda number: f"{convert(float(number.group('number')))}px", match.group("value")
            )
            return f"{name}: {value};"

        def rule(match: re.Match[str]) -> str:
            nonlocal fixed_text, fixed_size, steady, key_text
            selectors = match.group("selectors")
            fixed_size = any(marker in selectors for marker in _FIXED_SIZE_SELECTORS)
            fixed_text = any(marker in selectors for marker in _FIXED_TEXT_SELECTORS)
            steady = any(marker in selectors for marker in _STEADY_SELECTORS)
            key_text = any(marker in selectors for marker in _KEY_TEXT_SELECTORS)
            body = _DECLARATION.sub(declaration, match.group("body"))
            return f"{match.group('selectors')}{{{body}}}"

        rendered = _RULE.sub(rule, template)
        if self.high_contrast:
            rendered = _HEX_COLOUR.sub(
                lambda colour: HIGH_CONTRAST.get(colour.group(0).lower(), colour.group(0)),
                rendered,
            )
        return rendered


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
