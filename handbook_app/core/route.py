"""Walking a guide: the current step, the trail taken, back and restart."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handbook_app.content.model import Guide, Step


@dataclass(frozen=True)
class Choice:
    """One move along a route: from a step, with the answer given (empty for 'Next')."""

    step: str
    answer: str = ""


@dataclass
class Route:
    """The state of one walk through a guide. Pure data: easy to save and restore."""

    guide: Guide
    trail: list[Choice] = field(default_factory=list)

    @property
    def current(self) -> Step:
        step_id = self.guide.start
        for choice in self.trail:
            step = self.guide.step(choice.step)
            step_id = self._target(step, choice.answer)
        return self.guide.step(step_id)

    @staticmethod
    def _target(step: Step, answer: str) -> str:
        if step.next:
            return step.next
        for option in step.answers:
            if option.label == answer:
                return option.target
        raise KeyError(answer)

    def advance(self, answer: str = "") -> Step:
        """Follow 'Next' (no answer) or the given answer from the current step."""
        step = self.current
        self._target(step, answer)  # raises KeyError for an answer the step lacks
        self.trail.append(Choice(step.id, "" if step.next else answer))
        return self.current

    def back(self) -> Step:
        if self.trail:
            self.trail.pop()
        return self.current

    def restart(self) -> Step:
        self.trail.clear()
        return self.current

    def steps(self) -> list[Step]:
        """The steps visited so far, the current one last."""
        return [self.guide.step(c.step) for c in self.trail] + [self.current]

    def decisions(self) -> list[tuple[str, str]]:
        """(question, answer) for every decision taken, for the referral slip."""
        return [(self.guide.step(c.step).question, c.answer) for c in self.trail if c.answer]

    @classmethod
    def restore(cls, guide: Guide, saved: list[tuple[str, str]]) -> Route:
        """Replay a saved trail; stops quietly where the guide has changed since."""
        route = cls(guide)
        for step_id, answer in saved:
            try:
                if route.current.id != step_id:
                    break
                route.advance(answer)
            except KeyError:
                break
        return route
