"""Split a text into paragraphs, sentences and quotations, keeping code-point spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import regex

from provenance.model import Quotation, Segmentation, Span
from provenance.ruleset.lazy_regex import LazyRegex
from provenance.ruleset.rules import BoilerplateRule
from provenance.text.keys import boilerplate_key
from provenance.text.literals import Requirement, WordPlaces, exact_for, leading, requirements

# Unicode line separators count as line breaks, so offsets never depend on the newline style.
_LINE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")
_BREAK = re.compile(r"\r\n|[\r\n\u2028\x0b\x0c\x85]")
_TERMINAL = tuple('.!?:;…"”’)]')
_SENTENCE_END = re.compile(r"[.!?…]+(?:''|[\"”’)\]])*(?=\s+(?:``|''|[\"“‘(\[])?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(\S+)$")
# Headings are short lines with no closing punctuation.
_HEADING_MAX = 160
# "Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’": title case marks a headline even with a period.
_TITLE_WORD_MIN = 4
# A word ("[^\W\d_][\w'’-]*") of _TITLE_WORD_MIN letters or more; a shorter word holds no longer one, so finding
# only the long ones gives the same list, without a Python step per word (asked of every sentence by reply).
_LONG_WORD = re.compile(rf"[^\W\d_][\w'’-]{{{_TITLE_WORD_MIN - 1},}}")
_TITLE_WORDS_MIN = 3
_FIRST = itemgetter(0)
_TITLE_SHARE = 0.8
_ABBREVIATION_MAX = 40
# A kicker ("EXCLUSIVE", "CITY HALL") is a line of a few words above the title, with no closing punctuation.
_KICKER_WORDS = 4
_KICKER_MAX = 40
# Furniture lines are short; a long paragraph is article text whatever it contains (and bounds regex work).
_FURNITURE_MAX = 400
_FURNITURE_TIMEOUT = 0.05  # seconds per pattern and paragraph: rule regexes meet untrusted text
# No prose sentence is this long; cutting longer runs (a scraped page without full stops) at a space keeps the
# per-sentence work of attribution extraction bounded, so hostile input cannot make it quadratic.
SENTENCE_MAX = 3000
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
# Some archives (the New York Times among them) mark quotations with two apostrophes or TeX-style ``...''.
_DOUBLED = ("''", "``")
_OPENERS = {"“": "”", "‘": "’", "«": "»", "„": "“"}
# Every character at which _quotes_in can find an opener: _OPENERS but ‘, a straight double quote, and
# the first characters of _DOUBLED.
_QUOTE_CANDIDATE = re.compile(
    "[" + re.escape("".join(sorted({*_OPENERS, '"', *(d[0] for d in _DOUBLED)} - {"‘"}))) + "]"
)
# Scraped and syndicated copy mixes typographies: “We’re going to build a wall," he said. "It’s going to be
# built.” So a curly opener may close on a straight quote and a straight one on a curly closer.
_MIXED_CLOSERS = {"“": "”\"", '"': '"”'}
# A straight quote with a space before and a word after opens a nested quotation; it closes nothing.
_STRAIGHT_CLOSER = re.compile(r'(?<!\s)"|"(?![^\W_])')
_STRAIGHT = re.compile('"')
_MISTYPED_CLOSER = re.compile(r"(?<=[^\s\w])“(?![^\W_])")


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str) -> list[Span]:
    """Paragraphs: non-blank lines, with hard-wrapped continuation lines merged back."""
    result: list[Span] = []
    for match in _LINE.finditer(text):
        start, end = _trimmed(text, match.start(), match.end())
        if start == end:
            continue
        if result and _continues(text, result[-1], start):
            result[-1] = _span(text, result[-1].start, end)
        else:
            result.append(_span(text, start, end))
    return result


def _continues(text: str, previous: Span, start: int) -> bool:
    # A line that starts lower-case right after a line with no closing punctuation is a hard wrap.
    gap = text[previous.end : start]
    blank_line = len(_BREAK.findall(gap)) > 1 or "\u2029" in gap  # U+2029 is a paragraph separator
    return not blank_line and not previous.text.endswith(_TERMINAL) and text[start].islower()


def is_heading(paragraph: Span, colon: bool = False) -> bool:
    """A short paragraph with no closing punctuation: a headline or subheading (a colon inside only if allowed)."""
    body = paragraph.text.rstrip()
    # "Source: Sputnik" is a credit line, not a subheading; a headline may be "Pence: Flowers won't attend".
    return len(body) <= _HEADING_MAX and not body.endswith(_TERMINAL) and (colon or ":" not in body)


def _title_cased_sentence(paragraph: Span, sentence_count: int) -> bool:
    """One short sentence in title case: a headline from an archive that ends every headline with a period."""
    body = paragraph.text.rstrip()
    if sentence_count != 1 or len(body) > _HEADING_MAX or not body.endswith(_TERMINAL) or "\n" in body:
        return False
    return title_cased(body)


def title_cased(body: str) -> bool:
    """Whether a line is in title case, where capitals say nothing about names ("Affirm Sharia's Assault on ...")."""
    # Words of four letters or more: "a", "to", "of", "the", "and", "for" stay lower-case in title case.
    significant = _LONG_WORD.findall(body)
    capitals = sum(map(str.isupper, map(_FIRST, significant)))
    return len(significant) >= _TITLE_WORDS_MIN and capitals >= _TITLE_SHARE * len(significant)


def sentences(text: str, paragraph: Span, abbreviations: frozenset[str]) -> list[Span]:
    """Sentences of one paragraph; periods after known abbreviations and initials do not end one."""
    result: list[Span] = []
    start = paragraph.start
    body = paragraph.text
    for match in _SENTENCE_END.finditer(body):
        if match.group().startswith(".") and _is_abbreviation(body, match.start(), abbreviations):
            continue
        end = paragraph.start + match.end()
        result.append(_span(text, *_trimmed(text, start, end)))
        start = end
    tail = _trimmed(text, start, paragraph.end)
    if tail[0] < tail[1]:
        result.append(_span(text, *tail))
    return result


def _bounded(text: str, sentence: Span) -> list[Span]:
    if sentence.end - sentence.start <= SENTENCE_MAX:
        return [sentence]
    pieces: list[Span] = []
    start = sentence.start
    while sentence.end - start > SENTENCE_MAX:
        space = max(text.rfind(" ", start + 1, start + SENTENCE_MAX), text.rfind("\n", start + 1, start + SENTENCE_MAX))
        cut = space if space > start else start + SENTENCE_MAX
        pieces.append(_span(text, *_trimmed(text, start, cut)))
        start = _trimmed(text, cut, sentence.end)[0]
    pieces.append(_span(text, start, sentence.end))
    return [p for p in pieces if p.text]


def _is_abbreviation(body: str, dot: int, abbreviations: frozenset[str]) -> bool:
    # Look back a bounded stretch only: searching from 0 made long paragraphs quadratic.
    window = max(0, dot - _ABBREVIATION_MAX)
    word = _WORD_BEFORE.search(body, window, dot)
    if word is None or (word.start() == window > 0 and not body[window - 1].isspace()):
        return False  # no word, or one longer than any abbreviation
    token = word.group(1).lstrip('("“‘')
    if _INITIALS.match(token):
        return True  # initials: "George W. Bush", "G.K. Butterfield"
    return token.lower() + "." in abbreviations


def quotations(text: str, paragraph_spans: Iterable[Span]) -> list[Quotation]:
    """Double-quoted passages (curly, straight or guillemets); an unclosed quote runs to its paragraph's end."""
    result: list[Quotation] = []
    for paragraph in paragraph_spans:
        result.extend(_quotes_in(text, paragraph))
    return result


