"""Where things are: one :class:`Paths`, built once at each edge (app and CLI) and passed down.

Nothing is decided at import time. The data folder is ``$HANDBOOK_DATA`` when
set, else the folder Qt calls AppDataLocation for this app (worked out here
without Qt, so that the CLI and the app agree)::

    data/
      settings.ini    window size, zoom, the mission profile (mission/home, mission/host)
      cases.sqlite    case ticks, routes, bookmarks
      current/        the installed edition; previous/ the one before it
      trusted_keys/   publisher keys the user trusted on purpose
      preview/        the editors' live previews: per content folder, a bundle and its cache

The release keys shipped with the app (``resources/trusted_keys``) are only
ever read; a key the user trusts is written to ``data/trusted_keys``.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from handbook_app.errors import HandbookError

DATA_ENV = "HANDBOOK_DATA"
BUNDLE_ENV = "HANDBOOK_BUNDLE"
ORGANIZATION = "CBSS"
APPLICATION = "Consular Handbook"
USER_KEYS = "trusted_keys"


def app_root() -> Path:
    """The folder holding ``resources/`` and the built-in bundle (frozen or source)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def default_bundle() -> Path:
    """``$HANDBOOK_BUNDLE``, else the bundle shipped with the app, else ``build/bundle``."""
    if env := os.environ.get(BUNDLE_ENV):
        return Path(env)
    root = app_root()
    shipped = root / "bundle"
    return shipped if shipped.is_dir() else root / "build" / "bundle"


def resources() -> Path:
    return app_root() / "resources"


def shipped_translations() -> Path:
    """The compiled interface translations (``handbook_<lang>.qm``, built from the ``.ts``)."""
    return resources() / "translations"


def shipped_keys() -> Path:
    """The publisher keys shipped with the app (read, never written)."""
    return resources() / "trusted_keys"


def default_data() -> Path:
    """``$HANDBOOK_DATA``, else the user's data folder for this app (as Qt's AppDataLocation)."""
    if env := os.environ.get(DATA_ENV):
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANIZATION / APPLICATION


@dataclass(frozen=True)
class Paths:
    """Every folder the program reads or writes. Build it with :meth:`build`."""

    data: Path
    """The user's data folder (see the module docstring)."""
    release_keys: Path
    """The publisher keys shipped with the app, or the folder given instead (tests, CI)."""
    bundle: Path
    """The bundle opened when none is given and none is installed."""
    translations: Path = field(default_factory=shipped_translations)
    """The interface translations (``.qm``) and whether each is reviewed."""

    @classmethod
    def build(
        cls,
        data: Path | None = None,
        *,
        release_keys: Path | None = None,
        bundle: Path | None = None,
    ) -> Paths:
        """The paths for this run: what is given, else the defaults above."""
        return cls(
            data if data is not None else default_data(),
            release_keys if release_keys is not None else shipped_keys(),
            bundle if bundle is not None else default_bundle(),
        )

    def ready(self) -> Paths:
        """Make the data folder if it is missing; :class:`HandbookError` if it cannot be."""
        try:
            self.data.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise HandbookError(f"cannot make the data folder {self.data}: {error}") from error
        return self

    @property
    def user_keys(self) -> Path:
        """Where a key the user trusts is written."""
        return self.data / USER_KEYS

    @property
    def key_dirs(self) -> list[Path]:
        """The folders whose keys are trusted: the release keys, then the user's."""
        return [self.release_keys, self.user_keys]

    def preview(self, content: Path) -> Path:
        """The private folder of the live preview of ``content`` (one per content folder)."""
        where = str(content.resolve())
        return self.data / "preview" / hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]

    @property
    def cases(self) -> Path:
        return self.data / "cases.sqlite"

    @property
    def settings(self) -> Path:
        return self.data / "settings.ini"
