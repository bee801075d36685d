"""Attack: a bundle whose search index holds a code-running pickle (issue 11, item 1).

The index's table of contents is rewritten the way ``plant-pickle`` does it: its
schema unpickles to ``os.system("touch MARKER")``, and the manifest is rehashed so
the bundle's hashes hold but it is no longer signed. The marker must never appear.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from pathlib import Path

import pytest
from helpers.trust_kit import Kit
from whoosh.filedb.structfile import StructFile
from whoosh.index import _CURRENT_TOC_VERSION, _FLOAT_SIZE, _INT_SIZE, _LONG_SIZE

from handbook_app.cli import main as handbook
from handbook_app.errors import SearchError
from handbook_app.search import storage
from handbook_app.search.engine import Query
from handbook_app.search.searcher import Searcher
from handbook_app.trust.recover import load_verified

pytestmark = pytest.mark.attack


class _Evil:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def plant(bundle: Path, marker: Path) -> int:
    """Rewrite every TOC of ``bundle`` to run ``touch marker`` when read; rehash, unsign."""
    planted = 0
    for toc in sorted(bundle.rglob("*.toc")):
        with toc.open("wb") as raw:
            out = StructFile(raw)
            for size in (_INT_SIZE, _LONG_SIZE, _FLOAT_SIZE):
                out.write_varint(size)
            out.write_int(-12345)
            out.write_int(_CURRENT_TOC_VERSION)
            for part in (2, 7, 5):
                out.write_varint(part)
            out.write_string(pickle.dumps(_Evil(marker), 2))
            out.write_int(int(toc.stem.rsplit("_", 1)[-1]))
            out.write_int(0)
            out.write_pickle([])
            raw.flush()
        planted += 1
    manifest = bundle / "manifest.json"
    data = json.loads(manifest.read_text())
    for name in data["files"]:
        data["files"][name] = hashlib.sha256((bundle / name).read_bytes()).hexdigest()
    manifest.write_text(json.dumps(data, indent=2))
    (bundle / "manifest.sig").unlink(missing_ok=True)
    return planted


@pytest.fixture
def planted(tmp_path: Path) -> tuple[Path, Path]:
    kit = Kit(tmp_path)
    bundle = kit.bundle()
    marker = tmp_path / "RAN"
    assert plant(bundle, marker) == 1
    return bundle, marker


def test_a_planted_pickle_never_runs_from_the_cli_search(
    planted: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bundle, marker = planted
    assert handbook(["search", "hotline", "--bundle", str(bundle)]) == 1
    assert "not opened: not signed" in capsys.readouterr().err
    assert not marker.exists()


def test_a_planted_pickle_never_runs_even_when_unsigned_is_allowed(
    planted: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bundle, marker = planted
    assert handbook(["search", "hotline", "--bundle", str(bundle), "--allow-unsigned"]) == 1
    err = capsys.readouterr().err
    assert "posix.system is not allowed in a search index" in err
    assert not marker.exists()


def test_a_planted_pickle_never_runs_through_the_core_open_api(
    planted: tuple[Path, Path],
) -> None:
    bundle, marker = planted
    refused = load_verified(bundle, [])
    assert refused.path is None
    assert refused.verdict.problem == "not signed"
    found, verdict, _ = load_verified(bundle, [], allow_unsigned=True)
    assert found == bundle
    assert verdict.ok
    with pytest.raises(SearchError, match="not search data"):
        Searcher(found / "index")
    assert not marker.exists()


def test_a_pickle_in_stored_fields_or_postings_is_refused_too() -> None:
    storage.harden()
    with pytest.raises(pickle.UnpicklingError, match="is not allowed"):
        storage.loads(pickle.dumps(_Evil(Path("/nonexistent/RAN"))))
    # what a real index holds loads as before
    assert storage.loads(pickle.dumps({"body": "text", "prior": 1.5}, -1)) == {
        "body": "text",
        "prior": 1.5,
    }


def test_no_whoosh_module_unpickles_past_the_allow_list(sample_bundle: Path) -> None:
    searcher = Searcher(sample_bundle / "index")  # everything a search loads is loaded now
    searcher.search(Query("debt bondage"))
    searcher.close()
    unsafe = [
        f"{name}.{attr}"
        for name, module in list(sys.modules.items())
        if name.startswith("whoosh")
        for attr, value in vars(module).items()
        if value is pickle.loads or value is pickle.load or value is pickle
    ]
    assert unsafe == []


def test_pickles_never_import_a_module_or_reach_a_private_name() -> None:
    storage.harden()
    assert "smtplib" not in sys.modules
    for module, name in (
        ("smtplib", "SMTP"),  # a module not imported yet: never imported for a pickle
        ("builtins", "eval"),
        ("builtins", "getattr"),
        ("os", "system"),
        ("whoosh.fields", "_private"),
        ("whoosh.filedb.filestore", "FileStorage"),  # a Whoosh class outside the schema
    ):
        raw = b"\x80\x02c" + f"{module}\n{name}\n".encode() + b"."
        with pytest.raises(pickle.UnpicklingError):
            storage.loads(raw)
    assert "smtplib" not in sys.modules


def test_only_the_storage_module_opens_a_whoosh_index() -> None:
    root = Path(__file__).parent.parent / "handbook_app"
    users = sorted(
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if any(call in p.read_text("utf-8") for call in ("open_dir(", "FileStorage("))
    )
    assert users == ["search/storage.py"]


def test_info_never_opens_a_bundle_that_fails_verification(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = Kit(tmp_path).bundle(signed=False)
    catalog = bundle / "catalog.json"
    catalog.write_bytes(catalog.read_bytes().replace(b"Alpha", b"Alpho"))
    assert handbook(["info", str(bundle), "--allow-unsigned"]) == 1
    err = capsys.readouterr()
    assert "not opened: catalog.json: changed since the bundle was built" in err.err
    assert "Test Handbook" not in err.out
