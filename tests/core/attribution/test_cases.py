"""Every sentence in cases/*.yaml gives exactly its listed attributions: an extra or a missing one fails; where a case
lists `speakers`, the names its attributions credit (in the order the chain lists them) must be exactly those."""

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
            assert set(case) <= {"text", "why", "attributions", "speakers", "xfail"}, (path.name, number, set(case))
            expected = [tuple(a) for a in case["attributions"]]
            speakers = case.get("speakers")
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
            params.append(pytest.param(case["text"], expected, speakers, id=f"{path.stem}-{number}", marks=marks))
    return params


def _credited(text: str) -> list[str]:
    """Names of the speakers that at least one attribution credits, in the chain's order."""
    doc = annotate(text)
    credited = {a.speaker for a in doc.attributions}
    return [s.name for s in doc.speakers if s.id in credited]


@pytest.mark.parametrize(("text", "expected", "speakers"), _cases())
def test_sentence_gives_exactly_its_attributions(
    text: str, expected: list[tuple[str, str, str]], speakers: list[str] | None
) -> None:
    assert found(text) == expected
    if speakers is not None:
        assert _credited(text) == speakers


def test_the_case_tables_are_not_empty() -> None:
    assert len(_cases()) > 200
