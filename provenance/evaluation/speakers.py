"""Score who speaks, who is left unheard and what the headline is against hand-made gold (`eval speakers`).

The rules (also in docs/eval-speakers.md):

- Predicted speakers are the Document's speakers that at least one attribution points to
  (`attribution.speaker == speaker.id`); a speaker nobody is credited with is not scored.
- A name's *content words* are its lower-cased word tokens, possessive "'s" dropped, minus the
  small word list in `speaker_words.yaml` (determiners, "of"/"and", abbreviated titles).
- A predicted speaker matches a gold speaker when its content words are a non-empty subset of the
  content words of the gold name or of one of its aliases. Each predicted speaker is paired with
  at most one gold speaker: the one whose matching form has the fewest other content words
  ("Clinton campaign" pairs with "the Clinton campaign", not with "an adviser to the Clinton
  campaign"), the first in gold order on a tie.
- Speakers precision = paired predicted / predicted; recall = gold speakers paired with at least
  one predicted / gold; F1 their harmonic mean; all summed over articles before dividing.
- Split: a gold speaker paired with two or more distinct predicted speakers (by id).
- Kinds right: among the pairs, predicted SpeakerKind value == gold kind (SpeakerKind.GROUP is the
  gold kind `group`); pairs whose gold kind is `group` are counted apart as well.
- Not-heard rows: predicted ReplyCheck rows with status NOT_SOUGHT against gold accused entries
  with status not-sought. A row and an entry match when the content words of the row's party and
  of the gold party or one of its aliases contain one another (either way). Precision = rows
  matching an entry / rows; recall = entries matched by a row / entries.
- Accused parties (a diagnostic, any status): the same containment test between every predicted
  ReplyCheck row and every gold accused entry.
- Headline exact: the segmentation headline text, whitespace collapsed, equals the gold headline
  likewise collapsed; a null gold headline is right only when no headline was found.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import Problem, ProvenanceError
from provenance.evaluation.speaker_names import content_words, either_within, within
from provenance.evaluation.speakers_gold import GoldAccused, GoldArticle, read_gold
from provenance.model import Document, ReplyCheck, ReplyStatus, Speaker


@dataclass(frozen=True, slots=True)
class Ratio:
    """Matched items out of a total."""

    matched: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """matched / total, 0.0 for an empty total."""
        return self.matched / self.total if self.total else 0.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.matched + other.matched, self.total + other.total)


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall, 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class PredictedSpeaker:
    """A credited speaker and the gold speaker it was paired with, if any."""

    id: str
    name: str
    kind: str
    gold: int | None  # index into the gold article's speakers


@dataclass(frozen=True, slots=True)
class ReplyRow:
    """A predicted right-of-reply row and the gold accused entry it matched, if any."""

    party: str
    status: str
    gold: int | None  # index into the gold article's accused entries


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """One article scored: every predicted speaker and reply row with its gold partner, and the headline."""

    gold: GoldArticle
    speakers: tuple[PredictedSpeaker, ...]
    replies: tuple[ReplyRow, ...]
    headline: str | None  # what segmentation found, whitespace collapsed

    def paired(self, index: int) -> tuple[PredictedSpeaker, ...]:
        """The predicted speakers paired with gold speaker `index`."""
        return tuple(p for p in self.speakers if p.gold == index)

    @property
    def false_speakers(self) -> tuple[PredictedSpeaker, ...]:
        """Predicted speakers that match no gold speaker."""
        return tuple(p for p in self.speakers if p.gold is None)

    @property
    def missed_speakers(self) -> tuple[int, ...]:
        """Indices of gold speakers no predicted speaker was paired with."""
        return tuple(i for i in range(len(self.gold.speakers)) if not self.paired(i))

    @property
    def split_speakers(self) -> tuple[int, ...]:
        """Indices of gold speakers paired with two or more distinct predicted speakers."""
        return tuple(i for i in range(len(self.gold.speakers)) if len({p.id for p in self.paired(i)}) >= 2)

    @property
    def wrong_kinds(self) -> tuple[PredictedSpeaker, ...]:
        """Paired predicted speakers whose kind differs from their gold speaker's."""
        return tuple(p for p in self.speakers if p.gold is not None and p.kind != self.gold.speakers[p.gold].kind)

    @property
    def not_heard_rows(self) -> tuple[ReplyRow, ...]:
        """Predicted rows with status not-sought."""
        return tuple(r for r in self.replies if r.status == ReplyStatus.NOT_SOUGHT.value)

    @property
    def not_sought_gold(self) -> tuple[int, ...]:
        """Indices of gold accused entries with status not-sought."""
        return tuple(i for i, a in enumerate(self.gold.accused) if a.status == "not-sought")

    @property
    def false_not_heard(self) -> tuple[ReplyRow, ...]:
        """Not-sought rows that match no gold not-sought entry."""
        keep = set(self.not_sought_gold)
        return tuple(r for r in self.not_heard_rows if not keep & set(self.not_heard_matches(r)))

    @property
    def missed_not_heard(self) -> tuple[int, ...]:
        """Gold not-sought entries that no not-sought row matches."""
        hit = {i for r in self.not_heard_rows for i in self.not_heard_matches(r)}
        return tuple(i for i in self.not_sought_gold if i not in hit)

    def not_heard_matches(self, row: ReplyRow) -> tuple[int, ...]:
        """Gold not-sought entries this row's party matches."""
        words = content_words(row.party)
        return tuple(i for i in self.not_sought_gold if _party_matches(words, self.gold.accused[i]))

    @property
    def headline_right(self) -> bool:
        """The found headline equals the gold one (both absent counts as right)."""
        gold = self.gold.headline
        return (None if gold is None else collapse(gold)) == self.headline

    @property
    def errors(self) -> int:
        """Everything wrong in this article, for ordering the worst first."""
        return (
            len(self.false_speakers)
            + len(self.missed_speakers)
            + len(self.split_speakers)
            + len(self.wrong_kinds)
            + len(self.false_not_heard)
            + len(self.missed_not_heard)
            + (0 if self.headline_right else 1)
        )


