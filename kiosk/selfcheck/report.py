"""The self-check's report: one line per check, and the verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kiosk.core.runtime.masking import mask_url_passwords

Status = Literal["OK", "WARN", "FAIL", "SKIP"]


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str


@dataclass
class SelfCheckReport:
    version: str
    mode: str
    terminal_id: str = "-"
    central_url: str = "-"
    results: list[CheckResult] = field(default_factory=list)

    def add(self, name: str, status: Status, detail: str) -> CheckResult:
        result = CheckResult(name, status, detail)
        self.results.append(result)
        return result

    @property
    def failed(self) -> bool:
        return any(r.status == "FAIL" for r in self.results)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def render(self) -> str:
        width = max((len(r.name) for r in self.results), default=0)
        lines = [
            f"kiosk {self.version} self-check ({self.mode}; terminal {self.terminal_id}, "
            f"central {self.central_url})"
        ]
        lines += [f"{r.status:<4}  {r.name:<{width}}  {r.detail}" for r in self.results]
        failures = sum(r.status == "FAIL" for r in self.results)
        warnings = sum(r.status == "WARN" for r in self.results)
        verdict = "FAILED" if failures else "passed"
        plural = "" if warnings == 1 else "s"
        lines.append(f"self-check {verdict}: {failures} failed, {warnings} warning{plural}")
        # Printed for whoever looks on: a password written into the central's URL stays hidden.
        return mask_url_passwords("\n".join(lines))
