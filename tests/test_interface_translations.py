"""The interface translations (resources/translations/*.ts): every string of the code has an
entry in every language, filled in with the same {fields}; the check says when not."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

import pytest
import translations as tool  # tools/translations.py

if TYPE_CHECKING:
    from pathlib import Path

PLURAL_FORMS = {"pl": 3, "uk": 3, "lt": 3, "lv": 3}
"""Qt's numerus forms per language (one, few, many; Latvian: one, other, zero); two elsewhere."""


@pytest.fixture(scope="module")
def table() -> list[tool.Coverage]:
    return tool.coverage()


def test_every_language_has_every_string_of_the_code_translated(
    table: list[tool.Coverage],
) -> None:
    assert [row.code for row in table] == list(tool.LANGUAGES)
    for row in table:
        assert row.missing == ()
        assert row.broken == ()
        assert row.entries > 300
        assert row.unfinished == 0, f"{row.code}: {row.unfinished} unfinished"


def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    shutil.copytree(tool.FOLDER, folder, ignore=shutil.ignore_patterns("*.qm"))
    return folder


def test_the_check_fails_when_a_string_has_no_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copy(tmp_path)
    ts = tool.ts_file("sv", folder)
    text = ts.read_text("utf-8")
    entry = "<source>Recent cases</source>"
    start = text.rindex("<message>", 0, text.index(entry))
    ts.write_text(text[:start] + text[text.index("</message>", start) + 10 :], "utf-8")
    assert tool.check(folder) == 1
    out, err = capsys.readouterr()
    assert "handbook_sv.ts: no entry for StartPanel: Recent cases" in err
    assert "make translations" in err
    sv = next(line for line in out.splitlines() if line.startswith("sv "))
    assert sv.split()[-2:] == ["1", "0"]  # one missing, none broken


def test_the_check_fails_when_a_translation_loses_a_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copy(tmp_path)
    ts = tool.ts_file("de", folder)
    ts.write_text(
        ts.read_text("utf-8").replace("Fall {case} wieder öffnen", "Fall wieder öffnen"), "utf-8"
    )
    assert tool.check(folder) == 1
    assert "handbook_de.ts: fields differ in StartPanel: Reopen case {case}" in (
        capsys.readouterr().err
    )


def test_unfinished_entries_are_counted_per_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copy(tmp_path)
    ts = tool.ts_file("pl", folder)
    tree = ET.parse(ts)
    messages = list(tree.getroot().iter("message"))[:3]
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        translation.set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    assert tool.check(folder) == 0  # unfinished is reported, not an error
    pl = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("pl "))
    assert pl.split()[3] == "3"


def test_plural_forms_are_those_of_each_language() -> None:
    for code in tool.LANGUAGES:
        root = ET.parse(tool.ts_file(code)).getroot()
        assert root.get("language") == code
        plurals = [m for m in root.iter("message") if m.get("numerus") == "yes"]
        assert len(plurals) >= 10
        for message in plurals:
            forms = message.findall("translation/numerusform")
            assert len(forms) == PLURAL_FORMS.get(code, 2), (code, message.findtext("source"))


def test_every_translation_is_marked_not_yet_reviewed() -> None:
    from handbook_app.gui.language import reviewed

    data = json.loads((tool.FOLDER / "languages.json").read_text("utf-8"))
    assert sorted(k for k in data if not k.startswith("_")) == sorted(tool.LANGUAGES)
    assert reviewed(tool.FOLDER) == dict.fromkeys(tool.LANGUAGES, False)
