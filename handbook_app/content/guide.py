"""Guide bodies: ``## Step {#id}`` headings ending in ``Next:`` or ``Ask:`` lines."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from handbook_app.content.markup import FENCE, headings
from handbook_app.content.model import Answer, Guide, Step
from handbook_app.content.problems import did_you_mean

NEXT = re.compile(r"^Next:[ \t]*(\S*)[ \t]*$", re.IGNORECASE)
ASK = re.compile(r"^Ask:[ \t]*(.*?)[ \t]*$", re.IGNORECASE)
ANSWER = re.compile(r"^[ \t]{0,3}[-*+][ \t]+(.+?)[ \t]*->[ \t]*(\S*)[ \t]*$")


@dataclass
class GuideDraft:
    """A guide before rendering: every step's ``html`` still holds its Markdown."""

    guide: Guide
    step_lines: dict[str, int] = field(default_factory=dict)
    target_lines: dict[tuple[str, str], int] = field(default_factory=dict)
    problems: list[tuple[int, str, str]] = field(default_factory=list)


def parse(body: str, first_line: int = 1, start: str = "") -> GuideDraft:
    """Cut a guide body into steps and check that its routes hold together."""
    lines = body.splitlines()
    marks = [h for h in headings(body, first_line) if h.level == 2]
    steps: list[Step] = []
    step_lines: dict[str, int] = {}
    target_lines: dict[tuple[str, str], int] = {}
    problems: list[tuple[int, str, str]] = []
    for index, mark in enumerate(marks):
        begin = mark.line - first_line + 1
        end = marks[index + 1].line - first_line if index + 1 < len(marks) else len(lines)
        step = _step(
            mark.anchor, mark.title, lines[begin:end], mark.line + 1, target_lines, problems
        )
        steps.append(step)
        step_lines[step.id] = mark.line
    if not steps:
        problems.append(
            (first_line, "guide has no steps", "add '## Step title {#step-id}' headings")
        )
    guide = Guide(start or (steps[0].id if steps else ""), tuple(steps))
    draft = GuideDraft(guide, step_lines, target_lines, problems)
    if steps:
        _check_routes(draft, first_line)
    return draft


def _step(  # noqa: PLR0917 (one private call site)
    anchor: str,
    title: str,
    lines: list[str],
    first_line: int,
    target_lines: dict[tuple[str, str], int],
    problems: list[tuple[int, str, str]],
) -> Step:
    body: list[str] = []
    next_step, question = "", ""
    answers: list[Answer] = []
    in_fence = False
    for number, line in enumerate(lines, start=first_line):
        if FENCE.match(line):
            in_fence = not in_fence
        if in_fence:
            body.append(line)
        elif match := NEXT.match(line):
            next_step = match[1]
            target_lines[(anchor, next_step)] = number
            if not next_step:
                problems.append((number, "'Next:' names no step", "write 'Next: step-id'"))
        elif match := ASK.match(line):
            question = match[1]
            if not question:
                problems.append((number, "'Ask:' has no question", "write 'Ask: your question?'"))
        elif question and (match := ANSWER.match(line)):
            label, goal = match[1].strip(), match[2]
            if not label or not goal:
                fix = "write '- answer -> step-id'"
                problems.append((number, "answer needs a label and a step", fix))
            answers.append(Answer(label, goal))
            target_lines[(anchor, goal)] = number
        else:
            body.append(line)
    if question and not answers:
        problems.append(
            (first_line - 1, f"step '{anchor}' asks a question with no answers",
             "add lines '- answer -> step-id' after 'Ask:'")
        )  # fmt: skip
    if next_step and answers:
        problems.append(
            (first_line - 1, f"step '{anchor}' has both 'Next:' and answers", "keep one of them")
        )
    return Step(anchor, title, "\n".join(body).strip(), next_step, question, tuple(answers))


def _check_routes(draft: GuideDraft, first_line: int) -> None:
    guide = draft.guide
    ids = [s.id for s in guide.steps]
    known = set(ids)
    if guide.start not in known:
        draft.problems.append(
            (
                first_line,
                f"start step '{guide.start}' does not exist",
                did_you_mean(guide.start, ids),
            )
        )
        return
    for step in guide.steps:
        for target in step.targets():
            if target and target not in known:
                line = draft.target_lines.get((step.id, target), draft.step_lines[step.id])
                hint = did_you_mean(target, ids, "use the {#id} of an existing step")
                draft.problems.append(
                    (line, f"step '{step.id}' leads to unknown step '{target}'", hint)
                )
    reachable = _walk(
        guide.start, {s.id: [t for t in s.targets() if t in known] for s in guide.steps}
    )
    for step in guide.steps:
        if step.id not in reachable:
            draft.problems.append(
                (draft.step_lines[step.id], f"no route reaches step '{step.id}'",
                 "lead to it with 'Next:' or an answer, or remove it")
            )  # fmt: skip
    backwards: dict[str, list[str]] = {s.id: [] for s in guide.steps}
    for step in guide.steps:
        for target in step.targets():
            if target in known:
                backwards[target].append(step.id)
    finishing: set[str] = set()
    for end in (s.id for s in guide.steps if not any(t in known for t in s.targets())):
        finishing |= _walk(end, backwards)
    for step in guide.steps:
        if step.id in reachable and step.id not in finishing:
            draft.problems.append(
                (draft.step_lines[step.id], f"step '{step.id}' is in a loop with no way out",
                 "give one of its steps a route to an end step")
            )  # fmt: skip


def _walk(start: str, edges: dict[str, list[str]]) -> set[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        for target in edges.get(queue.popleft(), []):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen
