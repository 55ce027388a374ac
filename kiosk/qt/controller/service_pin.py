"""The service PIN on the controller: checked off the GUI thread (the hash is slow on purpose),
and the outcome logged for the store's IT."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.core.flow import Command, Flow, Notice, ShowNotice

if TYPE_CHECKING:
    from kiosk.qt.tasks import Runner

log = logging.getLogger("kiosk.qt.controller")


class ServicePinCheck:
    """The service PIN's part of :class:`~kiosk.qt.controller.KioskController` (mixed into
    it)."""

    # The controller's, set up in its __init__.
    flow: Flow
    runner: Runner
    verify_service_pin: Callable[[str], bool]

    if TYPE_CHECKING:

        def dispatch(self, commands: list[Command]) -> None: ...

    def _check_service_pin(self, pin: str, generation: int) -> None:
        verify = self.verify_service_pin

        def on_error(error: BaseException) -> None:
            # verify_service_pin answers False for anything malformed; this is a bug, and a
            # PIN that could not be checked opens nothing.
            log.error("service PIN check failed: %s", type(error).__name__)
            self.dispatch(self.flow.service_pin_checked(generation, False))

        self.runner.run(
            lambda: verify(pin),
            lambda matches: self._service_pin_checked(generation, matches),
            on_error,
        )

    def _service_pin_checked(self, generation: int, matches: bool) -> None:
        commands = self.flow.service_pin_checked(generation, matches)
        # Logged for the store's IT (never the PIN): who tried, when, and the lockout.
        if any(isinstance(c, ShowNotice) and c.notice is Notice.SERVICE_LOCKED for c in commands):
            log.warning("wrong service PIN: service mode locked for a few minutes")
        elif any(isinstance(c, ShowNotice) and c.notice is Notice.WRONG_PIN for c in commands):
            log.warning("wrong service PIN")
        elif matches and commands:
            log.info("service screen opened with the service PIN")
        self.dispatch(commands)
