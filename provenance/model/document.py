"""The result model: frozen dataclasses that the core returns and renderers read."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

ENTITY_PAD = "\x00"  # what a display view pads decoded entities with (never in a text: binary files are refused)


class _Member(StrEnum):
    """An enumeration whose members pickle as a reference to the member, not as a call of the class with a value."""

    def __reduce_ex__(self, protocol: Any) -> str:  # type: ignore[override]
        return f"{type(self).__qualname__}.{self.name}"


class Severity(_Member):
    """How much a finding matters in a pre-publication check."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Order for comparisons: info < warning < error."""
        return ("info", "warning", "error").index(self.value)


class Voice(_Member):
    """Whose words a span is: the outlet's own, a quotation, a paraphrase or a headline."""

    NARRATOR = "narrator"
    QUOTED = "quoted"
    PARAPHRASE = "paraphrase"
    HEADLINE = "headline"

    @property
    def rank(self) -> int:
        """Display order, weightiest first: the outlet's own words, then paraphrase, then quotation."""
        return {"narrator": 0, "headline": 0, "paraphrase": 1, "quoted": 2}[self.value]


# Findings about wording (as opposed to sourcing): listed together as "loaded terms" by every view.
TERM_CATEGORIES = ("loaded-term", "hedge", "scare-quote")


class AttributionKind(_Member):
    """How the content reaches the reader."""

    DIRECT = "direct"  # the content is a quotation
    INDIRECT = "indirect"  # reported speech, no quotation marks
    PARTIAL = "partial"  # reported speech with quoted fragments
    CONTINUATION = "continuation"  # a quote-only paragraph carrying on the previous speaker


class SpeakerKind(_Member):
    """What kind of entity a speaker is."""

    PERSON = "person"
    INSTITUTION = "institution"
    OUTLET = "outlet"
    PLACE = "place"
    ANONYMOUS = "anonymous"
    DOCUMENT = "document"
    GROUP = "group"  # an unnamed plurality: "voters", "Democrats", "critics"


@dataclass(frozen=True, slots=True)
class Span:
    """A code-point range [start, end) of the text as read, with the text it covers."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quotation:
    """A passage inside quotation marks; `inner` excludes the marks."""

    span: Span
    inner: Span
    closed: bool


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Paragraphs, sentences and quotations of a text, with the headline if there is one."""

    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    quotations: tuple[Quotation, ...]
    headline: Span | None
    subheadings: tuple[Span, ...] = ()
    boilerplate: tuple[Span, ...] = ()  # page furniture ("You might also like"): no sentences, no headings


@dataclass(frozen=True, slots=True)
class Affiliation:
    """What a source registry knows of an outlet or institution."""

    name: str
    country: str | None
    typology: str | None  # a code such as SC (state-controlled)
    label: str  # the typology explained, e.g. "state-controlled media"
    registry: str  # id of the registry rule that supplied it


@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone or something the article attributes words to."""

    id: str
    name: str
    kind: SpeakerKind
    role: str | None = None
    organization: str | None = None
    affiliation: Affiliation | None = None
    anonymous: bool = False
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said what, through which cue."""

    speaker: str | None
    cue: Span | None
    source: Span | None
    content: Span | None
    kind: AttributionKind
    rule: str


@dataclass(frozen=True, slots=True)
class Relay:
    """An outlet through which the story reached the publisher (credit line, dateline, citing)."""

    outlet: str
    span: Span
    rule: str
    affiliation: Affiliation | None = None
    # "article": the whole story came through it (a credit line, a dateline); "sentence": one claim did ("the state
    # news agency TASS reported"), so only the speakers of its sentence hang under it in the chain.
    scope: str = "article"


@dataclass(frozen=True, slots=True)
class MissingComment:
    """A note that a party has not commented, with the party it names."""

    span: Span
    party: Span | None
    rule: str


class ReplyStatus(_Member):
    """Whether a party the article accuses is heard."""

    REPLIED = "replied"  # the party is quoted or paraphrased in the article
    DECLINED = "declined-or-no-response"  # a missing-comment note names the party
    NOT_SOUGHT = "not-sought"  # neither: the article does not say a reply was sought


@dataclass(frozen=True, slots=True)
class ReplyCheck:
    """A party the article accuses (or notes as not commenting), and whether it got a reply."""

    party: str  # display name: the matched speaker's name, else the phrase as written
    party_span: Span | None
    status: ReplyStatus
    accusation: Span | None = None  # the accusing word, e.g. "attacked"
    accuser: str | None = None  # speaker id of whoever makes the accusation
    speaker: str | None = None  # the party's own speaker id when it is heard
    note: MissingComment | None = None  # the missing-comment note naming the party
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One annotated span: a rule's verdict on a stretch of text."""

    rule: str
    category: str  # attribution, relay, loaded-term, missing-comment, anonymous-source, ...
    severity: Severity
    span: Span
    message: str
    voice: Voice
    speaker: str | None = None  # whose words these are, for quoted and paraphrased voice
    label: str | None = None  # the rule's own category, e.g. "delegitimizing"
    suggestion: str | None = None  # neutral alternative wording


