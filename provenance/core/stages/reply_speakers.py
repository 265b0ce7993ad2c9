"""Right of reply, speakers: the forms under which a speaker may be the accused party ("Cole", "the governor").

A speaker answers for a party named by its name or a mention, its role with its name, the body it represents ("a
lawyer for Hale"), the name after its descriptor ("Vellmann AG" in "Auto giant Vellmann AG") and, for an acronym,
the words it stands for ("NLF", "Northern Liberation Front").
"""

from __future__ import annotations

import re

from provenance.core.attribution.mention import acronym
from provenance.core.stages.reply_phrase import Context
from provenance.core.stages.reply_reference import appositions, party_words, represented
from provenance.model import Speaker, SpeakerKind
from provenance.ruleset.rules import SpeakerLexiconRule

Form = tuple[frozenset[str], bool, frozenset[str]]  # a speaker's party words, whether a whole name, words a
# party it contains may lack: "Tom Hale" holds "Hale" and "Acme spokesman" "Acme", "Hale's neighbor" holds no one


def _form(name: str, whole: bool, ctx: Context) -> Form:
    """A speaker's name or mention as a form: its words, and the name and office words a shorter party may lack."""
    words = party_words(name, ctx.rule, ctx.lexicon)
    capitals = party_words(" ".join(w for w in name.split() if w[:1].isupper()), ctx.rule, ctx.lexicon)
    offices = ctx.rule.representatives | ctx.lexicon.institutions | ctx.lexicon.titles
    return words, whole, capitals | frozenset(w for w in words if w in offices or w.removesuffix("s") in offices)


def speaker_names(speakers: tuple[Speaker, ...], ctx: Context) -> list[tuple[Speaker, tuple[Form, ...]]]:
    """Each speaker with the party words of its name, each distinct mention, its role and whom it represents."""
    named = []
    for speaker in speakers:
        names = dict.fromkeys((speaker.name, *(m.text for m in speaker.mentions)))
        forms = [_form(name, index == 0, ctx) for index, name in enumerate(names)]
        if speaker.role:  # "Governor Linda Marsh" is "the governor" too
            forms.append(_form(f"{speaker.role} {speaker.name}", False, ctx))
        family = speaker.name.removeprefix("The ").removeprefix("the ")
        if speaker.kind is SpeakerKind.GROUP and family.istitle() and family.isalpha() and family.endswith("s"):
            forms.append(_form(family[:-1], True, ctx))  # "the Hammonds": Steven Hammond
        principals = (represented(name, ctx.rule, ctx.lexicon) for name in (*names, *appositions(speaker, ctx.text)))
        forms.extend(_form(p, True, ctx) for p in principals if p)
        # "Vellmann AG" in "Auto giant Vellmann AG"
        proper = (_proper_part(name, ctx.lexicon, ctx.rule.name_particles) for name in names)
        forms.extend(_form(p, True, ctx) for p in proper if p)
        if (letters := acronym(speaker.name)) and (spelled := _spelled_out(letters, ctx.text)):
            forms.append(_form(spelled, True, ctx))  # "the NLF said" answers for "the Northern Liberation Front"
        named.append((speaker, tuple(forms)))
    return named


def _proper_part(name: str, lexicon: SpeakerLexiconRule, particles: frozenset[str]) -> str | None:
    """The name after a descriptor: "Vellmann AG" in "Auto giant Vellmann AG"; none in "Hale's neighbor"."""
    words = name.split()
    last = max((k for k, w in enumerate(words) if not w[:1].isupper()), default=-1)
    if last < 0 or last == len(words) - 1 or words[last] in particles:
        return None  # no descriptor, or a particle of the name ("von der Leyen")
    closed = (lexicon.determiners, lexicon.postmodifiers, lexicon.clause_stops)
    if any(not w.isalpha() or any(w.lower() in c for c in closed) for w in words[: last + 1]):
        return None  # "spokesman for the Health Ministry" represents it; a possessive names someone else's
    return " ".join(words[last + 1 :])


def _spelled_out(letters: str, text: str) -> str | None:
    """The capitalised words an acronym stands for ("Northern Liberation Front" for NLF), if the text has them."""
    connector = r"(?:(?:of|for|and|the|on)\s+)?"
    pattern = rf"\s+{connector}".join(rf"{letter}[\w’'-]+" for letter in letters)
    found = re.search(rf"\b{pattern}\b", text)
    return found.group(0) if found else None


def speaker_for(
    words: frozenset[str], named: list[tuple[Speaker, tuple[Form, ...]]], generic: frozenset[str]
) -> Speaker | None:
    """The speaker whose name or a mention of it matches the party, preferring the closest match."""
    # `named` comes from speaker_names: recomputing every mention's words per accusation was quadratic.
    best: tuple[int, Speaker] | None = None
    for speaker, forms in named:
        for other, whole, may_add in forms:
            # The party may be a short form of a name ("Cole" for "Janet Cole", "Acme" for "an Acme spokesman"), not
            # of a phrase that only mentions it ("Hale's neighbor"); a longer party contains only a full name ("the
            # US-led coalition's aircraft"): the surname "Cruz" is not "Rafael Cruz". A bare role ("president") is in
            # every phrase with that role: only a name is contained that way.
            short = words <= other and other - words <= may_add
            if words and (short or (whole and other <= words and not other <= generic)):
                distance = len(words ^ other)
                if best is None or distance < best[0]:
                    best = (distance, speaker)
    return best[1] if best else None


def member_speaking(words: frozenset[str], heard: list[Speaker], ctx: Context) -> Speaker | None:
    """For "ministers", "the government", "the police": a heard speaker who is one of its members by role."""
    head = next((w for w in (*words, *(w.removesuffix("s") for w in words)) if w in ctx.rule.members), None)
    if head is None:
        return None
    qualifiers = {w for w in words if w != head and w.removesuffix("s") != head}
    demonyms = {k.lower(): v.lower() for k, v in ctx.lexicon.demonyms.items()}
    for speaker in heard:
        said = party_words(" ".join(filter(None, (speaker.role, speaker.name, *(m.text for m in speaker.mentions)))),
                           ctx.rule, ctx.lexicon)
        if said & ctx.rule.not_members:
            continue  # "shadow health minister", "former minister": not a member now
        country = {w for name in said for w in demonyms.get(name, name).split()}
        # "the Russian government" is answered by a Russian minister only: its qualifiers must be the speaker's too.
        if said & ctx.rule.members[head] and all(q in said or q in country or demonyms.get(q, "") in said
                                                 for q in qualifiers):
            return speaker
    return None
