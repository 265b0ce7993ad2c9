"""Run pattern rules over paragraphs: relays (credit lines, datelines) and missing-comment notes."""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

import regex

from provenance.core.attribution.sources import phrase_before
from provenance.errors import TIMEOUT_MARK
from provenance.model import MissingComment, Relay, Segmentation, Span
from provenance.ruleset.lazy_regex import LazyRegex
from provenance.ruleset.rulebook import KnownOutlet, Rulebook
from provenance.ruleset.rules import PatternRule, SpeakerLexiconRule
from provenance.text.literals import Requirement, WordPlaces, exact_for, leading, requirements, right_monotone
from provenance.text.tokens import Token, gap, tokenize


@dataclass(frozen=True, slots=True)
class PatternHit:
    """One pattern match, with its named slots."""

    rule: PatternRule
    span: Span
    slots: dict[str, Span]


# Seconds all pattern rules together may spend on one document: ample for prose, a stop for catastrophic
# backtracking. One budget per document, not per rule: 20 catastrophic rules cost 52.6 s on one article.
DOCUMENT_SECONDS = 2.0
# Once the budget is spent, each further call still gets this long, so the rules after a runaway one still run
# (an ordinary pattern needs far less); a rule stopped once is not run again on that document.
CALL_FLOOR = 0.05
# Patterns run paragraph by paragraph. A "paragraph" longer than this (a scraped page on one line) is matched
# in runs of whole sentences instead: regexes with bounded gaps slow down on megabyte subjects, and every rule
# then ran into its time budget (a 2 MB line took 216 s).
BLOCK_MAX = 10_000


@dataclass(frozen=True, slots=True)
class _Block:
    span: Span
    whole: bool  # the whole paragraph: only then may a line rule (a credit line) match it


def _blocks(text: str, seg: Segmentation) -> list[_Block]:
    """Paragraphs, with any longer than BLOCK_MAX cut into runs of its sentences."""
    blocks: list[_Block] = []
    starts = [s.start for s in seg.sentences]
    for paragraph in seg.paragraphs:
        if paragraph.end - paragraph.start <= BLOCK_MAX:
            blocks.append(_Block(paragraph, True))
            continue
        first = bisect_right(starts, paragraph.start - 1)
        run_start = paragraph.start
        for sentence in seg.sentences[first:]:
            if sentence.start >= paragraph.end:
                break
            if sentence.end - run_start > BLOCK_MAX and sentence.start > run_start:
                blocks.append(_Block(_span(text, run_start, sentence.start), False))
                run_start = sentence.start
        blocks.append(_Block(_span(text, run_start, paragraph.end), False))
    return blocks


@dataclass
class PatternBudget:
    """The time every pattern rule together may spend on one document, and the rules that ran out of it."""

    seconds: float = field(default_factory=lambda: DOCUMENT_SECONDS)  # read at run time, so tests can lower it
    spent: float = 0.0
    timed_out: list[str] = field(default_factory=list)

    def left(self) -> float:
        """The timeout of the next call: what is left of the budget, but never less than CALL_FLOOR."""
        return max(self.seconds - self.spent, CALL_FLOOR)

    def warnings(self) -> tuple[str, ...]:
        """One warning per rule that was stopped."""
        return tuple(timeout_warning(rule, self.seconds) for rule in self.timed_out)




def timeout_warning(rule: str, seconds: float) -> str:
    """The warning naming a rule stopped on its time budget (the CLI says it once per batch)."""
    return (
        f"rule {rule}: {TIMEOUT_MARK} {seconds:g}s (the time all pattern rules share on one text) and was stopped, "
        "so its results are incomplete; simplify the pattern (avoid nested quantifiers such as (a+)+)"
    )