def collapse(text: str) -> str:
    """Whitespace runs as single spaces, ends trimmed."""
    return " ".join(text.split())


def credited_speakers(doc: Document) -> tuple[Speaker, ...]:
    """The document's speakers that some attribution points to, in document order."""
    credited = {a.speaker for a in doc.attributions if a.speaker is not None}
    return tuple(s for s in doc.speakers if s.id in credited)


def gold_partner(name: str, gold: GoldArticle) -> int | None:
    """The gold speaker with a form holding all of `name`'s content words and the fewest others (first on ties)."""
    words = content_words(name)
    best: tuple[int, int] | None = None
    for index, speaker in enumerate(gold.speakers):
        extra = [len(content_words(f) - words) for f in speaker.forms if within(words, content_words(f))]
        if extra and (best is None or min(extra) < best[0]):
            best = (min(extra), index)
    return best[1] if best else None


def _party_matches(words: frozenset[str], accused: GoldAccused) -> bool:
    return any(either_within(words, content_words(form)) for form in accused.forms)


def _reply_partner(row: ReplyCheck, gold: GoldArticle) -> int | None:
    # Prefer an entry of the same status, so a row is shown against the entry it is scored with.
    words = content_words(row.party)
    matches = [i for i, a in enumerate(gold.accused) if _party_matches(words, a)]
    same = [i for i in matches if gold.accused[i].status == row.status.value]
    first = same or matches
    return first[0] if first else None


def score_article(gold: GoldArticle, doc: Document) -> ArticleScore:
    """Pair one document's speakers and reply rows with one gold article's."""
    speakers = tuple(
        PredictedSpeaker(s.id, s.name, s.kind.value, gold_partner(s.name, gold)) for s in credited_speakers(doc)
    )
    replies = tuple(ReplyRow(r.party, r.status.value, _reply_partner(r, gold)) for r in doc.replies)
    headline = doc.segmentation.headline
    return ArticleScore(gold, speakers, replies, collapse(headline.text) if headline else None)


