"""Right of reply, the grammar: each shape attaches a charge to the entity it is said of, and only to an entity."""

from __future__ import annotations

import pytest

from provenance.core.pipeline import annotate_text
from provenance.ruleset.rulebook import Rulebook


def _accused(text: str, book: Rulebook) -> list[tuple[str, str]]:
    doc = annotate_text(text, book, readability=False)
    return [(c.party, c.accusation.text if c.accusation else "") for c in doc.replies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An epithet on the noun phrase: adverbs and coordinated adjectives between it and the name.
        ("It ended in the closing chapter of the disastrous Obama administration.",
         [("Obama administration", "disastrous")]),
        ("Through creatures like the myopic and theologically tunnel-visioned Cardinal Kasper, it goes on.",
         [("Cardinal Kasper", "myopic")]),
        ("The crooked Mayor Janet Cole signed the deal on Monday.", [("Mayor Janet Cole", "crooked")]),
        ("Many know the fascist president of the Philippines.", [("president of the Philippines", "fascist")]),
        # A predicate: after a copula, or after "for being" the object before "for".
        ("Mayor Janet Cole is corrupt.", [("Mayor Janet Cole", "corrupt")]),
        ("Trump blasted the American media for being “unbelievably dishonest” on Tuesday.",
         [("the American media", "dishonest")]),
        # A label: said of a copula's subject, a naming verb's object, an apposition, a name after it, examples.
        ("Donald Trump is a serial liar.", [("Donald Trump", "liar")]),
        ("Cruz called Trump a “pathological liar” in May.", [("Trump", "liar")]),
        # An epithet after a naming verb's object is said of that object, not of a noun after it.
        ("Police said on Monday that Senator Ochoa branded Mayor Cole corrupt and lazy.", [("Mayor Cole", "corrupt")]),
        # A day after a preposition is no part of the name: "fined Harbour Street Bank on Thursday".
        ("Police said the regulator fined Harbour Street Bank on Thursday.", [("Harbour Street Bank", "fined")]),
        # The people a body's name modifies are that body's; a person's supporters are not that person.
        ("Police said Norland Bank traders rigged currency rates.", [("Norland Bank", "rigged")]),
        ("Police said Trump supporters attacked the Capitol.", []),
        # A verb after "and" whose clause's subject is set off by an apposition giving a name: the name.
        ("Police said the owner of the club, Andrés Vidal, was arrested on Tuesday and charged with fixing matches.",
         [("Andrés Vidal", "charged with")]),
        ("Mayor Janet Cole, a crook by any measure, spoke on Friday.", [("Mayor Janet Cole", "crook")]),
        ("Take a look at how serial liar Keith Ellison answers.", [("Keith Ellison", "liar")]),
        ("The council listens to front groups such as CAIR and ISNA.",
         [("CAIR", "front groups"), ("ISNA", "front groups")]),
        # A possessed deed: the possessor, a possessive pronoun's antecedent, or the agent after "from".
        ("The files would point to the CIA’s guilt in the killing.", [("CIA", "guilt")]),
        ("Hillary Clinton has escaped charges for her mishandling of classified information.",
         [("Hillary Clinton", "mishandling")]),
        ("The records show the CIA continued its cover-up of the files.", [("CIA", "cover-up")]),
        ("Writers now know the attack from Rome on the doctrine is real.", [("Rome", "attack")]),
        # A deed's subject: through a lead ("chose to"), and each conjunct of a coordinated subject that is an entity.
        ("San Francisco Sheriff Ross Mirkarimi chose to defy the feds.",
         [("San Francisco Sheriff Ross Mirkarimi", "defy")]),
        ("There are things that the FBI and other investigators seem intent on covering up.",
         [("the FBI", "covering up")]),
        # A passive charge accuses its subject, a time word or adverb inside the form, the agent not the accused.
        ("Gerald Pike, 61, is accused of writing checks to himself.", [("Gerald Pike", "accused of")]),
        ("The Ghana Athletics Association was accused by several athletes of ignoring warnings.",
         [("The Ghana Athletics Association", "accused by")]),
        ("Gerald Pike was charged Thursday with theft.", [("Gerald Pike", "charged Thursday with")]),
        # A relative's antecedent, and a name set off after a description, are the subject.
        ("The authority is investigating its manager, Luis Ferrer, who is suspected of ordering the shredding.",
         [("Luis Ferrer", "suspected of")]),
        ("Blue Line Paving's owner, Mark Sutter, was convicted of bid rigging.", [("Mark Sutter", "convicted of")]),
        ("Tom Hale, who has denied the charges, stole the funds, police said.", [("Tom Hale", "stole")]),
        # A charging verb's object pronoun is the person named last before it.
        ("Greg Tanner resigned after employees accused him of harassment.", [("Greg Tanner", "accused")]),
        # Deeds of deceit and favour: the subject, an adverb such as "allegedly" looked past.
        ("Council member Dana Whitfield steered a paving contract to her brother-in-law.",
         [("Council member Dana Whitfield", "steered")]),
        ("Jordan Kessler also allegedly forged bank statements.", [("Jordan Kessler", "forged")]),
        # A charge as a noun with its target; a penalty's object, the amount after it left out.
        ("The agency said it had opened proceedings against Andres Molina.",
         [("Andres Molina", "proceedings against")]),
        ("The regulator fined Acme Corp 5 million euros.", [("Acme Corp", "fined")]),
        # A possessor with modifiers before the wrongdoing noun; an adverb that makes the deed a wrong.
        ("Voters cited Hillary Clinton's email scandal.", [("Hillary Clinton", "scandal")]),
        ("On Monday, Donald Trump falsely claimed that millions voted illegally.", [("Donald Trump", "falsely")]),
    ],
)
def test_each_shape_finds_the_party(text: str, expected: list[tuple[str, str]], book: Rulebook) -> None:
    assert _accused(text, book) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Not an entity: a thing, a pronoun, an unnamed one, or no one in particular.
        "He is more likely to be struck by lightning than to commit fraud, the mayor said.",
        "The murderous attacks in Europe's capital shocked the city.",
        "It is true President Trump likes fascist and authoritarian leaders.",
        "Insiders say the mayor handed contracts to a shady developer.",
        "This email was not just from some rogue staffer inside Google.",
        "He has been Trump’s attack dog for years.",
        "On July 1 the criminal illegal picked up a Sig Sauer pistol.",
        # Denied: a negated predicate or verb.
        "Mayor Janet Cole is not corrupt.",
        "Acme Corp never lied to investors.",
        # Another sense: "defied expectations", "forged a partnership", "steered clear".
        "Acme Corp defied expectations with a third profit rise.",
        "The two firms forged a partnership in May.",
        "The officer said the team steered clear of the riots.",
        # A subject pronoun in a supposition stands for no one the article names; no full name before "him" either.
        "Gonzalez argued: would he be charged with murder?",
        "Gonzalez argued. As Gonzalez said, the police accused him of lying.",
        # A label without an article before it names no one it is said of.
        "The memorial honours the victims of the Sept. 11 terrorist attacks.",
    ],
)
def test_no_party_where_no_entity_is_charged(text: str, book: Rulebook) -> None:
    assert _accused(text, book) == []


def test_an_epithet_is_asserted_whatever_its_verb_denies(book: Rulebook) -> None:
    text = "He’s also never criticized the incredibly repressive leaders of Saudi Arabia."
    assert _accused(text, book) == [("leaders of Saudi Arabia", "repressive")]


def test_his_or_her_stands_for_a_person_not_a_place(book: Rulebook) -> None:
    text = "Janet Cole ran the ministry in Kenya despite her corruption."
    assert _accused(text, book) == [("Janet Cole", "corruption")]


def test_a_guilty_plea_is_the_partys_answer(book: Rulebook) -> None:
    doc = annotate_text("Prosecutors said Kyle Benton, 29, pleaded guilty to election fraud on Friday.", book,
                        readability=False)
    assert [(c.party, c.status.value) for c in doc.replies] == [("Kyle Benton", "replied")]


def test_a_possessor_may_stand_inside_a_charge_form(book: Rulebook) -> None:
    # "ignored warnings" with whose warnings they were between its words.
    doc = annotate_text("Police said Acme ignored the regulator's repeated warnings.", book, readability=False)
    assert [(c.party, c.accusation.text if c.accusation else "") for c in doc.replies] == [
        ("Acme", "ignored the regulator's repeated warnings")]
