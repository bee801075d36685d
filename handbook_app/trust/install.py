"""Installed bundles and updates: ``current/`` and ``previous/`` (the last known good).

    data_dir/
      current/        the edition in use
      previous/       the edition before it; one action rolls back to it
      trusted_keys/   keys the user trusted on purpose (besides the app's own)

An update is unpacked into a staging folder inside ``data_dir``, verified, and
described (:class:`Preview`) before anything changes; :func:`accept` then swaps
it in with renames on one disk. Refusals are :class:`TrustError` with a plain
message.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from handbook_app.bundle.manifest import CATALOG, DOCS_DIR, Manifest
from handbook_app.errors import UNREADABLE_JSON, BundleError, TrustError, wrapped
from handbook_app.paths import Paths
from handbook_app.trust import keys as keyring
from handbook_app.trust.pack import unpack
from handbook_app.trust.verify import NOT_SIGNED, Verdict, verify_bundle

if TYPE_CHECKING:
    from collections.abc import Iterable

CURRENT = "current"
PREVIOUS = "previous"


def key_dirs(data_dir: Path) -> list[Path]:
    """The app's release keys and the keys the user trusted in ``data_dir``."""
    return Paths.build(data_dir).key_dirs


class OlderEditionError(TrustError):
    """The update is older than the installed edition; allowed only on an explicit override."""


@dataclass(frozen=True)
class Change:
    doc_id: str
    lang: str
    title: str


@dataclass(frozen=True)
class Preview:
    """What an update would install. Nothing has changed yet."""

    staging: Path
    data_dir: Path
    manifest: Manifest
    fingerprint: str
    installed_edition: int | None
    added: tuple[Change, ...]
    changed: tuple[Change, ...]
    removed: tuple[Change, ...]
    trusted_keys: tuple[Path, ...] = ()

    @property
    def older(self) -> bool:
        return self.installed_edition is not None and self.manifest.edition < self.installed_edition

    def describe(self) -> str:
        m = self.manifest
        lines = [
            f"{m.title}",
            f"Edition {m.edition} of {m.edition_date}, published by {m.publisher}",
            f"Signed by key {keyring.short(self.fingerprint)}",
        ]
        if self.installed_edition is not None:
            lines.append(f"Installed now: edition {self.installed_edition}")
        for label, changes in (
            ("Added", self.added),
            ("Changed", self.changed),
            ("Removed", self.removed),
        ):
            names = ", ".join(c.title for c in changes) or "none"
            lines.append(f"{label} ({len(changes)}): {names}")
        return "\n".join(lines)


@wrapped(TrustError)
def import_update(
    source: Path,
    data_dir: Path,
    trusted_keys: Path | Iterable[Path] | None = None,
    allow_older: bool = False,
) -> Preview:
    """Unpack (a package) or copy (a bundle folder) into staging, verify and describe it.

    ``trusted_keys`` defaults to the app's release keys plus ``data_dir/trusted_keys``.
    """
    dirs = (
        tuple(key_dirs(data_dir))
        if trusted_keys is None
        else ((trusted_keys,) if isinstance(trusted_keys, Path) else tuple(trusted_keys))
    )
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=data_dir)) / "bundle"
    try:
        if source.is_dir():
            _copy_bundle(source, staging)
        elif source.is_file():
            unpack(source, staging)
        else:
            raise TrustError(f"{source}: no such file or folder")
        verdict = verify_bundle(staging, dirs)
        if not verdict.ok:
            raise TrustError(f"the update was refused: {verdict.problem}")
        if not verdict.signed:
            raise TrustError(f"the update was refused: it is {NOT_SIGNED} by the publisher")
        installed = _manifest_or_none(data_dir / CURRENT)
        preview = _preview(staging, data_dir, verdict, installed, dirs)
        if preview.older and not allow_older:
            raise OlderEditionError(
                f"the update was refused: edition {preview.manifest.edition} is older than "
                f"the installed edition {preview.installed_edition}"
            )
    except BaseException:
        shutil.rmtree(staging.parent, ignore_errors=True)
        raise
    return preview


def discard(preview: Preview) -> None:
    """Cancel: remove the staged update."""
    shutil.rmtree(preview.staging.parent, ignore_errors=True)


@wrapped(TrustError)
def accept(preview: Preview) -> Path:
    """Make the previewed update current; the edition it replaces becomes ``previous``."""
    verdict = verify_bundle(preview.staging, preview.trusted_keys)  # unchanged since the preview?
    if not verdict.ok or not verdict.signed:
        discard(preview)
        raise TrustError(
            f"the update changed after it was checked: {verdict.problem or NOT_SIGNED}"
        )
    data = preview.data_dir
    current, previous = data / CURRENT, data / PREVIOUS
    trash = preview.staging.parent / "old"
    if current.exists():
        if previous.exists():
            previous.rename(trash)
        current.rename(previous)
    preview.staging.rename(current)
    shutil.rmtree(preview.staging.parent, ignore_errors=True)
    return current


@wrapped(TrustError)
def rollback(data_dir: Path) -> Path:
    """Swap ``current`` and ``previous``; calling it again undoes the rollback."""
    current, previous = data_dir / CURRENT, data_dir / PREVIOUS
    if not previous.is_dir():
        raise TrustError("there is no previous edition to roll back to")
    swap = data_dir / ".rollback"
    if swap.exists():  # left by an interrupted rollback
        if current.exists():
            shutil.rmtree(swap)
        else:
            swap.rename(current)
    if current.exists():
        current.rename(swap)
    previous.rename(current)
    if swap.exists():
        swap.rename(previous)
    return current


def _copy_bundle(source: Path, staging: Path) -> None:
    def refuse_links(src: str, names: list[str]) -> list[str]:
        for name in names:
            if Path(src, name).is_symlink():
                raise TrustError(f"{name}: links are not allowed in a bundle")
        return []

    shutil.copytree(source, staging, symlinks=True, ignore=refuse_links)


def _manifest_or_none(bundle: Path) -> Manifest | None:
    try:
        return Manifest.load(bundle)
    except BundleError:
        return None


def _documents(bundle: Path, manifest: Manifest | None) -> dict[str, tuple[str, Change]]:
    """Document file name → (hash, change description), titles from the catalog."""
    if manifest is None:
        return {}
    try:
        catalog = json.loads((bundle / CATALOG).read_bytes())
        titles = {(e["lang"], e["id"]): str(e["title"]) for e in catalog}
    except UNREADABLE_JSON:
        titles = {}
    found = {}
    for name, digest in manifest.files.items():
        parts = name.split("/")
        if len(parts) == 3 and parts[0] == DOCS_DIR and parts[2].endswith(".json"):
            lang, doc_id = parts[1], parts[2].removesuffix(".json")
            found[name] = (digest, Change(doc_id, lang, titles.get((lang, doc_id), doc_id)))
    return found


def _preview(
    staging: Path,
    data_dir: Path,
    verdict: Verdict,
    installed: Manifest | None,
    dirs: tuple[Path, ...],
) -> Preview:
    manifest = verdict.manifest
    assert manifest is not None
    new = _documents(staging, manifest)
    old = _documents(data_dir / CURRENT, installed)
    added = tuple(new[n][1] for n in sorted(new.keys() - old.keys()))
    removed = tuple(old[n][1] for n in sorted(old.keys() - new.keys()))
    changed = tuple(new[n][1] for n in sorted(new.keys() & old.keys()) if new[n][0] != old[n][0])
    edition = installed.edition if installed else None
    return Preview(
        staging, data_dir, manifest, verdict.fingerprint, edition, added, changed, removed, dirs
    )
