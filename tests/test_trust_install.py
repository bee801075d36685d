"""Installed bundles: import with preview, refusals, accept, rollback, trusting a key."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from helpers.trust_kit import DOCS, Kit

from handbook_app.bundle.manifest import Manifest
from handbook_app.errors import TrustError
from handbook_app.paths import USER_KEYS
from handbook_app.trust import keys as keyring
from handbook_app.trust.install import (
    CURRENT,
    PREVIOUS,
    Change,
    accept,
    discard,
    import_update,
    rollback,
)
from handbook_app.trust.pack import pack

if TYPE_CHECKING:
    from pathlib import Path


def _edition(bundle: Path) -> int:
    return Manifest.load(bundle).edition


def _staging_left(data: Path) -> list[Path]:
    return list(data.glob(".staging-*"))


def test_first_import_previews_then_installs(kit: Kit) -> None:
    data = kit.root / "data"
    preview = import_update(kit.bundle(edition=2), data, kit.keys)
    assert not (data / CURRENT).exists()  # nothing changes before accept
    assert preview.installed_edition is None
    assert preview.fingerprint == kit.fingerprint
    assert preview.added == (Change("a", "en", "Alpha"), Change("b", "en", "Beta"))
    assert preview.describe().splitlines()[:3] == [
        "Test Handbook",
        "Edition 2 of 2026-02-01, published by Test Editors",
        f"Signed by key {keyring.short(kit.fingerprint)}",
    ]
    assert accept(preview) == data / CURRENT
    assert _edition(data / CURRENT) == 2
    assert _staging_left(data) == []


def test_update_from_a_package_lists_added_changed_removed(kit: Kit) -> None:
    data = kit.root / "data"
    accept(import_update(kit.bundle("v2", edition=2), data, kit.keys))
    docs = {"a": DOCS["a"].replace("0800 111", "0800 222"), "c": "# Gamma\n\nNew.\n"}
    package = kit.root / "v3.zip"
    pack(kit.bundle("v3", edition=3, docs=docs), package)
    preview = import_update(package, data, kit.keys)
    assert (preview.added, preview.changed, preview.removed) == (
        (Change("c", "en", "Gamma"),),
        (Change("a", "en", "Alpha"),),
        (Change("b", "en", "Beta"),),
    )
    assert preview.describe().splitlines()[3:] == [
        "Installed now: edition 2",
        "Added (1): Gamma",
        "Changed (1): Alpha",
        "Removed (1): Beta",
    ]
    accept(preview)
    assert (_edition(data / CURRENT), _edition(data / PREVIOUS)) == (3, 2)


def test_older_edition_is_refused_unless_allowed(kit: Kit) -> None:
    data = kit.root / "data"
    accept(import_update(kit.bundle("v3", edition=3), data, kit.keys))
    old = kit.bundle("v2", edition=2)
    with pytest.raises(TrustError) as caught:
        import_update(old, data, kit.keys)
    assert (
        str(caught.value)
        == "the update was refused: edition 2 is older than the installed edition 3"
    )
    assert _staging_left(data) == []
    preview = import_update(old, data, kit.keys, allow_older=True)
    assert preview.older
    accept(preview)
    assert _edition(data / CURRENT) == 2


@pytest.mark.parametrize("how", ["untrusted", "unsigned", "tampered"])
def test_bad_updates_are_refused_with_a_plain_message(kit: Kit, how: str) -> None:
    data = kit.root / "data"
    accept(import_update(kit.bundle("v2", edition=2), data, kit.keys))
    bundle = kit.bundle(
        "v3", edition=3, key=kit.stranger if how == "untrusted" else None, signed=how != "unsigned"
    )
    if how == "tampered":
        doc = bundle / "docs" / "en" / "a.json"
        doc.write_bytes(doc.read_bytes().replace(b"0800 111", b"0900 666"))
    expected = {
        "untrusted": "the update was refused: manifest.sig: signed by a key that is not trusted",
        "unsigned": "the update was refused: it is not signed by the publisher",
        "tampered": "the update was refused: docs/en/a.json: changed since the bundle was built",
    }[how]
    with pytest.raises(TrustError, match=f"^{expected}"):
        import_update(bundle, data, kit.keys)
    assert _edition(data / CURRENT) == 2
    assert not (data / PREVIOUS).exists()
    assert _staging_left(data) == []


def test_staged_update_changed_before_accept_is_refused(kit: Kit) -> None:
    data = kit.root / "data"
    preview = import_update(kit.bundle(), data, kit.keys)
    (preview.staging / "catalog.json").write_text("[]")
    with pytest.raises(
        TrustError, match=r"^the update changed after it was checked: catalog\.json"
    ):
        accept(preview)
    assert not (data / CURRENT).exists()
    assert _staging_left(data) == []


def test_cancel_leaves_nothing(kit: Kit) -> None:
    data = kit.root / "data"
    discard(import_update(kit.bundle(), data, kit.keys))
    assert list(data.iterdir()) == []


def test_rollback_restores_the_previous_edition_and_back(kit: Kit) -> None:
    data = kit.root / "data"
    with pytest.raises(TrustError, match=r"^there is no previous edition to roll back to$"):
        rollback(data)
    accept(import_update(kit.bundle("v2", edition=2), data, kit.keys))
    accept(import_update(kit.bundle("v3", edition=3), data, kit.keys))
    rollback(data)
    assert (_edition(data / CURRENT), _edition(data / PREVIOUS)) == (2, 3)
    rollback(data)
    assert (_edition(data / CURRENT), _edition(data / PREVIOUS)) == (3, 2)


def test_trusting_a_new_key_is_explicit_and_returns_its_fingerprint(kit: Kit) -> None:
    data = kit.root / "data"
    bundle = kit.bundle(key=kit.stranger)
    with pytest.raises(TrustError, match="not trusted"):
        import_update(bundle, data)  # app keys + data/trusted_keys
    pub = kit.stranger.with_name("stranger.pub")
    fp = keyring.trust_key(pub, data / USER_KEYS)
    assert fp == keyring.key_fingerprint(pub)
    assert import_update(bundle, data).fingerprint == fp


def test_trust_key_refuses_a_file_that_is_not_a_public_key(kit: Kit) -> None:
    with pytest.raises(TrustError, match=r"is not a readable public key$"):
        keyring.trust_key(kit.key, kit.keys)  # the private key, by mistake


def test_a_data_folder_that_cannot_be_written_is_a_trust_error(kit: Kit) -> None:
    blocked = kit.root / "blocked"
    blocked.write_text("a file where the data folder should be")
    with pytest.raises(TrustError, match="blocked"):
        import_update(kit.bundle("v1"), blocked, kit.keys)
    with pytest.raises(TrustError):
        rollback(blocked)
    with pytest.raises(TrustError):
        keyring.trust_key(kit.stranger.with_name("stranger.pub"), blocked / USER_KEYS)
    assert blocked.read_text() == "a file where the data folder should be"
