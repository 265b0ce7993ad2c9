"""The trace result model: frozen dataclasses that tracing returns and the trace renderers read."""

from __future__ import annotations

from dataclasses import dataclass

from provenance.model import Affiliation, Finding, Severity, Span, Voice

CATEGORY = "trace"  # the Finding category of every trace change, so `check --fail-on` and reports treat them alike


@dataclass(frozen=True, slots=True)
class WordEdit:
    """Words the republisher replaced, inserted or deleted inside a reused passage (empty span on the side without)."""

    op: str  # replace, insert (words only in the article) or delete (words only in the origin)
    article: Span
    origin: Span


@dataclass(frozen=True, slots=True)
class AlignedPassage:
    """A sentence of the article matched with the origin sentence it reuses."""

    article: Span
    origin: Span
    similarity: float  # word-level similarity, 0..1
    edits: tuple[WordEdit, ...]


@dataclass(frozen=True, slots=True)
class WordLink:
    """One word the article carries over unchanged from the origin: its range on both sides."""

    origin_start: int
    origin_end: int
    article_start: int
    article_end: int


@dataclass(frozen=True, slots=True)
class Alignment:
    """Passage by passage: what the article reuses, what it adds, what it leaves out."""

    pairs: tuple[AlignedPassage, ...]
    added: tuple[Span, ...]  # article sentences with no counterpart in the origin
    cut: tuple[Span, ...]  # origin sentences the article does not carry
    links: tuple[WordLink, ...]  # unchanged words, in article order
    article_words: int  # words in the article's body (headline and credit lines excluded)
    reused_words: int  # of those, words carried over unchanged

    @property
    def coverage(self) -> float:
        """Share of the article's words that are the origin's words."""
        return self.reused_words / self.article_words if self.article_words else 0.0


@dataclass(frozen=True, slots=True)
class Origin:
    """An earlier text the article reuses."""

    path: str
    headline: str
    text: str
    outlet: str | None  # as stored in the index, else from the origin's own credit line
    affiliation: Affiliation | None  # the outlet's entry in the state-media registry, when the origin names one
    index_id: int | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """One thing the republisher changed, as a rule's verdict; `span` is in the article (empty where text was cut)."""

    rule: str
    kind: str  # credit, headline, loaded-wording, attribution, quote, paragraph
    severity: Severity
    message: str
    span: Span
    origin: Span | None = None
    old: str | None = None
    new: str | None = None
    voice: Voice = Voice.NARRATOR

    def finding(self) -> Finding:
        """The change as a Finding (category `trace`), for the check gate and the other renderers."""
        return Finding(self.rule, CATEGORY, self.severity, self.span, self.message, self.voice, label=self.kind)


@dataclass(frozen=True, slots=True)
class Reuse:
    """One origin of the article: how much of the article it accounts for, the alignment, and what changed."""

    origin: Origin
    alignment: Alignment
    changes: tuple[Change, ...]
    role: str = "primary"  # primary (best), additional (covers other words), alternative (another copy; not judged)

    @property
    def coverage(self) -> float:
        """Share of the article's words covered by this origin."""
        return self.alignment.coverage


@dataclass(frozen=True, slots=True)
class TraceResult:
    """Everything `trace` found for one article: its origins, best first."""

    path: str | None
    text: str
    headline: Span | None
    reuses: tuple[Reuse, ...]
    candidates: int = 0  # stored texts the index proposed before checking

    def changes(self) -> tuple[Change, ...]:
        """Every change, origin by origin."""
        return tuple(change for reuse in self.reuses for change in reuse.changes)

    def findings(self) -> tuple[Finding, ...]:
        """Every change as a Finding, sorted by position."""
        return tuple(sorted((c.finding() for c in self.changes()), key=lambda f: (f.span.start, f.span.end, f.rule)))
