"""Resolve mentions to speakers across an article: full name -> surname -> pronoun, anaphors, institutions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from provenance.core.attribution.entities import EntityIndex, Named
from provenance.core.attribution.extract import Found
from provenance.core.attribution.mention import Mention, acronym, strip_possessive
from provenance.core.attribution.names import (
    given_names,
    initials,
    name_before,
    name_words,
    possessor,
    same_person,
)
from provenance.model import Affiliation, Attribution, Span, Speaker, SpeakerKind

_SLUG = re.compile(r"[^a-z0-9]+")
_BODIES = (SpeakerKind.INSTITUTION, SpeakerKind.OUTLET)
_VARIATION_REACH = 600  # characters between a speaker and "the commissioner" that describes them
_OWNER_REACH = 80  # characters around a person's introduction in which "Pike's attorney" looks for Pike
_NAME_REACH = 3_000  # characters "the ministry" may reach back to the name it describes
_COMPANY_REACH = 250  # characters "the company" may reach back to a company the article names
_PRONOUN_REACH = 3  # paragraphs a pronoun may reach back to find its speaker
_GENDER_REACH = 1_500  # characters a pronoun may reach back to a named person who has not spoken yet


@dataclass
class _Draft:
    id: str
    name: str
    kind: SpeakerKind
    role: str | None
    organization: str | None
    affiliation: Affiliation | None
    anonymous: bool
    paragraph: int
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None  # where the article shows it: "Mrs. Clinton", "the spokeswoman", a "she" resolved here

    def words(self) -> set[str]:
        return {w for w in _SLUG.split(self.name.lower()) if w and w != "the"}


class Resolver:
    """Links each mention to an existing speaker or starts a new one, in text order."""

    def __init__(
        self,
        text: str,
        entities: EntityIndex | None = None,
        narrator: frozenset[str] = frozenset(),
        genders: dict[str, str] | None = None,
        titles: frozenset[str] = frozenset(),
        common_noun: Callable[[str], bool] | None = None,
        of_itself: Callable[[str], bool] | None = None,
    ) -> None:
        self.text, self.entities, self.narrator, self.genders = text, entities, narrator, genders or {}
        self.titles = titles
        self.common_noun = common_noun or (lambda word: False)  # "regulators": a listed noun, not a name
        self.of_itself = of_itself or (lambda content: False)  # "it had filed", "its members voted"
        self.drafts: list[_Draft] = []
        # Looked up, not scanned, so an article with thousands of speakers (a transcript) stays linear:
        self.ids: set[str] = set()
        self.by_surname: dict[str, list[_Draft]] = {}  # people, by the last word of their name, in creation order
        self.by_kind: dict[SpeakerKind, list[_Draft]] = {}  # everyone else, by kind, in creation order
        # Each speaker once, the latest resolved last: a pronoun looks back only over the speakers within its reach.
        self.touched: dict[int, _Draft] = {}
        self.last: _Draft | None = None  # speaker of the latest attribution
        self.by_acronym: dict[str, _Draft] = {}  # "FBI" -> its draft
        self.by_name: dict[str, _Draft] = {}  # lower-case name -> the first speaker of that name
        self.by_first_word: dict[str, _Draft] = {}  # "kessler" -> the institution "Kessler Automotive AG"
        self.by_initials: dict[str, _Draft] = {}  # "FBI" -> the draft of "Federal Bureau of Investigation"

    def _named(self, mention: Mention) -> Mention:
        """The mention as the article's entity it names: "the mayor" -> Janet Cole, "Clinton" -> Hillary Clinton."""
        index = self.entities
        if index is None:
            return mention
        role = (mention.head if mention.refers == "person" else mention.role if mention.anonymous else None) or ""
        if mention.generic and mention.kind is SpeakerKind.PERSON:
            role = mention.name.split()[-1]  # "the CNN host": a role word the lexicon knows, after its organisation
        # "the mayor", "Pagliano's lawyer", a capitalised "Senator": a role that points at one known person.
        opening = self.text[mention.start : mention.end].split(" ", 1)[0]
        definite = opening.lower() == "the" or opening.endswith(("’s", "'s")) or mention.refers == "person"
        definite = definite or mention.name[:1].isupper()
        named = index.with_role(role.lower(), mention.start) if role and role != "vague" and definite else None
        if named is not None and opening.endswith(("’s", "'s")) and not self._near_owner(named, opening[:-2]):
            named = None  # "Pike's attorney" is not District Attorney Susan Marr: her introduction names no Pike
        if named is not None:
            # "The mayor said" after "Mayor Janet Cole announced": a role description of a named person.
            return replace(mention, kind=SpeakerKind.PERSON, name=named.name, role=mention.name, anonymous=False,
                           refers=None, head=None)
        last = self.last
        if role and role != "vague" and opening.lower() == "the" and mention.anonymous and last is not None:
            # "Vestager said … The commissioner added": a role no one in the article is given describes the person
            # who spoke just before.
            near = bool(last.mentions) and mention.start - last.mentions[-1].end <= _VARIATION_REACH
            bare_role = mention.kind is SpeakerKind.ANONYMOUS and " " not in mention.name
            if near and bare_role and last.kind is SpeakerKind.PERSON:
                return replace(mention, kind=SpeakerKind.PERSON, name=last.name, role=mention.name, anonymous=False,
                               refers=None, head=None)
        if mention.kind is SpeakerKind.DOCUMENT and (owner := possessor(mention.name)):
            # "Trump’s own tweets", "Gorka’s statement": the possessor of a document is who speaks through it.
            mention = replace(mention, kind=SpeakerKind.PERSON, name=owner)
        if mention.kind is not SpeakerKind.PERSON or mention.refers is not None or mention.generic:
            return mention
        name = strip_possessive(mention.name)
        if len(given_names(name, self.titles)) <= 1 and (full := index.full_name(name.split()[-1], mention.start)):
            name = full  # a surname, or "Mr. Obama": the nearest full mention says which one
        return replace(mention, name=name, role=mention.role or index.role_of(name))

    def _earlier_name(self, mention: Mention) -> str | None:
        """For "the ministry" with no speaker of that name yet: the nearest capitalised name before it holding the
        word ("Ministry of Economy and Finance"), else None."""
        head = mention.head
        if not head or any(head in d.name.lower() for d in self.drafts):
            return None
        name, index = name_before(self.text, mention.start, head, _NAME_REACH), self.entities
        if name is None and index is not None and head in index.business_nouns:
            # "Kessler Automotive AG is recalling …, the company said": a business noun points to the company named.
            return index.company_before(mention.start, _COMPANY_REACH)
        return name if name is not None and " " in name else None

    def _near_owner(self, named: Named, owner: str) -> bool:
        """Whether the possessor of "Pike's attorney" is named where the article introduced this person ("An
        attorney for Pike, Mark Dale,"), so the description can be that person."""
        before = self.text[max(0, named.start - _OWNER_REACH) : named.start]
        after = self.text[named.start + len(named.name) : named.start + len(named.name) + _OWNER_REACH]
        apposition = after.split(",")[1] if after.startswith(",") and after.count(",") > 1 else ""
        return owner in before.rsplit(".", 1)[-1] or owner in apposition  # the sentence's start, or ", Pike's lawyer,"

    def _abbreviated(self, name: str) -> _Draft | None:
        """The speaker whose name `name` abbreviates ("FBI") or who is abbreviated by it, looked up, not scanned."""
        if (letters := acronym(name)) is not None:
            return self.by_initials.get(letters)
        short = self.entities.short_forms.get(name.lower()) if self.entities else None
        if short is not None and short in self.by_acronym:
            return self.by_acronym[short]  # "(ECDC)" defined after the full name, which speaks after the short form
        letters = initials(name)
        return self.by_acronym.get(letters) if letters else None

    def _register(self, draft: _Draft) -> None:
        """Index a speaker's name by its acronym or by its initials, for `_abbreviated`, and by the name itself."""
        self.by_name.setdefault(draft.name.lower(), draft)
        if draft.kind is SpeakerKind.INSTITUTION and " " in draft.name:
            self.by_first_word.setdefault(draft.name.split()[0].lower(), draft)  # "Kessler" for "Kessler Automotive AG"
        if (letters := acronym(draft.name)) is not None:
            self.by_acronym.setdefault(letters, draft)
        elif letters := initials(draft.name):
            self.by_initials.setdefault(letters, draft)
            if self.entities and (short := self.entities.short_forms.get(draft.name.lower())):
                self.by_initials.setdefault(short, draft)  # the short form the article defines, whatever its letters

    def _issuer(self, mention: Mention) -> _Draft | None:
        """For "the White House statement called it unjust": a document named after a speaker already in the chain
        is that speaker's words ("White House"); the draft of that speaker, if there is one."""
        if mention.kind is not SpeakerKind.DOCUMENT:
            return None
        words = mention.name.split()
        owner = [w for w in words[:-1] if w[:1].isupper()]
        if not owner or len(owner) != len(words) - 1:
            return None
        wanted = {w.lower() for w in owner}
        return next((d for d in reversed(self.drafts) if d.kind is not SpeakerKind.DOCUMENT and d.words() == wanted),
                    None)

    def _named_by_gender(self, mention: Mention) -> Mention:
        """A pronoun with no compatible speaker before it, as the nearest person the article names with its
        gender shown ("Mrs. Clinton … She spoke"), or unchanged."""
        gender, index = self._gender(mention), self.entities
        named = index.with_gender(gender, mention.start, _GENDER_REACH) if index and gender else None
        if index is None or named is None:
            return mention
        return replace(mention, name=named.name, refers=None, role=index.role_of(named.name))

    def _new(self, mention: Mention, paragraph: int) -> _Draft:
        base = _SLUG.sub("-", mention.name.lower()).strip("-") or "speaker"
        ids = self.ids
        speaker_id, n = base, 2
        while speaker_id in ids:
            speaker_id, n = f"{base}-{n}", n + 1
        draft = _Draft(
            speaker_id,
            mention.name,
            mention.kind,
            mention.role,
            mention.organization,
            mention.affiliation,
            mention.anonymous,
            paragraph,
        )
        self.drafts.append(draft)
        self.ids.add(speaker_id)
        self._index(draft)
        self._register(draft)
        return draft

    def _bucket(self, draft: _Draft) -> list[_Draft]:
        """The lookup list a speaker belongs in: people by surname, everyone else by kind."""
        if draft.kind is SpeakerKind.PERSON:
            names = name_words(draft.name, self.titles)
            return self.by_surname.setdefault(names[-1] if names else "", [])
        return self.by_kind.setdefault(draft.kind, [])

    def _index(self, draft: _Draft) -> None:
        """File a speaker for `_match`, keeping each list in the order speakers entered the chain."""
        bucket = self._bucket(draft)
        bucket.append(draft)
        if len(bucket) > 1 and self.drafts.index(bucket[-2]) > self.drafts.index(draft):
            bucket.sort(key=self.drafts.index)  # a speaker re-filed under another kind (rare): back in chain order

    def _unindex(self, draft: _Draft) -> None:
        """Take a speaker out of its lookup list before its kind changes."""
        self._bucket(draft).remove(draft)

    def _recent(
        self, paragraph: int, kinds: set[SpeakerKind], gender: str | None = None, bare_names: bool = False
    ) -> _Draft | None:
        # Only speakers resolved within reach can match: gathered from the latest resolutions backwards, then taken
        # latest paragraph first and, within one, in the order they entered the chain.
        near: dict[int, _Draft] = {}
        for draft in reversed(self.touched.values()):
            if paragraph - draft.paragraph > _PRONOUN_REACH:
                break
            near[id(draft)] = draft
        order = {id(d): k for k, d in enumerate(self.drafts)} if len(near) > 1 else {}
        for draft in sorted(near.values(), key=lambda d: (-d.paragraph, order.get(id(d), 0))):
            if gender and draft.gender and draft.gender != gender:
                continue  # "she" after "Mr. Obama said": not him
            if (draft.kind in kinds or (bare_names and self._bare_name(draft))) and (
                paragraph - draft.paragraph <= _PRONOUN_REACH
            ):
                return draft
        return None

    def _bare_name(self, draft: _Draft) -> bool:
        """Whether a "person" is only a one-word name with no role, title or gender ("Nortek said"): it may be an
        organisation the article goes on to call "the company"."""
        return (
            draft.kind is SpeakerKind.PERSON
            and " " not in draft.name
            and draft.role is None
            and draft.gender is None
            and not self.common_noun(draft.name.lower())  # "Regulators said": a capitalised noun, not a company
        )

    def _gender(self, mention: Mention) -> str | None:
        """What a mention shows of its person's gender: a pronoun, a title or a gendered role word."""
        words = self.text[mention.start : mention.end].lower().split()
        return next((self.genders[w] for w in words if w in self.genders), None)

    def _match(self, mention: Mention, paragraph: int) -> _Draft | None:
        if mention.refers == "person":
            if mention.head:  # "the spokesman", "the official"
                return next(
                    (
                        d
                        for d in reversed(self.drafts)
                        if mention.head in (d.role or "").lower() or mention.head in d.name.lower()
                    ),
                    None,
                )
            return self._recent(paragraph, {SpeakerKind.PERSON, SpeakerKind.ANONYMOUS}, self._gender(mention))
        if mention.refers == "document":
            return self.last
        if mention.refers in ("group", "institution"):
            if mention.head:
                found = next((d for d in reversed(self.drafts) if mention.head in d.name.lower()), None)
                if found is not None:
                    return found
            kinds = {SpeakerKind.INSTITUTION, SpeakerKind.OUTLET, SpeakerKind.ANONYMOUS, SpeakerKind.GROUP}
            if mention.refers == "institution":
                kinds = {SpeakerKind.INSTITUTION, SpeakerKind.OUTLET}  # "the company" is no group of people
            found = self._recent(paragraph, kinds, bare_names=mention.refers == "institution")
            if found is not None and found.kind is SpeakerKind.PERSON:
                self._unindex(found)  # "Nortek said … the company said": the article shows what the name is
                found.kind = SpeakerKind.INSTITUTION
                self._index(found)
            return found
        if mention.kind is SpeakerKind.ANONYMOUS:
            # Two "officials" are not known to be the same people, but one phrase is one source ("One manager, who
            # asked not to be named, said": the relative, resolved first, and the verb share their subject).
            last = self.last
            if last is not None and last.name == mention.name and last.mentions:
                between = self.text[mention.end : last.mentions[-1].start]
                return last if len(between) <= 3 and not between.strip(" ,") else None
            return None
        words = {w for w in _SLUG.split(mention.name.lower()) if w and w != "the"}
        given = name_words(mention.name, self.titles)
        if (short := self._abbreviated(mention.name)) is not None:
            # "CAIR" after "the Council on American-Islamic Relations": an organisation, whatever the kinds said.
            if short.kind is SpeakerKind.PERSON:
                self._unindex(short)
                short.kind = mention.kind if mention.kind is not SpeakerKind.PERSON else SpeakerKind.INSTITUTION
                self._index(short)
            return short
        if mention.kind is SpeakerKind.PERSON:
            # A person matches only a person with the same surname (_same_person), so only those are compared.
            people = self.by_surname.get(given[-1], []) if given else []
            person = next((d for d in reversed(people) if same_person(name_words(d.name, self.titles), given)), None)
            if person is not None:
                return person
            # "Greenpeace" again, after the article showed it is an organisation: the same speaker.
            thing = self.by_name.get(mention.name.lower()) or self.by_first_word.get(mention.name.lower())
            return thing if thing is not None and thing.kind is not SpeakerKind.PERSON else None
        for draft in reversed(self.by_kind.get(mention.kind, [])):
            if mention.kind is SpeakerKind.GROUP:
                if draft.kind is SpeakerKind.GROUP and words == draft.words():
                    return draft  # "Democrats" again; "voters" is not "young voters"
            elif draft.kind == mention.kind and words and (words <= draft.words() or draft.words() <= words):
                return draft
        return None

    def resolve(self, found: Found) -> str | None:
        """The speaker id for one attribution, creating or enriching speakers as needed."""
        mention = found.mention
        if found.position_only or (mention is not None and mention.everybody):
            return None  # a position with nothing reported, or "anyone", names no speaker, nor a later pronoun's
        if mention is None:
            return self.last.id if self.last and not found.unsourced else None
        if mention.refers is not None and mention.name.lower() in self.narrator:
            self.last = None
            return None  # "I'm told", "we know": outside quotations the first person is the publisher, no speaker
        mention = self._named(mention)
        index = self.entities
        if mention.kind is SpeakerKind.PERSON and index and not mention.role and index.thing(mention.name):
            mention = replace(mention, kind=SpeakerKind.INSTITUTION)  # "Shell, which holds …", "Equinor, the operator"
        if mention.refers == "institution" and (named := self._earlier_name(mention)) is not None:
            # "Italy's Ministry of Economy and Finance rejected the claim. The ministry said …": the description
            # names the institution the article named, though it had not spoken yet.
            mention = replace(mention, name=named, kind=SpeakerKind.INSTITUTION, refers=None, head=None)
        if mention.spoken_for and mention.refers and not any(str(mention.head) in d.name.lower() for d in self.drafts):
            # "a spokesman for the company" with no company named yet: an unnamed spokesperson, not whichever body
            # spoke last.
            role, phrase = mention.spoken_for
            mention = Mention(SpeakerKind.ANONYMOUS, phrase, mention.start, mention.end, role=role, anonymous=True)
        draft = self._match(mention, found.paragraph)
        if draft is None and (issuer := self._issuer(mention)) is not None:
            draft, mention = issuer, replace(mention, name=issuer.name, kind=issuer.kind)
        if draft is None and mention.refers == "person" and mention.head is None:
            mention = self._named_by_gender(mention)  # "She spoke …" with no woman speaking yet: the named one
            draft = self._match(mention, found.paragraph) if mention.refers is None else None
        if draft is None:
            if mention.refers is not None and mention.head is None:
                return None  # a pronoun with nothing to point back to
            draft = self._new(mention, found.paragraph)
        elif mention.refers is None and len(mention.name) > len(draft.name) and draft.kind is not SpeakerKind.PERSON:
            draft.name = mention.name  # keep the fullest form of an institution's name
            self._register(draft)
        draft.role = draft.role or mention.role
        draft.organization = draft.organization or mention.organization
        draft.affiliation = draft.affiliation or mention.affiliation
        draft.paragraph = found.paragraph
        self.touched.pop(id(draft), None)
        self.touched[id(draft)] = draft
        if draft.kind is SpeakerKind.PERSON or mention.refers == "person":
            draft.gender = draft.gender or self._gender(mention)
        draft.mentions.append(Span(mention.start, mention.end, self.text[mention.start : mention.end]))
        content = found.content
        if content is not None and self._bare_name(draft) and self.of_itself(self.text[content.start : content.end]):
            self._unindex(draft)  # "Greenpeace said it had filed a challenge": the name is an organisation's
            draft.kind = SpeakerKind.INSTITUTION
            self._index(draft)
        self.last = draft
        return draft.id


