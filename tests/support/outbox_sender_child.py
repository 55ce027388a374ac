"""The activation sender as a child process, for the crash test
(tests/core/cashier/test_outbox_crash.py).

    python tests/support/outbox_sender_child.py OUTBOX_PATH CENTRAL_URL

Prints "ready" once imported and opened, then replays the outbox until it is empty and exits 0.
The crash test kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import sys

from kiosk.core.cashier.outbox import ActivationOutbox
from kiosk.core.cashier.sender import ActivationSender, Outcome, client_delivery
from kiosk.core.client import CentralClient


def main(outbox_path: str, url: str) -> int:
    with (
        CentralClient(url, "demo-token", terminal_id="DEMO-01", retries=0) as client,
        ActivationOutbox(outbox_path) as outbox,
    ):
        sender = ActivationSender(outbox, client_delivery(client))
        print("ready", flush=True)
        while (delivery := sender.run_once()) is not None:
            if delivery.outcome is not Outcome.ACTIVATED:
                # Each card of the batch is activated once: a resend must be a replay of the
                # first answer (201), never "already activated" nor a refusal.
                print(f"unexpected {delivery.outcome.value} {delivery.reason}", flush=True)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
