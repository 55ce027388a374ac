"""The self-check's report: one line per check, and the verdict.

Each check's detail is :class:`Said`: an English template with Qt's ``%1``, ``%2`` placeholders
and its values. The command line prints it in English for the engineer at the console; the
service screen translates the template into the screen's language (translation context
``SelfCheck``: every template is marked with :func:`QT_TRANSLATE_NOOP`, where lupdate finds it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from kiosk.core.runtime.masking import mask_url_passwords

Status = Literal["OK", "WARN", "FAIL", "SKIP"]

#: The translation context of the self-check's words.
CONTEXT = "SelfCheck"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translations (lupdate finds it by this name); Qt-free."""
    return text


#: The checks' names, as the service screen shows them (translated).
NAMES = (
    QT_TRANSLATE_NOOP("SelfCheck", "config"),
    QT_TRANSLATE_NOOP("SelfCheck", "central"),
    QT_TRANSLATE_NOOP("SelfCheck", "tls"),
    QT_TRANSLATE_NOOP("SelfCheck", "scanner"),
    QT_TRANSLATE_NOOP("SelfCheck", "disk"),
    QT_TRANSLATE_NOOP("SelfCheck", "outbox"),
    QT_TRANSLATE_NOOP("SelfCheck", "clock"),
    QT_TRANSLATE_NOOP("SelfCheck", "translations"),
    QT_TRANSLATE_NOOP("SelfCheck", "resources"),
    QT_TRANSLATE_NOOP("SelfCheck", "demo scan"),
)

_PLACEHOLDER = re.compile(r"%(\d)")
#: Translates a template (the screen's: into its language; the console's: leaves it).
_Translate = Callable[[str], str]


@dataclass(frozen=True)
class Said:
    """Words of a check: ``template`` (marked for translation, unless ``verbatim``) with ``%1``,
    ``%2`` ... filled by ``args``; an arg that is itself :class:`Said` is translated too.
    Values (paths, errors of the system, numbers) go in as they are."""

    template: str
    args: tuple[str | Said, ...] = ()

    def english(self) -> str:
        return self.fill(lambda text: text)

    def fill(self, translate: _Translate) -> str:
        """The text, each template through ``translate``; placeholders filled in one pass (a
        value holding "%2" stays as it is)."""
        values = [a.fill(translate) if isinstance(a, Said) else a for a in self.args]

        def value(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            return values[index] if 0 <= index < len(values) else match.group(0)

        return _PLACEHOLDER.sub(value, translate(self.template))


def verbatim(text: str) -> Said:
    """Words that are not ours to translate (an error message of the system, a config error)."""
    return Said("%1", (text,))


def said(template: str, *args: object) -> Said:
    return Said(template, tuple(a if isinstance(a, Said) else str(a) for a in args))


def joined(parts: list[Said]) -> Said:
    """Several problems of one check, one after another."""
    return Said("; ".join(f"%{i}" for i in range(1, len(parts) + 1)), tuple(parts))


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    said: Said

    @property
    def detail(self) -> str:
        """The detail in English (the command line's)."""
        return self.said.english()


@dataclass
class SelfCheckReport:
    version: str
    mode: str
    terminal_id: str = "-"
    central_url: str = "-"
    results: list[CheckResult] = field(default_factory=list)

    def add(self, name: str, status: Status, words: Said) -> CheckResult:
        result = CheckResult(name, status, words)
        self.results.append(result)
        return result

    @property
    def failed(self) -> bool:
        return any(r.status == "FAIL" for r in self.results)

    @property
    def failures(self) -> int:
        return sum(r.status == "FAIL" for r in self.results)

    @property
    def warnings(self) -> int:
        return sum(r.status == "WARN" for r in self.results)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def render(self) -> str:
        """The report for the console, in English, in columns of a fixed-width terminal."""
        width = max((len(r.name) for r in self.results), default=0)
        lines = [
            f"kiosk {self.version} self-check ({self.mode}; terminal {self.terminal_id}, "
            f"central {self.central_url})"
        ]
        lines += [f"{r.status:<4}  {r.name:<{width}}  {r.detail}" for r in self.results]
        failures, warnings = self.failures, self.warnings
        verdict = "FAILED" if failures else "passed"
        plural = "" if warnings == 1 else "s"
        lines.append(f"self-check {verdict}: {failures} failed, {warnings} warning{plural}")
        # Printed for whoever looks on: a password written into the central's URL stays hidden.
        return mask_url_passwords("\n".join(lines))
