"""Helpers for the trust tests: tiny content trees, keys and signed bundles in tmp_path."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from handbook_app.builder import pipeline
from handbook_app.trust import keys as keyring
from handbook_app.trust.sign import signer

if TYPE_CHECKING:
    from pathlib import Path

DOCS = {
    "a": "# Alpha\n\nCall the hotline 0800 111.\n\n## Details\n\nMore text about alpha.\n",
    "b": "# Beta\n\nA second chapter.\n",
}


class Kit:
    """A publisher key (trusted), a stranger's key (not trusted) and bundles built with them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.keys = root / "trusted"
        self.keys.mkdir()
        self.key = root / "secret" / "release"
        self.fingerprint = keyring.generate(self.key, None)
        (self.keys / "release.pub").write_bytes((root / "secret" / "release.pub").read_bytes())
        self.stranger = root / "secret" / "stranger"
        keyring.generate(self.stranger, None)

    def content(self, edition: int, docs: dict[str, str] | None = None) -> Path:
        tree = self.root / f"content-{edition}-{len(list(self.root.glob('content-*')))}"
        (tree / "en").mkdir(parents=True)
        (tree / "handbook.yaml").write_text(
            f"title: Test Handbook\nedition: {edition}\nedition_date: 2026-0{edition}-01\n"
            "publisher: Test Editors\nlanguages: [en]\n",
            "utf-8",
        )
        for name, text in (DOCS if docs is None else docs).items():
            (tree / "en" / f"{name}.md").write_text(text, "utf-8")
        return tree

    def bundle(
        self,
        name: str = "bundle",
        edition: int = 2,
        docs: dict[str, str] | None = None,
        key: Path | None = None,
        signed: bool = True,
    ) -> Path:
        out = self.root / name
        sign = signer(keyring.load_private(key or self.key)) if signed else None
        pipeline.build(self.content(edition, docs), out, sign=sign)
        return out


def rehash(bundle: Path) -> None:
    """After a test changed or added files of an unsigned ``bundle``: list every file with
    its hash, as a build would, so that the bundle verifies (as development content)."""
    manifest = bundle / "manifest.json"
    data = json.loads(manifest.read_text("utf-8"))
    data["files"] = {
        path.relative_to(bundle).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(bundle.rglob("*"))
        if path.is_file() and path.name not in ("manifest.json", "manifest.sig")
    }
    manifest.write_text(json.dumps(data, indent=2), "utf-8")
