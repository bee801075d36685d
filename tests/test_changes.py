"""Each edition says what changed: documents, sections and contacts, exactly the edits made."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from handbook_app.builder import cache, pipeline
from handbook_app.bundle import changes
from handbook_app.bundle.manifest import Manifest, sha256
from handbook_app.cli import main
from handbook_app.errors import BundleError

CONTENT = Path(__file__).resolve().parent.parent / "content"
NEW_PHONE = "+358 2954 00000"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"the test's edit no longer fits {path.name}: update the test"
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """Two builds of the real content: as it is, and with known edits (returned as facts)."""
    work = tmp_path_factory.mktemp("editions")
    content = work / "content"
    shutil.copytree(CONTENT, content)
    old = work / "old"
    pipeline.build(content, old)
    en = content / "en"
    info = content / "handbook.yaml"
    edition = int(re.search(r"^edition: (\d+)", info.read_text("utf-8"), re.M)[1])  # type: ignore[index]
    _replace(info, f"edition: {edition}", f"edition: {edition + 1}")
    finland = en / "countries" / "finland.md"
    phone = re.search(r'phone: "([^"]+)"', finland.read_text("utf-8"))[1]  # type: ignore[index]
    _replace(finland, f'phone: "{phone}"', f'phone: "{NEW_PHONE}"')
    _replace(finland, "    hours: 24/7\n", "    hours: Mon-Fri 8-16\n")
    sweden = en / "countries" / "sweden.md"
    verified = re.search(r"verified: (\S+)", sweden.read_text("utf-8"))[1]  # type: ignore[index]
    _replace(sweden, f"verified: {verified}", "verified: 2026-11-20")
    _replace(
        en / "chapters" / "self-care.md",
        "## Peer support\n",
        "## Peer support\n\nAsk a colleague you trust to listen for ten minutes.\n",
    )
    (en / "chapters" / "desk-routine.md").write_text(
        "# Desk routine\n\nKeep the room list at hand.\n", "utf-8"
    )
    for removed in content.glob("*/chapters/glossary.md"):  # the original and its translations
        removed.unlink()
    new = work / "new"
    # The new edition is built the way an editor's second build runs: from the first one's
    # build cache, so only the edited documents are made again (and make test saves a build).
    shutil.copytree(old, new)
    shutil.copytree(cache.folder_for(old), cache.folder_for(new))
    pipeline.build(content, new, previous=old)
    return old, new, {"phone": phone, "verified": verified, "edition": str(edition)}


def test_changes_between_two_builds_of_the_real_content_are_exactly_the_edits(
    editions: tuple[Path, Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new, facts = editions
    assert main(["changes", str(old), str(new)]) == 0
    edition = int(facts["edition"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"edition {edition} -> {edition + 1}"
    assert sorted(lines[1:3]) == [
        "added    en/desk-routine  Desk routine",
        "removed  en/glossary  Glossary",
    ]
    changed = "\n".join(lines[3:])
    assert re.fullmatch(
        r"changed  en/self-care  .+\n"
        r"    section changed: Peer support \(#peer-support\)\n"
        r"changed  en/finland  Finland\n"
        r"    contact changed: National Assistance System for Victims of Human Trafficking\n"
        rf"        phone: '{re.escape(facts['phone'])}' -> '{re.escape(NEW_PHONE)}'\n"
        r"        hours: '24/7' -> 'Mon-Fri 8-16'\n"
        r"changed  en/sweden  Sweden\n"
        r"    contact changed: .+\n"
        rf"        verified: '{facts['verified']}' -> '2026-11-20'",
        changed,
    ), changed


def test_the_new_bundle_holds_its_changes_listed_in_the_manifest(
    editions: tuple[Path, Path, dict[str, str]],
) -> None:
    old, new, _facts = editions
    assert changes.load(old) is None
    stored = changes.load(new)
    assert stored == changes.compare(old, new)
    assert Manifest.load(new).files[changes.NAME] == sha256(new / changes.NAME)


def test_what_is_new_links_each_change_to_its_place(
    editions: tuple[Path, Path, dict[str, str]],
) -> None:
    stored = changes.load(editions[1])
    assert stored is not None
    items = {item.text: item.href for item in stored.items()}
    assert items["New: Desk routine"] == "doc:desk-routine"
    assert items["Removed: Glossary"] == ""
    assert any(href == "doc:self-care#peer-support" for href in items.values())
    finland = [t for t in items if t.startswith("Finland › National Assistance System")]
    assert finland == [
        "Finland › National Assistance System for Victims of Human Trafficking (new phone, hours)"
    ]
    assert any(t.endswith("(new verified date)") for t in items)


def test_a_rebuild_with_no_edits_lists_no_changes(
    editions: tuple[Path, Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    _old, new, _facts = editions
    assert main(["changes", str(new), str(new)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == ["no documents changed"]


def test_a_damaged_list_of_changes_is_a_bundle_error(tmp_path: Path) -> None:
    (tmp_path / changes.NAME).write_text('{"old_edition": "x"}', "utf-8")
    with pytest.raises(BundleError, match="list of changes is damaged"):
        changes.load(tmp_path)


def test_a_previous_bundle_that_is_not_one_stops_the_build_and_keeps_the_old_bundle(
    editions: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    with pytest.raises(BundleError, match="no bundle manifest at"):
        pipeline.build(CONTENT, tmp_path / "b", previous=tmp_path / "nothing-here", clean=True)
    assert not (tmp_path / "b").exists()