def resolve(
    text: str,
    found: list[Found],
    entities: EntityIndex | None = None,
    narrator: frozenset[str] = frozenset(),
    genders: dict[str, str] | None = None,
    titles: frozenset[str] = frozenset(),
    common_noun: Callable[[str], bool] | None = None,
    of_itself: Callable[[str], bool] | None = None,
) -> tuple[tuple[Speaker, ...], tuple[Attribution, ...]]:
    """Speakers and attributions for a document's found cues; `entities` names role descriptions and surnames,
    `narrator` lists the first-person pronouns that outside quotations are the publisher's, `genders` the words
    that show a person's gender (he, Mrs., spokeswoman), `titles` the words before a surname that are no given name,
    `common_noun` whether a word is a listed noun and `of_itself` whether content speaks of its speaker as a thing."""
    resolver = Resolver(text, entities, narrator, genders, titles, common_noun, of_itself)
    attributions = []
    for item in found:
        speaker = resolver.resolve(item)
        source = None
        # With no cue words, layout names the speaker (a letter's sign-off): no phrase of a sentence is its source.
        if item.mention is not None and item.cue.text:
            source = Span(item.mention.start, item.mention.end, text[item.mention.start : item.mention.end])
        cue = item.cue if item.cue.text else None
        attributions.append(Attribution(speaker, cue, source, item.content, item.kind, item.rule))
    speakers = tuple(
        # A body's "role" is only the spokesperson it spoke through (kept for "the spokeswoman said" to find it):
        # shown, "Home Office (spokesperson)" would read as if the office were one.
        Speaker(d.id, d.name, d.kind, None if d.kind in _BODIES else d.role, d.organization, d.affiliation,
                d.anonymous, tuple(d.mentions))
        for d in resolver.drafts
    )
    return speakers, tuple(replace(a) for a in attributions)
