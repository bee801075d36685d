"""Attack: pictures and links that reach outside the bundle, catalog paths that climb out
(issue 11, items 3 and 12)."""

from __future__ import annotations

import base64
import json
import shutil
from typing import TYPE_CHECKING

import pytest

from handbook_app.builder import pipeline
from handbook_app.bundle.reader import Bundle
from handbook_app.content import sanitize
from handbook_app.errors import BundleError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

pytestmark = pytest.mark.attack

PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
HOSTILE = {
    "remote": "http://tracker.example/p.png",
    "protocol-relative": "//host/share/x.png",
    "unc": "\\\\host\\share\\x.png",
    "device": "/dev/zero",
    "absolute": "/abs/file.png",
}
FIX = sanitize.PICTURE_FIX


@pytest.fixture
def built(content_tree: Callable[[str], Path], tmp_path: Path) -> tuple[Path, list[str], str]:
    root = content_tree("")
    (root / "en" / "images").mkdir()
    (root / "en" / "images" / "map.png").write_bytes(PIXEL)
    lines = ["# Pictures", "", "![The map](images/map.png)", ""]
    lines += [f'<img src="{src}" alt="{name}">' for name, src in HOSTILE.items()]
    lines += ["", '<a href="//host/share/doc">share</a> and <a href="/etc/passwd">file</a>']
    (root / "en" / "pics.md").write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out"
    result = pipeline.build(root, out)
    html = json.loads((out / "docs" / "en" / "pics.json").read_text("utf-8"))["html"]
    return out, [p.format(root) for p in result.warnings], html


def test_only_pictures_inside_the_bundle_are_kept(built: tuple[Path, list[str], str]) -> None:
    out, _, html = built
    assert html.count("<img") == 1
    (src,) = [part.split('"')[1] for part in html.split("src=")[1:]]
    assert sanitize.BUNDLE_IMAGE.fullmatch(src)
    assert (out / src).read_bytes() == PIXEL
    for hostile in HOSTILE.values():
        assert hostile not in html
    assert "host/share" not in html
    assert "/etc/passwd" not in html


def test_each_removed_picture_is_reported_at_its_line(
    built: tuple[Path, list[str], str],
) -> None:
    _, warnings, _ = built
    expected = [
        f"en/pics.md:{line}: warning: picture '{src}' removed: only pictures inside the bundle "
        f"are shown (not remote, network, absolute or device paths) ({FIX})"
        for line, src in enumerate(HOSTILE.values(), start=5)
    ]
    assert warnings == expected


@pytest.mark.parametrize(
    "name",
    [
        "/dev/zero",
        "//host/share/x.png",
        "\\\\host\\share\\x.png",
        "file:///etc/passwd",
        "images/../manifest.json",
        "images/../../outside.png",
        "catalog.json",
        "images/not-listed.png",
    ],
)
def test_the_resource_loader_gives_only_bundle_pictures(
    built: tuple[Path, list[str], str], name: str
) -> None:
    out, _, _ = built
    (out / "images" / "not-listed.png").write_bytes(PIXEL)
    with pytest.raises(BundleError):
        Bundle(out).resource(name)


def test_the_resource_loader_reads_a_picture_and_stops_at_its_limit(
    built: tuple[Path, list[str], str],
) -> None:
    out, _, html = built
    name = html.split('src="')[1].split('"')[0]
    assert Bundle(out).resource(name) == PIXEL
    with pytest.raises(BundleError, match="at most 10 bytes"):
        Bundle(out).resource(name, limit=10)
    picture = out / name
    picture.unlink()
    picture.symlink_to("/dev/zero")
    with pytest.raises(BundleError):
        Bundle(out).resource(name)


def test_a_picture_changed_since_the_build_is_refused(built: tuple[Path, list[str], str]) -> None:
    """The app shows a bundle before its pictures were all hashed: each is checked as read."""
    out, _, html = built
    name = html.split('src="')[1].split('"')[0]
    (out / name).write_bytes(PIXEL[:-1] + b"\0")
    with pytest.raises(BundleError, match=f"picture '{name}' changed since the bundle was built"):
        Bundle(out).resource(name)


@pytest.mark.parametrize("lang", ["../../../etc", "..", "en/../..", "/abs", ""])
def test_a_catalog_path_never_leaves_the_bundle(
    sample_bundle: Path, tmp_path: Path, lang: str
) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(sample_bundle, bundle)
    catalog = bundle / "catalog.json"
    raw = json.loads(catalog.read_text("utf-8"))
    raw[0]["lang"] = lang
    catalog.write_text(json.dumps(raw), "utf-8")
    with pytest.raises(BundleError, match="is not a plain name"):
        Bundle(bundle)
