"""One file for transport: `handbook pack` / `unpack`, and every unpack attack refused."""

from __future__ import annotations

import stat
import zipfile
from typing import TYPE_CHECKING

import pytest

from handbook_app.bundle.manifest import hash_tree
from handbook_app.cli import main
from handbook_app.errors import TrustError
from handbook_app.trust.pack import Limits, pack, unpack

if TYPE_CHECKING:
    from pathlib import Path

    from helpers.trust_kit import Kit


def test_pack_unpack_round_trip(kit: Kit, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = kit.bundle()
    package, out = kit.root / "transport" / "update.zip", kit.root / "unpacked"
    assert main(["pack", str(bundle), "-o", str(package)]) == 0
    assert main(["unpack", str(package), "-o", str(out)]) == 0
    assert capsys.readouterr().out.endswith(f"check it with: handbook verify {out}\n")
    assert hash_tree(out) == hash_tree(bundle)
    assert (out / "manifest.sig").read_bytes() == (bundle / "manifest.sig").read_bytes()
    assert main(["verify", str(out), "--trusted-keys", str(kit.keys)]) == 0


def test_pack_refuses_a_link_in_the_bundle(kit: Kit) -> None:
    bundle = kit.bundle()
    (bundle / "docs" / "en" / "link.json").symlink_to(bundle / "catalog.json")
    with pytest.raises(
        TrustError, match=r"^docs/en/link.json: links and special files cannot be packed$"
    ):
        pack(bundle, kit.root / "p.zip")
    assert not (kit.root / "p.zip").exists()


def _zip(path: Path, *members: tuple[zipfile.ZipInfo | str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, data)
    return path


def _typed(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    return info


Member = tuple[zipfile.ZipInfo | str, bytes]
ATTACKS: dict[str, tuple[tuple[Member, ...], str]] = {
    "parent": (
        (("docs/../../evil.json", b"x"),),
        r"'docs/../../evil.json': unsafe name in the package",
    ),
    "absolute": ((("/etc/evil", b"x"),), r"'/etc/evil': unsafe name in the package"),
    "drive": ((("C:/evil", b"x"),), r"'C:/evil': unsafe name in the package"),
    "backslash": (((r"..\evil", b"x"),), r"'..\\\\evil': unsafe name in the package"),
    "symlink": (
        ((_typed("docs/a.json", stat.S_IFLNK | 0o777), b"/etc/passwd"),),
        r"^docs/a.json: links are not allowed in a package$",
    ),
    "device": (
        ((_typed("dev", stat.S_IFCHR | 0o644), b""),),
        r"^dev: special files \(devices, pipes\) are not allowed in a package$",
    ),
    "fifo": (
        ((_typed("pipe", stat.S_IFIFO | 0o644), b""),),
        r"^pipe: special files \(devices, pipes\) are not allowed in a package$",
    ),
    "duplicate": (
        (("a.json", b"1"), ("./a.json", b"2")),
        r"^./a.json: appears twice in the package$",
    ),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_unpack_refuses_attacks_and_writes_nothing(tmp_path: Path, attack: str) -> None:
    members, message = ATTACKS[attack]
    package = _zip(tmp_path / "evil.zip", *members)
    with pytest.raises(TrustError, match=message):
        unpack(package, tmp_path / "out" / "bundle")
    assert list((tmp_path / "out").iterdir()) == []
    assert not (tmp_path / "evil.json").exists()


def test_unpack_refuses_an_oversized_member(tmp_path: Path) -> None:
    package = _zip(tmp_path / "bomb.zip", ("big", b"\0" * 10_000))  # compresses to a few bytes
    with pytest.raises(TrustError, match=r"^big: 10000 bytes, more than the 4096 allowed$"):
        unpack(package, tmp_path / "out", Limits(member_bytes=4096))
    assert not (tmp_path / "out").exists()


def test_unpack_refuses_a_too_large_total(tmp_path: Path) -> None:
    package = _zip(tmp_path / "bomb.zip", *((f"f{i}", b"\0" * 1000) for i in range(5)))
    with pytest.raises(
        TrustError, match=r"^the package unpacks to more than the 4000 bytes allowed$"
    ):
        unpack(package, tmp_path / "out", Limits(total_bytes=4000))


def test_unpack_refuses_too_many_members(tmp_path: Path) -> None:
    package = _zip(tmp_path / "many.zip", *((f"f{i}", b"") for i in range(11)))
    with pytest.raises(TrustError, match=r"^the package has 11 members, more than the 10 allowed$"):
        unpack(package, tmp_path / "out", Limits(members=10))


def test_unpack_refuses_a_file_that_is_not_a_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "junk.zip").write_bytes(b"not a zip at all")
    assert main(["unpack", str(tmp_path / "junk.zip"), "-o", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.startswith("handbook: junk.zip: not a readable bundle package (")
    assert main(["verify", str(tmp_path / "junk.zip")]) == 1


def test_unpack_never_overwrites(tmp_path: Path) -> None:
    package = _zip(tmp_path / "ok.zip", ("a", b"1"))
    (tmp_path / "out").mkdir()
    with pytest.raises(TrustError, match="exists already; unpack into a new folder"):
        unpack(package, tmp_path / "out")