def run_patterns(
    text: str, seg: Segmentation, rules: list[PatternRule], budget: PatternBudget | None = None
) -> Iterator[PatternHit]:
    """Every match of the given rules; line rules must cover a whole paragraph. A rule that times out stops."""
    budget = budget if budget is not None else PatternBudget()
    blocks = _blocks(text, seg)
    nowhere = partial(_nowhere, text, budget)
    for block, planned in zip(blocks, _plan(text, [b.span for b in blocks], rules, nowhere), strict=True):
        paragraph = block.span
        for rule, indexes in planned:
            rule_id = rule.meta.id
            if rule_id in budget.timed_out or (rule.line and not block.whole):
                continue
            started = time.monotonic()
            try:
                hits = list(_matches(text, paragraph, rule, budget.left(), indexes))
            except TimeoutError:
                budget.timed_out.append(rule_id)
                continue
            finally:
                budget.spent += time.monotonic() - started
            yield from hits


_Plan = list[tuple[PatternRule, list[int]]]  # for one paragraph: the rules to run there and which of their patterns


def _nowhere(text: str, budget: PatternBudget, pattern: LazyRegex) -> bool:
    """Whether the pattern is proven to match in no block of the text: it finds nothing in the whole text, and more
    text after a block can only add matches (`right_monotone`). One call instead of one per block, each of which
    sets up its time-out (~3 µs) before it reads a character: "(?m)^[A-Z]..." datelines need no literal word."""
    if not right_monotone(pattern.pattern, pattern.flags):
        return False
    started = time.monotonic()
    try:
        return pattern.search(text, 0, len(text), timeout=min(budget.left(), CALL_FLOOR)) is None
    except TimeoutError:
        return False  # unknown: the blocks are tried one by one, as without this test
    finally:
        budget.spent += time.monotonic() - started


def _plan(
    text: str, paragraphs: list[Span], rules: list[PatternRule], nowhere: Callable[[LazyRegex], bool] | None = None
) -> list[_Plan]:
    """Per paragraph, in rule order, the patterns whose literal words all occur in it (see literals.py).

    A pattern with no literal words to look for is tried in every paragraph unless `nowhere` proves it absent.
    """
    wanted: list[list[tuple[int, int]]] = [[] for _ in paragraphs]  # (rule index, pattern index)
    exact = exact_for(text)
    literals = _literals(tuple(rules))
    lower = text.lower()
    places = WordPlaces(lower, [(p.start, p.end) for p in paragraphs], literals.words if exact else frozenset())
    firsts: dict[str, list[int]] | None = None
    for r, of_rule in enumerate(literals.needs):
        for k, (need, opening) in enumerate(of_rule):
            if not exact:
                need, opening = (), ()
            if not (need or opening) and len(paragraphs) > 1 and nowhere and nowhere(rules[r].patterns[k]):
                continue
            candidates: Iterable[int] = places.meeting(need) if need else range(len(paragraphs))
            if opening:
                # A line rule matches a whole paragraph: one that starts with none of the pattern's openings is
                # skipped. Only paragraphs opening with the right character are compared, not every one per pattern.
                firsts = firsts if firsts is not None else _by_first(lower, paragraphs)
                starting = {at for o in opening for at in firsts.get(o[0], ())}
                candidates = [at for at in candidates if at in starting]
            for at in candidates:
                if not opening or lower.startswith(opening, paragraphs[at].start):
                    wanted[at].append((r, k))
    plans: list[_Plan] = []
    for pairs in wanted:
        plan: _Plan = []
        for r, k in sorted(pairs):
            if plan and plan[-1][0] is rules[r]:
                plan[-1][1].append(k)
            else:
                plan.append((rules[r], [k]))
        plans.append(plan)
    return plans


def _by_first(lower: str, paragraphs: list[Span]) -> dict[str, list[int]]:
    """The paragraphs by their first character (lower-cased)."""
    firsts: dict[str, list[int]] = {}
    for at, p in enumerate(paragraphs):
        firsts.setdefault(lower[p.start : p.start + 1], []).append(at)
    return firsts


@dataclass(frozen=True, slots=True)
class _Literals:
    """What each pattern of a list of rules needs: its required words, and for a line rule its possible openings."""

    needs: tuple[tuple[tuple[tuple[Requirement, ...], tuple[str, ...]], ...], ...]  # per rule, per pattern
    words: frozenset[str]  # every required word, for one automaton pass


_LITERALS: dict[tuple[int, ...], tuple[tuple[PatternRule, ...], _Literals]] = {}


