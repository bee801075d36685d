"""Make the fonts the app ships in resources/fonts/ (``make fonts``).

Needs the Debian packages fonts-noto-core and fonts-noto-cjk (apt-get install
fonts-noto-core fonts-noto-cjk) and fontTools (in the dev extras). Noto Sans,
Noto Naskh Arabic and Noto Sans Thai are copied as they are. Noto Sans CJK SC is
cut down to the 3,755 common characters of GB 2312 level 1 plus every character
of the phrasebook, which keeps it under 2 MB (the whole face is 16 MB). Run it
again whenever a translation brings a character the glyph test
(tests/gui/test_fonts.py) says no shipped font has.

    python resources/fonts/subset.py [CONTENT_FOLDER]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORE = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
COPIED = ("NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "NotoSansThai-Regular.ttf")
CJK_FACE = "Noto Sans CJK SC"
CJK_OUT = "NotoSansCJKsc-Regular.otf"
LICENCE = Path("/usr/share/doc/fonts-noto-core/copyright")


def common_chinese() -> set[str]:
    """The 3,755 characters of GB 2312 level 1 (the commonest simplified characters)."""
    found = set()
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def phrasebook_text(content: Path) -> set[str]:
    return {
        ch for path in sorted(content.glob("*/phrasebook/*.md")) for ch in path.read_text("utf-8")
    }


def cut_cjk(chars: set[str], target: Path) -> None:
    collection = TTCollection(str(CJK))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == CJK_FACE)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=sorted(ord(ch) for ch in chars))
    cutter.subset(font)
    font.recalcTimestamp = False  # the same input makes the same file
    font.save(str(target))


def licence_text() -> str:
    """The copyright lines and the SIL Open Font License 1.1, as the Debian packages carry it."""
    lines = LICENCE.read_text("utf-8").splitlines()
    start = next(
        n for n, line in enumerate(lines[:-1])
        if line == "License: OFL-1.1" and lines[n + 1].strip() == "PREAMBLE"
    )  # fmt: skip
    body = []
    for line in lines[start + 1 :]:
        if line and not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    return HEADER + "\n".join(body).strip() + "\n"


HEADER = """\
Noto Sans: Copyright 2015 Google LLC.
Noto Naskh Arabic: Copyright 2019-2020 Google LLC.
Noto Sans Thai: Copyright 2016 Google Inc.
Noto Sans CJK SC: Copyright 2014-2021 Adobe (http://www.adobe.com/); here cut down
to fewer characters (resources/fonts/subset.py), as the licence allows.
(As each font's own name table says.)

This Font Software is licensed under the SIL Open Font License, Version 1.1.

"""


def main(content: Path) -> None:
    for name in COPIED:
        shutil.copyfile(CORE / name, HERE / name)
    cut_cjk(common_chinese() | phrasebook_text(content), HERE / CJK_OUT)
    (HERE / "OFL.txt").write_text(licence_text(), "utf-8")
    for path in sorted(HERE.glob("*.[ot]tf")):
        print(f"{path.name}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "content")
