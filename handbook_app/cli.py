"""The ``handbook`` command: build, check, search and inspect bundles.

This is an edge: it turns the core's exceptions into messages and exit codes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from handbook_app.builder import messages, pipeline
from handbook_app.bundle import changes
from handbook_app.bundle.manifest import INDEX_DIR, MANIFEST, Manifest
from handbook_app.content.model import Kind
from handbook_app.content.problems import Problem
from handbook_app.errors import ContentError, HandbookError, TrustError
from handbook_app.paths import Paths
from handbook_app.search.engine import Query
from handbook_app.trust import cli as trust_cli
from handbook_app.trust.keys import fingerprint, load_private, short
from handbook_app.trust.recover import load_verified
from handbook_app.trust.sign import signer
from handbook_app.trust.verify import NOT_SIGNED

if TYPE_CHECKING:
    from collections.abc import Sequence

    from handbook_app.content.problems import Problem


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    args.paths = Paths.build(args.data_dir)
    try:
        code: int = args.run(args)
    except ContentError as error:
        _print_problems(error.problems)
        print(f"{len(error.problems)} problem(s); no bundle written.", file=sys.stderr)
        return 1
    except HandbookError as error:
        print(f"handbook: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handbook", description="Build and inspect handbook bundles."
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="the data folder (default: $HANDBOOK_DATA)"
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    build = sub.add_parser("build", help="build a bundle from a content folder")
    build.add_argument("content", nargs="?", type=Path, default=Path("content"))
    build.add_argument("-o", "--out", type=Path, default=Path("build/bundle"))
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build.add_argument("--sign", type=Path, default=None, metavar="PRIVATE_KEY", help="sign it")
    build.add_argument(
        "--clean", action="store_true", help="ignore the build cache: parse and index everything"
    )
    build.add_argument(
        "--previous",
        type=Path,
        default=None,
        metavar="OLD_BUNDLE",
        help="the previous edition's bundle: the new one lists what changed since it",
    )
    build.set_defaults(run=_build)

    check = sub.add_parser("check", help="validate a content folder; write nothing")
    check.add_argument("content", nargs="?", type=Path, default=Path("content"))
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument(
        "--translations",
        action="store_true",
        help="print per language the documents translated, stale, not reviewed and missing",
    )
    check.add_argument(
        "--update",
        type=Path,
        default=None,
        metavar="DOC",
        help="with --translations: write the table into DOC (between its markers)",
    )
    check.set_defaults(run=_check)

    search = sub.add_parser("search", help="search a bundle")
    search.add_argument(
        "query", nargs="+", help="the words to look for; after '--' a word may start with '-'"
    )
    search.add_argument("--bundle", type=Path, default=None)
    search.add_argument("--kind", default="", choices=["", *(k.value for k in Kind)])
    search.add_argument("--country", default="", help="ISO country code, e.g. FI")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="print JSON")
    _opening_options(search)
    search.set_defaults(run=_search)

    changed = sub.add_parser("changes", help="list what changed between two bundles")
    changed.add_argument("old", type=Path, metavar="OLD_BUNDLE")
    changed.add_argument("new", type=Path, metavar="NEW_BUNDLE")
    changed.add_argument("--json", action="store_true", help="print JSON")
    changed.set_defaults(run=_changes)

    preview = sub.add_parser(
        "preview", help="open the app on a content folder and rebuild it on every save"
    )
    preview.add_argument("content", nargs="?", type=Path, default=Path("content"))
    preview.set_defaults(run=_preview)

    listed = sub.add_parser("problems", help="list every problem the builder reports, with its fix")
    listed.add_argument("--markdown", action="store_true", help="as the table of docs/authoring.md")
    listed.add_argument(
        "--update", type=Path, default=None, metavar="DOC", help="write the table into DOC"
    )
    listed.set_defaults(run=_problems)

    info = sub.add_parser("info", help="show a bundle's manifest")
    info.add_argument("bundle", nargs="?", type=Path, default=None)
    _opening_options(info)
    info.set_defaults(run=_info)
    trust_cli.add_commands(sub)
    return parser


def _opening_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-unsigned",
        action="store_true",
        help="open an unsigned development bundle (its hashes must still hold)",
    )
    parser.add_argument("--trusted-keys", type=Path, default=None, metavar="DIR")


def _open_bundle(args: argparse.Namespace, *, index: bool) -> tuple[Path, Manifest]:
    """The bundle to read and its manifest, verified first; a bundle that does not verify
    is never opened."""
    target = _bundle(args.bundle, args.paths.bundle)
    keys = [args.trusted_keys or args.paths.release_keys, args.paths.user_keys]
    found, verdict, notes = load_verified(
        target, keys, index=index, allow_unsigned=args.allow_unsigned
    )
    if found is None:
        hint = ""
        if verdict.problem == NOT_SIGNED:
            hint = "; for a development bundle you built yourself, pass --allow-unsigned"
        raise TrustError(f"{target}: not opened: {verdict.problem}{hint}")
    for note in notes:
        print(note, file=sys.stderr)
    assert verdict.manifest is not None  # a bundle was found: its manifest verified
    return found, verdict.manifest


def _progress(stream: TextIO) -> pipeline.Progress:
    last = [""]

    def report(stage: str, done: int, total: int) -> None:
        if stream.isatty():
            stream.write(f"\r{stage:<10} {total:>5} item(s)")
            stream.flush()
        elif stage != last[0]:
            stream.write(f"{stage}: {total} item(s)\n")
        last[0] = stage

    return report


def _print_problems(problems: Sequence[Problem]) -> None:
    root = Path.cwd()
    for problem in problems:
        print(problem.format(root), file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    key = load_private(args.sign) if args.sign else None  # ask for the passphrase first
    sign = signer(key) if key else None
    result = pipeline.build(
        args.content,
        args.out,
        strict=args.strict,
        progress=_progress(sys.stderr),
        sign=sign,
        clean=args.clean,
        previous=args.previous,
    )
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    _print_problems(result.warnings)
    assert result.manifest is not None
    print(
        f"built {args.out}: edition {result.manifest.edition}, {result.count} documents, "
        f"{result.sections} sections, {len(result.warnings)} warning(s)"
    )
    if result.changes is not None:
        found = result.changes
        print(
            f"since edition {found.old_edition}: {len(found.added)} added, "
            f"{len(found.removed)} removed, {len(found.changed)} changed"
        )
    if key:
        print(f"signed by {short(fingerprint(key.public_key()))}")
    return 0


def _changes(args: argparse.Namespace) -> int:
    found = changes.compare(args.old, args.new)
    if args.json:
        print(json.dumps(found.to_dict(), indent=2, ensure_ascii=False))
    else:
        print("\n".join(found.lines()))
    return 0


def _preview(args: argparse.Namespace) -> int:
    """Start the app on the content folder (``handbook-app --content``), in its own process:
    this command stays free of Qt. Ctrl+C reaches both; the app closes itself."""
    content: Path = args.content
    if not content.is_dir():
        raise HandbookError(f"no content folder at {content} (name one: handbook preview DIR)")
    argv = [sys.executable, "-m", "handbook_app.gui.app", "--content", str(content)]
    if args.data_dir is not None:
        argv += ["--data-dir", str(args.data_dir)]
    with subprocess.Popen(argv) as app:
        while True:
            try:
                return app.wait()
            except KeyboardInterrupt:
                continue  # the app had it too, and is closing


def _check(args: argparse.Namespace) -> int:
    if args.update is not None and not args.translations:
        raise HandbookError("--update writes the table of --translations: give both")
    result = pipeline.check(args.content)
    _print_problems(result.problems)
    if args.translations and result.coverage is not None:
        table = result.coverage.table()
        if args.update is not None:
            block = "\n".join([TABLE_START, "", "```text", *table, "```", "", TABLE_END])
            changed = messages.update(args.update, block, TABLE_START, TABLE_END)
            print(f"{args.update}: {'updated' if changed else 'already up to date'}")
        else:
            print("\n".join(table))
    print(f"{len(result.documents)} documents, {len(result.problems)} problem(s)")
    return 1 if result.failing(args.strict) else 0


TABLE_START = "<!-- translations:start: made by `handbook check --translations`; do not edit -->"
TABLE_END = "<!-- translations:end -->"


def _search(args: argparse.Namespace) -> int:
    from handbook_app.search.searcher import Searcher  # noqa: PLC0415 (Whoosh only when searching)

    text = " ".join(args.query)
    bundle, _ = _open_bundle(args, index=True)
    searcher = Searcher(bundle / INDEX_DIR)
    try:
        results = searcher.search(
            Query(text, kind=args.kind, country=args.country, limit=args.limit)
        )
    finally:
        searcher.close()
    if args.json:
        out = {
            "query": text,
            "total": results.total,
            "suggestion": results.suggestion,
            "hits": [asdict(h) for h in results.hits],
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    for hit in results.hits:
        where = f"{hit.doc_id}#{hit.anchor}" if hit.anchor else hit.doc_id
        print(f"{hit.score:7.2f}  [{hit.kind}] {hit.doc_title} › {hit.title}  ({where})")
        print(f"         {hit.snippet}")
    if not results.hits:
        print(
            "no results" + (f"; did you mean '{results.suggestion}'?" if results.suggestion else "")
        )
    return 0


def _problems(args: argparse.Namespace) -> int:
    found = messages.catalogue()
    if args.update is not None:
        changed = messages.update(args.update, messages.markdown(found))
        print(f"{args.update}: {'updated' if changed else 'already up to date'}")
    elif args.markdown:
        print(messages.markdown(found))
    else:
        for m in found:
            print(("warning: " if m.warning else "") + m.message + (f" ({m.fix})" if m.fix else ""))
    return 0


def _bundle(given: Path | None, default: Path) -> Path:
    """The bundle to read: the one named, else the default; say how to make one if none."""
    bundle = given or default
    if not (bundle / MANIFEST).exists():
        named = "" if given else " (or name one with --bundle)"
        raise HandbookError(
            f"no handbook bundle at {bundle}: make one with "
            f"'handbook build content -o {bundle}'{named}"
        )
    return bundle


def _info(args: argparse.Namespace) -> int:
    _, manifest = _open_bundle(args, index=False)
    print(f"{manifest.title}")
    print(f"  edition    {manifest.edition} ({manifest.edition_date})")
    print(f"  publisher  {manifest.publisher}")
    print(f"  languages  {', '.join(manifest.languages)}")
    print(f"  documents  {manifest.documents}")
    print(f"  built      {manifest.built}")
    print(f"  format     {manifest.format}")
    print(f"  files      {len(manifest.files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
