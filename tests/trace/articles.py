"""Made-up articles for the trace tests: one origin and the edits a republisher makes to it."""

from __future__ import annotations

ORIGIN = "\n\n".join(
    [
        "City council approves new harbor budget after long debate",
        "The city council approved a new harbor budget on Tuesday, ending a month of debate over dredging costs, "
        "Mayor Ana Ortiz said.",
        '"This budget keeps the port open and the ferries running for another decade," Ortiz told reporters after '
        "the vote.",
        "The plan sets aside 40 million dollars for dredging the northern channel, according to the finance "
        "department.",
        "Opposition councillor Mark Lee criticized the plan, saying it ignores the fishing cooperative that uses the "
        "southern docks.",
        "The fishing cooperative said in a statement that it had not been consulted and would ask for a review of "
        "the decision.",
        "Work on the channel is expected to start in March and last two years, the port authority said.",
        "Source: Harbor Post\n",
    ]
)

UNRELATED = """Library extends opening hours for exam season

The central library will stay open until midnight during the exam weeks, its director Paula Weiss announced on Monday.

Students had asked for longer hours in a petition signed by more than two thousand people, the student union said.

The extra evenings will be staffed by volunteers from the university's reading society, according to the library.

The library plans to review the change in the summer and may keep the late hours for the autumn term.
"""


def body(text: str) -> str:
    """The text without its first line (the headline) and the blank lines after it."""
    return text.split("\n", 1)[1].lstrip("\n")


def republish(
    headline: str | None = None,
    credit: str | None = "Source: Harbor Post",
    replace: tuple[tuple[str, str], ...] = (),
    drop: tuple[str, ...] = (),
    append: str | None = None,
) -> str:
    """ORIGIN with a new headline, a credit line of choice, words replaced, paragraphs dropped or appended."""
    text = ORIGIN.replace("\nSource: Harbor Post\n", "\n")
    for old, new in replace:
        assert old in text, old
        text = text.replace(old, new, 1)
    for paragraph in drop:
        start = text.index(paragraph)
        end = text.index("\n\n", start) + 2
        text = text[:start] + text[end:]
    if headline is not None:
        text = headline + "\n\n" + body(text)
    text = text.rstrip("\n") + "\n"
    if append:
        text += "\n" + append + "\n"
    if credit:
        text += "\n" + credit + "\n"
    return text
