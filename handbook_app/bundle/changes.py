"""What changed from one edition to the next: documents, their sections, and contacts.

``compare(old, new)`` reads two bundle folders (the new one may be a bundle still
being built: only its ``catalog.json`` and ``docs/`` are read). The builder writes
the result into the new bundle as ``changes.json`` (listed in the manifest, so signed
with it) when it is given the previous bundle; the app reads it with ``load`` and
shows ``Changes.items()`` as "What is new in this edition".
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from handbook_app.bundle.manifest import CATALOG, Manifest
from handbook_app.bundle.reader import document_path
from handbook_app.content.model import Document
from handbook_app.errors import BundleError

if TYPE_CHECKING:
    from pathlib import Path

NAME = "changes.json"
FORMAT = 1
CONTACT_FIELDS = ("phone", "hours", "verified")
"""The facts of a contact an officer acts on: each change to one is listed by itself."""

DocKey = tuple[str, str]


@dataclass(frozen=True)
class Ref:
    """A document added or removed."""

    lang: str
    id: str
    title: str


@dataclass(frozen=True)
class SectionChange:
    anchor: str
    """``""`` is the top of the document: its title, summary and lead."""
    title: str
    how: str
    """``added``, ``removed`` or ``changed``."""


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: str
    new: str


@dataclass(frozen=True)
class ContactChange:
    anchor: str
    name: str
    how: str
    """``added``, ``removed`` or ``changed`` (then ``fields`` says which facts)."""
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class DocumentChange:
    lang: str
    id: str
    title: str
    sections: tuple[SectionChange, ...] = ()
    contacts: tuple[ContactChange, ...] = ()
    """Contacts added, removed, or whose phone, hours or verified date changed."""


@dataclass(frozen=True)
class Item:
    """One line of "What is new in this edition": its text, and where it opens (or ``""``)."""

    href: str
    text: str


@dataclass(frozen=True)
class Changes:
    old_edition: int
    new_edition: int
    added: tuple[Ref, ...] = ()
    removed: tuple[Ref, ...] = ()
    changed: tuple[DocumentChange, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def items(self) -> list[Item]:
        """Every change as a line to show, with a ``doc:ID#anchor`` link where it can open."""
        found = [Item(f"doc:{r.id}", f"New: {r.title}") for r in self.added]
        for doc in self.changed:
            for section in doc.sections:
                where = f"doc:{doc.id}" + (f"#{section.anchor}" if section.anchor else "")
                text = doc.title if not section.anchor else f"{doc.title} › {section.title}"
                link = "" if section.how == "removed" else where
                found.append(Item(link, f"{text} ({section.how})"))
            for contact in doc.contacts:
                link = "" if contact.how == "removed" else f"doc:{doc.id}#{contact.anchor}"
                found.append(Item(link, f"{doc.title} › {contact.name} ({_facts(contact)})"))
            if not doc.sections and not doc.contacts:
                found.append(Item(f"doc:{doc.id}", f"{doc.title} (links or layout)"))
        found += [Item("", f"Removed: {r.title}") for r in self.removed]
        return found

    def lines(self) -> list[str]:
        """The changes as plain text lines, for ``handbook changes``."""
        out = [f"edition {self.old_edition} -> {self.new_edition}"]
        if self.empty:
            return [*out, "no documents changed"]
        out += [f"added    {r.lang}/{r.id}  {r.title}" for r in self.added]
        out += [f"removed  {r.lang}/{r.id}  {r.title}" for r in self.removed]
        for doc in self.changed:
            out.append(f"changed  {doc.lang}/{doc.id}  {doc.title}")
            for s in doc.sections:
                out.append(
                    f"    section {s.how}: {s.title}" + (f" (#{s.anchor})" if s.anchor else "")
                )
            for c in doc.contacts:
                out.append(f"    contact {c.how}: {c.name}")
                out += [f"        {f.name}: '{f.old}' -> '{f.new}'" for f in c.fields]
            if not doc.sections and not doc.contacts:
                out.append("    links or layout only")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, **asdict(self)}

    def to_json(self) -> bytes:
        return (json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n").encode()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Changes:
        def refs(key: str) -> tuple[Ref, ...]:
            return tuple(Ref(**r) for r in data.get(key, ()))

        changed = tuple(
            DocumentChange(
                d["lang"], d["id"], d["title"],
                tuple(SectionChange(**s) for s in d.get("sections", ())),
                tuple(
                    ContactChange(
                        c["anchor"], c["name"], c["how"],
                        tuple(FieldChange(**f) for f in c.get("fields", ())),
                    )
                    for c in d.get("contacts", ())
                ),
            )
            for d in data.get("changed", ())
        )  # fmt: skip
        return cls(
            int(data["old_edition"]), int(data["new_edition"]), refs("added"), refs("removed"),
            changed,
        )  # fmt: skip


def compare(old: Path, new: Path, new_edition: int | None = None) -> Changes:
    """The changes from bundle ``old`` to bundle ``new`` (``new_edition`` if it has no manifest)."""
    before, after = _catalog(old), _catalog(new)
    edition = new_edition if new_edition is not None else Manifest.load(new).edition
    added = tuple(Ref(k[0], k[1], after[k]) for k in after if k not in before)
    removed = tuple(Ref(k[0], k[1], before[k]) for k in before if k not in after)
    changed: list[DocumentChange] = []
    for key in after:
        if key not in before:
            continue
        name = document_path(*key)
        raw_old, raw_new = _read(old / name), _read(new / name)
        if raw_old != raw_new:
            changed.append(_document_change(_document(raw_old, name), _document(raw_new, name)))
    return Changes(Manifest.load(old).edition, edition, added, removed, tuple(changed))


def load(bundle: Path) -> Changes | None:
    """The changes a bundle says it brings, or None when it was built without them."""
    path = bundle / NAME
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_bytes())
        if int(data.get("format", 0)) > FORMAT:
            return None  # written by a newer builder: not shown rather than misread
        return Changes.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise BundleError(f"the bundle's list of changes is damaged: {error}") from error


