"""Figures for a corpus of annotated articles: pure, computed from Documents, read by report renderers."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from provenance.model import TERM_CATEGORIES, Affiliation, Document, Finding, Speaker, SpeakerKind, Voice

VOICES = (Voice.NARRATOR, Voice.HEADLINE, Voice.PARAPHRASE, Voice.QUOTED)
TOP = 15
# The wires registry marks news agencies with this typology; every other registry entry is state media.
NEWS_AGENCY = "wire"


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article's figures for the corpus table."""

    path: str | None
    title: str
    words: int
    attributions: int
    speakers: int
    anonymous: int  # speakers the article does not name
    relays: int
    state_affiliated: int  # distinct state-media outlets (relays or speakers) found in a source registry
    loaded_own: int  # loaded terms in the outlet's own voice: narrator and headline
    loaded_others: int  # loaded terms in quotes and paraphrase
    missing_comments: int
    flesch: float | None

    def figures(self) -> list[str]:
        """The row's figures as every report shows them, in the order of ARTICLE_FIGURES."""
        flesch = f"{self.flesch:.1f}" if self.flesch is not None else "—"
        counts = (self.attributions, self.speakers, self.anonymous, self.relays, self.state_affiliated)
        more = (self.loaded_own, self.loaded_others, self.missing_comments)
        return [f"{self.words:,}", *map(str, counts), *map(str, more), flesch]


# The column headings of a report's article table: "#", "Article", then ArticleRow.figures() in this order.
ARTICLE_FIGURES = (
    "Words",
    "Attrib.",
    "Speakers",
    "Anon.",
    "Relays",
    "State media",
    "Loaded (own)",
    "Loaded (quoted)",
    "No comment",
    "Flesch",
)


@dataclass(frozen=True, slots=True)
class TermCategory:
    """Loaded terms of one category (the rule's label), counted by voice."""

    label: str
    by_voice: tuple[tuple[Voice, int], ...]

    @property
    def total(self) -> int:
        """All terms of this category."""
        return sum(n for _, n in self.by_voice)

    def count(self, voice: Voice) -> int:
        """Terms of this category in one voice."""
        return dict(self.by_voice).get(voice, 0)


@dataclass(frozen=True, slots=True)
class Tally:
    """Something counted across the corpus: how often and in how many articles."""

    name: str
    count: int
    articles: int
    note: str = ""  # e.g. the neutral wording of a term, the registry label of an outlet


@dataclass(frozen=True, slots=True)
class Spread:
    """Minimum, median and maximum of a figure."""

    low: float
    median: float
    high: float


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """Everything the report says about the corpus as a whole, and one row per article."""

    articles: int
    skipped: int
    words: int
    attributions: int
    speakers: int  # speakers summed over articles
    distinct_speakers: int  # named speakers, by normalised name across articles
    anonymous_speakers: int
    relays: int
    state_affiliated: int
    term_categories: tuple[TermCategory, ...]
    missing_comments: int
    readability: Spread | None
    top_terms: tuple[Tally, ...]
    top_speakers: tuple[Tally, ...]
    affiliated_outlets: tuple[Tally, ...]
    rows: tuple[ArticleRow, ...]

    @property
    def anonymous_share(self) -> float:
        """Share of speakers (summed over articles) that the articles do not name."""
        return self.anonymous_speakers / self.speakers if self.speakers else 0.0

    def loaded(self, voices: Iterable[Voice]) -> int:
        """Loaded terms in the given voices, over every category."""
        chosen = tuple(voices)
        return sum(c.count(v) for c in self.term_categories for v in chosen)

    def figures(self) -> list[tuple[str, str]]:
        """The corpus figures as every report shows them: (measure, value), in order."""
        own = self.loaded((Voice.NARRATOR, Voice.HEADLINE))
        others = self.loaded((Voice.PARAPHRASE, Voice.QUOTED))
        spread = self.readability
        skipped = f" ({self.skipped:,} files skipped)" if self.skipped else ""
        anonymous = f"{self.anonymous_speakers / self.speakers:.1%}" if self.speakers else "—"
        return [
            ("Articles", f"{self.articles:,}{skipped}"),
            ("Words", f"{self.words:,}"),
            ("Attributions", f"{self.attributions:,}"),
            ("Distinct named speakers", f"{self.distinct_speakers:,}"),
            ("Anonymous sources", f"{self.anonymous_speakers:,} of {self.speakers:,} speakers ({anonymous})"),
            ("Relays (credit lines, datelines, citing)", f"{self.relays:,}"),
            (
                "State-affiliated outlets",
                f"{self.state_affiliated:,} (counted once per article; news agencies not included)",
            ),
            (
                "Loaded terms and hedges",
                f"{own + others:,}: {own:,} in the outlet's own voice, {others:,} in quotes and paraphrase",
            ),
            ("Missing-comment notes", f"{self.missing_comments:,}"),
            (
                "Flesch reading ease",
                f"lowest {spread.low:.1f} · median {spread.median:.1f} · highest {spread.high:.1f}"
                if spread
                else "not computed",
            ),
        ]


