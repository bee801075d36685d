"""Signing and verifying bundles: keygen, build --sign, and `handbook verify`."""

from __future__ import annotations

import io
import json
import re
import stat
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from helpers.trust_kit import Kit

from handbook_app.bundle.manifest import SIGNATURE
from handbook_app.cli import main
from handbook_app.trust import keys as keyring
from handbook_app.trust.verify import Verdict, verify_bundle

if TYPE_CHECKING:
    import pytest


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _verify(bundle: Path, keys: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["verify", str(bundle), "--trusted-keys", str(keys)])
    out = capsys.readouterr()
    return code, out.out + out.err


# keygen


def test_keygen_writes_a_private_key_only_its_owner_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keygen", str(tmp_path / "k"), "--no-passphrase"]) == 0
    assert stat.S_IMODE((tmp_path / "k").stat().st_mode) == 0o600
    assert (tmp_path / "k.pub").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    fp = keyring.key_fingerprint(tmp_path / "k.pub")
    assert f"fingerprint: {keyring.short(fp)}  ({fp})" in capsys.readouterr().out
    assert len(keyring.short(fp)) == 19


def test_keygen_without_a_terminal_stops_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keyring.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["keygen", str(tmp_path / "k")]) == 1
    assert capsys.readouterr().err == (
        "handbook: no terminal to ask for a passphrase: run keygen on a terminal, "
        "set HANDBOOK_KEY_PASSPHRASE, or pass --no-passphrase\n"
    )
    assert not (tmp_path / "k").exists()
    assert not (tmp_path / "k.pub").exists()


