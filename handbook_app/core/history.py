"""Back and forward over the places visited: plain data, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

Place = tuple[str, str]
"""(document id, anchor)."""


@dataclass
class History:
    back_stack: list[Place] = field(default_factory=list)
    forward_stack: list[Place] = field(default_factory=list)
    current: Place | None = None

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        if self.current is not None:
            self.back_stack.append(self.current)
        self.current = place
        self.forward_stack.clear()

    def back(self) -> Place | None:
        return self._move(self.back_stack, self.forward_stack)

    def forward(self) -> Place | None:
        return self._move(self.forward_stack, self.back_stack)

    def _move(self, source: list[Place], target: list[Place]) -> Place | None:
        if not source or self.current is None:
            return None
        target.append(self.current)
        self.current = source.pop()
        return self.current
