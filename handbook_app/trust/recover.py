"""Opening a bundle with recovery: never crash, say what happened.

- A damaged manifest, signature, catalog or document, or an added file: that
  edition is not used; the last known good one (``previous/``) is, and a note
  says so.
- Only the search index missing or damaged: it is rebuilt from the bundle's
  (verified) documents, and a note says so. The rebuilt index is recorded
  outside the bundle (``.<name>-index.json`` beside it, keyed by the manifest's
  hash), so the next start does not rebuild it again. Where the bundle cannot
  be written, the bundle is copied to a cache folder and rebuilt there.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from handbook_app.bundle.manifest import INDEX_DIR, MANIFEST, Manifest, hash_tree
from handbook_app.bundle.reader import Bundle
from handbook_app.errors import UNREADABLE_JSON, BundleError, wrapped
from handbook_app.trust.install import CURRENT, PREVIOUS, clean_stale, key_dirs
from handbook_app.trust.verify import (
    NOT_SIGNED,
    Verdict,
    check_documents,
    check_index,
    verify_bundle,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

REBUILT = "The search index was missing or damaged; it was rebuilt from the bundle's documents."


class Loaded(NamedTuple):
    path: Path | None
    """The bundle to open; ``None`` when no usable bundle was found."""
    verdict: Verdict
    notes: list[str]
    """Plain sentences for the user about what was found and done."""


def load_verified(
    target: Path,
    trusted_keys: Path | Iterable[Path] | None = None,
    *,
    index: bool = True,
    documents: bool = True,
    allow_unsigned: bool = False,
) -> Loaded:
    """Verify the bundle at ``target`` (a bundle folder, or a data folder with
    ``current/`` and ``previous/``) and recover what can be recovered.

    This is the one way in for the app and the CLI: nothing of a bundle is read
    (its catalog, documents or search index) before it verified here. A bundle
    folder must be signed by a trusted key unless ``allow_unsigned`` (an
    unsigned development bundle, asked for explicitly by the user or ``make
    run``); its hashes must hold either way. In a data folder every edition
    must be signed (only signed updates are ever installed there), so an
    unsigned ``current/`` counts as tampered whatever ``allow_unsigned`` says.
    With ``index=False`` the search index is left for :func:`repair_index`, and
    with ``documents=False`` the documents and pictures for :func:`audit` (the
    reader checks each one as it reads it), so that the app can check them after
    its first paint.
    """
    notes: list[str] = []
    if (target / MANIFEST).exists() or not (
        (target / CURRENT).exists() or (target / PREVIOUS).exists()
    ):
        candidates, need_signature = [target], not allow_unsigned
        keys = trusted_keys
    else:
        candidates, need_signature = [target / CURRENT, target / PREVIOUS], True
        keys = trusted_keys if trusted_keys is not None else key_dirs(target)
        with contextlib.suppress(OSError):
            clean_stale(target)  # left by an import that was killed
    last = Verdict(False, problem=f"{MANIFEST}: missing or unreadable")
    for number, bundle in enumerate(candidates):
        verdict, repaired = _verify_or_repair(
            bundle, keys, need_signature, notes, index=index, documents=documents
        )
        if verdict.ok:
            if number:
                notes.append(f"The last known good edition ({_edition(verdict)}) is open instead.")
            return Loaded(repaired, verdict, notes)
        last = verdict
        if bundle.exists() or number == 0:
            notes.append(f"The {_label(bundle, need_signature)} cannot be used: {verdict.problem}.")
    notes.append("No usable handbook bundle was found; import a signed update.")
    return Loaded(None, last, notes)


def _label(bundle: Path, installed: bool) -> str:
    if not installed:
        return f"bundle at {bundle}"
    return "installed edition" if bundle.name == CURRENT else "previous edition"


def _edition(verdict: Verdict) -> str:
    return f"edition {verdict.manifest.edition}" if verdict.manifest else "unknown edition"


def _verify_or_repair(
    bundle: Path,
    keys: Path | Iterable[Path] | None,
    need_signature: bool,
    notes: list[str],
    *,
    index: bool,
    documents: bool,
) -> tuple[Verdict, Path]:
    keys = list(keys) if keys is not None and not isinstance(keys, Path) else keys
    verdict = verify_bundle(bundle, keys, index=False, documents=documents)
    if verdict.ok and need_signature and not verdict.signed:
        verdict = Verdict(False, problem=NOT_SIGNED, manifest=verdict.manifest)
    if not verdict.ok or verdict.manifest is None:
        return verdict, bundle
    manifest = verdict.manifest
    try:
        opened = Bundle(bundle, manifest)  # the catalog must parse too
    except BundleError as error:
        return Verdict(verdict.signed, verdict.fingerprint, str(error), manifest), bundle
    verdict = dataclasses.replace(verdict, opened=opened)
    if not index:
        return verdict, bundle
    try:
        where, note = repair_index(bundle, manifest)
    except BundleError as error:
        return Verdict(
            verdict.signed, verdict.fingerprint, f"{INDEX_DIR}: cannot be rebuilt ({error})"
        ), bundle
    notes.extend([note] if note else [])
    return verdict, where


@wrapped(BundleError)
def repair_index(bundle: Path, manifest: Manifest) -> tuple[Path, str]:
    """Check the index of a verified bundle; rebuild it when damaged.

    Returns the bundle now holding a good index (``bundle`` itself unless it had
    to be copied) and a note for the user, empty when nothing was wrong.
    """
    if not audit(bundle, manifest, documents=False).index_damaged:
        return bundle, ""
    return rebuild_index(bundle), REBUILT


class Audit(NamedTuple):
    """What the check after the app's first paint found in a bundle it opened."""

    problem: str
    """The first document or picture that fails its check (as :func:`check_documents`)."""
    index_damaged: bool
    """The search index must be rebuilt (:func:`rebuild_index`)."""


