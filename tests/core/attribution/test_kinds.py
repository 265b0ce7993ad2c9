"""speaks_of_itself: reported content that opens with a thing's pronoun as an agent shows an organisation."""

from __future__ import annotations

import pytest

from provenance.core.attribution.kinds import speaks_of_itself
from provenance.ruleset.rulebook import Rulebook


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("it had filed a legal challenge", True),
        ("it would cut its production target", True),
        ("on Wednesday it would cut output", True),  # the time belongs to the saying
        ("its members had voted to accept", True),
        ("“it will appeal the ruling”", True),
        ("it was a mistake", False),  # "it" may be the situation
        ("it would be wrong to close the plant", False),
        ("it's a shame", False),
        ("the company would reset its ties", False),  # "its" not first: it may be the company's
        ("it failed", False),  # a bare verb: as likely a thing under discussion
        ("it", False),
        ("", False),
    ],
)
def test_a_things_pronoun_as_agent(book: Rulebook, content: str, expected: bool) -> None:
    assert book.lexicon is not None
    assert speaks_of_itself(content, book.lexicon) is expected
