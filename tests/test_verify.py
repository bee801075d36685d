"""verify_bundle on what can go wrong with an unsigned bundle: a damaged manifest, names
that point outside the bundle, a missing manifest. Always a Verdict with the problem named,
never None, never an exception, never "signed"."""

from __future__ import annotations

import json
import shutil
from typing import TYPE_CHECKING

import pytest
from helpers.trust_kit import Kit

from handbook_app.bundle.manifest import MANIFEST, SIGNATURE
from handbook_app.bundle.reader import Bundle
from handbook_app.errors import BundleError
from handbook_app.trust.verify import (
    Verdict,
    check_documents,
    check_files,
    check_index,
    extra_files,
    verify_bundle,
    verify_strict,
)

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An unsigned bundle and a folder of trusted keys, built once for the module."""
    kit = Kit(tmp_path_factory.mktemp("kit"))
    return kit.bundle(signed=False), kit.keys


@pytest.fixture
def bundle(built: tuple[Path, Path], tmp_path: Path) -> Path:
    return shutil.copytree(built[0], tmp_path / "bundle", symlinks=True)


@pytest.fixture
def keys(built: tuple[Path, Path]) -> Path:
    return built[1]


def manifest(bundle: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((bundle / MANIFEST).read_text("utf-8"))
    return data


def listed(data: dict[str, object]) -> dict[str, str]:
    files = data["files"]
    assert isinstance(files, dict)
    return files


def write_manifest(bundle: Path, data: object) -> None:
    (bundle / MANIFEST).write_text(json.dumps(data), "utf-8")


def test_an_intact_unsigned_bundle_is_ok_but_not_signed(bundle: Path, keys: Path) -> None:
    verdict = verify_bundle(bundle, keys)
    assert verdict == Verdict(signed=False, fingerprint="", problem="")
    assert verdict.ok
    assert verdict.manifest is not None
    assert verdict.manifest.title == "Test Handbook"
    assert verify_strict(bundle, keys) == Verdict(False, problem="manifest.sig: not signed")
    assert not verify_strict(bundle, keys).ok


DAMAGED = [
    pytest.param(b"", id="empty"),
    pytest.param(b"{not json", id="not-json"),
    pytest.param(b"\xff\xfe\x00", id="not-utf8"),
    pytest.param(b"[1, 2]", id="a-list"),
    pytest.param(b"null", id="null"),
    pytest.param(b'{"format": 1}', id="fields-missing"),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, id="nested-too-deep"),
]


@pytest.mark.parametrize("raw", DAMAGED)
def test_a_damaged_manifest_is_a_named_problem(bundle: Path, keys: Path, raw: bytes) -> None:
    (bundle / MANIFEST).write_bytes(raw)
    verdict = verify_bundle(bundle, keys)
    assert isinstance(verdict, Verdict)
    assert verdict.signed is False
    assert verdict.problem.startswith("manifest.json: the bundle manifest is damaged: ")
    assert not verdict.ok
    assert verdict.manifest is None
    assert verify_strict(bundle, keys).problem == verdict.problem


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("format", "one"),
        ("format", None),
        ("format", 1e400),  # json.dumps writes Infinity; int() of it overflows
        ("edition", [2]),
        ("languages", 5),
        ("files", ["docs/en/a.json"]),
        ("files", {"docs/en/a.json": 1}),
    ],
)
def test_a_manifest_with_a_wrong_field_is_a_named_problem(
    bundle: Path, keys: Path, field: str, value: object
) -> None:
    data = manifest(bundle)
    data[field] = value
    write_manifest(bundle, data)
    verdict = verify_bundle(bundle, keys)
    assert verdict.signed is False
    assert verdict.problem.startswith("manifest.json: the bundle manifest is damaged: ")


def test_a_manifest_from_a_newer_app_says_update(bundle: Path, keys: Path) -> None:
    data = manifest(bundle)
    data["format"] = 99
    write_manifest(bundle, data)
    assert verify_bundle(bundle, keys).problem == (
        "manifest.json: bundle format 99 is newer than this app reads (2); update the app"
    )


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "//etc/passwd",
        "../outside.json",
        "docs/../../outside.json",
        "docs\\en\\a.json",
        "..\\outside.json",
        "C:/Windows/win.ini",
        "C:\\Windows\\win.ini",
        "",
    ],
)
def test_a_name_outside_the_bundle_is_refused_before_any_file_is_read(
    bundle: Path, keys: Path, name: str
) -> None:
    data = manifest(bundle)
    listed(data)[name] = "0" * 64
    write_manifest(bundle, data)
    verdict = verify_bundle(bundle, keys)
    assert verdict.problem == f"manifest.json: lists a file outside the bundle ({name!r})"
    assert verdict.signed is False


def test_a_missing_manifest_is_never_signed(bundle: Path, keys: Path) -> None:
    (bundle / MANIFEST).unlink()
    assert verify_bundle(bundle, keys) == Verdict(
        False, problem="manifest.json: missing or unreadable"
    )
    (bundle / SIGNATURE).write_text("{}")  # a signature left without its manifest
    verdict = verify_bundle(bundle, keys)
    assert verdict.signed is False
    assert verdict.problem == "manifest.json: missing or unreadable"
    assert verify_strict(bundle, keys).signed is False


def test_a_manifest_that_is_a_folder_is_unreadable(bundle: Path, keys: Path) -> None:
    (bundle / MANIFEST).unlink()
    (bundle / MANIFEST).mkdir()
    assert verify_bundle(bundle, keys).problem == "manifest.json: missing or unreadable"


def test_a_file_replaced_by_a_link_counts_as_missing(bundle: Path, keys: Path) -> None:
    target = bundle / "docs" / "en" / "a.json"
    (bundle / "a-copy.json").write_bytes(target.read_bytes())
    target.unlink()
    target.symlink_to(bundle / "a-copy.json")
    assert verify_bundle(bundle, keys).problem == "docs/en/a.json: missing"


def test_a_changed_file_is_named(bundle: Path, keys: Path) -> None:
    (bundle / "docs" / "en" / "b.json").write_text("{}")
    assert verify_bundle(bundle, keys).problem == (
        "docs/en/b.json: changed since the bundle was built"
    )


def test_extra_files_and_links_are_found_in_folders(bundle: Path) -> None:
    data = verify_bundle(bundle).manifest
    assert data is not None
    assert extra_files(bundle, data) == []
    (bundle / "docs" / "en" / "new.json").write_text("{}")
    (bundle / "docs" / "linked").symlink_to(bundle / "docs" / "en", target_is_directory=True)
    (bundle / SIGNATURE).symlink_to(bundle / "docs" / "en" / "new.json")
    assert extra_files(bundle, data) == ["docs/en/new.json", "docs/linked", SIGNATURE]


def test_the_index_is_checked_apart_from_the_other_files(bundle: Path) -> None:
    data = verify_bundle(bundle).manifest
    assert data is not None
    index_file = sorted(n for n in data.files if n.startswith("index/"))[-1]
    (bundle / index_file).write_bytes(b"changed")
    assert check_files(bundle, data, index=False) == ""
    assert check_index(bundle, data) == f"{index_file}: changed since the bundle was built"
    assert check_files(bundle, data) == f"{index_file}: changed since the bundle was built"
    (bundle / "docs" / "en" / "b.json").write_text("{}")
    assert check_files(bundle, data, index=False) == (
        "docs/en/b.json: changed since the bundle was built"
    )
    assert check_index(bundle, data) == f"{index_file}: changed since the bundle was built"


def test_an_added_file_is_reported_by_the_check_of_its_part(bundle: Path) -> None:
    data = verify_bundle(bundle).manifest
    assert data is not None
    (bundle / "index" / "added").write_text("x")
    assert check_files(bundle, data, index=False) == ""
    assert check_index(bundle, data) == "index/added: not listed in the manifest (a file was added)"
    (bundle / "docs" / "added.json").write_text("x")
    assert check_files(bundle, data, index=False) == (
        "docs/added.json: not listed in the manifest (a file was added)"
    )
    assert check_index(bundle, data) == "index/added: not listed in the manifest (a file was added)"


def test_start_up_can_leave_the_index_for_later(bundle: Path, keys: Path) -> None:
    data = verify_bundle(bundle).manifest
    assert data is not None
    index_file = sorted(n for n in data.files if n.startswith("index/"))[-1]
    (bundle / index_file).write_bytes(b"changed")
    assert verify_bundle(bundle, keys, index=False) == Verdict(False)
    assert (
        verify_bundle(bundle, keys).problem == f"{index_file}: changed since the bundle was built"
    )


def test_an_unsigned_bundle_refused_by_strict_still_says_what_it_is(
    bundle: Path, keys: Path
) -> None:
    verdict = verify_strict(bundle, keys)
    assert verdict.problem == "manifest.sig: not signed"
    assert verdict.manifest is not None
    assert (verdict.manifest.title, verdict.manifest.edition) == ("Test Handbook", 2)


def test_a_document_changed_since_the_build_is_refused_when_read(bundle: Path, keys: Path) -> None:
    """Start-up leaves the documents for later; the reader never returns a changed one."""
    path = bundle / "docs" / "en" / "a.json"
    data = json.loads(path.read_bytes())
    data["html"] = "<p>Call +00 555 0100.</p>"
    path.write_text(json.dumps(data), "utf-8")
    assert verify_bundle(bundle, keys, index=False, documents=False) == Verdict(False)
    with pytest.raises(BundleError, match="document 'a' changed since the bundle was built"):
        Bundle(bundle).document("a")
    manifest_ = verify_bundle(bundle, keys, index=False, documents=False).manifest
    assert manifest_ is not None
    assert (
        check_documents(bundle, manifest_) == "docs/en/a.json: changed since the bundle was built"
    )
    assert check_index(bundle, manifest_) == ""
    assert (
        verify_bundle(bundle, keys).problem == "docs/en/a.json: changed since the bundle was built"
    )


def test_start_up_checks_every_file_outside_the_documents_and_index(
    bundle: Path, keys: Path
) -> None:
    """What the window reads before its first paint: the catalog, an added top file."""
    (bundle / "changes.json").write_text("{}")
    added = "changes.json: not listed in the manifest (a file was added)"
    assert verify_bundle(bundle, keys, index=False, documents=False).problem == added
    (bundle / "changes.json").unlink()
    (bundle / "catalog.json").write_text("[]")
    assert verify_bundle(bundle, keys, index=False, documents=False).problem == (
        "catalog.json: changed since the bundle was built"
    )
