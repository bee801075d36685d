"""One source of truth for paths: the data folder, and where trusted keys go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from helpers.trust_kit import Kit

from handbook_app import paths
from handbook_app.cli import main
from handbook_app.paths import Paths
from handbook_app.trust import keys as keyring

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_the_data_folder_is_handbook_data_when_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HANDBOOK_DATA", str(tmp_path / "mine"))
    assert Paths.build().data == tmp_path / "mine"
    assert Paths.build().user_keys == tmp_path / "mine" / "trusted_keys"
    assert Paths.build(tmp_path / "given").cases == tmp_path / "given" / "cases.sqlite"


def test_user_keys_are_never_the_shipped_release_keys() -> None:
    built = Paths.build()
    assert built.release_keys == paths.resources() / "trusted_keys"
    assert built.key_dirs == [built.release_keys, built.user_keys]
    assert not built.user_keys.is_relative_to(paths.resources())


def test_cli_trust_writes_into_the_data_folder_and_verify_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "kit").mkdir()
    kit = Kit(tmp_path / "kit")
    shipped = sorted(paths.shipped_keys().iterdir())
    data = tmp_path / "data"
    pub = kit.stranger.with_name("stranger.pub")
    bundle = kit.bundle(key=kit.stranger)
    assert main(["--data-dir", str(data), "verify", str(bundle)]) == 1
    assert main(["--data-dir", str(data), "trust", str(pub), "--yes"]) == 0
    fp = keyring.key_fingerprint(pub)
    assert (data / "trusted_keys" / f"{fp[:16]}.pub").exists()
    assert sorted(paths.shipped_keys().iterdir()) == shipped  # nothing written beside them
    capsys.readouterr()
    assert main(["--data-dir", str(data), "verify", str(bundle)]) == 0
    assert "ok:" in capsys.readouterr().out
