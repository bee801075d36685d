"""Mutation testing of the core with mutmut: each module against its own tests.

    python tools/mutate.py                 every module in MODULES, one after another
    python tools/mutate.py core/route.py   only the modules named (paths below handbook_app/)

For each module the working tree (tracked and new files, as ``git ls-files`` lists
them) is copied to a temporary folder, so the real files are never mutated and
``make test`` can run meanwhile. mutmut mutates the module there and runs only the
module's own test files (no GUI tests), stopping at the first failure.

A mutant is *text* when it changes nothing but the wording of prose (a string with a
space in it, such as a message); every other mutant counts for the score. The table
gives per module: mutants, text mutants, the other mutants killed, and the score
(killed / other). Survivors are printed with the line they change.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "handbook_app"

# Each module and its own tests (tests/test_durability.py is left out of core/cases.py:
# it kills a writer 120 times, far too slow to run for every mutant).
MODULES: dict[str, tuple[str, ...]] = {
    "core/assessment.py": ("tests/test_assessment.py", "tests/test_assessment_rules.py"),
    "core/slip.py": ("tests/test_slip.py", "tests/test_slip_golden.py"),
    "core/route.py": ("tests/test_route.py",),
    "core/history.py": ("tests/test_history.py",),
    "core/cases.py": ("tests/test_cases.py", "tests/test_answers.py"),
    "core/reference.py": ("tests/test_reference.py",),
    "core/mission.py": ("tests/test_mission.py",),
    "search/query.py": ("tests/test_query.py", "tests/test_search.py"),
    "trust/verify.py": ("tests/test_verify.py", "tests/test_trust_sign.py"),
}
# Needs the git repository, which the copy is not.
DESELECT = ("tests/test_trust_sign.py::test_no_private_key_anywhere_in_the_repository",)
COPY = ("handbook_app", "tests", "tools", "content", "resources")

KILLED = {1: "killed", 3: "killed", 36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout"}
STATUS = {0: "survived", 5: "no tests", 33: "no tests", 34: "skipped", None: "not checked"}
MUTANT = re.compile(r"^(?P<function>.+)__mutmut_(?P<n>\d+)$")


@dataclass(frozen=True)
class Mutant:
    name: str
    status: str
    text: bool
    change: str

    @property
    def killed(self) -> bool:
        return self.status in KILLED.values()


@dataclass(frozen=True)
class Score:
    module: str
    mutants: tuple[Mutant, ...]

    @property
    def text(self) -> int:
        return sum(m.text for m in self.mutants)

    @property
    def other(self) -> int:
        return len(self.mutants) - self.text

    @property
    def killed(self) -> int:
        return sum(m.killed for m in self.mutants if not m.text)

    @property
    def text_killed(self) -> int:
        return sum(m.killed for m in self.mutants if m.text)

    @property
    def percent(self) -> float:
        return 100 * self.killed / self.other if self.other else 100.0

    @property
    def survivors(self) -> list[Mutant]:
        return [m for m in self.mutants if not m.killed]


def _config(module: str, tests: Sequence[str]) -> str:
    def toml_list(items: Sequence[str]) -> str:
        return "[" + ", ".join(json.dumps(i) for i in items) + "]"

    args = ["-p", "no:cacheprovider", "-x", "-q", "-m", "not gui and not slow"]
    for node in DESELECT:
        args += ["--deselect", node]
    return (
        "\n[tool.mutmut]\n"
        f"source_paths = {toml_list([f'{PACKAGE}/{module}'])}\n"
        f"also_copy = {toml_list(COPY)}\n"
        f"pytest_add_cli_args = {toml_list(args)}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(tests)}\n"
        "use_git_change_detection = false\n"
    )


def _copy_tree(target: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def _normalised(node: ast.AST) -> str:
    """The function with every prose string blanked and its name removed."""

    class Blank(ast.NodeTransformer):
        def visit_Constant(self, const: ast.Constant) -> ast.AST:
            if isinstance(const.value, str) and " " in const.value.strip():
                return ast.Constant("…")
            return const

    copy = Blank().visit(ast.parse(ast.unparse(node)))
    for fn in ast.walk(copy):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            fn.name = ""
            break
    return ast.dump(copy)


def _functions(mutated: Path) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(mutated.read_text("utf-8"))
    return {
        node.name: node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and "__mutmut_" in node.name
    }


def _change(orig: ast.AST, mutant: ast.AST) -> str:
    before = ast.unparse(orig).splitlines()[1:]
    after = ast.unparse(mutant).splitlines()[1:]
    lines = [
        line
        for line in difflib.unified_diff(before, after, lineterm="", n=0)
        if line[:1] in "+-"
        and not line.startswith(("+++", "---"))
        and not line[1:].lstrip().startswith("def ")
    ]
    if not lines:  # the change is in the signature (a default value)
        lines = [
            f"- {ast.unparse(orig).splitlines()[0]}",
            f"+ {ast.unparse(mutant).splitlines()[0]}",
        ]
    return "\n".join(" ".join(line.split()) for line in lines)


def results(work: Path, module: str) -> Score:
    """The mutants of ``module`` and what became of them, read from mutmut's files."""
    mutated = work / "mutants" / PACKAGE / module
    meta = json.loads(mutated.with_name(mutated.name + ".meta").read_text("utf-8"))
    functions = _functions(mutated)
    prefix = f"{PACKAGE}.{module.removesuffix('.py').replace('/', '.')}."
    mutants = []
    for key, code in sorted(meta["exit_code_by_key"].items()):
        match = MUTANT.match(key.removeprefix(prefix))
        if not match:
            raise SystemExit(f"mutate: unexpected mutant name {key!r}")
        orig = functions[f"{match['function']}__mutmut_orig"]
        mutant = functions[match.group(0)]
        status = KILLED.get(code) or STATUS.get(code, f"suspicious (exit {code})")
        text = _normalised(orig) == _normalised(mutant)
        mutants.append(Mutant(key.removeprefix(prefix), status, text, _change(orig, mutant)))
    return Score(module, tuple(mutants))