def test_keygen_asks_twice_on_a_terminal_and_encrypts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keyring.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", _Tty())
    answers = iter(["correct horse", "correct horse", "correct horse"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["keygen", str(tmp_path / "k")]) == 0
    assert b"ENCRYPTED PRIVATE KEY" in (tmp_path / "k").read_bytes()
    key = keyring.load_private(tmp_path / "k")  # asks the third answer
    assert keyring.fingerprint(key.public_key()) == keyring.key_fingerprint(tmp_path / "k.pub")


def test_keygen_refuses_differing_passphrases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keyring.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin", _Tty())
    answers = iter(["correct horse", "correct hoarse"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["keygen", str(tmp_path / "k")]) == 1
    assert "the two passphrases differ; no key written" in capsys.readouterr().err
    assert not (tmp_path / "k").exists()


def test_passphrase_from_the_environment_and_wrong_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.setenv(keyring.PASSPHRASE_ENV, "from the build server")
    assert main(["keygen", str(tmp_path / "k")]) == 0
    keyring.load_private(tmp_path / "k")
    monkeypatch.setenv(keyring.PASSPHRASE_ENV, "wrong one")
    (tmp_path / "kit").mkdir()
    content = Kit(tmp_path / "kit").content(2)
    code = main(["build", str(content), "-o", str(tmp_path / "out"), "--sign", str(tmp_path / "k")])
    assert code == 1
    assert "wrong passphrase or not a key" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_keygen_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "k").write_text("old")
    assert main(["keygen", str(tmp_path / "k"), "--no-passphrase"]) == 1
    assert (tmp_path / "k").read_text() == "old"
    assert "exists already" in capsys.readouterr().err


# build --sign and verify


def test_build_sign_then_verify(kit: Kit, capsys: pytest.CaptureFixture[str]) -> None:
    out = kit.root / "out"
    args = ["build", str(kit.content(2)), "-o", str(out), "--sign", str(kit.key)]
    assert main(args) == 0
    assert f"signed by {keyring.short(kit.fingerprint)}" in capsys.readouterr().out
    sig = json.loads((out / SIGNATURE).read_text())
    assert sig["algorithm"] == "ed25519"
    assert sig["fingerprint"] == kit.fingerprint
    code, text = _verify(out, kit.keys, capsys)
    assert code == 0
    assert text.startswith("ok: Test Handbook, edition 2 (2026-02-01), Test Editors\n")
    assert verify_bundle(out, kit.keys) == Verdict(True, kit.fingerprint, "")


def _files(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if p.is_file())


def test_flipping_one_byte_in_any_file_fails_naming_it(
    kit: Kit, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = kit.bundle()
    files = _files(bundle)
    assert {"manifest.json", "manifest.sig", "catalog.json", "docs/en/a.json"} <= {
        p.relative_to(bundle).as_posix() for p in files
    }
    for path in files:
        name = path.relative_to(bundle).as_posix()
        original = path.read_bytes()
        if not original:  # an empty file (Whoosh's lock) has no byte to flip: add one
            path.write_bytes(b"\x00")
        else:
            middle = len(original) // 2
            path.write_bytes(
                original[:middle] + bytes([original[middle] ^ 0x01]) + original[middle + 1 :]
            )
        code, text = _verify(bundle, kit.keys, capsys)
        assert code == 1, name
        assert text.startswith(f"handbook: verify failed: {name}"), text
        assert not verify_bundle(bundle, kit.keys).ok
        path.write_bytes(original)
    assert _verify(bundle, kit.keys, capsys)[0] == 0


def test_an_added_or_removed_file_fails(kit: Kit, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = kit.bundle()
    (bundle / "docs" / "en" / "evil.json").write_text("{}")
    assert _verify(bundle, kit.keys, capsys) == (
        1,
        "handbook: verify failed: docs/en/evil.json: "
        "not listed in the manifest (a file was added)\n",
    )
    (bundle / "docs" / "en" / "evil.json").unlink()
    (bundle / "docs" / "en" / "b.json").unlink()
    assert _verify(bundle, kit.keys, capsys) == (
        1,
        "handbook: verify failed: docs/en/b.json: missing\n",
    )


def test_untrusted_key_is_refused(kit: Kit, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = kit.bundle(key=kit.stranger)
    stranger = keyring.key_fingerprint(kit.stranger.with_name("stranger.pub"))
    problem = (
        f"manifest.sig: signed by a key that is not trusted (fingerprint {keyring.short(stranger)})"
    )
    assert _verify(bundle, kit.keys, capsys) == (1, f"handbook: verify failed: {problem}\n")
    assert verify_bundle(bundle, kit.keys) == Verdict(True, "", problem)


def test_signature_moved_to_another_trusted_key_fails(
    kit: Kit, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = kit.bundle()
    (kit.keys / "stranger.pub").write_bytes(kit.stranger.with_name("stranger.pub").read_bytes())
    sig = json.loads((bundle / SIGNATURE).read_text())
    sig["fingerprint"] = keyring.key_fingerprint(kit.keys / "stranger.pub")
    (bundle / SIGNATURE).write_text(json.dumps(sig))
    code, text = _verify(bundle, kit.keys, capsys)
    assert code == 1
    assert text == (
        "handbook: verify failed: manifest.json: the signature does not match; "
        "the manifest was changed after signing\n"
    )


def test_unsigned_bundle_is_not_signed_for_verify_but_opens_in_the_app(
    kit: Kit, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = kit.bundle(signed=False)
    assert _verify(bundle, kit.keys, capsys) == (
        1,
        "handbook: verify failed: manifest.sig: not signed\n",
    )
    verdict = verify_bundle(bundle, kit.keys)
    assert verdict == Verdict(signed=False, problem="")
    assert verdict.ok


def test_verify_a_package_and_the_default_keys(
    kit: Kit, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = kit.bundle()
    package = kit.root / "update.zip"
    assert main(["pack", str(bundle), "-o", str(package)]) == 0
    assert _verify(package, kit.keys, capsys)[0] == 0
    assert main(["verify", str(bundle)]) == 1  # the test key is not a release key
    assert "not trusted" in capsys.readouterr().err


def test_verify_missing_bundle_names_the_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _verify(tmp_path / "nothing", tmp_path, capsys) == (
        1,
        "handbook: verify failed: manifest.json: missing or unreadable\n",
    )


def test_trust_a_new_key_shows_its_fingerprint(
    kit: Kit, capsys: pytest.CaptureFixture[str]
) -> None:
    pub = kit.stranger.with_name("stranger.pub")
    fp = keyring.key_fingerprint(pub)
    bundle = kit.bundle(key=kit.stranger)
    assert main(["trust", str(pub), "--keys-dir", str(kit.keys)]) == 1  # no terminal, no --yes
    assert "not trusted: confirm on a terminal or pass --yes" in capsys.readouterr().err
    assert main(["trust", str(pub), "--keys-dir", str(kit.keys), "--yes"]) == 0
    assert f"fingerprint: {keyring.short(fp)}  ({fp})" in capsys.readouterr().out
    assert _verify(bundle, kit.keys, capsys)[0] == 0


PEM_PRIVATE = re.compile(rb"-----BEGIN (ENCRYPTED )?PRIVATE KEY-----")


def test_no_private_key_anywhere_in_the_repository() -> None:
    root = Path(__file__).resolve().parent.parent
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    holding = [
        name
        for name in listed
        if (root / name).is_file() and PEM_PRIVATE.search((root / name).read_bytes())
    ]
    assert holding == []
    shipped = sorted(p.name for p in (root / "resources" / "trusted_keys").glob("*.pub"))
    assert shipped
    assert keyring.trusted(root / "resources" / "trusted_keys").keys() == keyring.trusted().keys()


def test_a_manifest_naming_files_outside_the_bundle_is_refused(kit: Kit) -> None:
    bundle = kit.bundle(signed=False)
    manifest = json.loads((bundle / "manifest.json").read_text())
    manifest["files"]["../secret"] = "0" * 64
    (bundle / "manifest.json").write_text(json.dumps(manifest))
    assert verify_bundle(bundle, kit.keys).problem == (
        "manifest.json: lists a file outside the bundle ('../secret')"
    )


def test_an_unreadable_signature_is_named(kit: Kit) -> None:
    bundle = kit.bundle()
    (bundle / SIGNATURE).unlink()
    (bundle / SIGNATURE).mkdir()
    assert verify_bundle(bundle, kit.keys) == Verdict(True, "", "manifest.sig: unreadable")
