"""Loading with recovery: damage each kind of file; the app falls back or rebuilds, and says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from handbook_app.bundle.manifest import Manifest
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher
from handbook_app.trust.install import CURRENT, PREVIOUS
from handbook_app.trust.recover import load_verified

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.trust_kit import Kit

FALLBACK = "The last known good edition (edition 2) is open instead."
REBUILT = "The search index was missing or damaged; it was rebuilt from the bundle's documents."


def _flip(path: Path) -> None:
    raw = path.read_bytes() or b"\0"
    path.write_bytes(raw[:-1] + bytes([raw[-1] ^ 0x20]))


def _hits(bundle: Path, text: str) -> list[str]:
    searcher = Searcher(bundle / "index")
    try:
        return [h.doc_id for h in searcher.search(Query(text)).hits]
    finally:
        searcher.close()


def _index_file(bundle: Path) -> Path:
    return max((bundle / "index").glob("*.seg"), key=lambda p: p.stat().st_size)


def test_a_good_installation_opens_without_notes(kit: Kit, data: Path) -> None:
    path, verdict, notes = load_verified(data, kit.keys)
    assert (path, verdict.ok, verdict.signed, notes) == (data / CURRENT, True, True, [])
    assert verdict.fingerprint == kit.fingerprint


DAMAGE = {
    "manifest": ("manifest.json", "manifest.json: "),
    "signature": ("manifest.sig", "manifest.sig: the signature file is damaged"),
    "catalog": ("catalog.json", "catalog.json: changed since the bundle was built"),
    "document": ("docs/en/a.json", "docs/en/a.json: changed since the bundle was built"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_file_falls_back_to_the_last_known_good(kit: Kit, data: Path, kind: str) -> None:
    name, problem = DAMAGE[kind]
    _flip(data / CURRENT / name)
    path, verdict, notes = load_verified(data, kit.keys)
    assert path == data / PREVIOUS
    assert verdict.ok
    assert Manifest.load(path).edition == 2
    assert notes[0].startswith(f"The installed edition cannot be used: {problem}")
    assert notes[1] == FALLBACK


def test_an_extra_file_falls_back(kit: Kit, data: Path) -> None:
    (data / CURRENT / "docs" / "en" / "evil.json").write_text("{}")
    path, _, notes = load_verified(data, kit.keys)
    assert path == data / PREVIOUS
    assert notes == [
        "The installed edition cannot be used: docs/en/evil.json: not listed in the manifest "
        "(a file was added).",
        FALLBACK,
    ]


def test_an_unsigned_current_edition_counts_as_tampered(kit: Kit, data: Path) -> None:
    (data / CURRENT / "manifest.sig").unlink()
    path, _, notes = load_verified(data, kit.keys)
    assert path == data / PREVIOUS
    assert notes[0] == "The installed edition cannot be used: not signed."


def test_a_missing_current_edition_falls_back(kit: Kit, data: Path) -> None:
    (data / CURRENT).rename(kit.root / "elsewhere")
    path, _, notes = load_verified(data, kit.keys)
    assert path == data / PREVIOUS
    assert notes[-1] == FALLBACK


@pytest.mark.parametrize("damage", ["flip", "delete", "remove folder"])
def test_a_damaged_index_is_rebuilt_once_and_said(kit: Kit, data: Path, damage: str) -> None:
    current = data / CURRENT
    assert _hits(current, "hotline") == ["a"]
    if damage == "flip":
        _flip(_index_file(current))
    elif damage == "delete":
        _index_file(current).unlink()
    else:
        for file in (current / "index").iterdir():
            file.unlink()
        (current / "index").rmdir()
    path, verdict, notes = load_verified(data, kit.keys)
    assert (path, verdict.ok, notes) == (current, True, [REBUILT])
    assert _hits(current, "hotline") == ["a"]
    assert load_verified(data, kit.keys) == (current, verdict, [])  # not rebuilt again


def test_a_read_only_bundle_gets_its_index_rebuilt_in_a_cache(
    kit: Kit, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = kit.bundle()
    _index_file(bundle).unlink()
    monkeypatch.setattr("handbook_app.trust.recover.os.access", lambda path, mode: False)
    path, verdict, notes = load_verified(bundle, kit.keys)
    assert path is not None
    assert path != bundle
    assert (verdict.ok, notes) == (True, [REBUILT])
    assert _hits(path, "hotline") == ["a"]


def test_an_unsigned_development_bundle_opens_only_when_asked_for(kit: Kit) -> None:
    bundle = kit.bundle(signed=False)
    path, verdict, notes = load_verified(bundle, kit.keys, allow_unsigned=True)
    assert (path, verdict.ok, verdict.signed, notes) == (bundle, True, False, [])
    path, verdict, notes = load_verified(bundle, kit.keys)
    assert (path, verdict.ok, verdict.problem) == (None, False, "not signed")


def test_nothing_usable_never_crashes(kit: Kit, data: Path) -> None:
    _flip(data / CURRENT / "catalog.json")
    (data / PREVIOUS / "manifest.json").write_bytes(b"\xff\xfe not json")
    path, verdict, notes = load_verified(data, kit.keys)
    assert path is None
    assert not verdict.ok
    assert notes[-1] == "No usable handbook bundle was found; import a signed update."
    assert load_verified(kit.root / "no-such-folder", kit.keys).path is None


def test_deeply_nested_json_never_crashes(kit: Kit) -> None:
    bundle = kit.bundle(signed=False)
    nested = b"[" * 100_000 + b"]" * 100_000
    (bundle / "catalog.json").write_bytes(nested)
    (bundle / "manifest.sig").write_bytes(nested)
    path, verdict, notes = load_verified(bundle, kit.keys)
    assert path is None
    assert verdict.problem.startswith("manifest.sig: the signature file is damaged")
    assert notes[-1] == "No usable handbook bundle was found; import a signed update."
