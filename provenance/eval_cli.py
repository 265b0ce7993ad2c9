"""`provenance eval ...`: score the annotator against annotated corpora (brat attributions, PTC loaded language)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from provenance.errors import ProvenanceError
from provenance.evaluation.outcome import Evaluation
from provenance.model import Voice

eval_app = typer.Typer(no_args_is_help=True, help="Score extraction against annotated corpora.")


class ReportFormat(StrEnum):
    """Output formats of the evaluation report."""

    text = "text"
    json = "json"


Gold = Annotated[Path, typer.Option("--gold", metavar="FOLDER", help="Annotated corpus folder.")]
Rules = Annotated[
    list[Path] | None, typer.Option("--rules", metavar="FOLDER", help="Extra rules folder (a pack); repeatable.")
]
NoDefault = Annotated[bool, typer.Option("--no-default-rules", help="Use only the --rules folders.")]
Limit = Annotated[int | None, typer.Option("--limit", min=1, metavar="N", help="Score only the first N documents.")]
Show = Annotated[
    int, typer.Option("--show", min=0, metavar="N", help="How many groups of misses / false alarms to list.")
]
Output = Annotated[ReportFormat, typer.Option("--format", "-f", metavar="FORMAT", help="text (default) or json.")]


def _write(evaluation: Evaluation, title: str, show: int, output: ReportFormat) -> None:
    from provenance.cli import report
    from provenance.evaluation.report import as_json, as_text

    report(list(evaluation.problems))
    render = as_json if output is ReportFormat.json else as_text
    sys.stdout.write(render(evaluation, title, show))


@eval_app.command("attribution")
def attribution(
    gold: Gold,
    rules: Rules = None,
    no_default_rules: NoDefault = False,
    limit: Limit = None,
    show: Show = 10,
    output: Output = ReportFormat.text,
) -> None:
    """Precision, recall and F1 of cue, source and content spans against brat gold (PolNeAR layout)."""
    from provenance.cli import report, rulebook
    from provenance.evaluation.attribution import evaluate
    from provenance.evaluation.brat import read_corpus
    from provenance.pipeline import annotate_text

    try:
        documents, problems = read_corpus(gold, limit)
    except ProvenanceError as exc:
        report(exc.problems)
        raise typer.Exit(2) from None
    book = rulebook(rules or [], no_default_rules)
    evaluation = evaluate(documents, lambda text, name: annotate_text(text, book, name, readability=False), problems)
    _write(evaluation, f"attribution {gold}", show, output)


Technique = Annotated[
    list[str] | None,
    typer.Option(
        "--technique",
        help="PTC technique counted as gold; repeatable (default: Loaded_Language and Name_Calling,Labeling).",
    ),
]
Category = Annotated[
    list[str] | None,
    typer.Option(
        "--category",
        help="Finding category counted as a prediction; repeatable (default: the categories"
        " of the loaded ruleset, plus scare-quote).",
    ),
]

Voices = Annotated[
    list[Voice] | None,
    typer.Option(
        "--voice",
        metavar="VOICE",
        help="Score only findings in this voice (narrator, headline, quoted, paraphrase); repeatable."
        " Recall stays against every gold span.",
    ),
]


@eval_app.command("loaded")
def loaded(
    gold: Gold,
    rules: Rules = None,
    no_default_rules: NoDefault = False,
    technique: Technique = None,
    category: Category = None,
    voice: Voices = None,
    limit: Limit = None,
    show: Show = 10,
    output: Output = ReportFormat.text,
) -> None:
    """Precision, recall and F1 of loaded-language findings against PTC span labels."""
    from provenance.cli import report, rulebook
    from provenance.evaluation.loaded import evaluate, loaded_categories
    from provenance.evaluation.ptc import DEFAULT_TECHNIQUES, read_corpus
    from provenance.pipeline import annotate_text

    try:
        articles, problems = read_corpus(gold, technique or DEFAULT_TECHNIQUES, limit)
    except ProvenanceError as exc:
        report(exc.problems)
        raise typer.Exit(2) from None
    book = rulebook(rules or [], no_default_rules)
    categories = frozenset(category) if category else loaded_categories(book)
    evaluation = evaluate(
        articles,
        lambda text, name: annotate_text(text, book, name, readability=False),
        categories,
        problems,
        frozenset(voice) if voice else None,
    )
    voices = f" ({', '.join(sorted(voice))} voice only)" if voice else ""
    _write(evaluation, f"loaded language {gold}{voices}", show, output)
