"""A scripted person for conversation flows: answers in order, everything recorded."""

from __future__ import annotations

from recovery_cli.talk.io import Talk


class Script:
    """``Script("a", "", "3").talk`` answers three questions; a fourth is end of input."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        self.said: list[str] = []

    def _ask(self, question: str) -> str:
        self.asked.append(question)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)

    @property
    def talk(self) -> Talk:
        return Talk(ask=self._ask, say=self.said.append)

    @property
    def screen(self) -> str:
        return "\n".join(self.said)
