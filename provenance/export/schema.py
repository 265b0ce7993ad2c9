"""The export's tables, defined once: columns, types, keys and meaning, versioned.

Every other view of the schema is built from TABLES: the pyarrow schemas the writer uses
(`arrow_schema`), the `_schema.json` written beside the tables (`schema_document`) and the
table reference in docs/analysis.md. SCHEMA_VERSION is "MAJOR.MINOR": a minor release only adds
columns or tables, a major one renames, removes or retypes them (the writer refuses to add parts
of another major version to an existing dataset).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION = "1.0"
METADATA_KEY = b"provenance.schema_version"


@dataclass(frozen=True, slots=True)
class Column:
    """One column: name, logical type (string, int64, float64, bool, date), nullability and meaning."""

    name: str
    type: str
    nullable: bool
    doc: str


@dataclass(frozen=True, slots=True)
class Table:
    """One table: its folder name, what a row is, the columns that identify a row, and its columns."""

    name: str
    row: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Column names in order."""
        return tuple(c.name for c in self.columns)


def _c(name: str, type_: str, doc: str, nullable: bool = False) -> Column:
    return Column(name, type_, nullable, doc)


def _span(prefix: str, what: str, nullable: bool = False) -> tuple[Column, ...]:
    """Start, end and text of a span: code-point offsets [start, end) into the text as read."""
    return (
        _c(f"{prefix}start", "int64", f"{what}: first code point (0-based)", nullable),
        _c(f"{prefix}end", "int64", f"{what}: code point after the last (exclusive)", nullable),
        _c(f"{prefix}text", "string", f"{what}: the text it covers", nullable),
    )


def _affiliation(what: str) -> tuple[Column, ...]:
    return (
        _c("affiliation_name", "string", f"{what} as named in a source registry", True),
        _c("affiliation_country", "string", "the registry's country", True),
        _c("affiliation_typology", "string", "the registry's typology code, e.g. SC (state-controlled), wire", True),
        _c("affiliation_label", "string", "the typology explained, e.g. state-controlled media", True),
        _c("affiliation_registry", "string", "id of the registry rule that supplied it", True),
        _c("state_media", "bool", "in a registry and not a news agency (typology other than wire)"),
    )


_DOC_ID = _c("doc_id", "string", "the article: hash of its path and text; joins every table")

DOCUMENTS = Table(
    "documents",
    "article",
    ("doc_id",),
    (
        _DOC_ID,
        _c("path", "string", "the path or URL as given to the export", True),
        _c("url", "string", "the article's URL when a catalog gives it", True),
        _c("outlet", "string", "publisher: catalog, else file name before its first _, else URL host", True),
        _c("date", "date", "publication date: from a catalog, else a YYYY-MM-DD in the file name", True),
        _c("headline", "string", "the headline line as written", True),
        _c("characters", "int64", "code points in the text"),
        _c("words", "int64", "words of the article body (readability count, else whitespace-separated)"),
        _c("sentences", "int64", "sentences found by the segmenter"),
        _c("paragraphs", "int64", "paragraphs found by the segmenter"),
        _c("quotations", "int64", "passages in quotation marks"),
        _c("syllables", "int64", "syllables counted for readability", True),
        _c("flesch_reading_ease", "float64", "Flesch reading ease", True),
        _c("flesch_kincaid_grade", "float64", "Flesch-Kincaid grade level", True),
        _c("gunning_fog", "float64", "Gunning fog index", True),
        _c("reading_minutes", "float64", "estimated reading time", True),
        _c("attributions", "int64", "rows in attributions"),
        _c("speakers", "int64", "rows in speakers"),
        _c("anonymous_speakers", "int64", "speakers the article does not name"),
        _c("findings", "int64", "rows in findings"),
        _c("loaded_terms", "int64", "findings of category loaded-term or hedge, any voice"),
        _c("relays", "int64", "rows in relays"),
        _c("missing_comments", "int64", "rows in missing_comments"),
        _c("replies", "int64", "rows in replies"),
        _c("warnings", "int64", "warnings raised while reading or annotating"),
    ),
)

ATTRIBUTIONS = Table(
    "attributions",
    "attribution: who said what, through which cue",
    ("doc_id", "attribution"),
    (
        _DOC_ID,
        _c("attribution", "int64", "position among the article's attributions (0-based)"),
        _c("kind", "string", "direct, indirect, partial or continuation"),
        _c("rule", "string", "id of the rule that found it"),
        _c("speaker_id", "string", "the speaker (joins speakers on doc_id, speaker_id)", True),
        *_span("cue_", "the cue, e.g. said", True),
        *_span("source_", "the source as written", True),
        *_span("content_", "what was said", True),
    ),
)

