"""Score loaded-language findings against PTC span labels (Loaded_Language, Name_Calling,Labeling by default)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import Problem
from provenance.evaluation.outcome import Evaluation, Example, example, normalised
from provenance.evaluation.ptc import PtcArticle, merged
from provenance.evaluation.spans import LabeledSpan, Tally, match
from provenance.model import Document, Voice
from provenance.ruleset.rulebook import Rulebook

LABEL = "Loaded"
SCARE_QUOTE = "scare-quote"


def loaded_categories(book: Rulebook, ruleset: str = "loaded") -> frozenset[str]:
    """Finding categories of the rules in the `loaded` ruleset of any pack, plus scare quotes."""
    # Rule ids are "<pack>.<ruleset>.<id>"; categories are data, so they are read from the rules, not listed here.
    return frozenset({r.meta.category for r in book.rules if r.meta.id.split(".")[1:2] == [ruleset]} | {SCARE_QUOTE})


def predicted_spans(
    doc: Document, categories: Collection[str], voices: Collection[Voice] | None = None
) -> tuple[LabeledSpan, ...]:
    """Spans of the findings in the chosen categories (and voices), overlapping ones merged as the gold spans are."""
    found = [
        LabeledSpan(LABEL, ((f.span.start, f.span.end),))
        for f in doc.findings
        if f.category in categories and (voices is None or f.voice in voices)
    ]
    return merged(found, LABEL)


def score_article(
    article: PtcArticle, doc: Document, categories: Collection[str], voices: Collection[Voice] | None = None
) -> tuple[Tally, list[Example], list[Example]]:
    """One article's tally, misses and false alarms; errors are grouped by their lower-cased words."""
    predicted = predicted_spans(doc, categories, voices)
    result = match(article.spans, predicted)
    sentences = doc.segmentation.sentences
    name = f"article{article.id}"

    def as_example(span: LabeledSpan) -> Example:
        return example(name, article.text, span, normalised(span.text(article.text)), sentences)

    return (
        result.tally,
        [as_example(article.spans[i]) for i in result.missed],
        [as_example(predicted[j]) for j in result.false_alarms],
    )


def evaluate(
    articles: Sequence[PtcArticle],
    annotate: Callable[[str, str], Document],
    categories: Collection[str],
    problems: Sequence[Problem] = (),
    voices: Collection[Voice] | None = None,
) -> Evaluation:
    """Annotate every article with `annotate(text, name)` and micro-average over articles; `voices` limits the
    findings scored (recall stays against every gold span, quoted ones included)."""
    total = Tally()
    misses: list[Example] = []
    alarms: list[Example] = []
    for article in articles:
        doc = annotate(article.text, f"article{article.id}")
        tally, missed, false = score_article(article, doc, categories, voices)
        total += tally
        misses += missed
        alarms += false
    return Evaluation((LABEL,), {LABEL: total}, tuple(misses), tuple(alarms), len(articles), tuple(problems))


@dataclass(frozen=True, slots=True)
class VoicedSpan:
    """A hand-labelled loaded phrase and whose words it is."""

    start: int
    end: int
    voice: str


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    """An article of a phrase-labelled set (benchmarks/data/loaded-own): labels, and flags a second reading allows."""

    name: str
    text: str
    labels: tuple[VoicedSpan, ...]
    fair: tuple[VoicedSpan, ...] = ()


def _locate(text: str, phrase: str, occurrence: int, where: str) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(phrase, start + 1)
        if start == -1:
            raise ValueError(f"{where}: {phrase!r} occurrence {occurrence} not in the article")
    return start, start + len(phrase)


def _phrase_table(path: Path, texts: dict[str, str]) -> dict[str, list[VoicedSpan]]:
    """Lines `article<TAB>voice<TAB>phrase[<TAB>occurrence[<TAB>note]]` as spans per article; # starts a comment."""
    table: dict[str, list[VoicedSpan]] = {}
    if not path.is_file():
        return table
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, voice, phrase, *rest = line.split("\t")
        where = f"{path.name}:{number}"
        if name not in texts or voice not in {v.value for v in Voice}:
            raise ValueError(f"{where}: unknown article {name!r} or voice {voice!r}")
        start, end = _locate(texts[name], phrase, int(rest[0]) if rest and rest[0] else 1, where)
        table.setdefault(name, []).append(VoicedSpan(start, end, voice))
    return table


def read_labelled(folder: Path) -> list[LabelledArticle]:
    """`articles/*.txt` with `labels.tsv` (the annotation) and `fair.tsv` (flags a second reading judged fair)."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((folder / "articles").glob("*.txt"))}
    labels = _phrase_table(folder / "labels.tsv", texts)
    fair = _phrase_table(folder / "fair.tsv", texts)
    return [
        LabelledArticle(name, text, tuple(labels.get(name, ())), tuple(fair.get(name, ())))
        for name, text in texts.items()
    ]


@dataclass(frozen=True, slots=True)
class VoicedScore:
    """Raw figures against the labels, figures by reading (labels plus fair flags), and voice agreement."""

    raw: Tally
    reading: Tally
    voice_right: int
    voiced: int
    false_alarms: tuple[tuple[str, str, str], ...]  # (article, words, voice) of flags neither labelled nor fair
    misses: tuple[tuple[str, str, str], ...]  # (article, words, voice) of labels no flag overlaps


def score_labelled(
    articles: Sequence[LabelledArticle], annotate: Callable[[str, str], Document], categories: Collection[str]
) -> VoicedScore:
    """Match flags to labels one to one by overlap; a flag left over that overlaps a fair span is no error by reading;
    voice is compared on every flag matched to a label or a fair span."""
    raw, reading = Tally(), Tally()
    right = voiced = 0
    alarms: list[tuple[str, str, str]] = []
    misses: list[tuple[str, str, str]] = []
    for article in articles:
        doc = annotate(article.text, article.name)
        flags: dict[tuple[int, int], str] = {}
        for f in doc.findings:
            if f.category in categories:
                flags.setdefault((f.span.start, f.span.end), f.voice.value)
        spans = list(flags)
        predicted = [LabeledSpan(LABEL, (s,)) for s in spans]
        gold = [LabeledSpan(LABEL, ((g.start, g.end),)) for g in article.labels]
        result = match(gold, predicted)
        raw += result.tally
        left = [predicted[j] for j in result.false_alarms]
        fair = [LabeledSpan(LABEL, ((g.start, g.end),)) for g in article.fair]
        extra = match(fair, left)
        reading += Tally(result.tally.tp + len(extra.pairs), len(extra.false_alarms), result.tally.fn)
        for i, j in result.pairs:
            voiced += 1
            right += flags[spans[j]] == article.labels[i].voice
        for i, j in extra.pairs:
            voiced += 1
            right += flags[left[j].fragments[0]] == article.fair[i].voice
        for j in extra.false_alarms:
            start, end = left[j].fragments[0]
            alarms.append((article.name, article.text[start:end], flags[(start, end)]))
        for i in result.missed:
            label = article.labels[i]
            misses.append((article.name, article.text[label.start : label.end], label.voice))
    return VoicedScore(raw, reading, right, voiced, tuple(alarms), tuple(misses))
