"""Evidence for a speaker's kind from how the article goes on to speak of it: "Boeing said it would cut its …"."""

from __future__ import annotations

from provenance.core.attribution.sources import union
from provenance.ruleset.rules import SpeakerLexiconRule


def speaks_of_itself(content: str, lexicon: SpeakerLexiconRule) -> bool:
    """Whether reported content opens with a thing's pronoun as the agent of a verb ("it had filed a challenge",
    "its members voted"): said of a one-word name, it shows the name is an organisation's.

    "it is", "it would be" are left out: there "it" is as likely the situation as the speaker ("Trump said it
    was a disaster")."""
    words = content.lstrip("\"'“‘ ").split(None, 6)
    if len(words) > 2 and words[0].lower() in lexicon.time_leads and words[1].lower().strip(",") in lexicon.time_words:
        words = words[2:]  # "said on Wednesday it would cut": the time belongs to the saying
    if not words:
        return False
    first = words[0].lower()
    if first in lexicon.thing_possessives:
        return len(words) > 1  # "its members had voted"
    if first not in lexicon.thing_pronouns:
        return False
    rest = [w.lower().strip(",;:") for w in words[1:]]
    auxiliaries = union(lexicon.modals, lexicon.finite_auxiliaries)  # built once per lexicon
    helped = False
    while rest and rest[0] in auxiliaries and rest[0] not in lexicon.passive:
        rest.pop(0)  # "it would", "it had": the verb comes after
        helped = True
    # A bare verb ("Clinton says it failed") is as likely said of a thing under discussion; a plan or an act of
    # its own ("it would cut", "it had filed") is what an organisation says of itself.
    return helped and bool(rest) and rest[0] not in lexicon.passive and rest[0].isalpha()