def _quotes_in(text: str, paragraph: Span) -> list[Quotation]:
    found: list[Quotation] = []
    i, end = paragraph.start, paragraph.end
    while i < end:
        # Jump to the next character that can open a quotation instead of stepping through every one.
        candidate = _QUOTE_CANDIDATE.search(text, i, end)
        if candidate is None:
            break
        i = candidate.start()
        char = text[i]
        closer = _OPENERS.get(char) if char != "‘" else None
        if char == '"':
            closer = '"'
        width = 1
        if text.startswith(_DOUBLED, i):
            closer, width = "''", 2
        if closer is None:
            i += 1
            continue
        close = _closing(text, char, closer, i + width, end)
        stop = close + len(closer) if close != -1 else end
        inner_end = close if close != -1 else end
        found.append(Quotation(_span(text, i, stop), _span(text, i + width, inner_end), close != -1))
        i = stop
    return found


def _closing(text: str, opener: str, closer: str, start: int, end: int) -> int:
    """Offset of the quotation mark that closes `opener`, or -1."""
    mixed = _MIXED_CLOSERS.get(opener)
    if mixed is None or closer == "''":
        return text.find(closer, start, end)
    curly = text.find("”", start, end)
    limit = curly if curly != -1 else end
    # A closer typed as an opener (“It's unusual,“ said Noble) ends the quotation as a straight quote would.
    other = _MISTYPED_CLOSER.search(text, start, limit) if opener == "“" else None
    straight = _straight_closer(text, start, other.start() if other is not None else limit)
    if straight != -1:
        return straight
    return other.start() if other is not None else curly


