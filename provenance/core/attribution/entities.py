"""Every named person in an article, with the role the article gives them: what resolution links mentions to."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from provenance.core.attribution.mention import Mention, classify, strip_possessive
from provenance.core.attribution.names import NAME_RUN, without_possessor
from provenance.model import Segmentation, SpeakerKind
from provenance.ruleset.rulebook import KnownOutlet
from provenance.ruleset.rules import SpeakerLexiconRule
from provenance.text.tokens import Token, Words, gap

_CAPITALIZED = attrgetter("capitalized")
# A short form defined in brackets (the capitalised name before it is a NAME_RUN).
_DEFINED = re.compile(r"\(([A-Z][A-Z&.]{1,9})\)")
_ALIAS_REACH = 120  # characters before the bracket a defined name may take
_LEADING = ("The", "the", "A", "An")
_MAX_RUN = 8  # tokens: "Las Vegas Metro Police Undersheriff Kevin McMahill" is about as long as a name phrase gets


@dataclass(frozen=True, slots=True)
class Named:
    """One mention of a named person: "Mayor Janet Cole" gives name "Janet Cole" and role "mayor"."""

    start: int
    name: str
    role: str | None  # the role's head word, lower case
    gender: str | None = None  # where a title or role word shows it: "Mrs. Clinton", "spokeswoman Maria Zakharova"


class EntityIndex:
    """Name mentions across an article, found before attributions are resolved, attributed or not."""

    def __init__(
        self,
        named: list[Named],
        abbreviations: dict[str, str] | None = None,
        aliases: dict[str, str] | None = None,
        organisations: frozenset[str] = frozenset(),
        companies: list[tuple[int, str]] | None = None,
        business_nouns: frozenset[str] = frozenset(),
    ) -> None:
        self.abbreviations = abbreviations or {}
        # Organisations named in capitals that are no public body, in text order: what "the company" can point to.
        self.companies = companies or []
        self.business_nouns = business_nouns
        # "The European Centre for Disease Prevention and Control (ECDC)": the short form the article defines,
        # by the full name's lower case, and the full name by the short form.
        self.short_forms = {full.lower(): short for short, full in (aliases or {}).items()}
        self.full_forms = dict(aliases or {})
        # Names the article treats as things, not people ("Shell, which …", "Equinor, the Norwegian operator,").
        self.organisations = organisations
        # Looked up by role and by surname, each list in text order, so a lookup is a bisection, not a scan.
        self.by_role: dict[str, list[Named]] = {}
        self.by_surname: dict[str, list[Named]] = {}
        self.by_gender: dict[str, list[Named]] = {}
        self.counts: Counter[str] = Counter()
        for n in sorted(named, key=lambda n: n.start):
            if n.role:
                self.by_role.setdefault(n.role, []).append(n)
            if n.gender:
                self.by_gender.setdefault(n.gender, []).append(n)
            self.by_surname.setdefault(_surname(n.name), []).append(n)
            self.counts[n.name] += 1

    @staticmethod
    def _nearest(mentions: list[Named], offset: int) -> list[Named]:
        """The mention just before `offset`, else the first after it (a headline's "Senator" named below)."""
        k = bisect_left(mentions, offset, key=lambda n: n.start)  # the lists are in text order
        return [mentions[k - 1]] if k else mentions[:1]

    def with_role(self, role: str, offset: int) -> Named | None:
        """The person the article introduced with this role ("the mayor" -> Mayor Janet Cole), nearest first."""
        mentions = self.by_role.get(self.abbreviations.get(role, role), [])
        return next(iter(self._nearest(mentions, offset)), None)

    def with_gender(self, gender: str, offset: int, reach: int) -> Named | None:
        """The nearest person named before `offset`, within `reach` characters, whose title or role shows this
        gender: "She spoke about her ties" after "Mrs. Clinton holds an advantage" is Hillary Clinton."""
        mentions = self.by_gender.get(gender, [])
        k = bisect_left(mentions, offset, key=lambda n: n.start)
        return mentions[k - 1] if k and offset - mentions[k - 1].start <= reach else None

    def full_name(self, surname: str, offset: int) -> str | None:
        """The full name of the nearest mention ending in this surname ("Clinton" -> the nearest Hillary Clinton),
        preferring a name the article gives more than once to a one-off ("Deal Trump" in a book title)."""
        full = [n for n in self.by_surname.get(surname.lower().rstrip("."), []) if len(n.name.split()) > 1]
        repeated = [n for n in full if self.counts[n.name] > 1]
        return next((n.name for n in self._nearest(repeated or full, offset)), None)

    def thing(self, name: str) -> bool:
        """Whether the article treats this name as a thing's ("Shell, which holds …", "Quorra's shareholders")."""
        return strip_possessive(name).lower() in self.organisations

    def company_before(self, offset: int, reach: int) -> str | None:
        """The nearest organisation named before `offset`, within `reach` characters, that is no public body: "the
        company said" after "Kessler Automotive AG is recalling …"."""
        k = bisect_left(self.companies, offset, key=lambda c: c[0])
        return self.companies[k - 1][1] if k and offset - self.companies[k - 1][0] <= reach else None

    def role_of(self, name: str) -> str | None:
        """A role the article gives a named person anywhere ("Cole" -> "mayor")."""
        words = set(name.lower().split())
        mentions = self.by_surname.get(_surname(name), []) if name else []
        return next((n.role for n in mentions if n.role and words <= set(n.name.lower().split())), None)


def index_entities(
    text: str, seg: Segmentation, words: Words, lexicon: SpeakerLexiconRule, outlets: dict[str, KnownOutlet]
) -> EntityIndex:
    """Every "Role Name", "Name, the role" and full name in the article's sentences."""
    named: list[Named] = []
    things: set[str] = set()
    companies: list[tuple[int, str]] = []
    closed = _closed(lexicon)
    memo = _memo(lexicon, outlets)
    for sentence in seg.sentences:
        tokens = words.between(sentence.start, sentence.end)
        k = 0
        # Only a capitalised word opens a run: the others are skipped in C, not tried one call each.
        for opening in compress(range(len(tokens)), map(_CAPITALIZED, tokens)):
            if opening < k:
                continue  # inside the previous run
            run = _run(tokens, opening, text, lexicon, closed)
            if not run:
                continue
            k = opening + len(run)
            # What a run of words says depends on its characters alone (and the one after it, for "Distressingly,"):
            # names recur within and across articles, so each is read once per rulebook.
            if run[-1].end - run[0].start > _MEMO_RUN_MAX:
                read = _read_run(run, text, lexicon, outlets)  # no name is this long: not kept (text is untrusted)
            else:
                key = (text[run[0].start : run[-1].end + 1], *map(_TEXT, run))
                read = memo[key] if key in memo else memo.setdefault(key, _read_run(run, text, lexicon, outlets))
            cut, person, company = read
            first = opening + cut
            if company is not None:
                companies.append((tokens[first].start, company))
            if person is None:
                continue
            name, role, gender = person
            if _treated_as_thing(tokens, k, text, lexicon):
                things.add(name.lower())  # "Shell, which holds …": a thing, whatever its name looks like
                continue
            role = role or _apposed_role(tokens, k, text, lexicon) or _preposed_role(tokens, first, text, lexicon)
            named.append(Named(tokens[first].start, name, role, gender))
    index = EntityIndex(named, lexicon.role_abbreviations, _aliases(text), frozenset(things))
    index.companies, index.business_nouns = companies, lexicon.business_nouns
    return index


def _company(mention: Mention, run: list[Token], lexicon: SpeakerLexiconRule) -> bool:
    """Whether a capitalised run names an organisation that is no public body ("Kessler Automotive AG", not
    "Federal Motor Transport Authority")."""
    if mention.kind is not SpeakerKind.INSTITUTION or mention.generic or mention.refers or not run[0].capitalized:
        return False
    return len(run) > 1 and not any(t.lower in lexicon.public_bodies for t in run)


def _aliases(text: str) -> dict[str, str]:
    """Short forms the article defines in brackets after a name: "… Disease Prevention and Control (ECDC)"."""
    found: dict[str, str] = {}
    for bracket in _DEFINED.finditer(text):
        start = bracket.start()
        window = text[max(0, start - _ALIAS_REACH) : start].rstrip()
        run = next((m for m in NAME_RUN.finditer(window) if m.end() == len(window)), None)
        if run is None:
            continue
        words = run.group().split()
        while words and words[0] in _LEADING:
            words.pop(0)  # "The European Centre …": the article is no part of the name
        if len(words) > 1:
            found.setdefault(bracket.group(1), " ".join(words))
    return found


def _treated_as_thing(tokens: list[Token], k: int, text: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether the name ending before tokens[k] is followed by what only a thing takes: a non-personal relative
    ("Shell, which holds …"), an apposition headed by an institution noun ("Equinor, the Norwegian operator,") or,
    as its possessor, a part only an organisation has ("Quorra's shareholders", "Lex Nostra's board")."""
    if k >= len(tokens):
        return False
    owner = tokens[k - 1]
    if owner.text != owner.bare and not gap(text, owner, tokens[k]).strip():
        return tokens[k].lower in lexicon.organisation_parts
    if gap(text, tokens[k - 1], tokens[k]).strip() != ",":
        return False
    if tokens[k].lower in lexicon.thing_relatives:
        return True
    if tokens[k].lower not in lexicon.determiners:
        return False
    head = None
    for j in range(k + 1, min(k + 6, len(tokens))):
        if gap(text, tokens[j - 1], tokens[j]).strip() or tokens[j].lower in lexicon.postmodifiers:
            break
        head = tokens[j]
    return head is not None and head.lower in lexicon.institutions and head.lower not in lexicon.roles


_TEXT = attrgetter("text")
_MEMO_MAX = 1 << 16  # runs remembered per rulebook; past it the memo starts again (article text is untrusted)
_MEMO_RUN_MAX = 200  # characters: a longer run (a megabyte "word") is read each time, so the memo stays small
_Person = tuple[str, str | None, str | None]  # name, role head, gender
_Read = tuple[int, _Person | None, str | None]  # tokens cut off the front, the person, a company's name
_memos: tuple[object, object, dict[tuple[str, ...], _Read]] = (None, None, {})


def _memo(lexicon: SpeakerLexiconRule, outlets: dict[str, KnownOutlet]) -> dict[tuple[str, ...], _Read]:
    """The runs read with this lexicon and these outlets (held here, so their ids cannot be reused)."""
    global _memos
    known_lexicon, known_outlets, memo = _memos
    if known_lexicon is not lexicon or known_outlets is not outlets or len(memo) > _MEMO_MAX:
        memo = {}
        _memos = (lexicon, outlets, memo)
    return memo


def _read_run(run: list[Token], text: str, lexicon: SpeakerLexiconRule, outlets: dict[str, KnownOutlet]) -> _Read:
    """What a run of name words names: the person, with the role and gender the run itself shows, or a company."""
    # "the Washington Post Trump said": a known outlet's name ends where the person's begins.
    cut = next((n for n in range(len(run) - 1, 0, -1) if _outlet(run[:n], text, lexicon, outlets)), 0)
    run = run[cut:]
    mention = classify(run, text, lexicon, outlets)
    company = without_possessor(mention.name) if mention is not None and _company(mention, run, lexicon) else None
    if mention is None or mention.kind is not SpeakerKind.PERSON or mention.generic or mention.refers:
        return cut, None, company
    role = _role_head(mention.role, lexicon) if mention.role else None
    gender = next((lexicon.genders[t.lower] for t in run if t.lower in lexicon.genders), None)
    return cut, (strip_possessive(mention.name), role, gender), company


def _outlet(tokens: list[Token], text: str, lexicon: SpeakerLexiconRule, outlets: dict[str, KnownOutlet]) -> bool:
    """Whether the words name a news outlet: a known one, or a name ending in "Post", "Times", "News"."""
    known = text[tokens[0].start : tokens[-1].end].lower() in outlets
    return known or (len(tokens) > 1 and tokens[-1].lower in lexicon.outlet_heads)


def _role_head(role: str, lexicon: SpeakerLexiconRule) -> str:
    """ "CNN host" -> "host", "Sen." -> "senator": the word a later "the host", "the senator" repeats."""
    head = role.lower().split()[-1]
    return lexicon.role_abbreviations.get(head, head)


def _surname(name: str) -> str:
    return name.split()[-1].lower().rstrip(".")


def _closed(lexicon: SpeakerLexiconRule) -> frozenset[str]:
    """The lexicon's closed-class words, in one set: words that open a sentence but never a name."""
    return frozenset().union(
        lexicon.not_names,
        lexicon.determiners,
        lexicon.subordinators,
        lexicon.question_auxiliaries,
        lexicon.clause_stops,
        lexicon.auxiliaries,
        lexicon.coordinators,
        lexicon.pronouns,
        lexicon.time_leads,  # "Last Friday Trump said": a time phrase, then the name
        lexicon.time_words,
    )


def _name_word(token: Token, lexicon: SpeakerLexiconRule) -> bool:
    return token.capitalized or token.lower in lexicon.roles or token.lower in lexicon.institutions


def _run(tokens: list[Token], k: int, text: str, lexicon: SpeakerLexiconRule, closed: frozenset[str]) -> list[Token]:
    """The longest run of name and role words from tokens[k] with nothing but spaces between them."""
    if not tokens[k].capitalized or tokens[k].lower in closed:
        return []  # "As Gonzalez", "Did Campos": a sentence's first word is capitalised whatever it is
    run = [tokens[k]]
    for token in tokens[k + 1 : k + _MAX_RUN]:
        if gap(text, run[-1], token).strip() or not _name_word(token, lexicon):
            break
        run.append(token)
    return run if any(t.capitalized and t.lower not in lexicon.roles for t in run) else []


def _apposed_role(tokens: list[Token], k: int, text: str, lexicon: SpeakerLexiconRule) -> str | None:
    """For "Jake Tapper, the CNN host,": the role set off by a comma after the name that ends before tokens[k]."""
    if k >= len(tokens) or k == 0 or gap(text, tokens[k - 1], tokens[k]).strip() != ",":
        return None
    opener = tokens[k].lower in lexicon.determiners or tokens[k].text != tokens[k].bare
    if not opener and tokens[k].lower not in lexicon.roles:
        # "Mark MacDougall, Pagliano's lawyer,", "Tim Cooksley, president of the society,": a determiner, a
        # possessive or a role word opens the apposition.
        return None
    role = None
    for j in range(k, min(k + 6, len(tokens))):
        token = tokens[j]
        if j > k and gap(text, tokens[j - 1], token).strip():
            break  # the apposition ended
        if token.lower in lexicon.roles:
            role = token.lower  # "the RCN's general secretary", "its chief executive": the last role word is the head
        elif role is not None:
            break
    return lexicon.role_abbreviations.get(role, role) if role else None


def _preposed_role(tokens: list[Token], first: int, text: str, lexicon: SpeakerLexiconRule) -> str | None:
    """For "An attorney for Pagliano, Mark MacDougall, stressed": the role of a phrase opened by a determiner and
    set off by a comma right before the name that starts at tokens[first]."""
    if first < 2 or gap(text, tokens[first - 1], tokens[first]).strip() != ",":
        return None
    k = first - 1
    while k > 0 and first - k < _MAX_RUN and not gap(text, tokens[k - 1], tokens[k]).strip():
        k -= 1
    if tokens[k].lower not in lexicon.determiners:
        return None
    role = next((t.lower for t in tokens[k + 1 : first] if t.lower in lexicon.roles), None)
    return lexicon.role_abbreviations.get(role, role) if role else None
