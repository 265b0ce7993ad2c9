"""`provenance eval ...`: score the annotator against annotated corpora (brat attributions, PTC loaded language)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from provenance.cli.exits import ExitCode, say
from provenance.cli.rulebooks import rulebook
from provenance.core.annotate import annotate
from provenance.errors import ProvenanceError
from provenance.evaluation.outcome import Evaluation
from provenance.evaluation.report import FORMATS
from provenance.model import Document, Voice
from provenance.ruleset.rulebook import Rulebook


def _annotator(book: Rulebook) -> Callable[[str, str], Document]:
    """The one annotate path, without readability (no evaluation scores it)."""
    return lambda text, name: annotate(text, book, name, readability=False)


def _write(evaluation: Evaluation, title: str, show: int, fmt: str) -> ExitCode:
    say(evaluation.problems)
    sys.stdout.write(FORMATS[fmt](evaluation, title, show))
    return ExitCode.OK


def attribution(
    gold: Path, rules: list[Path], no_default_rules: bool, limit: int | None, show: int, fmt: str
) -> ExitCode:
    """Precision, recall and F1 of cue, source and content spans against brat gold (PolNeAR layout)."""
    from provenance.evaluation.attribution import evaluate
    from provenance.evaluation.brat import read_corpus

    try:
        documents, problems = read_corpus(gold, limit)
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    book = rulebook(rules, no_default_rules)
    evaluation = evaluate(documents, _annotator(book), problems)
    return _write(evaluation, f"attribution {gold}", show, fmt)


def loaded(
    gold: Path,
    rules: list[Path],
    no_default_rules: bool,
    techniques: list[str],
    categories: list[str],
    voices: list[Voice],
    limit: int | None,
    show: int,
    fmt: str,
) -> ExitCode:
    """Precision, recall and F1 of loaded-language findings against PTC span labels."""
    from provenance.evaluation.loaded import evaluate, loaded_categories
    from provenance.evaluation.ptc import DEFAULT_TECHNIQUES, read_corpus

    try:
        articles, problems = read_corpus(gold, techniques or DEFAULT_TECHNIQUES, limit)
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    book = rulebook(rules, no_default_rules)
    chosen = frozenset(categories) if categories else loaded_categories(book)
    evaluation = evaluate(articles, _annotator(book), chosen, problems, frozenset(voices) if voices else None)
    only = f" ({', '.join(sorted(voices))} voice only)" if voices else ""
    return _write(evaluation, f"loaded language {gold}{only}", show, fmt)


def speakers(
    gold: Path, root: Path | None, rules: list[Path], no_default_rules: bool, show: int, fmt: str
) -> ExitCode:
    """Speakers, accused parties and headlines against hand-made gold (JSON Lines, speakers-dev layout)."""
    import json

    from provenance.evaluation.speakers import evaluate_speakers, guess_root
    from provenance.evaluation.speakers_report import speakers_json, speakers_text
    from provenance.io.reader import read_article

    book = rulebook(rules, no_default_rules)
    try:
        evaluation = evaluate_speakers(
            gold, root or guess_root(gold), _annotator(book), lambda path: read_article(str(path)).text
        )
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    if fmt == "json":
        sys.stdout.write(json.dumps(speakers_json(evaluation), ensure_ascii=True, indent=1) + "\n")
    else:
        sys.stdout.write(speakers_text(evaluation, show))
    return ExitCode.OK