@dataclass(frozen=True, slots=True)
class Readability:
    """Readability figures computed once per document from its counts."""

    words: int
    sentences: int
    syllables: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    reading_minutes: float


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What a web page says about itself (title, site, byline, date, address), from its metadata."""

    title: str | None = None
    site_name: str | None = None
    author: str | None = None
    date: str | None = None  # as the page gives it, ISO 8601 where the extractor could read it
    url: str | None = None  # the canonical address when the page names one, else where it was fetched
    affiliation: Affiliation | None = None  # the site's entry in a source registry (state media, wires)


@dataclass(frozen=True, slots=True)
class Chain:
    """The attribution chain: outlets the whole story came through (outermost first); under the last, outlets that
    carried one claim each, with that claim's speakers; then the speakers the publisher quotes directly."""

    outlets: tuple[Relay, ...]
    cited: tuple[tuple[Relay, tuple[Speaker, ...]], ...]
    speakers: tuple[Speaker, ...]
    # Attributions with no speaker and no source ("Trump is expected to win"); one whose source is named but credits
    # no speaker holds a position ("Smith declined to comment") and is left out of the chain.
    unidentified: tuple[Attribution, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """Everything `annotate` found in one text: the single result object renderers read."""

    text: str
    path: str | None
    segmentation: Segmentation
    findings: tuple[Finding, ...]
    speakers: tuple[Speaker, ...]
    attributions: tuple[Attribution, ...]
    relays: tuple[Relay, ...]
    missing_comments: tuple[MissingComment, ...]
    readability: Readability | None
    warnings: tuple[str, ...] = field(default=())
    replies: tuple[ReplyCheck, ...] = field(default=())
    input_format: str = "text"  # text, markdown or html: how the file was read
    display: str | None = None  # for markup, the text as a reader sees it (same length; entity padding NUL)
    page: PageInfo | None = None  # for a web page: its metadata; its site is the publisher

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with each span as offsets into the one text (see model/packing.py): a batch sends every Document."""
        from provenance.model.packing import pack, unpack

        return unpack, (pack(self),)

    @property
    def view(self) -> str:
        """The text as a reader sees it, same length as `text`: slice it, then pass the slice to `readable`."""
        return self.display if self.display is not None else self.text

    def shown(self, start: int, end: int) -> str:
        """The text of [start, end) as a reader sees it: markup dropped, entities decoded, spacing collapsed."""
        return readable(self.view[start:end])

    def publisher(self, given: str | None = None) -> str | None:
        """Who publishes the article: the name given (--publisher), else the web page's site name."""
        return given or (self.page.site_name if self.page is not None else None)

    @property
    def publisher_affiliation(self) -> Affiliation | None:
        """The registry entry of the page's site (a state-controlled outlet's own site), if any."""
        return self.page.affiliation if self.page is not None else None

    def chain(self) -> Chain:
        """The attribution chain as every view draws it: the outlets the whole story came through, in order; under
        the last, each outlet one claim came through with the speakers of its sentence, then the other speakers."""
        seen: set[str] = set()
        whole: list[Relay] = []
        cited: list[Relay] = []
        for relay in self.relays:
            if relay.outlet.casefold() not in seen:
                seen.add(relay.outlet.casefold())
                (cited if relay.scope == "sentence" else whole).append(relay)
        sentences = self.segmentation.sentences
        starts_of_sentences = [s.start for s in sentences]

        def sentence_at(offset: int) -> int:
            k = bisect_right(starts_of_sentences, offset) - 1
            return k if k >= 0 and offset < sentences[k].end else -1

        sentence_of = {r.outlet: sentence_at(r.span.start) for r in cited}
        under: dict[str, list[Speaker]] = {r.outlet: [] for r in cited}
        direct: list[Speaker] = []
        for speaker in self.speakers:
            name = speaker.name.casefold()
            if speaker.kind is SpeakerKind.OUTLET and any(r.outlet.casefold() in name for r in cited):
                continue  # "the state news agency TASS reported": the outlet's node already stands for it
            starts = [a.cue.start for a in self.attributions if a.speaker == speaker.id and a.cue is not None]
            home = next((r for r in cited if any(sentence_at(s) == sentence_of[r.outlet] for s in starts)), None)
            (under[home.outlet] if home is not None else direct).append(speaker)
        known = {s.id for s in self.speakers}
        unidentified = tuple(
            a
            for a in self.attributions
            if (a.speaker is None and a.source is None) or (a.speaker is not None and a.speaker not in known)
        )
        return Chain(tuple(whole), tuple((r, tuple(under[r.outlet])) for r in cited), tuple(direct), unidentified)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker with this id, or None."""
        for candidate in self.speakers:
            if candidate.id == speaker_id:
                return candidate
        return None


def readable(piece: str) -> str:
    """A slice of a display view as a reader should see it: entity padding removed, spacing collapsed."""
    return " ".join(piece.replace(ENTITY_PAD, "").split())
