"""Every sentence in cases/*.yaml gives exactly its listed attributions: an extra or a missing one fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.core.attribution.found import found

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        for number, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
            assert set(case) <= {"text", "why", "attributions", "xfail"}, (path.name, number, set(case))
            expected = [tuple(a) for a in case["attributions"]]
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
            params.append(pytest.param(case["text"], expected, id=f"{path.stem}-{number}", marks=marks))
    return params


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_sentence_gives_exactly_its_attributions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_the_case_tables_are_not_empty() -> None:
    assert len(_cases()) > 200