@wrapped(BundleError)
def audit(bundle: Path, manifest: Manifest, *, documents: bool = True, index: bool = True) -> Audit:
    """Check what start-up left for later in a bundle verified with ``index=False`` and
    ``documents=False``: the documents and pictures, the index. Hashing only, so it
    may run on a worker thread.

    Nothing is found when the manifest at ``bundle`` is no longer ``manifest``
    (another edition is in place now: an update was installed).
    """
    if _manifest_changed(bundle, manifest):
        return Audit("", False)
    problem = check_documents(bundle, manifest) if documents else ""
    damaged = index and bool(check_index(bundle, manifest)) and not _known_rebuild(bundle)
    return Audit(problem, damaged)


def _manifest_changed(bundle: Path, manifest: Manifest) -> bool:
    """The manifest at ``bundle`` is no longer the one that was verified."""
    try:
        return Manifest.load(bundle) != manifest
    except BundleError:
        return True


def _record(bundle: Path) -> Path:
    return bundle.parent / f".{bundle.name}-index.json"


def _manifest_hash(bundle: Path) -> str:
    return hashlib.sha256((bundle / MANIFEST).read_bytes()).hexdigest()


def _known_rebuild(bundle: Path) -> bool:
    """The index is one this app rebuilt earlier for exactly this manifest."""
    try:
        record = json.loads(_record(bundle).read_bytes())
        return bool(
            record["manifest"] == _manifest_hash(bundle)
            and record["files"] == hash_tree(bundle / INDEX_DIR)
        )
    except UNREADABLE_JSON:
        return False


@wrapped(BundleError)
def rebuild_index(bundle: Path) -> Path:
    """Rebuild ``bundle/index`` from its documents; return the bundle now holding it.

    In place when the bundle can be written, else in a copy in a cache folder.
    """
    # The builder and Whoosh load only here, when an index must be rebuilt, never at start-up.
    from handbook_app.builder.write import entries  # noqa: PLC0415
    from handbook_app.search import index  # noqa: PLC0415

    source = Bundle(bundle)
    docs = [source.document(e.id) for e in source.entries]
    languages = tuple(lang.code for lang in source.languages)
    docs += [
        source.document(e.id, lang)
        for lang in languages
        if lang != source.base
        for e in source.entries
        if source.translation(e.id, lang) is not None
    ]
    home = bundle
    if not (os.access(bundle, os.W_OK) and os.access(bundle.parent, os.W_OK)):
        home = Path(tempfile.mkdtemp(prefix="handbook-cache-")) / bundle.name
        shutil.copytree(bundle, home, ignore=shutil.ignore_patterns(INDEX_DIR))
    fresh = Path(tempfile.mkdtemp(prefix=f".{home.name}-index-", dir=home.parent))
    old = home / INDEX_DIR
    try:
        index.write(fresh / INDEX_DIR, entries(docs), (source.base, *languages))
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old)
        elif old.exists() or old.is_symlink():
            old.unlink()
        (fresh / INDEX_DIR).rename(old)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    record = {"manifest": _manifest_hash(home), "files": hash_tree(old)}
    with contextlib.suppress(OSError):  # without the record: rebuilt again next time
        _record(home).write_text(json.dumps(record, indent=1), "utf-8")
    return home
