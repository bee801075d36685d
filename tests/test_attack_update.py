"""Attack: updates that lost the good edition, left junk, filled the disk or crashed
(issue 11, items 10, 11 and 12)."""

from __future__ import annotations

import json
import os
import time
import zipfile
from typing import TYPE_CHECKING

import pytest

from handbook_app.bundle.manifest import Manifest, hash_tree
from handbook_app.cli import main as handbook
from handbook_app.errors import TrustError
from handbook_app.trust import keys as keyring
from handbook_app.trust.install import (
    CURRENT,
    PREVIOUS,
    OlderEditionError,
    accept,
    import_update,
)
from handbook_app.trust.pack import pack, unpack
from handbook_app.trust.recover import load_verified, repair_index
from handbook_app.trust.sign import sign_bundle

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.trust_kit import Kit

pytestmark = pytest.mark.attack


def _edition(bundle: Path) -> int:
    return Manifest.load(bundle).edition


def test_a_damaged_current_never_costs_the_good_previous_edition(kit: Kit, data: Path) -> None:
    (data / CURRENT / "manifest.json").write_bytes(b"{ damaged")
    old = kit.bundle("v1", edition=1)
    with pytest.raises(OlderEditionError, match="older than the installed edition 2"):
        import_update(old, data, kit.keys)
    preview = import_update(old, data, kit.keys, allow_older=True)
    assert "Installed now: edition 2" in preview.describe()
    accept(preview)
    assert (_edition(data / CURRENT), _edition(data / PREVIOUS)) == (1, 2)
    assert sorted(p.name for p in data.iterdir()) == [CURRENT, PREVIOUS]


def test_a_normal_update_keeps_the_edition_it_replaces(kit: Kit, data: Path) -> None:
    accept(import_update(kit.bundle("v4", edition=4), data, kit.keys))
    assert (_edition(data / CURRENT), _edition(data / PREVIOUS)) == (4, 3)


def _age(folder: Path, seconds: float) -> None:
    then = time.time() - seconds
    for path in (folder, *folder.rglob("*")):
        os.utime(path, (then, then), follow_symlinks=False)


def test_staging_left_by_a_killed_import_is_cleaned_at_start(kit: Kit, data: Path) -> None:
    stale, fresh = data / ".staging-killed", data / ".staging-running"
    for folder in (stale, fresh):
        (folder / "bundle" / "docs").mkdir(parents=True)
        (folder / "bundle" / "docs" / "big.bin").write_bytes(b"x" * 4096)
    _age(stale, 2 * 3600)
    found = load_verified(data, kit.keys)
    assert found.path == data / CURRENT
    assert not stale.exists()
    assert fresh.exists()  # maybe another instance importing right now


def test_a_folder_import_refuses_a_pipe_before_copying(kit: Kit, tmp_path: Path) -> None:
    bundle = kit.bundle()
    os.mkfifo(bundle / "docs" / "pipe.json")
    data = tmp_path / "data"
    with pytest.raises(TrustError, match=r"'docs/pipe\.json': special files"):
        import_update(bundle, data, kit.keys)  # would block forever reading the pipe
    assert list(data.iterdir()) == []


def test_a_folder_import_refuses_a_huge_sparse_file_before_copying(
    kit: Kit, tmp_path: Path
) -> None:
    bundle = kit.bundle()
    with (bundle / "docs" / "sparse.bin").open("wb") as sparse:
        sparse.truncate(2 << 30)  # 2 GB that take no disk
    data = tmp_path / "data"
    with pytest.raises(TrustError, match=r"'docs/sparse\.bin': 2147483648 bytes, more than"):
        import_update(bundle, data, kit.keys)
    assert list(data.iterdir()) == []


def test_a_folder_import_refuses_a_link(kit: Kit, tmp_path: Path) -> None:
    bundle = kit.bundle()
    (bundle / "docs" / "zero.json").symlink_to("/dev/zero")
    with pytest.raises(TrustError, match="links are not allowed"):
        import_update(bundle, tmp_path / "data", kit.keys)


def _package(kit: Kit) -> Path:
    package = kit.root / "update.zip"
    pack(kit.bundle("packed", docs={"a": "# Alpha\n\n" + "Long text. " * 2000}), package)
    return package


def test_corrupt_deflate_data_is_a_clear_refusal(
    kit: Kit, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = _package(kit)
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("docs/en/a.json")
    raw = bytearray(package.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    raw[start : start + 40] = bytes(40)  # zero the start of the deflate stream
    package.write_bytes(bytes(raw))
    with pytest.raises(TrustError, match="not a readable bundle package"):
        unpack(package, tmp_path / "out")
    with pytest.raises(TrustError, match="not a readable bundle package"):
        import_update(package, tmp_path / "data", kit.keys)
    assert handbook(["verify", str(package), "--trusted-keys", str(kit.keys)]) == 1
    assert "handbook: update.zip: not a readable bundle package" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_unknown_compression_method_is_a_clear_refusal(kit: Kit, tmp_path: Path) -> None:
    package = kit.root / "odd.zip"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", b"{}")
    raw = bytearray(package.read_bytes())
    local, central = raw.find(b"PK\x03\x04"), raw.find(b"PK\x01\x02")
    raw[local + 8 : local + 10] = (99).to_bytes(2, "little")
    raw[central + 10 : central + 12] = (99).to_bytes(2, "little")
    package.write_bytes(bytes(raw))
    with pytest.raises(TrustError, match="compression method 99 is not allowed"):
        unpack(package, tmp_path / "out")


@pytest.mark.parametrize("edition", [-5, 0, "7", True, 3.9, 1e308])
def test_a_signed_edition_must_be_a_positive_whole_number(
    kit: Kit, tmp_path: Path, edition: object
) -> None:
    bundle = kit.bundle()
    manifest = bundle / "manifest.json"
    data = json.loads(manifest.read_bytes())
    data["edition"] = edition
    manifest.write_text(json.dumps(data), "utf-8")
    sign_bundle(bundle, keyring.load_private(kit.key))  # signed by the publisher's own key
    with pytest.raises(TrustError, match="edition must be a whole number of at least 1"):
        import_update(bundle, tmp_path / "data", kit.keys)


def test_the_index_check_after_start_never_rebuilds_a_freshly_installed_edition(
    kit: Kit, data: Path
) -> None:
    # start-up verified edition 3 and left the index for after the first paint ...
    found, verdict, _ = load_verified(data, kit.keys, index=False)
    assert found == data / CURRENT
    assert verdict.manifest is not None
    # ... meanwhile --import installed edition 4 in its place
    accept(import_update(kit.bundle("v4", edition=4), data, kit.keys))
    before = hash_tree(data / CURRENT / "index")
    assert repair_index(found, verdict.manifest) == (found, "")
    assert hash_tree(data / CURRENT / "index") == before
