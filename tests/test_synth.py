"""The bench's synthetic content (``bench/synth.py``) is a handbook the builder takes.

``make bench`` builds 100 copies; two copies show the same problems, in seconds.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from handbook_app.builder import pipeline

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import synth  # noqa: E402

if TYPE_CHECKING:
    import pytest


def test_copies_build_with_translations_up_to_date(tmp_path: Path) -> None:
    synth.generate(ROOT / "content", tmp_path / "content", 2)
    result = pipeline.check(tmp_path / "content")
    assert [str(p) for p in result.failing()][:5] == []
    # the real content's warnings (not yet reviewed, no verified date) and no other
    known = {p.message for p in pipeline.check(ROOT / "content").warnings}
    new = [str(p) for p in result.warnings if re.sub(r"-v\d\d\b", "", p.message) not in known]
    assert new[:5] == []
    translated = {d.id for d in result.documents if d.lang == "de"}
    assert {"quick-screen-v00", "quick-screen-v01"} <= translated


def test_every_translated_indicator_names_its_varied_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "SWAP_RATE", 1.0)  # every prose word swapped: ids must follow
    synth.generate(ROOT / "content", tmp_path / "content", 1)
    result = pipeline.check(tmp_path / "content")
    assert [str(p) for p in result.failing()][:5] == []
