"""The one error type the core raises, carrying every problem found at once."""

from __future__ import annotations

from dataclasses import dataclass

# The words of the warning a pattern rule leaves when it runs out of time: the gate and `rules test` look for them
# (kept here, not with the pattern stage, so the command line can test for them without loading the regex engine).
TIMEOUT_MARK = "its regular expression ran over"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can."""

    path: str
    message: str
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    key_path: str | None = None  # e.g. rules[3].severity

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        key = f" {self.key_path}:" if self.key_path else ""
        return f"{where}:{key} {self.message}"


class ProvenanceError(Exception):
    """Raised for bad input (rulesets, config, articles); holds all the problems found."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
