"""Where ``kiosk.__version__`` comes from: looked up on first use, from the bundle's own version
module when there is one, else from a source checkout's pyproject.toml, else from the installed
package's metadata."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import types
from importlib.metadata import version
from pathlib import Path

import pytest

import kiosk


def test_importing_the_package_does_not_read_package_metadata() -> None:
    # Nor does a checkout's lookup: it reads pyproject.toml (importlib.metadata costs the start
    # tens of milliseconds).
    probe = (
        "import sys, kiosk\n"
        "print(sorted(m for m in ('importlib.metadata', 'email') if m in sys.modules))\n"
        "print(kiosk.__version__)\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["[]", version("loyalty-kiosk"), "False"]


def test_the_bundles_version_module_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # What build.spec writes into the bundle, from pyproject.toml.
    written = types.ModuleType("kiosk._version")
    written.VERSION = "7.8.9"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kiosk._version", written)
    assert kiosk.__version__ == version("loyalty-kiosk")  # cached: restored after the test
    monkeypatch.delitem(vars(kiosk), "__version__")

    assert kiosk.__version__ == "7.8.9"


def test_a_checkout_reads_its_pyproject_and_an_installed_package_its_metadata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pyproject = Path(kiosk.__file__).resolve().parent.parent / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    monkeypatch.delitem(vars(kiosk), "__version__", raising=False)
    assert kiosk.__version__ == declared
    monkeypatch.delitem(vars(kiosk), "__version__")
    monkeypatch.setattr(kiosk, "_checkout_version", lambda: None)  # no pyproject.toml beside it
    assert kiosk.__version__ == version("loyalty-kiosk")


def test_other_attributes_are_still_missing() -> None:
    with pytest.raises(AttributeError):
        kiosk.no_such_thing  # noqa: B018
