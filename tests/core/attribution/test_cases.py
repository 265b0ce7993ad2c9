"""Every sentence in cases/*.yaml gives exactly its listed attributions: an extra or a missing one fails; where a case
lists `speakers`, the names its attributions credit (in the order the chain lists them) must be exactly those, and
where it lists `kinds`, their kinds, in the same order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from provenance import annotate
from tests.core.attribution.found import found

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        for number, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
            keys = {"text", "why", "attributions", "speakers", "kinds", "xfail"}
            assert set(case) <= keys, (path.name, number, set(case))
            expected = [tuple(a) for a in case["attributions"]]
            speakers = case.get("speakers")
            kinds = case.get("kinds")
            assert kinds is None or (speakers is not None and len(kinds) == len(speakers)), (path.name, number)
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
            case_id = f"{path.stem}-{number}"
            params.append(pytest.param(case["text"], expected, speakers, kinds, id=case_id, marks=marks))
    return params


def _credited(text: str) -> list[tuple[str, str]]:
    """Names and kinds of the speakers that at least one attribution credits, in the chain's order."""
    doc = annotate(text)
    credited = {a.speaker for a in doc.attributions}
    return [(s.name, s.kind.value) for s in doc.speakers if s.id in credited]


@pytest.mark.parametrize(("text", "expected", "speakers", "kinds"), _cases())
def test_sentence_gives_exactly_its_attributions(
    text: str, expected: list[tuple[str, str, str]], speakers: list[str] | None, kinds: list[str] | None
) -> None:
    assert found(text) == expected
    credited = _credited(text)
    if speakers is not None:
        assert [name for name, _ in credited] == speakers
    if kinds is not None:
        assert [kind for _, kind in credited] == kinds


def test_the_case_tables_are_not_empty() -> None:
    assert len(_cases()) > 200
