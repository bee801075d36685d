"""Where things are by default. Functions, so that nothing is decided at import time."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` and the built-in bundle (frozen or source)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def default_bundle() -> Path:
    """``$HANDBOOK_BUNDLE``, else the bundle shipped with the app, else ``build/bundle``."""
    if env := os.environ.get("HANDBOOK_BUNDLE"):
        return Path(env)
    root = app_root()
    shipped = root / "bundle"
    return shipped if shipped.is_dir() else root / "build" / "bundle"


def resources() -> Path:
    return app_root() / "resources"