SPEAKERS = Table(
    "speakers",
    "speaker: someone or something the article attributes words to (per article)",
    ("doc_id", "speaker_id"),
    (
        _DOC_ID,
        _c("speaker_id", "string", "id within the article"),
        _c("name", "string", "the name as resolved in the article"),
        _c("kind", "string", "person, institution, outlet, place, anonymous or document"),
        _c("role", "string", "role or title, e.g. spokesman", True),
        _c("organization", "string", "the organisation the speaker speaks for", True),
        _c("anonymous", "bool", "the article does not name the speaker (flagged anonymous or of kind anonymous)"),
        _c("mentions", "int64", "times the article mentions the speaker"),
        *_affiliation("the speaker"),
    ),
)

FINDINGS = Table(
    "findings",
    "finding: a rule's verdict on a stretch of text",
    ("doc_id", "finding"),
    (
        _DOC_ID,
        _c("finding", "int64", "position among the article's findings (0-based, in text order)"),
        _c("rule", "string", "id of the rule"),
        _c("category", "string", "attribution, relay, loaded-term, hedge, missing-comment, anonymous-source, ..."),
        _c("severity", "string", "info, warning or error"),
        _c("voice", "string", "whose words: narrator, headline, quoted or paraphrase"),
        _c("speaker_id", "string", "whose words, for quoted and paraphrased voice (joins speakers)", True),
        _c("label", "string", "the rule's own category, e.g. delegitimizing", True),
        _c("suggestion", "string", "a neutral alternative wording", True),
        *_span("", "the span"),
        _c("message", "string", "the rule's explanation"),
    ),
)

RELAYS = Table(
    "relays",
    "relay: an outlet through which the story reached the publisher (credit line, dateline, citing)",
    ("doc_id", "relay"),
    (
        _DOC_ID,
        _c("relay", "int64", "position among the article's relays (0-based)"),
        _c("outlet", "string", "the relaying outlet, as the registry names it when it knows it"),
        _c("rule", "string", "id of the rule that found it"),
        *_span("", "the credit or citation"),
        *_affiliation("the relaying outlet"),
    ),
)

MISSING_COMMENTS = Table(
    "missing_comments",
    "note that a party has not commented",
    ("doc_id", "note"),
    (
        _DOC_ID,
        _c("note", "int64", "position among the article's notes (0-based)"),
        _c("rule", "string", "id of the rule that found it"),
        *_span("", "the note"),
        *_span("party_", "the party it names", True),
    ),
)

REPLIES = Table(
    "replies",
    "party the article accuses or notes as silent, with whether it is heard",
    ("doc_id", "reply"),
    (
        _DOC_ID,
        _c("reply", "int64", "position among the article's reply checks (0-based)"),
        _c("party", "string", "the party: its speaker name when heard, else the phrase as written"),
        _c("status", "string", "replied, declined-or-no-response or not-sought"),
        _c("rule", "string", "id of the rule that found it"),
        _c("speaker_id", "string", "the party's own speaker id when it is heard (joins speakers)", True),
        _c("accuser_id", "string", "speaker id of whoever makes the accusation (joins speakers)", True),
        *_span("party_", "the party as written", True),
        *_span("accusation_", "the accusing word, e.g. attacked", True),
        *_span("note_", "the missing-comment note naming the party", True),
    ),
)

TABLES: tuple[Table, ...] = (DOCUMENTS, ATTRIBUTIONS, SPEAKERS, FINDINGS, RELAYS, MISSING_COMMENTS, REPLIES)


def table(name: str) -> Table:
    """The table of this name; KeyError for an unknown one."""
    for candidate in TABLES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def schema_document() -> dict[str, Any]:
    """The schema as JSON-ready data, written to `_schema.json` beside the tables."""
    return {
        "schema_version": SCHEMA_VERSION,
        "spans": "code-point offsets [start, end) into the article text as read",
        "layout": "<table>/part-<batch>.parquet; read a table with read_parquet('DIR/<table>/*.parquet')",
        "tables": {
            t.name: {
                "row": t.row,
                "key": list(t.key),
                "columns": [{"name": c.name, "type": c.type, "nullable": c.nullable, "doc": c.doc} for c in t.columns],
            }
            for t in TABLES
        },
    }
