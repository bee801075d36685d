"""Stage 4: validate across documents: unique ids, links, anchors, images, guide names."""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from handbook_app.builder.parse import Draft
from handbook_app.content.model import Kind
from handbook_app.content.problems import Problems, closest, did_you_mean

if TYPE_CHECKING:
    from pathlib import Path

    from handbook_app.builder.parse import Draft

EXTERNAL = ("http", "https", "mailto", "tel")
IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


@dataclass(frozen=True)
class Target:
    """Where a link leads once resolved: ``href`` for the reader, or a problem."""

    href: str | None
    problem: str = ""
    fix: str = ""
    warning: bool = False


@dataclass
class Linker:
    """Resolves editors' relative links to ``doc:ID#anchor`` and images to bundle files."""

    root: Path
    by_path: dict[str, Draft]
    base: str = ""
    """The first language: a translation's link to a document not translated leads there."""
    images: dict[str, Path] = field(default_factory=dict)
    known: dict[tuple[str, str, bool], Target] = field(default_factory=dict, repr=False)
    """Links already resolved in this build: validation, the build cache and rendering ask alike."""

    @classmethod
    def of(cls, root: Path, drafts: list[Draft], base: str = "") -> Linker:
        return cls(root.resolve(), {d.source.rel: d for d in drafts}, base)

    def resolve(self, draft: Draft, href: str, is_image: bool) -> Target:
        key = (draft.source.rel, href, is_image)
        if key not in self.known:
            self.known[key] = self._resolve(draft, href, is_image)
        return self.known[key]

    def _resolve(self, draft: Draft, href: str, is_image: bool) -> Target:
        try:
            parts = urlsplit(href)
        except ValueError:  # such as 'http://[x': an unclosed IPv6 address
            return Target(None, f"link '{href}' is not a valid address", "check the address")
        scheme = parts.scheme.lower()
        if scheme in EXTERNAL:
            if is_image:
                return Target(
                    None,
                    f"remote image '{href}' removed",
                    "copy the picture into content/images/",
                    warning=True,
                )
            return Target(href)
        if scheme:  # javascript:, data: and the like; sanitize.scan reports them
            return Target(None)
        if is_image:
            return self._image(draft, unquote(parts.path))
        path, anchor = unquote(parts.path), parts.fragment
        target = draft if not path else self._document(draft, path)
        if target is None and self._unbuilt(draft, path):
            return Target(None)  # a file with problems of its own, reported there
        if target is None:
            return Target(None, f"broken link '{href}': no such document", self._hint(draft, path))
        if anchor and anchor not in target.anchors:
            hint = did_you_mean(
                anchor, sorted(target.anchors), f"see the headings of {target.source.rel}"
            )
            return Target(
                None, f"broken link '{href}': no section '#{anchor}' in '{target.id}'", hint
            )
        return Target(f"doc:{target.id}" + (f"#{anchor}" if anchor else ""))

    def _hint(self, draft: Draft, path: str) -> str:
        """Name the file whose name is closest to the one linked to, as a relative path."""
        here = posixpath.dirname(draft.source.rel)
        by_name = {posixpath.basename(p): posixpath.relpath(p, here) for p in self.by_path}
        match = closest(posixpath.basename(path), by_name)
        if match is None:
            return "link to an existing .md file with a relative path"
        return f"did you mean '{by_name[match]}'?"

    def _document(self, draft: Draft, path: str) -> Draft | None:
        """The document a path leads to: relative to the linking file, or to the language
        folder when it starts with ``/``; a folder leads to its ``README.md`` or ``index.md``.
        From a translation, a document not translated is the original (``doc:ID`` is the
        same: the app opens the translation where there is one)."""
        found = self._in_language(draft, path, draft.source.lang)
        if found is None and self.base and draft.source.lang != self.base:
            found = self._in_language(draft, path, self.base)
        return found

    def _in_language(self, draft: Draft, path: str, lang: str) -> Draft | None:
        here = lang if path.startswith("/") else posixpath.dirname(draft.source.rel)
        if lang != draft.source.lang:  # the same place in the other language's folder
            here = posixpath.join(lang, here.partition("/")[2])
        joined = posixpath.normpath(posixpath.join(here, path.lstrip("/")))
        if lang != draft.source.lang and joined.split("/", 1)[0] != lang:
            return None
        found = self.by_path.get(joined)
        if found is None and (path.endswith("/") or not posixpath.splitext(path)[1]):
            found = next(
                (d for rel, d in self.by_path.items() if _is_folder_page(rel, joined)), None
            )
        return found

    def _unbuilt(self, draft: Draft, path: str) -> bool:
        """Whether ``path`` names a Markdown file of the content that could not be read."""
        here = self.root / draft.source.lang if path.startswith("/") else draft.source.path.parent
        try:
            file = (here / path.lstrip("/")).resolve()
            inside = file.is_relative_to(self.root)
            return file.suffix.lower() == ".md" and inside and file.is_file()
        except (OSError, ValueError):
            return False

    def _image(self, draft: Draft, path: str) -> Target:
        try:
            file = (draft.source.path.parent / path).resolve()
            exists = file.is_file()
        except (OSError, ValueError):  # a NUL byte, or a name too long for the disk
            file, exists = self.root, False
        if not file.is_relative_to(self.root):
            return Target(
                None, f"image '{path}' is outside content/", "move the picture into content/images/"
            )
        if not exists or file.suffix.lower() not in IMAGE_TYPES:
            return Target(
                None,
                f"image '{path}' not found",
                "check the file name and that it is a PNG, JPEG, GIF, SVG or WebP picture",
            )
        digest = hashlib.sha256(file.read_bytes()).hexdigest()[:12]
        name = f"images/{digest}{file.suffix.lower()}"
        self.images[name] = file
        return Target(name)


def _is_folder_page(rel: str, folder: str) -> bool:
    """Whether ``rel`` is the ``README.md`` or ``index.md`` (any case) of ``folder``."""
    head, name = posixpath.split(rel)
    return head == folder and name.lower() in ("readme.md", "index.md")


def validate(drafts: list[Draft], linker: Linker, problems: Problems) -> list[Draft]:
    """Report cross-document problems; return the drafts whose ids are unique."""
    seen: dict[tuple[str, str], Draft] = {}
    unique: list[Draft] = []
    for draft in drafts:
        key = (draft.source.lang, draft.id)
        if key in seen:
            first = seen[key].source
            problems.error(
                draft.source.path,
                1,
                f"duplicate id '{draft.id}': {first.rel} has it too",
                "rename one of the files or set a different 'id:'",
            )
            continue
        seen[key] = draft
        unique.append(draft)
    ids = {d.id: d for d in unique}
    for draft in unique:
        _check_links(draft, linker, problems)
        if draft.next_guide and (
            ids.get(draft.next_guide) is None or ids[draft.next_guide].kind is not Kind.GUIDE
        ):
            guides = [d.id for d in unique if d.kind is Kind.GUIDE]
            problems.error(
                draft.source.path,
                draft.source.meta.line("guide"),
                f"unknown guide '{draft.next_guide}'",
                did_you_mean(draft.next_guide, guides, "name the id of a guide"),
            )
        for danger in draft.dangers:
            problems.warning(draft.source.path, danger.line, danger.message, danger.fix)
    return unique


def _check_links(draft: Draft, linker: Linker, problems: Problems) -> None:
    for link in draft.links:
        target = linker.resolve(draft, link.target, link.is_image)
        if not target.problem:
            continue
        report = problems.warning if target.warning else problems.error
        report(draft.source.path, link.line, target.problem, target.fix)
