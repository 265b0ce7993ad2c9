"""The one annotate entry: the collector runs less often while a text is annotated, and is left as it was found."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from provenance.core import annotate as entry
from provenance.model import Document
from provenance.ruleset.rulebook import Rulebook


@pytest.fixture()
def threshold() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def _seen_during(monkeypatch: pytest.MonkeyPatch, fail: bool = False) -> list[tuple[int, int, int]]:
    seen: list[tuple[int, int, int]] = []
    real = entry.annotate_text

    def spy(*args: object, **kwargs: object) -> Document:
        seen.append(gc.get_threshold())
        if fail:
            raise RuntimeError("a stage failed")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(entry, "annotate_text", spy)
    return seen


def test_young_collections_are_rarer_while_annotating(
    book: Rulebook, threshold: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _seen_during(monkeypatch)
    entry.annotate("The minister said the plan was sound.", book)
    assert seen == [(entry._Collections.YOUNG, 10, 10)]
    assert gc.get_threshold() == threshold


def test_the_threshold_comes_back_after_an_error(
    book: Rulebook, threshold: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _seen_during(monkeypatch, fail=True)
    with pytest.raises(RuntimeError):
        entry.annotate("The minister said the plan was sound.", book)
    assert gc.get_threshold() == threshold


def test_a_switched_off_collector_stays_off(book: Rulebook, monkeypatch: pytest.MonkeyPatch) -> None:
    before = gc.get_threshold()
    gc.set_threshold(0)
    try:
        seen = _seen_during(monkeypatch)
        entry.annotate("The minister said the plan was sound.", book)
        assert seen[0][0] == 0 and gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_threads_annotating_together_restore_the_threshold_once_all_are_done(
    book: Rulebook, threshold: tuple[int, int, int]
) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                entry.annotate("The minister said the plan was sound. Critics called it a sham.", book)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert gc.get_threshold() == threshold