def write(folder: Path, changes: Changes) -> None:
    (folder / NAME).write_bytes(changes.to_json())


def _document_change(old: Document, new: Document) -> DocumentChange:
    before, after = _parts(old), _parts(new)
    titles = {s.anchor: s.title for s in (*old.sections, *new.sections)}
    sections = [
        SectionChange(
            anchor, titles.get(anchor, anchor), "added" if anchor not in before else "changed"
        )
        for anchor in after
        if before.get(anchor) != after[anchor] and anchor not in _contacts(new)
    ]
    sections += [
        SectionChange(anchor, titles.get(anchor, anchor), "removed")
        for anchor in before
        if anchor not in after and anchor not in _contacts(old)
    ]
    return DocumentChange(new.lang, new.id, new.title, tuple(sections), _contact_changes(old, new))


def _parts(doc: Document) -> dict[str, str]:
    """Each anchor of a document with everything shown under it, as one comparable string."""
    parts = {s.anchor: f"{s.title}\n{s.text}" for s in doc.sections}
    extra: list[tuple[str, object]] = []
    if doc.checklist:
        extra += [(d.anchor, asdict(d)) for d in doc.checklist.dimensions]
    if doc.guide:
        extra += [(s.id, asdict(s)) for s in doc.guide.steps]
    if doc.country:
        extra += [(c.anchor, asdict(c)) for c in doc.country.contacts]
    for anchor, value in extra:
        parts[anchor] = parts.get(anchor, "") + repr(value)
    return parts


def _contacts(doc: Document) -> set[str]:
    return {c.anchor for c in doc.country.contacts} if doc.country else set()


def _contact_changes(old: Document, new: Document) -> tuple[ContactChange, ...]:
    before = {c.anchor: c for c in old.country.contacts} if old.country else {}
    after = {c.anchor: c for c in new.country.contacts} if new.country else {}
    found: list[ContactChange] = []
    for anchor, contact in after.items():
        was = before.get(anchor)
        if was is None:
            found.append(ContactChange(anchor, contact.name, "added"))
        elif was != contact:
            fields = tuple(
                FieldChange(name, getattr(was, name), getattr(contact, name))
                for name in CONTACT_FIELDS
                if getattr(was, name) != getattr(contact, name)
            )
            found.append(ContactChange(anchor, contact.name, "changed", fields))
    found += [ContactChange(a, c.name, "removed") for a, c in before.items() if a not in after]
    return tuple(found)


def _facts(contact: ContactChange) -> str:
    if not contact.fields:
        return contact.how
    return "new " + ", ".join(
        "verified date" if f.name == "verified" else f.name for f in contact.fields
    )


def _catalog(bundle: Path) -> dict[DocKey, str]:
    """``(lang, id)`` to title for every document of a bundle folder, in contents order."""
    try:
        entries = json.loads((bundle / CATALOG).read_bytes())
        return {(str(e["lang"]), str(e["id"])): str(e["title"]) for e in entries}
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as error:
        raise BundleError(f"no readable bundle catalog in {bundle}: {error}") from error


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise BundleError(f"cannot read {path}: {error}") from error


def _document(raw: bytes, name: str) -> Document:
    try:
        return Document.from_dict(json.loads(raw))
    except (ValueError, KeyError, TypeError, RecursionError) as error:
        raise BundleError(f"document {name} is damaged: {error}") from error
