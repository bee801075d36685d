"""Open a file in the editor at a line: ``$VISUAL`` or ``$EDITOR``, else the system's own.

``command`` only works out the command (tested on its own); ``open_at`` starts it, with
a list of arguments and never through a shell.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PurePath

PLUS_LINE = frozenset({
    "vi", "vim", "nvim", "gvim", "mvim", "nano", "pico", "emacs", "emacsclient", "micro", "kak",
    "joe", "jed", "mg", "ne", "gedit", "gnome-text-editor", "geany", "xed", "pluma", "mousepad",
})  # fmt: skip
"""Editors that take ``+LINE FILE``."""
GOTO = frozenset({"code", "code-insiders", "codium", "vscodium", "cursor"})
"""Editors that take ``--goto FILE:LINE``."""
COLON = frozenset({"subl", "sublime_text", "zed", "atom", "pulsar", "lapce"})
"""Editors that take ``FILE:LINE``."""


def command(
    path: Path, line: int, environ: Mapping[str, str] | None = None, system: str | None = None
) -> list[str]:
    """The command that opens ``path`` at ``line`` (the line is lost where no editor takes one)."""
    env = os.environ if environ is None else environ
    platform = sys.platform if system is None else system
    chosen = env.get("VISUAL") or env.get("EDITOR") or ""
    windows = platform.startswith("win")
    words = [_unquoted(w) for w in shlex.split(chosen, posix=not windows)] if chosen.strip() else []
    target = str(path)
    line = max(line, 1)
    if not words:
        if windows:
            return ["notepad.exe", target]
        if platform == "darwin":
            return ["open", "-t", target]
        return ["xdg-open", target]
    name = PurePath(words[0].replace("\\", "/")).name.lower().removesuffix(".exe")
    if name in PLUS_LINE:
        return [*words, f"+{line}", target]
    if name in GOTO:
        return [*words, "--goto", f"{target}:{line}"]
    if name in COLON:
        return [*words, f"{target}:{line}"]
    if name == "kate":
        return [*words, "--line", str(line), target]
    if name in ("notepad++", "notepad-plus-plus"):
        return [*words, f"-n{line}", target]
    if name == "mate":
        return [*words, "-l", str(line), target]
    return [*words, target]


def _unquoted(word: str) -> str:
    """A word without the double quotes Windows wraps around paths with spaces."""
    return word[1:-1] if len(word) > 1 and word[0] == word[-1] == '"' else word


Starter = Callable[[list[str]], object]


def open_at(
    path: Path,
    line: int,
    environ: Mapping[str, str] | None = None,
    start: Starter | None = None,
) -> list[str]:
    """Open ``path`` at ``line`` in the editor; returns the command started.

    Raises OSError when the editor cannot be started (the caller says so).
    """
    argv = command(path, line, environ)
    (start or _start)(argv)
    return argv


def _start(argv: list[str]) -> object:
    return subprocess.Popen(argv)  # a terminal editor needs the console it was started from
