"""Demo mode on the controller: the demo panel's cards scan like a card at the scanner, and its
SMS list shows what the reference central's demo gateway "sent" in this session only."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.contract import DemoSms
    from kiosk.core.flow import Flow
    from kiosk.qt.screens.base import Screen
    from kiosk.qt.screens.demo_panel import DemoPanel
    from kiosk.qt.shell.timers import Timer
    from kiosk.qt.shell.window import KioskWindow
    from kiosk.qt.tasks import LazyClient, Runner

log = logging.getLogger("kiosk.qt.controller")

#: Demo mode: how soon to ask again which demo SMS belong to ended sessions, when the central
#: could not say (well before the next shopper can have a code sent).
DEMO_FORGET_RETRY_MS = 3 * 1000


class DemoMode:
    """The demo panel's part of :class:`~kiosk.qt.controller.KioskController` (mixed into it)."""

    # The controller's, set up in its __init__.
    flow: Flow
    window: KioskWindow[Screen]
    runner: Runner
    client: LazyClient
    demo_panel: DemoPanel | None
    _demo_sessions_ended: int
    _demo_forget_retry: Timer

    if TYPE_CHECKING:

        def scan(self, code: str) -> None: ...

    def install_demo_panel(self, panel: DemoPanel) -> None:
        self.demo_panel = panel
        self._demo_forget_retry.timeout.connect(lambda: self._forget_demo_sms(panel))
        self.window.install_demo(panel)
        panel.close_requested.connect(lambda: self.window.set_demo_panel_open(False))
        panel.card_tapped.connect(self._demo_scan)
        panel.sms_requested.connect(self.load_demo_sms)
        self.window.demo_panel_toggled.connect(self._demo_panel_toggled)

    def _demo_panel_toggled(self, opened: bool) -> None:
        if opened:
            self.load_demo_sms()

    def _demo_scan(self, number: str) -> None:
        self.window.set_demo_panel_open(False)
        self.scan(number)

    def _forget_demo_sms(self, panel: DemoPanel) -> None:
        """A session ended: the SMS the central sent so far (the last shopper's code among
        them) never show on the demo panel again; the panel learns which they are."""
        self._demo_sessions_ended += 1
        ended = self._demo_sessions_ended
        client = self.client
        self._demo_forget_retry.stop()

        def on_done(messages: list[DemoSms]) -> None:
            if ended == self._demo_sessions_ended:  # not an earlier end's answer
                panel.set_old_sms(messages)

        def on_error(error: BaseException) -> None:
            # Until it is known, the panel counts the next list it reads as old: nothing of
            # before shows. Asked again soon, so that a new code can show.
            log.warning("demo SMS not read: %s", error)
            if ended == self._demo_sessions_ended:
                self._demo_forget_retry.start()

        self.runner.run(lambda: client.get().demo_sms(), on_done, on_error)

    def load_demo_sms(self) -> None:
        panel = self.demo_panel
        if panel is None:
            return
        client = self.client
        panel.set_sms_loading()
        # The panel is wiped with every reset: codes asked for before it stay away.
        generation = self.flow.generation

        def on_done(messages: list[DemoSms]) -> None:
            if generation == self.flow.generation:
                panel.set_sms(messages)

        def on_error(error: BaseException) -> None:
            log.warning("demo SMS not read: %s", error)
            if generation == self.flow.generation:
                panel.set_sms_failed()

        self.runner.run(lambda: client.get().demo_sms(), on_done, on_error)
