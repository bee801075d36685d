"""The manifest: what a bundle holds, with the SHA-256 of every file in it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from handbook_app.errors import DAMAGED_JSON, BundleError

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

FORMAT = 2
"""2: the search index's scored fields carry no positions (a quoted phrase is checked in
``body_positions``), which an app reading format 1 would misread. Format 1 still opens."""
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CATALOG = "catalog.json"
LANGUAGES = "languages.json"
INDEX_DIR = "index"
DOCS_DIR = "docs"
IMAGES_DIR = "images"
ON_DEMAND = (DOCS_DIR, IMAGES_DIR)
"""The folders whose files the reader checks against the manifest as it reads each one:
start-up verifies the rest, and these after the first paint (``trust/verify.py``)."""
NOT_HASHED = (MANIFEST, SIGNATURE)


@dataclass(frozen=True)
class Manifest:
    format: int
    title: str
    edition: int
    edition_date: str
    publisher: str
    languages: tuple[str, ...]
    built: str
    documents: int
    files: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> bytes:
        data = asdict(self)
        data["languages"] = list(self.languages)
        return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data: dict[str, Any] = json.loads(raw)
            if not isinstance(data, dict):
                raise TypeError("not an object")
            fmt = _whole(data, "format", 1)
            if fmt > FORMAT:
                raise BundleError(
                    f"bundle format {fmt} is newer than this app reads ({FORMAT}); update the app"
                )
            files = data["files"]
            if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
                raise TypeError("files must map names to hashes")
            return cls(
                format=fmt,
                title=str(data["title"]),
                edition=_whole(data, "edition", 1),
                edition_date=str(data["edition_date"]),
                publisher=str(data["publisher"]),
                languages=tuple(str(x) for x in data["languages"]),
                built=str(data["built"]),
                documents=_whole(data, "documents", 0),
                files={str(k): v for k, v in files.items()},
            )
        except DAMAGED_JSON as error:
            raise BundleError(f"the bundle manifest is damaged: {error}") from error

    @classmethod
    def load(cls, bundle: Path) -> Manifest:
        path = bundle / MANIFEST
        try:
            return cls.from_json(path.read_bytes())
        except OSError as error:
            raise BundleError(f"no bundle manifest at {path}") from error


def _whole(data: dict[str, Any], key: str, least: int) -> int:
    """``data[key]`` when it is a JSON whole number of at least ``least``: not text, not
    true or false, not 3.9 or 1e308; ValueError otherwise."""
    value = data[key]
    if type(value) is not int or value < least:
        raise ValueError(f"{key} must be a whole number of at least {least}, not {value!r:.40}")
    return value


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def hash_tree(root: Path, known: Mapping[str, str] | None = None) -> dict[str, str]:
    """The SHA-256 of every file below ``root`` but the manifest and its signature.

    ``known`` gives the hashes of files the caller has just hashed itself (the
    incremental builder: files hard-linked from the previous bundle once checked).
    """
    given = known or {}
    names = (p.relative_to(root).as_posix() for p in sorted(root.rglob("*")) if p.is_file())
    return {
        name: given.get(name) or sha256(root / name) for name in names if name not in NOT_HASHED
    }
