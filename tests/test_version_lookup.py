"""Where ``kiosk.__version__`` comes from: looked up on first use, from the bundle's own version
module when there is one, else from the installed package's metadata."""

from __future__ import annotations

import subprocess
import sys
import types
from importlib.metadata import version

import pytest

import kiosk


def test_importing_the_package_does_not_read_package_metadata() -> None:
    probe = (
        "import sys, kiosk\n"
        "print(sorted(m for m in ('importlib.metadata', 'email') if m in sys.modules))\n"
        "print(kiosk.__version__)\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["[]", version("loyalty-kiosk"), "True"]


def test_the_bundles_version_module_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # What build.spec writes into the bundle, from pyproject.toml.
    written = types.ModuleType("kiosk._version")
    written.VERSION = "7.8.9"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kiosk._version", written)
    assert kiosk.__version__ == version("loyalty-kiosk")  # cached: restored after the test
    monkeypatch.delitem(kiosk.__dict__, "__version__")

    assert kiosk.__version__ == "7.8.9"


def test_other_attributes_are_still_missing() -> None:
    with pytest.raises(AttributeError):
        kiosk.no_such_thing  # noqa: B018