def _literals(rules: tuple[PatternRule, ...]) -> _Literals:
    """The literals of these rules, worked out once per rule list (a rulebook's lists live as long as it does)."""
    key = tuple(map(id, rules))
    cached = _LITERALS.get(key)
    if cached is not None and all(a is b for a, b in zip(cached[0], rules, strict=True)):
        return cached[1]
    needs = tuple(
        tuple(
            (requirements(p.pattern, p.flags), leading(p.pattern, p.flags) if rule.line else ()) for p in rule.patterns
        )
        for rule in rules
    )
    words = frozenset(word for of_rule in needs for need, _ in of_rule for requirement in need for word in requirement)
    if len(_LITERALS) > 64:
        _LITERALS.clear()
    _LITERALS[key] = (rules, _Literals(needs, words))
    return _LITERALS[key][1]


def _matches(text: str, paragraph: Span, rule: PatternRule, seconds: float, indexes: list[int]) -> Iterator[PatternHit]:
    line_end = _line_end(text, paragraph) if rule.line else paragraph.end
    for k in indexes:
        pattern, gate = rule.patterns[k], rule.gates[k] if rule.gates else None
        if gate is not None and gate.search(text, paragraph.start, paragraph.end, timeout=seconds) is None:
            continue
        matches = (
            [pattern.fullmatch(text, paragraph.start, line_end, timeout=seconds)]
            if rule.line
            else pattern.finditer(text, paragraph.start, paragraph.end, timeout=seconds)
        )
        for match in matches:
            if match is not None:
                yield PatternHit(rule, _span(text, match.start(), match.end()), _slots(text, match))


def _line_end(text: str, paragraph: Span) -> int:
    # A credit line may close with a full stop ("Source: Sputnik.", "… with permission from Pamela Geller."); the
    # stop belongs to no slot, so a whole-line pattern is matched against the line without it.
    end = paragraph.end
    while end > paragraph.start and text[end - 1].isspace():
        end -= 1
    return end - 1 if end > paragraph.start and text[end - 1] == "." else end


def _span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end, text[start:end])


def _slots(text: str, match: regex.Match[str]) -> dict[str, Span]:
    return {
        name: _span(text, match.start(name), match.end(name))
        for name, value in match.groupdict().items()
        if value is not None
    }


def lookup_outlet(name: str, book: Rulebook) -> KnownOutlet | None:
    """A registry outlet by name, alias or domain, ignoring a leading "the"."""
    key = name.lower().strip(" .\u00a0")
    return book.outlets.get(key) or book.outlets.get(key.removeprefix("the "))


def relays(text: str, seg: Segmentation, book: Rulebook, budget: PatternBudget | None = None) -> list[Relay]:
    """Outlets the story was relayed through, each once, in text order."""
    found: dict[int, Relay] = {}
    for hit in run_patterns(text, seg, book.patterns("relay"), budget):
        outlet = hit.slots.get("outlet")
        if outlet is None:
            continue
        known = lookup_outlet(outlet.text, book)
        if hit.rule.known_outlet and known is None:
            continue
        name = known.outlet.name if known else outlet.text
        affiliation = known.affiliation if known else None
        found.setdefault(outlet.start, Relay(name, outlet, hit.rule.meta.id, affiliation, hit.rule.relay_scope))
    return [found[k] for k in sorted(found)]