@dataclass(frozen=True, slots=True)
class SpeakersEvaluation:
    """Every article's score, and the figures summed over them."""

    gold_file: str
    articles: tuple[ArticleScore, ...]

    def _sum(self, count: Callable[[ArticleScore], Ratio]) -> Ratio:
        return sum((count(a) for a in self.articles), Ratio())

    @property
    def precision(self) -> Ratio:
        """Predicted speakers paired with a gold speaker, out of all predicted."""
        return self._sum(lambda a: Ratio(len(a.speakers) - len(a.false_speakers), len(a.speakers)))

    @property
    def recall(self) -> Ratio:
        """Gold speakers paired with at least one predicted, out of all gold."""
        return self._sum(lambda a: Ratio(len(a.gold.speakers) - len(a.missed_speakers), len(a.gold.speakers)))

    @property
    def f1(self) -> float:
        """F1 of the speaker precision and recall."""
        return f1(self.precision.value, self.recall.value)

    @property
    def kinds(self) -> Ratio:
        """Pairs whose kinds agree, out of all pairs."""
        return self._sum(
            lambda a: Ratio(
                len(a.speakers) - len(a.false_speakers) - len(a.wrong_kinds), len(a.speakers) - len(a.false_speakers)
            )
        )

    @property
    def group_pairs(self) -> int:
        """Pairs whose gold kind is `group` (an unnamed plurality: SpeakerKind.GROUP)."""
        return sum(
            1
            for a in self.articles
            for p in a.speakers
            if p.gold is not None and a.gold.speakers[p.gold].kind == "group"
        )

    @property
    def kind_confusion(self) -> dict[tuple[str, str], int]:
        """Wrongly kinded pairs counted by (predicted kind, gold kind): where the kind errors sit, most first."""
        counts: Counter[tuple[str, str]] = Counter(
            (p.kind, a.gold.speakers[p.gold].kind) for a in self.articles for p in a.wrong_kinds if p.gold is not None
        )
        return dict(counts.most_common())

    @property
    def split(self) -> int:
        """Gold speakers paired with two or more distinct predicted speakers."""
        return sum(len(a.split_speakers) for a in self.articles)

    @property
    def not_heard_precision(self) -> Ratio:
        """Not-sought rows matching a gold not-sought entry, out of all not-sought rows."""
        return self._sum(lambda a: Ratio(len(a.not_heard_rows) - len(a.false_not_heard), len(a.not_heard_rows)))

    @property
    def not_heard_recall(self) -> Ratio:
        """Gold not-sought entries matched by a not-sought row, out of all of them."""
        return self._sum(lambda a: Ratio(len(a.not_sought_gold) - len(a.missed_not_heard), len(a.not_sought_gold)))

    @property
    def accused_precision(self) -> Ratio:
        """Reply rows of any status whose party matches a gold accused entry, out of all rows."""
        return self._sum(lambda a: Ratio(sum(1 for r in a.replies if r.gold is not None), len(a.replies)))

    @property
    def accused_recall(self) -> Ratio:
        """Gold accused entries (any status) that some reply row matches, out of all entries."""
        return self._sum(lambda a: Ratio(len(_matched_accused(a)), len(a.gold.accused)))

    @property
    def headlines(self) -> Ratio:
        """Articles whose headline is exactly right."""
        return self._sum(lambda a: Ratio(int(a.headline_right), 1))

    def worst(self, count: int) -> tuple[ArticleScore, ...]:
        """The `count` articles with the most errors, ties in gold order."""
        ranked = sorted(self.articles, key=lambda a: -a.errors)
        return tuple(a for a in ranked[:count] if a.errors)


def _matched_accused(article: ArticleScore) -> set[int]:
    found: set[int] = set()
    for row in article.replies:
        words = content_words(row.party)
        found.update(i for i, a in enumerate(article.gold.accused) if _party_matches(words, a))
    return found


def read_article(path: Path) -> str:
    """An article's text as stored: UTF-8, newlines untranslated, undecodable bytes replaced."""
    return path.read_bytes().decode("utf-8", errors="replace")


def _check_files(gold_file: Path, articles: Iterable[GoldArticle], root: Path) -> None:
    missing = [
        Problem(str(gold_file), f"article not found: {root / a.file}", a.line, 1, "file")
        for a in articles
        if not (root / a.file).is_file()
    ]
    if missing:
        raise ProvenanceError(missing)


def guess_root(gold_file: Path) -> Path:
    """The nearest folder, from the gold file's own upwards, under which every gold article exists (else its own)."""
    files = [a.file for a in read_gold(gold_file)]
    folder = gold_file.resolve().parent
    for candidate in (folder, *folder.parents):
        if all((candidate / f).is_file() for f in files):
            return candidate
    return folder


def evaluate_speakers(
    gold_file: Path,
    root: Path,
    annotate: Callable[[str, str], Document],
    read: Callable[[Path], str] = read_article,
) -> SpeakersEvaluation:
    """Annotate every gold article (`annotate(text, path)`, path as written in the gold) and score it."""
    articles = read_gold(gold_file)
    _check_files(gold_file, articles, root)
    scores = tuple(score_article(a, annotate(read(root / a.file), a.file)) for a in articles)
    return SpeakersEvaluation(str(gold_file), scores)