# Courtesy titles differ between outlets ("Mr. Trump" in one, "Trump" in another) for the same person.
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|sen|rep|gov|gen|rev|president|senator|governor)\.?\s+")


def normalised_name(name: str) -> str:
    """A speaker name compared across articles: case, spacing, a leading article and a courtesy title ignored."""
    return _HONORIFIC.sub("", re.sub(r"^(?:the|a|an)\s+", "", " ".join(name.split()).casefold()))


def _merge_surnames(
    counts: Counter[str], seen_in: dict[str, set[int]], people: set[str], names: dict[str, str]
) -> None:
    """Fold "speaker:trump" into "speaker:donald trump" when that full name clearly dominates the surname.

    Only proper person names take part: "Republicans" must not fold into the institution "House Republicans"
    nor into "a handful of Democrats".
    """
    full: dict[str, list[str]] = defaultdict(list)
    for key in counts:
        words = key.removeprefix("speaker:").split()
        if len(words) > 1 and key in people and all(w[:1].isupper() for w in names[key].split()):
            full[words[-1]].append(key)
    for key in [k for k in counts if " " not in k and k in people]:
        options = sorted(full.get(key.removeprefix("speaker:"), ()), key=lambda k: -counts[k])
        # Only when one bearer of the surname dominates: "Trump" is Donald Trump, not Eric, in a campaign corpus.
        if options and (len(options) == 1 or counts[options[0]] >= 3 * counts[options[1]]):
            counts[options[0]] += counts.pop(key)
            seen_in[options[0]] |= seen_in.pop(key)


def title_of(doc: Document) -> str:
    """The article's headline as prose, or its file name when it has none."""
    if doc.segmentation.headline is not None:
        head = doc.segmentation.headline
        text = doc.shown(head.start, head.end)
        if text:
            return text
    return PurePath(doc.path).name if doc.path else "(standard input)"


def _anonymous(speaker: Speaker) -> bool:
    return speaker.anonymous or speaker.kind is SpeakerKind.ANONYMOUS


def _terms(doc: Document) -> list[Finding]:
    return [f for f in doc.findings if f.category in TERM_CATEGORIES]


def _affiliated(doc: Document) -> dict[str, Affiliation]:
    """Outlets of this article found in a registry, by name."""
    found = {r.affiliation.name: r.affiliation for r in doc.relays if r.affiliation is not None}
    found.update({s.affiliation.name: s.affiliation for s in doc.speakers if s.affiliation is not None})
    return found