def missing_comments(
    text: str,
    seg: Segmentation,
    book: Rulebook,
    lexicon: SpeakerLexiconRule | None,
    budget: PatternBudget | None = None,
) -> list[MissingComment]:
    """Notes that a party has not commented, with the party trimmed to its noun phrase."""
    found: dict[int, MissingComment] = {}
    # A note lies inside its paragraph, so only notes of the same paragraph can hold a new one's start.
    paragraph_starts = [p.start for p in seg.paragraphs]
    # The characters each paragraph's notes cover: a check against every earlier note was quadratic in a paragraph
    # of many notes.
    covered: dict[int, set[int]] = {}
    for hit in run_patterns(text, seg, book.patterns("missing-comment"), budget):
        party = hit.slots.get("party")
        opening: int | None = None  # where the note starts when that is not where its party does
        if party is not None and lexicon is not None:
            tokens = tokenize(text, party.start, party.end)
            # "Lewandowski, who did not respond": the party is the name before the relative pronoun.
            if len(tokens) > 1 and tokens[-1].lower in hit.rule.party_relatives:
                tokens = tokens[:-1]
            aside = bool(tokens) and "," in text[tokens[-1].end : party.end]  # a comma before the note's verb
            if tokens and tokens[-1].lower in lexicon.coordinators:
                # "X said she … and would not comment": the party is X, and the note only what follows "and", so what
                # X said stays a reply of X's.
                opening, tokens, aside = tokens[-1].end, _first_speaker(tokens, lexicon, book), False
            # "Hungary, which has blocked previous packages, did not respond": the party comes before its relative.
            # "Brightline Repairs, the firm that won the contract, did not respond": so does an apposition.
            relative = next(
                (
                    k
                    for k, t in enumerate(tokens)
                    if k
                    and (t.lower in hit.rule.party_relatives or t.lower in lexicon.determiners)
                    and gap(text, tokens[k - 1], t).strip() == ","
                ),
                None,
            )
            if relative is not None and aside:
                tokens = tokens[:relative]
            # "Schilling, through a spokeswoman, declined": drop the parenthetical channel.
            channel = next((k for k, t in enumerate(tokens) if k and t.lower in hit.rule.party_channels), None)
            if channel is not None and gap(text, tokens[channel - 1], tokens[channel]).strip() == ",":
                tokens = tokens[:channel]
            elif aside and relative is None:
                tokens = _before_aside(tokens, text, lexicon, book)  # "Keane, now 81 and retired, has not commented"
            phrase = phrase_before(tokens, len(tokens) - 1, text, lexicon, dict(book.verbs)) if tokens else []
            phrase = _joined_name(tokens, phrase, text, lexicon, book)
            party = Span(phrase[0].start, phrase[-1].end, text[phrase[0].start : phrase[-1].end]) if phrase else None
        start = party.start if party else hit.span.start
        at = opening if opening is not None and party is not None else start
        span = _span(text, at, hit.span.end)
        same = covered.setdefault(bisect_right(paragraph_starts, hit.span.start) - 1, set())
        if span.start not in same:
            found[span.start] = MissingComment(span, party, hit.rule.meta.id)
            same.update(range(span.start, span.end))
    return [found[k] for k in sorted(found)]


def _before_aside(tokens: list[Token], text: str, lexicon: SpeakerLexiconRule, book: Rulebook) -> list[Token]:
    """The party before an aside set off by commas ("Keane, now 81 and retired,", "Hale, 52, of Leeds,")."""
    commas = [k for k in range(1, len(tokens)) if "," in gap(text, tokens[k - 1], tokens[k])]
    for k in reversed(commas):
        phrase = phrase_before(tokens, k - 1, text, lexicon, dict(book.verbs))
        if any(t.capitalized or t.lower in lexicon.roles or t.lower in lexicon.institutions for t in phrase):
            return tokens[:k]  # the nearest comma before which a name or a role ends; "52," is no one
    return tokens


def _first_speaker(tokens: list[Token], lexicon: SpeakerLexiconRule, book: Rulebook) -> list[Token]:
    """For a note joined by "and" to what a speaker said: the words up to that speaker's reporting verb."""
    verb = next((k for k, t in enumerate(tokens) if k and t.lower in book.reporting_forms
                 and tokens[k - 1].lower not in lexicon.determiners), None)  # "a statement" is no verb
    return tokens[:verb] if verb is not None else tokens


def _joined_name(
    tokens: list[Token], phrase: list[Token], text: str, lexicon: SpeakerLexiconRule, book: Rulebook
) -> list[Token]:
    """The phrase with the capitalised words "and" joins to its name: "A Health and Safety Executive spokeswoman"."""
    k = tokens.index(phrase[0]) if phrase else 0
    if k < 2 or not phrase[0].capitalized or tokens[k - 1].lower not in lexicon.coordinators:
        return phrase
    if not tokens[k - 2].capitalized or gap(text, tokens[k - 2], phrase[0]).strip(" " + tokens[k - 1].text):
        return phrase
    return phrase_before(tokens, k - 2, text, lexicon, dict(book.verbs)) + tokens[k - 1 : k] + phrase
