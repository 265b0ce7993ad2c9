"""Regular English inflections, so one rule entry ("slam") matches slams, slammed, slamming."""

from __future__ import annotations

_VOWELS = set("aeiou")


def _double_final(word: str) -> bool:
    # slam -> slammed, but not say -> sayyed or blast -> blastted (consonant-vowel-consonant, short word).
    if len(word) < 3 or len(word) > 4:
        return False
    a, b, c = word[-3], word[-2], word[-1]
    return a not in _VOWELS and b in _VOWELS and c not in _VOWELS and c not in "wxy"


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The lemma plus its regular -s, -ed and -ing forms; the last word of a phrase is inflected."""
    head, _, last = lemma.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms: tuple[str, ...]
    if last.endswith("e"):
        forms = (last + "s", last + "d", last[:-1] + "ing")
    elif last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        forms = (last[:-1] + "ies", last[:-1] + "ied", last + "ing")
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        forms = (last + "es", last + "ed", last + "ing")
    elif _double_final(last):
        forms = (last + "s", last + last[-1] + "ed", last + last[-1] + "ing")
    else:
        forms = (last + "s", last + "ed", last + "ing")
    if _british_double_l(last):
        # British spelling doubles a final -l after one vowel whatever the stress (grovelled, fuelled, labelled).
        forms = (*forms, last + "led", last + "ling")
    return (lemma, *(prefix + form for form in forms))


def _british_double_l(word: str) -> bool:
    return len(word) > 3 and word[-1] == "l" and word[-2] in _VOWELS and word[-3] not in _VOWELS


def noun_forms(noun: str) -> tuple[str, ...]:
    """The noun plus its regular plural; the last word of a phrase is inflected."""
    head, _, last = noun.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        plural = last + "es"
    else:
        plural = last + "s"
    return (noun, prefix + plural)


# Words with these endings are nouns, adverbs or participles: they have no "-ly" adverb of their own.
_NO_ADVERB = ("ly", "ion", "ism", "ity", "ness", "ment", "ed", "ery", "ia", "age")


# Endings after which English makes a "-ness" noun of any adjective (ruthlessness, callousness, nastiness).
_NESS = ("less", "ous", "ful", "ish", "ive")


def adjective_forms(adjective: str) -> tuple[str, ...]:
    """The adjective plus its "-ly" adverb (brutal -> brutally, tragic -> tragically) and, after the endings that
    take one, its "-ness" noun (callous -> callousness, nasty -> nastiness)."""
    if " " in adjective or len(adjective) < 3 or adjective.endswith(_NO_ADVERB):
        return (adjective,)
    noun: tuple[str, ...] = ()
    if adjective.endswith(_NESS):
        noun = (adjective + "ness",)
    elif adjective.endswith("y") and adjective[-2] not in _VOWELS:
        noun = (adjective[:-1] + "iness",)
    if adjective.endswith("ic"):
        adverb = adjective + "ally"
    elif adjective.endswith("le") and adjective[-3] not in _VOWELS:
        adverb = adjective[:-1] + "y"
    elif adjective.endswith("y") and adjective[-2] not in _VOWELS:
        adverb = adjective[:-1] + "ily"
    elif adjective.endswith("ll"):
        adverb = adjective + "y"
    elif adjective.endswith("ue"):
        adverb = adjective[:-1] + "ly"
    else:
        adverb = adjective + "ly"
    return (adjective, adverb, *noun)


# A term pattern spelling out more than this many phrases is a mistake in the rule, not a lexicon entry.
MAX_VARIANTS = 256


def phrase_variants(pattern: str) -> tuple[str, ...]:
    """The phrases a term pattern spells: "a|b" is either word, "word?" may be left out ("shame on you|them")."""
    phrases: list[list[str]] = [[]]
    for token in pattern.split():
        if token.strip("*?|") == "":
            # "hold * to ransom" once matched a literal asterisk: a gap belongs in a context condition (only_near)
            raise ValueError(f"term pattern {pattern!r}: {token!r} is not a word; patterns have no wildcards")
        optional = len(token) > 1 and token.endswith("?")
        choices = [c for c in (token[:-1] if optional else token).split("|") if c]
        if optional:
            choices.append("")
        phrases = [[*p, c] if c else p for p in phrases for c in choices or [token]]
        if len(phrases) > MAX_VARIANTS:
            raise ValueError(f"term pattern {pattern!r} spells more than {MAX_VARIANTS} phrases")
    seen = dict.fromkeys(" ".join(p) for p in phrases if p)
    return tuple(seen)


def idiom_forms(phrase: str) -> tuple[str, ...]:
    """Forms of a verb phrase or idiom: its first word is the verb ("drag their feet" -> dragged their feet)."""
    first, _, rest = phrase.partition(" ")
    if not rest:
        return verb_forms(phrase)
    return tuple(f"{form} {rest}" for form in verb_forms(first))
