"""Checking a bundle before it is used: the manifest's signature, every file's hash, no extras."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from handbook_app.bundle.manifest import (
    INDEX_DIR,
    MANIFEST,
    NOT_HASHED,
    SIGNATURE,
    Manifest,
    sha256,
)
from handbook_app.errors import BundleError, TrustError
from handbook_app.trust import keys as keyring
from handbook_app.trust.sign import check_signature

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

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

    @property
    def ok(self) -> bool:
        return not self.problem


def _in_index(name: str) -> bool:
    return name.startswith(f"{INDEX_DIR}/")


def check_files(bundle: Path, manifest: Manifest, *, index: bool = True) -> str:
    """The first file whose hash does not match, that is missing, or that the manifest
    does not list; "" when all hold.

    With ``index=False`` the search index is skipped, so start-up can verify the
    small files first and the large index in the background.
    """
    return _check(bundle, manifest, lambda name: index or not _in_index(name))


def check_index(bundle: Path, manifest: Manifest) -> str:
    """Like :func:`check_files`, for the search index alone."""
    return _check(bundle, manifest, _in_index)


def _check(bundle: Path, manifest: Manifest, wanted: Callable[[str], bool]) -> str:
    for name, digest in sorted(manifest.files.items()):
        if not wanted(name):
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
    for name in extra_files(bundle, manifest):
        if wanted(name):
            return f"{name}: not listed in the manifest (a file was added)"
    return ""


def extra_files(bundle: Path, manifest: Manifest) -> list[str]:
    """Files and links below ``bundle`` that the manifest does not list, sorted."""
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
            if name not in manifest.files and not (name in NOT_HASHED and not link):
                found.append(name)
    return sorted(found)


def verify_bundle(
    bundle: Path, trusted_keys: Path | Iterable[Path] | None = None, *, index: bool = True
) -> Verdict:
    """Check the signature against ``trusted_keys`` (default: the app's), then every file.

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
    problem = check_files(bundle, manifest, index=index)
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