def run(module: str, tests: Sequence[str], *, keep: bool = False) -> Score:
    work = Path(tempfile.mkdtemp(prefix="handbook-mutate-"))
    try:
        _copy_tree(work)
        with (work / "pyproject.toml").open("a", encoding="utf-8") as config:
            config.write(_config(module, tests))
        mutmut = Path(sys.executable).with_name("mutmut")
        log = work / "mutmut.log"
        with log.open("w", encoding="utf-8") as out:
            done = subprocess.run(
                [str(mutmut), "run", "--max-children", "2"],
                cwd=work,
                stdout=out,
                stderr=subprocess.STDOUT,
                check=False,
            )
        if done.returncode != 0:
            tail = log.read_text("utf-8", errors="replace")[-3000:]
            raise SystemExit(f"mutate: mutmut failed on {module} (exit {done.returncode}):\n{tail}")
        return results(work, module)
    finally:
        if keep:
            print(f"mutate: kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def report(scores: Sequence[Score]) -> str:
    lines = [
        "| module | mutants | text | other | other killed | score | text killed |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {s.module} | {len(s.mutants)} | {s.text} | {s.other} | {s.killed} "
        f"| {s.percent:.0f}% | {s.text_killed} |"
        for s in scores
    ]
    for s in scores:
        if s.survivors:
            lines += ["", f"Survivors in {s.module}:"]
        for m in s.survivors:
            kind = "text" if m.text else m.status
            lines.append(f"  {m.name} [{kind}]")
            lines += [f"      {line}" for line in m.change.splitlines()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("modules", nargs="*", help="e.g. core/route.py (default: all)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copies")
    parser.add_argument("--json", type=Path, help="also write every mutant's result here")
    args = parser.parse_args(argv)
    chosen = args.modules or list(MODULES)
    unknown = [m for m in chosen if m not in MODULES]
    if unknown:
        parser.error(f"not a module of make mutate: {', '.join(unknown)} (see MODULES)")
    scores = []
    for module in chosen:
        print(f"mutate: {module} against {' '.join(MODULES[module])}", file=sys.stderr, flush=True)
        scores.append(run(module, MODULES[module], keep=args.keep))
    print(report(scores))
    if args.json:
        data = {s.module: [m.__dict__ for m in s.mutants] for s in scores}
        args.json.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
