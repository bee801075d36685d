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
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from handbook_app.bundle.manifest import CATALOG, DOCS_DIR, Manifest
from handbook_app.errors import UNREADABLE_JSON, TrustError, wrapped
from handbook_app.paths import Paths
from handbook_app.trust import keys as keyring
from handbook_app.trust.pack import CHUNK, DEFAULT_LIMITS, Limits, unpack
from handbook_app.trust.verify import NOT_SIGNED, Verdict, verify_bundle

if TYPE_CHECKING:
    from collections.abc import Iterable

CURRENT = "current"
PREVIOUS = "previous"
STAGING = ".staging-"
STALE_SECONDS = 3600.0
"""A staging folder untouched this long is left from an import that was killed."""


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
    keep: str = ""
    """Which installed folder (``current``/``previous``) holds the newest edition that
    verifies: on accept it becomes ``previous``; "" when none verifies."""

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
    clean_stale(data_dir)
    staging = Path(tempfile.mkdtemp(prefix=STAGING, dir=data_dir)) / "bundle"
    try:
        if source.is_dir():
            copy_folder(source, staging)
        elif source.is_file():
            unpack(source, staging)
        else:
            raise TrustError(f"{source}: no such file or folder")
        verdict = verify_bundle(staging, dirs)
        if not verdict.ok:
            raise TrustError(f"the update was refused: {verdict.problem}")
        if not verdict.signed:
            raise TrustError(f"the update was refused: it is {NOT_SIGNED} by the publisher")
        keep, installed = newest_good(data_dir, dirs)
        preview = _preview(staging, data_dir, verdict, installed, dirs, keep=keep)
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
    trash.mkdir()
    # The newest edition that verified becomes previous; a damaged one is dropped.
    if preview.keep != PREVIOUS and previous.exists():
        previous.rename(trash / PREVIOUS)
    if current.exists():
        current.rename(previous if preview.keep == CURRENT else trash / CURRENT)
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


def clean_stale(data_dir: Path, older_than: float = STALE_SECONDS) -> list[str]:
    """Remove staging folders that an import killed midway left behind; return their names.

    Only folders untouched for ``older_than`` seconds, so that an import another
    instance is running right now is left alone. Called before each import and when
    an installed edition is opened.
    """
    removed = []
    now = time.time()
    for folder in data_dir.glob(f"{STAGING}*"):
        try:
            stamps = [folder.lstat().st_mtime, *(p.lstat().st_mtime for p in folder.iterdir())]
        except OSError:
            continue
        if folder.is_dir() and not folder.is_symlink() and now - max(stamps) > older_than:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


def copy_folder(source: Path, staging: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Copy a bundle folder into the new folder ``staging``, with the limits of a package.

    Everything is checked before the first byte is copied: only folders and regular
    files (no links, devices, pipes or sockets), at most ``limits.members`` files, none
    over ``limits.member_bytes`` and all together at most ``limits.total_bytes``.
    Bytes are counted again while copying, so a file that grows cannot fill the disk.
    """
    files: list[tuple[str, int]] = []
    total = 0
    for folder, dirs, names in os.walk(source):
        rel = Path(folder).relative_to(source)
        for name in (*dirs, *names):
            shown = (rel / name).as_posix()
            info = (Path(folder) / name).lstat()
            mode, size = info.st_mode, info.st_size
            if stat.S_ISLNK(mode):
                raise TrustError(f"{shown!r}: links are not allowed in a bundle")
            if stat.S_ISDIR(mode):
                continue
            if not stat.S_ISREG(mode):
                raise TrustError(
                    f"{shown!r}: special files (devices, pipes) are not allowed in a bundle"
                )
            if size > limits.member_bytes:
                raise TrustError(
                    f"{shown!r}: {size} bytes, more than the {limits.member_bytes} allowed"
                )
            total += size
            files.append((shown, size))
        if len(files) > limits.members:
            raise TrustError(f"the folder has more than the {limits.members} files allowed")
        if total > limits.total_bytes:
            raise TrustError(f"the folder holds more than the {limits.total_bytes} bytes allowed")
    staging.mkdir(parents=True)
    for name, size in files:
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with (source / name).open("rb") as reader, target.open("xb") as writer:
            while block := reader.read(CHUNK):
                written += len(block)
                if written > size:
                    raise TrustError(f"{name!r}: grew while it was copied")
                writer.write(block)


def newest_good(
    data_dir: Path, trusted_keys: Iterable[Path] | None = None
) -> tuple[str, Manifest | None]:
    """The installed folder (``current`` or ``previous``) holding the newest signed edition
    that verifies, and its manifest; ``("", None)`` when none does."""
    dirs = list(trusted_keys) if trusted_keys is not None else key_dirs(data_dir)
    best: tuple[str, Manifest | None] = ("", None)
    for name in (CURRENT, PREVIOUS):
        if not (data_dir / name).is_dir():
            continue
        verdict = verify_bundle(data_dir / name, dirs)
        found = verdict.manifest
        newer = found is not None and (best[1] is None or found.edition > best[1].edition)
        if verdict.ok and verdict.signed and newer:
            best = (name, found)
    return best


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
    *,
    keep: str,
) -> Preview:
    manifest = verdict.manifest
    assert manifest is not None
    new = _documents(staging, manifest)
    old = _documents(data_dir / keep, installed) if keep else {}
    added = tuple(new[n][1] for n in sorted(new.keys() - old.keys()))
    removed = tuple(old[n][1] for n in sorted(old.keys() - new.keys()))
    changed = tuple(new[n][1] for n in sorted(new.keys() & old.keys()) if new[n][0] != old[n][0])
    edition = installed.edition if installed else None
    return Preview(
        staging,
        data_dir,
        manifest,
        verdict.fingerprint,
        edition,
        added,
        changed,
        removed,
        dirs,
        keep,
    )
