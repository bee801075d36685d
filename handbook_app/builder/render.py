"""Stage 5: render each draft to sanitized HTML and the final document model."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from handbook_app.builder import phrasebook
from handbook_app.builder.links import Linker
from handbook_app.builder.parse import Draft
from handbook_app.content import languages, markup, sanitize
from handbook_app.content.dates import verified_text
from handbook_app.content.model import (
    Checklist,
    Contact,
    Country,
    Document,
    Guide,
    Kind,
    Section,
    Step,
)

if TYPE_CHECKING:
    from handbook_app.builder.links import Linker
    from handbook_app.builder.parse import Draft

Render = Callable[[str], str]


def contents_order(doc: Document) -> tuple[str, int, float, str]:
    """The sort key of the contents: language, kind, then ``order``, then title."""
    return (doc.lang, list(Kind).index(doc.kind), doc.order, doc.title.lower())


def render_one(draft: Draft, linker: Linker) -> Document:
    doc = _render(draft, linker)
    if not draft.translated_from:
        return doc
    page = doc.html
    if not draft.reviewed:  # marked on the page itself, in the translation's language
        note = html.escape(languages.unreviewed_note(doc.lang))
        page = page.replace(
            "</h1>", f'</h1>\n<p class="unreviewed" lang="{doc.lang}">{note}</p>', 1
        )
    return replace(
        doc, html=page, translated_from=draft.translated_from, reviewed=draft.reviewed or ""
    )


def _render(draft: Draft, linker: Linker) -> Document:
    def to_html(text: str) -> str:
        def resolve(href: str, is_image: bool) -> str | None:
            return linker.resolve(draft, href, is_image).href

        return sanitize.clean(markup.to_html(text, resolve))

    body_html = to_html(draft.source.body)
    if not any(h.level == 1 for h in draft.headings):
        body_html = f"<h1>{html.escape(draft.title)}</h1>\n{body_html}"
    doc = Document(
        id=draft.id,
        kind=draft.kind,
        lang=draft.source.lang,
        title=draft.title,
        source=draft.source.rel,
        html=body_html,
        summary=draft.summary,
        tags=draft.tags,
        keywords=draft.keywords,
        order=draft.order,
        uncertain=draft.uncertain,
    )
    if draft.checklist is not None:
        return _checklist(doc, draft, to_html)
    if draft.guide is not None:
        return _guide(doc, draft, to_html)
    if draft.contacts is not None:
        return _country(doc, draft)
    if draft.phrasebook is not None:
        return phrasebook.render(doc, draft.phrasebook, to_html)
    return replace(doc, sections=_text_sections(doc, draft))


def _text_sections(doc: Document, draft: Draft) -> tuple[Section, ...]:
    found = markup.sections(draft.source.body, draft.source.body_line)
    lead = markup.plain_text(markup.lead(draft.source.body, draft.source.body_line))
    if found and found[0].level == 1:
        lead = f"{lead} {found.pop(0).text}"
    return (_top(doc, lead), *found)


def _top(doc: Document, text: str) -> Section:
    """The section that stands for the whole document: its title, summary and lead."""
    return Section("", doc.title, 1, " ".join(filter(None, (doc.summary, text.strip()))))


def _checklist(doc: Document, draft: Draft, to_html: Render) -> Document:
    assert draft.checklist is not None
    dims = tuple(replace(d, html=to_html(d.html)) for d in draft.checklist.dimensions)
    model = Checklist(draft.rule, draft.audience, dims, draft.stages, draft.next_guide)
    parts = [f"<h1>{html.escape(doc.title)}</h1>", to_html(draft.checklist.intro)]
    sections = [_top(doc, markup.plain_text(draft.checklist.intro))]
    for dim in dims:
        items = "".join(
            f'<li id="{html.escape(i.id)}">{html.escape(i.text)} '
            f'<span class="strength {i.strength}">{i.strength}'
            f"{', uncertain' if i.uncertain else ''}</span></li>"
            for i in dim.indicators
        )
        parts.append(
            f'<h2 id="{dim.anchor}">{html.escape(dim.title)}</h2>{dim.html}<ul>{items}</ul>'
        )
        words = " · ".join(i.text for i in dim.indicators)  # items apart in snippets
        sections.append(Section(dim.anchor, dim.title, 2, words))
    return replace(doc, html="\n".join(parts), checklist=model, sections=tuple(sections))


def _guide(doc: Document, draft: Draft, to_html: Render) -> Document:
    assert draft.guide is not None
    titles = {s.id: s.title for s in draft.guide.guide.steps}
    steps = tuple(replace(s, html=to_html(s.html)) for s in draft.guide.guide.steps)
    intro = markup.lead(draft.source.body, draft.source.body_line, level=2)
    parts = [f"<h1>{html.escape(doc.title)}</h1>", to_html(intro)]
    sections = [_top(doc, markup.plain_text(intro))]
    for step in steps:
        parts.append(
            f'<h2 id="{step.id}">{html.escape(step.title)}</h2>{step.html}{_routes(step, titles)}'
        )
        raw = draft.guide.guide.step(step.id)
        words = " ".join(
            (markup.plain_text(raw.html), step.question, *(a.label for a in step.answers))
        )
        sections.append(Section(step.id, step.title, 2, words.strip()))
    return replace(
        doc,
        html="\n".join(parts),
        guide=Guide(draft.guide.guide.start, steps),
        sections=tuple(sections),
    )


def _routes(step: Step, titles: dict[str, str]) -> str:
    def link(target: str, label: str) -> str:
        return f'<a href="#{target}">{html.escape(label)}</a>'

    if step.next:
        return f'<p class="next">Next: {link(step.next, titles.get(step.next, step.next))}</p>'
    if step.answers:
        answers = "".join(f"<li>{link(a.target, a.label)}</li>" for a in step.answers)
        question = f'<p class="question"><b>{html.escape(step.question)}</b></p>'
        return f'{question}<ul class="answers">{answers}</ul>'
    return '<p class="end">End of this guide.</p>'


def _contact_html(contact: Contact) -> str:
    """One contact as a heading and a small table, for the country page."""
    when = verified_text(contact.verified, contact.source_date)
    rows = [
        ("Role", html.escape(contact.role)),
        ("Phone", html.escape(contact.phone)),
        ("Hours", html.escape(contact.hours)),
        (
            "E-mail",
            f'<a href="mailto:{html.escape(contact.email)}">{html.escape(contact.email)}</a>'
            if contact.email
            else "",
        ),
        (
            "Web",
            f'<a href="{html.escape(contact.web)}">{html.escape(contact.web)}</a>'
            if contact.web
            else "",
        ),
        ("Note", html.escape(contact.notes)),
        ("Source", f"{html.escape(contact.source)} ({html.escape(when)})"),
    ]
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows if v)
    flag = (
        '<p class="uncertain-mark">Uncertain: verify before relying on this.</p>'
        if contact.uncertain
        else ""
    )
    title = f'<h3 id="{contact.anchor}">{html.escape(contact.name)}</h3>'
    return f'{title}{flag}<table class="contact">{body}</table>'


def _country(doc: Document, draft: Draft) -> Document:
    assert draft.contacts is not None
    contacts = tuple(draft.contacts.contacts)
    cards = "".join(_contact_html(c) for c in contacts)
    page = doc.html.replace("</h1>", f'</h1>\n<h2 id="contacts">Contacts</h2>{cards}', 1)
    sections = list(_text_sections(doc, draft))
    for c in contacts:
        words = " ".join(filter(None, (c.role, c.phone, c.hours, c.email, c.web, c.notes)))
        sections.append(Section(c.anchor, c.name, 3, words))
    return replace(
        doc, html=page, country=Country(draft.country_code, contacts), sections=tuple(sections)
    )
