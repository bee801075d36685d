"""``handbook-app``: start the viewer, or render it offscreen to a PNG with ``--screenshot``."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from handbook_app import __version__
from handbook_app.errors import HandbookError
from handbook_app.gui import firstpaint, plain
from handbook_app.gui.instance import Instance
from handbook_app.paths import APPLICATION, ORGANIZATION, Paths, resources
from handbook_app.trust.verify import Verdict

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from handbook_app.gui.preview import Preview
    from handbook_app.gui.window import MainWindow
    from handbook_app.preview.session import Outcome

SCREEN_SIZE = (1280, 800)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="handbook-app", description="Consular Handbook viewer")
    parser.add_argument(
        "--bundle", type=Path, help="the bundle folder to open (default: the built-in one)"
    )
    parser.add_argument("--data-dir", type=Path, help="where case data and settings are kept")
    parser.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        help="preview a content folder live: build it, and again on every save (for editors)",
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="PATH", help="render the window to a PNG and exit"
    )
    parser.add_argument("--open", metavar="DOC_ID", help="open this document first")
    parser.add_argument("--search", metavar="QUERY", help="run this search first")
    parser.add_argument(
        "--import", dest="import_file", type=Path, metavar="FILE", help="import a bundle file"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation, print JSON, exit"
    )
    parser.add_argument(
        "--allow-unsigned",
        action="store_true",
        help="open an unsigned development bundle (make run); never for real cases",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def settle(
    app: QApplication, condition: Callable[[], bool] | None = None, timeout_ms: int = 5000
) -> None:
    """Let the event loop run until ``condition()`` holds, or for ``timeout_ms``."""
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
        if condition is not None and condition():
            break


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    paths = Paths.build(args.data_dir)  # the one Paths of this run
    if args.self_test:
        from handbook_app.gui import selftest  # noqa: PLC0415 (only when asked)

        return selftest.run(args.bundle or paths.bundle)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    firstpaint.install(app)  # HANDBOOK_EXIT_AFTER_PAINT=1: `make bench` times the first paint
    app.setStyle("Fusion")  # draws with the theme's palette on every platform
    app.setDesktopFileName("handbook-app")  # resources/handbook-app.desktop
    app.setWindowIcon(QIcon(str(resources() / "icons" / "app" / "handbook-app-256.png")))
    # Imported after the QApplication exists, and only when a window is wanted.
    from handbook_app.gui.window import MainWindow  # noqa: PLC0415

    try:
        settings = QSettings(str(paths.ready().settings), QSettings.Format.IniFormat)
    except HandbookError as error:
        return fail(f"The handbook cannot start: {error}", args.screenshot is None)
    guard = Instance(paths.data, app)
    if not guard.claim():
        if guard.wake_first():
            print(f"handbook-app: already open on {paths.data}; that window was raised.")
            return 0
        return fail(f"The handbook is already open on {paths.data}.", args.screenshot is None)
    try:
        window = MainWindow(paths, settings)
    except HandbookError as error:
        return fail(f"The handbook cannot start: {error}", args.screenshot is None)
    guard.woken.connect(lambda: raise_window(window))
    window.library.allow_unsigned = args.allow_unsigned
    if args.content is not None:
        preview = live_preview(app, window, paths, args.content)
        loaded = window.bundle is not None
    else:
        preview = None
        loaded = window.library.start(args.bundle)
    if args.import_file:
        window.import_bundle(args.import_file)
    if loaded and args.open:
        window.navigator.open(args.open)
    if args.screenshot:
        built = None if preview is None else (lambda: preview.last is not None)
        return screenshot(app, window, args, built)
    if window.maximise:
        window.showMaximized()
    else:
        window.show()
    return app.exec()


def live_preview(app: QApplication, window: MainWindow, paths: Paths, content: Path) -> Preview:
    """Watch ``content`` and show its builds in ``window``: the last good one of an earlier
    preview at once, if there is one, then each new one. Ctrl+C on the console stops it."""
    from handbook_app.gui.preview import Preview  # noqa: PLC0415 (only for editors)

    preview = Preview(content, paths.preview(content), window)
    window.watch(preview)
    preview.outcome.connect(lambda outcome: report(outcome, content))
    app.aboutToQuit.connect(preview.stop)
    if preview.has_bundle:
        window.library.open(preview.bundle, Verdict(signed=False))
    # The first build once the window shows "Building the preview…".
    firstpaint.after_paint(window, preview.start, window.isVisible())
    print(
        f"Previewing {content} (built into {preview.bundle}). "
        "Save a file to rebuild; close the window or press Ctrl+C to stop.",
        file=sys.stderr,
        flush=True,
    )
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    wake = QTimer(window, interval=250)  # lets Python see Ctrl+C while Qt waits for events
    wake.timeout.connect(lambda: None)
    wake.start()
    return preview


def report(outcome: Outcome, content: Path) -> None:
    """Each build of the preview on the console, with its problems."""
    for line in outcome.lines(content):
        print(line, file=sys.stderr)
    verb = "rebuilt" if outcome.ok else "not rebuilt"
    changed = len(outcome.changed) + len(outcome.removed)
    print(
        f"{verb} in {outcome.seconds:.2f} s: {changed} document(s) changed, "
        f"{len(outcome.problems)} problem(s)",
        file=sys.stderr,
        flush=True,
    )


def screenshot(
    app: QApplication,
    window: MainWindow,
    args: argparse.Namespace,
    ready: Callable[[], bool] | None = None,
) -> int:
    window.resize(*SCREEN_SIZE)
    window.show()
    settle(app, timeout_ms=300)
    if ready is not None:
        settle(app, ready, 600_000)
    if args.search:
        window.search.box.setText(args.search)
        window.search.run()
        settle(app, lambda: window.search.shown is not None, 10000)
    settle(app, timeout_ms=200)
    ok = window.grab().save(str(args.screenshot), "PNG")
    window.close()
    if not ok:
        return fail(f"could not write {args.screenshot}", False)
    return 0


def raise_window(window: MainWindow) -> None:
    """A second start asked for this window: show it in front."""
    print("handbook-app: a second start on this data folder raised this window.", file=sys.stderr)
    window.showNormal()
    window.raise_()
    window.activateWindow()


def fail(message: str, dialog: bool) -> int:
    print(f"handbook-app: {message}", file=sys.stderr)
    if dialog:
        plain.message(
            None,
            QCoreApplication.translate("App", "Consular Handbook"),
            message,
            plain.Icon.Critical,
        )
    return 1


if __name__ == "__main__":
    sys.exit(main())
