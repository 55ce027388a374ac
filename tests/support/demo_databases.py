"""Demo databases for the ``central`` fixture, seeded once and copied for each test.

The demo data's dates follow the clock (birthdays, discount days), so one template is made per
distinct "now" the tests start from; nearly every test starts at ``ManualClock.DEFAULT_START``,
so the run seeds once and then copies a file of a few dozen kilobytes per test.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from kiosk.central.demo_data import seed
from kiosk.central.domain.clock import Clock
from kiosk.central.storage.store import Store


class DemoDatabases:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._templates: dict[dt.datetime, Path] = {}

    def copy_to(self, path: Path, clock: Clock) -> Path:
        """A demo database at ``path`` as ``seed`` would make it at ``clock.now()``."""
        shutil.copyfile(self._template(clock), path)
        return path

    def _template(self, clock: Clock) -> Path:
        now = clock.now()
        template = self._templates.get(now)
        if template is None:
            template = self._folder / f"demo-{len(self._templates)}.sqlite3"
            store = Store(template)
            try:
                seed(store, clock)
            finally:
                # Closing the last connection folds the write-ahead log into the file.
                store.close()
            self._templates[now] = template
        return template