def _straight_closer(text: str, start: int, end: int) -> int:
    # “He told me "no" twice,”: a straight quote that opens a word nests; the one closing it closes nothing outer.
    depth = 0
    for mark in _STRAIGHT.finditer(text, start, end):
        at = mark.start()
        if _STRAIGHT_CLOSER.match(text, at):
            if depth == 0:
                return at
            depth -= 1
        else:
            depth += 1
    return -1


def _blank_after(text: str, paragraph: Span, following: Span | None) -> bool:
    """Whether a blank line (or the end of the text) follows the paragraph."""
    if following is None:
        return True
    gap = text[paragraph.end : following.start]
    return len(_BREAK.findall(gap)) > 1 or "\u2029" in gap


def _one_short_line(paragraph: Span, limit: int = _HEADING_MAX) -> bool:
    return len(paragraph.text) <= limit and not _BREAK.search(paragraph.text)


def _headline(text: str, paras: list[Span], first_sentences: int, furniture: set[int]) -> Span | None:
    """The first short line standing alone before a blank line, or a kicker and title, or a title-like paragraph."""
    if len(paras) < 2 or 0 in furniture:
        return None
    first, second = paras[0], paras[1]
    if _one_short_line(first) and _blank_after(text, first, second):
        return first  # whatever its last punctuation: "Who won the Vegas debate?"
    kicker = _one_short_line(first, _KICKER_MAX) and len(first.text.split()) <= _KICKER_WORDS
    titled = 1 not in furniture and _one_short_line(second)
    if kicker and titled and not first.text.endswith(_TERMINAL) and _blank_after(text, second, _at(paras, 2)):
        return _span(text, first.start, second.end)  # "EXCLUSIVE" above its title: one headline
    # A headline set directly above the body, with no blank line, still reads as one by its shape.
    return first if is_heading(first, colon=True) or _title_cased_sentence(first, first_sentences) else None


def _at(paras: list[Span], index: int) -> Span | None:
    return paras[index] if index < len(paras) else None


def _matches(pattern: LazyRegex, line: str) -> bool:
    try:
        return pattern.fullmatch(line, 0, len(line), timeout=_FURNITURE_TIMEOUT) is not None
    except TimeoutError:
        return False


_Alternation = tuple[LazyRegex | None, tuple[LazyRegex, ...]]  # the joined pattern (None: one alone), its members


@lru_cache(maxsize=16)
def _alternations(patterns: tuple[LazyRegex, ...]) -> tuple[_Alternation, ...]:
    """The patterns joined into one alternation per flag set; a pattern with groups or a global flag stays alone.

    A paragraph fully matches an alternation exactly when it fully matches one of its members: one regex call
    per paragraph instead of one per pattern (16 in the default rules).
    """
    joinable: dict[int, list[LazyRegex]] = {}
    alone: list[_Alternation] = []
    for pattern in patterns:
        compiled = pattern.compiled()
        if compiled.groups or compiled.flags != regex.compile("", pattern.flags).flags:
            alone.append((None, (pattern,)))  # a numbered group or a global inline flag would change in an alternation
        else:
            joinable.setdefault(pattern.flags, []).append(pattern)
    joined = [
        (LazyRegex("|".join(f"(?:{p.pattern})" for p in members), flags), tuple(members))
        for flags, members in joinable.items()
    ]
    return (*joined, *alone)


def _matches_any(alternations: tuple[_Alternation, ...], line: str) -> bool:
    """Whether the line fully matches one of the patterns (each with its own time limit, as `_matches` has it)."""
    for joined, members in alternations:
        if joined is None:
            if _matches(members[0], line):
                return True
            continue
        try:
            if joined.fullmatch(line, 0, len(line), timeout=_FURNITURE_TIMEOUT) is not None:
                return True
        except TimeoutError:  # one member ran long: try them one by one, as before they were joined
            if any(_matches(p, line) for p in members):
                return True
    return False


@dataclass(frozen=True, slots=True)
class _Sieve:
    """What a line must hold for one of some patterns to match it whole (see provenance/text/literals.py)."""

    leads: tuple[str, ...]  # it starts with one of these (the openings of the patterns that have them), or
    needs: tuple[tuple[Requirement, ...], ...]  # it meets all the requirements of one of the other patterns
    everything: bool  # a pattern with neither: every line is tried


