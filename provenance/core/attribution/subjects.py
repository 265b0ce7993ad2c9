"""Read the words before or after a cue as its subject: the source phrase, its head and the mention it makes."""

from __future__ import annotations

from dataclasses import replace

from provenance.core.attribution.mention import Mention, classify, listed_speaker_noun
from provenance.core.attribution.sources import appositive_name, phrase_after, phrase_before
from provenance.model import SpeakerKind
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import SpeakerLexiconRule
from provenance.text.tokens import DASHES, Token, gap

_RELATIVE_REACH = 15  # words a restrictive relative clause may hold between its pronoun and the cue's subject
_DATELINE_WORDS = 4  # "SAN JUAN, Puerto Rico —" is as long as datelines get before their dash


class Subjects:
    """Subject finding for one document: the text, the speaker lexicon and the rulebook's verbs and outlets."""

    def __init__(self, text: str, lexicon: SpeakerLexiconRule, book: Rulebook) -> None:
        self.text, self.lexicon = text, lexicon
        self.book_verbs = book.verbs
        self.verbs = book.verb_forms
        # Unions read for every candidate subject: built once here, not on every call.
        self.linking = lexicon.coordinators | lexicon.auxiliaries
        self.name_words = lexicon.determiners | lexicon.roles | lexicon.institutions | lexicon.postmodifiers
        self.tie_ends = frozenset(tie.rsplit(" ", 1)[-1] for tie in lexicon.source_ties)  # "to" of "close to"
        self.outlets = book.outlets

    def phrase_ending(self, tokens: list[Token], j: int) -> list[Token]:
        """The source phrase ending at tokens[j], taking a noun form of a verb as its head ("the report said")."""
        text, lexicon = self.text, self.lexicon
        phrase = self._share(tokens, j, phrase_before(tokens, j, text, lexicon, self.verbs))
        phrase = self._own_determiner(self._after_outlet(phrase))
        entry = self.book_verbs.get(tokens[j].lower)
        if phrase or entry is None or tokens[j].lower not in entry[0].noun_forms or tokens[j].capitalized:
            return phrase
        # "the congressional report said", "FEC reports show", "the report, which concluded": a finite verb never
        # directly precedes the cue or a relative pronoun, so the form is the subject's head noun.
        joined = j > 0 and not gap(text, tokens[j - 1], tokens[j]).strip()
        return [*(phrase_before(tokens, j - 1, text, lexicon, self.verbs) if joined else []), tokens[j]]

    def _own_determiner(self, phrase: list[Token]) -> list[Token]:
        """For "(a move the White House statement called …)": a determiner right after a common noun starts a noun
        phrase of its own, the subject of an object relative with no "that"."""
        lx = self.lexicon
        for k in range(len(phrase) - 1, 0, -1):
            before = phrase[k - 1]
            common = before.text.isalpha() and before.text.islower()
            closed = before.lower in lx.determiners or before.lower in lx.postmodifiers or before.lower in lx.counts
            closed = closed or before.lower in self.tie_ends  # "people close to the minister": a preposition
            if phrase[k].lower in lx.definite and common and not closed:
                return phrase[k:]
        return phrase

    def _after_outlet(self, phrase: list[Token]) -> list[Token]:
        """For "with the editorial board of the Washington Post Trump said": a name right after an outlet's name
        (no comma between) starts the subject; the outlet ended a prepositional phrase."""
        for n in range(len(phrase) - 1, 0, -1):
            rest = phrase[n:]
            if not all(t.capitalized and t.lower not in self.lexicon.institutions for t in rest):
                break  # "The Washington Post Company said": the outlet's own company
            if not phrase[n - 1].capitalized or rest[0].lower in self.lexicon.outlet_heads:
                break
            ending = (self.text[phrase[k].start : phrase[n - 1].end].lower() for k in range(n))
            if phrase[n - 1].lower in self.lexicon.outlet_heads or any(e in self.outlets for e in ending):
                return phrase[n:]
        return phrase

    def _share(self, tokens: list[Token], j: int, phrase: list[Token]) -> list[Token]:
        """For "About 4 in 10 say" and "nine out of 10 said": the whole share, which "in" or "of" would cut."""
        if len(phrase) != 1 or not self._number(phrase[0]):
            return phrase
        k = j - 1
        k -= k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lower == "out"  # "nine out of 10"
        if k < 1 or tokens[j - 1].lower not in ("in", "of") or not self._number(tokens[k - 1]):
            return phrase
        if any(gap(self.text, a, b).strip() for a, b in zip(tokens[k - 1 : j], tokens[k : j + 1], strict=True)):
            return phrase
        return [*phrase_before(tokens, k - 1, self.text, self.lexicon, self.verbs), *tokens[k : j + 1]]

    def _number(self, token: Token) -> bool:
        return token.text.isdigit() or token.lower in self.lexicon.counts

    def mention(self, phrase: list[Token], tokens: list[Token]) -> Mention | None:
        """The speaker a source phrase names, looking past a role to a name and past words to a pronoun."""
        outlets = self.outlets
        mention = classify(phrase, self.text, self.lexicon, outlets)
        if mention is None or mention.generic or (mention.anonymous and mention.refers is None):
            # "Smith, the spokesman, said": the name before a role-only phrase is the speaker.
            named = appositive_name(tokens, phrase, self.text, self.lexicon, self.verbs)
            person = classify(named, self.text, self.lexicon, outlets) if named is not phrase else None
            if person is not None and person.kind is SpeakerKind.PERSON and not person.generic:
                return person
        for k in range(1, len(phrase)):
            if mention is not None:
                break
            # "the third time AROS said", "met an architect who said": the subject is the name or the noun phrase.
            if phrase[k].capitalized or phrase[k].lower in self.lexicon.determiners:
                mention = classify(phrase[k:], self.text, self.lexicon, outlets)
        if mention is None and len(phrase) > 2 and self._number(phrase[-1]) and phrase[-2].lower in ("in", "of"):
            # "About 4 in 10 say": a share of those polled is a group of speakers, as "14 percent" is.
            mention = Mention(
                SpeakerKind.PERSON,
                self.text[phrase[0].start : phrase[-1].end],
                phrase[0].start,
                phrase[-1].end,
                generic=True,
            )
        personal = self.lexicon.pronouns.get(phrase[-1].lower, "relative") != "relative"
        if mention is not None and len(phrase) > 1 and personal:
            # "the book she wrote": the pronoun is the whole subject; the noun before it is what she wrote.
            return classify(phrase[-1:], self.text, self.lexicon, outlets)
        return mention

    def before_relative(self, tokens: list[Token], phrase: list[Token], i: int) -> list[Token]:
        """For "Officials who spoke on condition of anonymity said" and "the voters who backed Trump said": when the
        words before the cue at tokens[i] close a restrictive relative clause (no punctuation in it), the subject is
        the noun phrase before its pronoun; empty when there is none."""
        if not phrase:
            return []
        first = tokens.index(phrase[0])
        lx = self.lexicon
        for r in range(first - 1, max(0, first - _RELATIVE_REACH), -1):  # bounded: a clause is not a document
            if gap(self.text, tokens[r], tokens[r + 1]).strip():
                return []  # punctuation: a non-restrictive clause, or no relative clause at all
            if tokens[r].lower in lx.personal_relatives or lx.pronouns.get(tokens[r].lower) == "relative":
                if gap(self.text, tokens[r - 1], tokens[r]).strip():
                    return []  # "Rubio, who was there, said" is read as an appositive
                return phrase_before(tokens, r - 1, self.text, lx, self.verbs)
        return []

    def conjunct_subject(self, tokens: list[Token], j: int) -> Mention | None:
        """For "after Sheriff Joe Lombardo revised the timeline and said …": the subject of the clause a verb after
        the coordinator at tokens[j] belongs to, opened by the nearest subordinator before it, else the sentence's."""
        opened = (k + 1 for k in range(j - 1, -1, -1) if tokens[k].lower in self.lexicon.subordinators)
        inner = next((m for k in opened if (m := self.subject_at(tokens, k)) is not None), None)
        return inner or self.sentence_subject(tokens)

    def sentence_subject(self, tokens: list[Token]) -> Mention | None:
        """The named subject opening a sentence, if the lexicon can read it ("Mrs. Clinton has embraced …")."""
        # "In an interview with the Journal, Trump doubled down … and said": the subject may follow an opener.
        commas = [k for k in range(1, len(tokens)) if gap(self.text, tokens[k - 1], tokens[k]).strip().endswith(",")]
        for start in [self.after_dateline(tokens), *commas[:2]]:
            if (mention := self.subject_at(tokens, start)) is not None:
                return mention
        return None

    def publisher(self, tokens: list[Token], phrase: list[Token], mention: Mention) -> Mention | None:
        """For "the New York Times ran a story claiming …": the named subject of the clause whose verb put out the
        document that speaks (the object right after that verb), else None."""
        k = tokens.index(phrase[0]) if phrase and mention.kind is SpeakerKind.DOCUMENT else 0
        verb = tokens[k - 1] if k else None
        if verb is None or verb.lower not in self.lexicon.publishing_verbs:
            return None  # "a move the White House statement called unjust": only a verb of publishing puts it out
        subject = self.sentence_subject(tokens[:k])
        named = (SpeakerKind.OUTLET, SpeakerKind.INSTITUTION, SpeakerKind.PERSON)
        if subject is None or subject.kind not in named or subject.generic or subject.refers is not None:
            return None
        return replace(subject, start=mention.start, end=mention.end)

    def after_dateline(self, tokens: list[Token]) -> int:
        """Index of the sentence's first word after a capitalised dateline and its dash ("BRUSSELS — The …"), or 0."""
        # "RIVERTON — The council voted …": a capitalised dateline and its dash open the lead, not its subject.
        for k, token in enumerate(tokens[:_DATELINE_WORDS]):
            if not token.text.isupper():
                return 0
            if k + 1 < len(tokens) and gap(self.text, token, tokens[k + 1]).strip(" ,()") in DASHES:
                return k + 1
        return 0

    def subject_at(self, tokens: list[Token], start: int) -> Mention | None:
        """The named subject of the clause that begins at token `start`, if the lexicon can read it."""
        lx = self.lexicon
        # "But the former president showed …", "Then he cut into Bush": a linking word opens the sentence.
        while start < len(tokens) - 1 and tokens[start].lower in self.linking:
            start += 1
        subject = phrase_after(tokens, start, self.text, lx, self.verbs)
        # "Cruz exhorted Republicans": the subject ends at the first lower-case word that cannot be part of a name.
        names = self.name_words
        # A listed noun right after a name goes on it ("European regulators", "Clinton aides"): that group speaks.
        cut = next(
            (
                k
                for k, t in enumerate(subject)
                if not t.capitalized
                and t.lower not in names
                and not (k and subject[k - 1].capitalized and listed_speaker_noun(t.lower, lx))
            ),
            len(subject),
        )
        # "Later in the day, she escalated …": a personal pronoun after an opener's comma is lower case, yet a subject.
        pronoun = bool(subject) and lx.pronouns.get(subject[0].lower, "relative") != "relative"
        subject = subject[:1] if pronoun else subject[:cut]
        # After a comma an opener is lower case and cut away above; "Schlafly" there is a name.
        if start == 0 and len(subject) == 1 and subject[0].lower.endswith(("ing", "ly", "ed")):
            return None  # "Speaking to reporters, …", "Significantly, …": an opener, not a subject
        if not subject or (start and all(t.lower in lx.determiners for t in subject)):
            return None  # "In Iowa, the crowd cheered": a common noun cut off its determiner names no one
        mention = self.mention(subject, tokens)
        # A common noun named by what precedes it ("European regulators") is a subject; a bare one is not read here.
        modified = len(subject) > 1 and not subject[-1].capitalized and subject[-2].capitalized
        return None if mention is None or (mention.generic and not modified) else mention
