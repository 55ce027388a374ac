"""Print the OpenAPI document of API v1, as the service serves it at /openapi.json.

    python -m kiosk.central.openapi > docs/openapi.json

The document is built from a demo-mode app (so it includes the demo-only ``GET /demo/sms``) over
an in-memory database; tests/central/test_central_openapi.py fails when docs/openapi.json is stale.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.central.domain.clock import SystemClock
from kiosk.central.http.app import create_app
from kiosk.central.storage.store import Store


def document() -> dict[str, Any]:
    store = Store(":memory:")
    try:
        app = create_app(store, demo=True, clock=SystemClock())
        return app.openapi()
    finally:
        store.close()


def render(doc: dict[str, Any] | None = None) -> str:
    return json.dumps(document() if doc is None else doc, indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, help="write to this file instead of stdout")
    args = parser.parse_args(argv)
    text = render()
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
