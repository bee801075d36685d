"""The editors' synonym list: everyday words an officer types, and the handbook's words.

``<lang>/synonyms.yaml`` (optional) maps a phrase to what it means in the
handbook's terms, for example::

    testify: [criminal proceedings, reflection period, witness]
    owes money: [debt]

A search for the phrase also finds sections with any of its meanings, ranked
below sections with the words typed. The builder checks the file and writes it
beside the search index (``index/synonyms.json``), where the search reads it.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import yaml

from handbook_app.search.index import SYNONYMS

if TYPE_CHECKING:
    from pathlib import Path

    from handbook_app.content.problems import Problems

FILE = "synonyms.yaml"
MAX_WORDS = 6
MAX_MEANINGS = 12
PHRASE = re.compile(r"^[^\W_]+(?:[ '/.-][^\W_]+)*$", re.UNICODE)

Synonyms = dict[str, list[str]]


def read(root: Path, languages: tuple[str, ...], problems: Problems) -> Synonyms:
    """The synonym lists of every language, merged; each problem reported with its line."""
    found: Synonyms = {}
    for lang in languages:
        path = root / lang / FILE
        if path.is_file():
            for phrase, meanings in _read_one(path, problems).items():
                found.setdefault(phrase, [])
                found[phrase] += [m for m in meanings if m not in found[phrase]]
    return found


def _read_one(path: Path, problems: Problems) -> Synonyms:
    try:
        node = yaml.compose(path.read_text("utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as error:
        problems.error(path, 0, f"cannot read the synonym list: {error}", "save it as UTF-8 text")
        return {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        problems.error(path, line, f"the synonym list is not valid YAML: {error}", _HOW)
        return {}
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        problems.error(path, node.start_mark.line + 1, "the synonym list must be a mapping", _HOW)
        return {}
    found: Synonyms = {}
    for key, value in node.value:
        line = key.start_mark.line + 1
        phrase = _phrase(key, path, line, problems)
        if phrase is None:
            continue
        if phrase in found:
            problems.error(path, line, f"'{phrase}' is listed twice", "merge its meanings")
            continue
        items = value.value if isinstance(value, yaml.SequenceNode) else [value]
        meanings = [m for item in items if (m := _phrase(item, path, line, problems))]
        if not meanings:
            problems.error(path, line, f"'{phrase}' has no meaning", _HOW)
            continue
        if len(meanings) > MAX_MEANINGS:
            problems.error(
                path, line, f"'{phrase}' has more than {MAX_MEANINGS} meanings", "keep the best"
            )
            continue
        found[phrase] = [m for m in dict.fromkeys(meanings) if m != phrase]
    return found


def _phrase(node: yaml.Node, path: Path, line: int, problems: Problems) -> str | None:
    if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
        problems.error(path, line, "a synonym must be words in plain text", _HOW)
        return None
    text = " ".join(str(node.value).split()).lower()
    if not PHRASE.match(text) or len(text.split()) > MAX_WORDS:
        problems.error(
            path,
            line,
            f"'{node.value}' is not a phrase of 1 to {MAX_WORDS} words",
            "use letters, digits, spaces and - . / ' between words only",
        )
        return None
    return text


_HOW = "write one line per phrase: `phrase: [meaning, other meaning]`; see docs/authoring.md"


def write(folder: Path, synonyms: Synonyms) -> None:
    """``synonyms.json`` into the index ``folder``, sorted so that equal lists give equal files."""
    data = {k: synonyms[k] for k in sorted(synonyms)}
    (folder / SYNONYMS).write_text(
        json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8"
    )