@lru_cache(maxsize=64)
def _sieve(patterns: tuple[LazyRegex, ...]) -> _Sieve:
    leads: list[str] = []
    needs: list[tuple[Requirement, ...]] = []
    for pattern in patterns:
        opening = leading(pattern.pattern, pattern.flags)
        need = () if opening else requirements(pattern.pattern, pattern.flags)
        if not opening and not need:
            return _Sieve((), (), True)
        leads.extend(opening)
        if need:
            needs.append(need)
    return _Sieve(tuple(leads), tuple(needs), False)


class _Lines:
    """A text's short paragraphs in lower case, and where the words the rules require occur in them."""

    def __init__(self, texts: list[str], sieves: list[_Sieve]) -> None:
        self.lowers = [t.lower() for t in texts]
        joined = "\n".join(self.lowers)
        # Without İ, ı, ſ the lower-cased lines hold every literal a match needs (literals.py); with them, try all.
        self.exact = exact_for(joined)
        ranges, at = [], 0
        for low in self.lowers:
            ranges.append((at, at + len(low)))
            at += len(low) + 1
        words = frozenset(word for s in sieves for need in s.needs for req in need for word in req)
        self.places = WordPlaces(joined, ranges, words if self.exact else frozenset())

    def candidates(self, sieve: _Sieve) -> Iterable[int]:
        """Indexes of the lines one of the sieve's patterns could match whole, in order (a superset, never less)."""
        lowers = self.lowers
        if sieve.everything or not self.exact:
            return range(len(lowers))
        found = {i for i, low in enumerate(lowers) if low.startswith(sieve.leads)} if sieve.leads else set()
        for need in sieve.needs:
            found |= self.places.meeting(need)
        return sorted(found)


def furniture_paragraphs(paras: list[Span], lines: frozenset[str], rules: Iterable[BoilerplateRule] = ()) -> set[int]:
    """Indexes of page-furniture paragraphs: exact lines, whole-paragraph patterns and widget blocks."""
    texts = [p.text.strip() if len(p.text) <= _FURNITURE_MAX else "" for p in paras]
    found = {i for i, t in enumerate(texts) if t and lines and boilerplate_key(t) in lines}
    for rule in rules:
        alternations = _alternations(rule.patterns)
        # Each pattern call sets up a time-out (~3 µs) before it reads a character: lines that lack what every
        # pattern needs (an opening, or literal words found in one automaton pass) are not tried at all.
        sieves = [_sieve(rule.patterns), *(_sieve((block.start,)) for block in rule.blocks)]
        sieved = _Lines(texts, sieves)
        found |= {i for i in sieved.candidates(sieves[0]) if texts[i] and _matches_any(alternations, texts[i])}
        for block, sieve in zip(rule.blocks, sieves[1:], strict=True):
            for i in sieved.candidates(sieve):
                t = texts[i]
                if not t or not _matches(block.start, t):
                    continue
                found.add(i)
                last = min(i + block.within, len(texts) - 1)
                end = next((k for k in range(i + 1, last + 1) if texts[k] and _matches(block.until, texts[k])), None)
                if end is None:
                    continue
                found.update(range(i, end + 1))
                # Furniture lines already found (a privacy line after the closer) do not end the run.
                while block.then is not None and end + 1 < len(texts):
                    if end + 1 not in found and not (texts[end + 1] and _matches(block.then, texts[end + 1])):
                        break
                    end += 1
                    found.add(end)
    return found


def segment(
    text: str,
    abbreviations: frozenset[str] = frozenset(),
    boilerplate: frozenset[str] = frozenset(),
    furniture: Iterable[BoilerplateRule] = (),
    title: Span | None = None,
) -> Segmentation:
    """Paragraphs, sentences, quotations and headings of a text; boilerplate paragraphs get none of them.

    `title` is a headline the markup names (a Markdown `#` title, an HTML <h1> or <title>); it wins over layout.
    """
    paras = paragraphs(text)
    page = furniture_paragraphs(paras, boilerplate, furniture)
    split = [[] if i in page else sentences(text, p, abbreviations) for i, p in enumerate(paras)]
    sents = [piece for found in split for s in found for piece in _bounded(text, s)]
    headline = title if title is not None else _headline(text, paras, len(split[0]) if split else 0, page)
    top = headline.end if headline is not None else 0  # a kicker's title line is no subheading
    subheadings = tuple(p for i, p in enumerate(paras) if i and i not in page and is_heading(p) and p.start >= top)
    return Segmentation(
        paragraphs=tuple(paras),
        sentences=tuple(sents),
        quotations=tuple(quotations(text, (p for i, p in enumerate(paras) if i not in page))),
        headline=headline,
        subheadings=subheadings,
        boilerplate=tuple(paras[i] for i in sorted(page)),
    )
