"""One version number, from pyproject.toml, everywhere a person or the central sees one."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

import kiosk
from kiosk.core.client import CentralClient
from kiosk.main import main
from kiosk.selfcheck.report import SelfCheckReport

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_package_version_is_the_pyproject_version() -> None:
    declared = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]

    assert version("loyalty-kiosk") == declared
    assert kiosk.__version__ == declared


def test_kiosk_version_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])

    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {kiosk.__version__}"


def test_client_user_agent_names_the_version_and_terminal() -> None:
    client = CentralClient("http://127.0.0.1:9", "t", terminal_id="STORE1-K1")

    assert client.user_agent == f"loyalty-kiosk/{kiosk.__version__} (terminal STORE1-K1)"


def test_self_check_report_names_the_version() -> None:
    report = SelfCheckReport(kiosk.__version__, "production")

    assert report.render().startswith(f"kiosk {kiosk.__version__} self-check")
