"""Checking a bundle before it is used: the manifest's signature, every file's hash, no extras.

The app's start-up checks the part it needs to show the window (the signature, the
manifest, the catalog, ``languages.json`` and every other file outside the search
index and :data:`~handbook_app.bundle.manifest.ON_DEMAND`); the reader checks each
document and picture against the manifest as it reads it; and the app checks the
rest, the same way as here, after its first paint. ``handbook verify`` and imports
check everything at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from handbook_app.bundle.manifest import (
    INDEX_DIR,
    MANIFEST,
    NOT_HASHED,
    ON_DEMAND,
    SIGNATURE,
    Manifest,
    sha256,
)
from handbook_app.errors import BundleError, TrustError
from handbook_app.trust import keys as keyring
from handbook_app.trust.sign import check_signature

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from handbook_app.bundle.reader import Bundle

NOT_SIGNED = "not signed"


@dataclass(frozen=True)
class Verdict:
    """What verification found. ``problem`` is empty when everything holds.

    An unsigned bundle whose hashes hold is ``Verdict(signed=False, problem="")``:
    the app opens it as development content with a visible bar; ``handbook
    verify`` and imports refuse it.
    """

    signed: bool
    fingerprint: str = ""
    problem: str = ""
    manifest: Manifest | None = field(default=None, compare=False, repr=False)
    opened: Bundle | None = field(default=None, compare=False, repr=False)
    """The bundle as :func:`~handbook_app.trust.recover.load_verified` read it (its catalog
    parsed), so that the app opens it without reading it again."""

    @property
    def ok(self) -> bool:
        return not self.problem


def _top(name: str) -> str:
    """The top folder of a bundle file's name; "" for a file at the top."""
    folder, slash, _ = name.partition("/")
    return folder if slash else ""


def check_files(
    bundle: Path, manifest: Manifest, *, index: bool = True, documents: bool = True
) -> str:
    """The first file whose hash does not match, that is missing, or that the manifest
    does not list; "" when all hold.

    With ``index=False`` the search index is skipped, and with ``documents=False``
    the documents and pictures (:data:`ON_DEMAND`), so that start-up checks only the
    small files it needs before the window shows; :func:`check_index` and
    :func:`check_documents` check the rest after the first paint.
    """
    later = (() if index else (INDEX_DIR,)) + (() if documents else ON_DEMAND)
    return _check(bundle, manifest, lambda top: top not in later)


def check_index(bundle: Path, manifest: Manifest) -> str:
    """Like :func:`check_files`, for the search index alone."""
    return _check(bundle, manifest, lambda top: top == INDEX_DIR)


def check_documents(bundle: Path, manifest: Manifest) -> str:
    """Like :func:`check_files`, for the documents and pictures alone (:data:`ON_DEMAND`)."""
    return _check(bundle, manifest, lambda top: top in ON_DEMAND)


def _check(bundle: Path, manifest: Manifest, wanted: Callable[[str], bool]) -> str:
    """:func:`check_files` for the files whose top folder (:func:`_top`) is ``wanted``."""
    for name, digest in sorted(manifest.files.items()):
        if not wanted(_top(name)):
            continue
        parts = PurePosixPath(name).parts
        # An anchor on any system is outside: /x, //x (a path, not "x" below the bundle), C:x.
        if not parts or PureWindowsPath(name).anchor or ".." in parts or "\\" in name:
            return f"{MANIFEST}: lists a file outside the bundle ({name!r})"
        path = bundle / name
        if path.is_symlink() or not path.is_file():
            return f"{name}: missing"
        if sha256(path) != digest:
            return f"{name}: changed since the bundle was built"
    added = extra_files(bundle, manifest, wanted)
    return f"{added[0]}: not listed in the manifest (a file was added)" if added else ""


def extra_files(
    bundle: Path, manifest: Manifest, wanted: Callable[[str], bool] = lambda _top: True
) -> list[str]:
    """Files and links below ``bundle`` that the manifest does not list, sorted; only
    those whose top folder (:func:`_top`) is ``wanted`` (the others are not walked)."""
    found = []
    root = str(bundle)
    for folder, dirs, files in os.walk(root):  # links to folders are listed, not followed
        rel = os.path.relpath(folder, root)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        for entry in (*dirs, *files):
            link = (Path(folder) / entry).is_symlink()
            if entry in dirs and not link:
                continue  # a real folder: its files are listed on their own
            name = prefix + entry
            if not wanted(_top(name)):
                continue
            if name not in manifest.files and not (name in NOT_HASHED and not link):
                found.append(name)
        if not prefix:
            dirs[:] = [d for d in dirs if wanted(d)]  # the other top folders: not walked
    return sorted(found)


def verify_bundle(
    bundle: Path,
    trusted_keys: Path | Iterable[Path] | None = None,
    *,
    index: bool = True,
    documents: bool = True,
) -> Verdict:
    """Check the signature against ``trusted_keys`` (default: the app's), then every file
    (but the index and the documents when told so: see :func:`check_files`).

    Never raises for a bad bundle: whatever is wrong is in ``Verdict.problem``,
    starting with the name of the file or check that failed.
    """
    try:
        raw = (bundle / MANIFEST).read_bytes()
    except OSError:
        return Verdict(False, problem=f"{MANIFEST}: missing or unreadable")
    signed = (bundle / SIGNATURE).exists()
    fp = ""
    try:
        if signed:
            fp = check_signature(raw, _read(bundle / SIGNATURE), keyring.trusted(trusted_keys))
        manifest = Manifest.from_json(raw)
    except TrustError as error:
        return Verdict(signed, problem=str(error))
    except BundleError as error:
        return Verdict(signed, problem=f"{MANIFEST}: {error}")
    problem = check_files(bundle, manifest, index=index, documents=documents)
    return Verdict(signed, fp, problem, manifest)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise TrustError(f"{path.name}: unreadable") from None


def verify_strict(bundle: Path, trusted_keys: Path | Iterable[Path] | None = None) -> Verdict:
    """As :func:`verify_bundle`, and an unsigned bundle fails with "not signed"."""
    verdict = verify_bundle(bundle, trusted_keys)
    if verdict.ok and not verdict.signed:
        return Verdict(False, problem=f"{SIGNATURE}: {NOT_SIGNED}", manifest=verdict.manifest)
    return verdict