def article_row(doc: Document) -> ArticleRow:
    """The corpus-table figures of one article."""
    terms = _terms(doc)
    own = sum(1 for f in terms if f.voice in (Voice.NARRATOR, Voice.HEADLINE))
    return ArticleRow(
        path=doc.path,
        title=title_of(doc),
        words=doc.readability.words if doc.readability else len(doc.text.split()),
        attributions=len(doc.attributions),
        speakers=len(doc.speakers),
        anonymous=sum(1 for s in doc.speakers if _anonymous(s)),
        relays=len(doc.relays),
        state_affiliated=sum(1 for aff in _affiliated(doc).values() if aff.typology != NEWS_AGENCY),
        loaded_own=own,
        loaded_others=len(terms) - own,
        missing_comments=len(doc.missing_comments),
        flesch=doc.readability.flesch_reading_ease if doc.readability and doc.readability.words else None,
    )


def _top(
    counts: Counter[str], articles: dict[str, set[int]], notes: dict[str, str], names: dict[str, str]
) -> tuple[Tally, ...]:
    ranked = sorted(counts, key=lambda key: (-counts[key], -len(articles[key]), key))
    return tuple(Tally(names[k], counts[k], len(articles[k]), notes.get(k, "")) for k in ranked[:TOP])


def summarize(docs: Sequence[Document], skipped: int = 0) -> CorpusSummary:
    """The corpus summary of these documents; `skipped` counts inputs that could not be read."""
    rows = tuple(article_row(doc) for doc in docs)
    categories: dict[str, Counter[Voice]] = defaultdict(Counter)
    term_counts: Counter[str] = Counter()
    speaker_counts: Counter[str] = Counter()
    outlet_counts: Counter[str] = Counter()
    seen_in: dict[str, set[int]] = defaultdict(set)
    notes: dict[str, str] = {}
    names: dict[str, str] = {}
    people: set[str] = set()
    for index, doc in enumerate(docs):
        for finding in _terms(doc):
            categories[finding.label or finding.category][finding.voice] += 1
            shown = doc.shown(finding.span.start, finding.span.end) or finding.span.text
            key = "term:" + shown.casefold()
            term_counts[key] += 1
            seen_in[key].add(index)
            names.setdefault(key, shown.lower() if not shown.isupper() else shown)
            notes.setdefault(key, finding.suggestion or "")
        said = Counter(a.speaker for a in doc.attributions)
        for speaker in doc.speakers:
            if _anonymous(speaker):
                continue
            key = "speaker:" + normalised_name(speaker.name)
            if speaker.kind is SpeakerKind.PERSON:
                people.add(key)
            speaker_counts[key] += said.get(speaker.id, 0)
            seen_in[key].add(index)
            names.setdefault(key, " ".join(speaker.name.split()))
        for name, affiliation in _affiliated(doc).items():
            key = "outlet:" + normalised_name(name)
            outlet_counts[key] += 1
            seen_in[key].add(index)
            names.setdefault(key, name)
            notes.setdefault(key, affiliation.label)
    _merge_surnames(speaker_counts, seen_in, people, names)
    scores = sorted(r.flesch for r in rows if r.flesch is not None)
    return CorpusSummary(
        articles=len(rows),
        skipped=skipped,
        words=sum(r.words for r in rows),
        attributions=sum(r.attributions for r in rows),
        speakers=sum(r.speakers for r in rows),
        distinct_speakers=len(speaker_counts),
        anonymous_speakers=sum(r.anonymous for r in rows),
        relays=sum(r.relays for r in rows),
        state_affiliated=sum(r.state_affiliated for r in rows),
        term_categories=tuple(
            TermCategory(label, tuple((v, counts[v]) for v in VOICES if counts[v]))
            for label, counts in sorted(categories.items(), key=lambda item: (-item[1].total(), item[0]))
        ),
        missing_comments=sum(r.missing_comments for r in rows),
        readability=Spread(scores[0], statistics.median(scores), scores[-1]) if scores else None,
        top_terms=_top(term_counts, seen_in, notes, names),
        top_speakers=_top(speaker_counts, seen_in, notes, names),
        affiliated_outlets=_top(outlet_counts, seen_in, notes, names),
        rows=rows,
    )
