"""Where the kiosk's resources (styles, images, translations) live, from a checkout or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The top-level ``resources/`` folder.

    In a PyInstaller bundle it sits next to the unpacked code (``sys._MEIPASS``); from a source
    checkout or an editable install it is the repository's ``resources/``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
