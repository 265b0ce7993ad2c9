"""Right of reply: accused parties, matched to speakers and missing-comment notes."""

from __future__ import annotations

from provenance.core.pipeline import annotate_text
from provenance.model import Document, ReplyStatus
from provenance.ruleset.rulebook import Rulebook


def _checks(text: str, book: Rulebook) -> list[tuple[str, str]]:
    doc = annotate_text(text, book, readability=False)
    return [(c.party, c.status.value) for c in doc.replies]


def test_seed_article_names_the_accused_and_their_reply(sample: Document) -> None:
    checks = {c.party: c for c in sample.replies}
    # The narrator also says the coalition "struck pro-Damascus forces"; the ministry's charge is the one shown.
    coalition = checks["the US-led coalition"]  # "attacked by the US-led coalition’s aircraft": the owner
    assert (coalition.status, coalition.speaker, coalition.accuser) == (
        ReplyStatus.REPLIED,
        "us-led-coalition",
        "russian-defense-ministry",
    )
    assert checks["Washington"].status is ReplyStatus.REPLIED  # a metonym for the US, heard via a US official
    assert checks["pro-government armed militias"].status is ReplyStatus.NOT_SOUGHT
    damascus = checks["The officials in Damascus"]
    assert damascus.status is ReplyStatus.DECLINED and damascus.note is not None
    flagged = [f.span.text for f in sample.findings if f.rule.endswith("no-reply-sought")]
    assert flagged == ["pro-government armed militias"]


def test_party_heard_later_counts_as_replied(book: Rulebook) -> None:
    text = "The mayor said Acme Corp violated the permit. Acme Corp said the plant was lawful."
    assert _checks(text, book) == [("Acme Corp", "replied")]


def test_note_links_to_the_party_it_names(book: Rulebook) -> None:
    text = "Residents said the Delta Mining Company violated the permit. Delta Mining did not respond to requests."
    assert _checks(text, book) == [("the Delta Mining Company", "declined-or-no-response")]


def test_unheard_party_raises_a_finding(book: Rulebook) -> None:
    doc = annotate_text("“The Northern Company violated the agreement,” the mayor said.", book, readability=False)
    assert [(c.party, c.status.value) for c in doc.replies] == [("The Northern Company", "not-sought")]
    finding = next(f for f in doc.findings if f.category == "right-of-reply")
    assert finding.rule == "default.reply.no-reply-sought"
    assert "mayor" in finding.message


def test_victims_of_a_passive_are_not_accused(book: Rulebook) -> None:
    assert _checks("The ministry said 25 soldiers were killed in the strike.", book) == []


def _rows(text: str, book: Rulebook) -> list[tuple[str, str, str | None, str | None]]:
    doc = annotate_text(text, book, readability=False)
    return [(c.party, c.status.value, c.accusation.text if c.accusation else None, c.accuser) for c in doc.replies]


def test_the_narrator_accuses_too(book: Rulebook) -> None:
    rows = _rows("Audit row\n\nMayor Janet Cole covered up the audit for two years.\n", book)
    assert rows == [("Mayor Janet Cole", "not-sought", "covered up", None)]


def test_the_accused_is_cut_to_the_reported_words(book: Rulebook) -> None:
    rows = _rows("Insiders say Mayor Janet Cole handed lucrative contracts to a shady developer.", book)
    assert [(party, status) for party, status, _, _ in rows] == [("Mayor Janet Cole", "not-sought")]
    assert rows[0][3] is not None  # the insiders accuse, not the outlet


def test_the_reporting_verb_can_be_the_charge(book: Rulebook) -> None:
    rows = _rows("Trump accused Rafael Cruz of associating with Lee Harvey Oswald.", book)
    assert rows == [("Rafael Cruz", "not-sought", "accused", "trump")]


def test_a_passive_charge_accuses_its_subject(book: Rulebook) -> None:
    rows = _rows("Devin Reyes has been charged with armed robbery, police said.", book)
    assert [(party, status) for party, status, _, _ in rows] == [("Devin Reyes", "not-sought")]
    # An apposition between commas stands for the name before it.
    rows = _rows("Devin Reyes, 19, of Marston, has been charged with armed robbery, police said.", book)
    assert [(party, status) for party, status, _, _ in rows] == [("Devin Reyes", "not-sought")]


def test_no_row_for_a_negated_charge_a_noun_or_a_thing(book: Rulebook) -> None:
    assert _checks("Acme Corp has never lied to investors, the mayor said.", book) == []
    assert _checks("The memorial honours the victims of the Sept. 11 terrorist attacks.", book) == []
    text = "You are more likely to be struck by lightning than to commit voter fraud, Donald Trump said."
    assert _checks(text, book) == []
    assert _checks("The mayor criticized the Northern Company's plan for the harbour.", book) == []


def test_title_case_lines_accuse_no_one(book: Rulebook) -> None:
    assert _checks("Affirm Sharia's Assault on the Constitution as Seditious.", book) == []


def test_a_surname_speaker_does_not_answer_for_a_namesake(book: Rulebook) -> None:
    # "Cruz" is the Cruz of the nearest full mention (Ted), so Rafael Cruz is still not heard.
    text = "Trump accused Rafael Cruz of lying. Ted Cruz said he would vote. Cruz said nothing more."
    assert [(party, status) for party, status in _checks(text, book)] == [("Rafael Cruz", "not-sought")]


def test_the_party_is_an_entity_at_its_head(book: Rulebook) -> None:
    # The head comes before a postmodifier: "attacks in Europe" is a thing, "leaders of Saudi Arabia" a party.
    assert _checks("The murderous attacks in Europe's capital shocked the city.", book) == []
    rows = _checks("The repressive leaders of Saudi Arabia jailed the blogger, the group said.", book)
    assert rows == [("leaders of Saudi Arabia", "not-sought")]
    # A sentence's first capital says nothing: "Four of these" is no name.
    assert _checks("Four of these were charged with fraud.", book) == []


def test_an_agent_and_a_participle_stay_in_their_clause(book: Rulebook) -> None:
    # "overturned by the court": the court overturned the vote; it did not commit the fraud.
    assert _checks("The 2004 vote was marred by fraud and overturned by the country's highest court.", book) == []
    # ", attacking X": the participle's subject is the main clause's, not the noun before the comma.
    assert _checks("He questioned the heritage of a federal judge, attacking the ruling.", book) == []


def test_a_note_naming_only_a_pronoun_lists_no_party(book: Rulebook) -> None:
    assert _checks("The minister spoke on Monday. He did not respond to requests for comment.", book) == []


def test_a_stance_the_article_credits_is_not_a_reply(book: Rulebook) -> None:
    # "Acme Corp wanted to ...": a motive the article gives the party, not its side of the story.
    text = "The mayor said Acme Corp violated the permit. Acme Corp wanted to expand the plant."
    assert _checks(text, book) == [("Acme Corp", "not-sought")]
    text = "The mayor said Acme Corp violated the permit. Acme Corp said the plant was lawful."
    assert _checks(text, book) == [("Acme Corp", "replied")]


def test_one_row_per_unheard_entity(book: Rulebook) -> None:
    # "Paddock" after "Stephen Paddock": the same party that never speaks, listed once under its first name.
    text = "Police said Stephen Paddock lied to the hotel. Police said Paddock's assault lasted ten minutes."
    assert _checks(text, book) == [("Stephen Paddock", "not-sought")]


def test_a_label_given_by_a_naming_verb_is_the_callers_charge(book: Rulebook) -> None:
    rows = _rows("Cruz called Trump a “pathological liar” in May.", book)
    assert [(party, accuser) for party, _, _, accuser in rows] == [("Trump", "cruz")]
    # "they call X a traitor": the caller is no one the article credits, so no one stands behind the charge.
    assert _rows("Why, just look at how they call Julian Assange a traitor.", book) == []


def test_a_representative_answers_and_is_asked_for_the_party(book: Rulebook) -> None:
    # "A lawyer for Kessler" was asked: Kessler's reply was sought; "Pike's attorney" speaks: Pike is heard.
    text = "Regulators said Jordan Kessler lied to investors. A lawyer for Kessler did not return a message."
    assert _checks(text, book) == [("Jordan Kessler", "declined-or-no-response")]
    text = "Prosecutors said Gerald Pike stole the funds. Pike's attorney, Dennis Hale, said his client was innocent."
    assert _checks(text, book) == [("Gerald Pike", "replied")]


def test_a_note_naming_a_pronoun_asks_the_person_named_before(book: Rulebook) -> None:
    text = "Police said Robert Vance retaliated against employees. He did not reply to an email."
    assert _checks(text, book) == [("Robert Vance", "declined-or-no-response")]


def test_efforts_to_reach_the_party_are_a_note(book: Rulebook) -> None:
    assert _checks("Police said Tom Hale stole the funds. Efforts to reach Hale were unsuccessful.", book) == [
        ("Tom Hale", "declined-or-no-response")
    ]
    assert _checks("Police said Tom Hale stole the funds. Hale declined an interview request.", book) == [
        ("Tom Hale", "declined-or-no-response")
    ]


def test_a_description_is_the_entity_it_describes(book: Rulebook) -> None:
    # "the governor": the speaker the article names with that role; "this officer": the party named before.
    text = "Governor Linda Marsh said the fund was audited. The state party called the governor a hypocrite."
    assert _rows(text, book) == [("the governor", "replied", "hypocrite", "state-party")]
    text = "Police said Officer Brett Cullen assaulted the man. The lawyer said this officer lied about it."
    assert _checks(text, book) == [("Officer Brett Cullen", "not-sought")]


def test_a_family_speaks_for_its_members(book: Rulebook) -> None:
    text = "Prosecutors said Steven Hammond broke the law. The Hammonds said they were protecting their land."
    assert _checks(text, book) == [("Steven Hammond", "replied")]


def test_a_party_that_answers_the_charge_is_heard(book: Rulebook) -> None:
    # A plea, a denial of the charges, or a stance on them gives the party's side; a denial that is negated does not.
    for answer in ("Hale pleaded not guilty.", "He has denied all of the allegations.",
                   "Hale disputed the claims in a statement.", "Hale rejected the accusations as baseless."):
        assert _checks(f"Police said Tom Hale stole the funds. {answer}", book) == [("Tom Hale", "replied")]
    text = "Police said Tom Hale stole the funds. Hale has not disputed the charges."
    assert _checks(text, book) == [("Tom Hale", "not-sought")]


def test_a_description_that_speaks_or_is_asked_stands_for_the_party_before(book: Rulebook) -> None:
    text = "Regulators said Acme Corp falsified the records. The company said in a statement that it followed the law."
    assert _checks(text, book) == [("Acme Corp", "replied")]
    text = "Regulators said Acme Corp falsified the records. The company did not respond to a request for comment."
    assert _checks(text, book) == [("Acme Corp", "declined-or-no-response")]
    text = "Police said Tom Hale stole the funds. His lawyer did not respond to a request for comment."
    assert _checks(text, book)[0] == ("Tom Hale", "declined-or-no-response")
    # "the lawyer" of no one named answers for no one; nor does the accuser's own description.
    text = "Police said Officer Brett Cullen assaulted the man. The lawyer said the video was clear."
    assert _checks(text, book) == [("Officer Brett Cullen", "not-sought")]


def test_an_officer_or_a_representative_set_off_after_a_name_speaks_for_the_party(book: Rulebook) -> None:
    text = "Police said Tom Hale stole the funds. Ann Ruiz, a lawyer for Hale, said he was innocent."
    assert _checks(text, book) == [("Tom Hale", "replied")]
    text = "Regulators said Acme Corp falsified the records. Jane Doe, Acme's chief executive, said it obeyed the law."
    assert _checks(text, book) == [("Acme Corp", "replied")]


def test_a_deed_left_open_is_no_charge(book: Rulebook) -> None:
    assert _checks("Investigators are examining whether Acme Corp violated safety rules.", book) == []
    assert _checks("If Hale lied under oath, he could face perjury charges.", book) == []
    text = "Police said Hale may face charges after Tom Hale stole a car."
    assert _checks(text, book) == [("Tom Hale", "not-sought")]


def test_a_phrase_that_only_mentions_the_party_does_not_answer_for_it(book: Rulebook) -> None:
    # "Hale's neighbor" is someone else; "Acme spokesman", "Tom Hale" hold the party with only offices and names.
    text = "Police said Tom Hale stole the funds. Hale's neighbor, Ann Ruiz, said he was a quiet man."
    assert _checks(text, book) == [("Tom Hale", "not-sought")]


def test_a_body_named_after_its_head_answers_through_the_head(book: Rulebook) -> None:
    text = "Felipe Cruz said the Santos campaign had bought votes. Mayor Gloria Santos said the vote was clean."
    assert _rows(text, book) == [("the Santos campaign", "replied", "bought votes", "felipe-cruz")]


def test_a_speakers_own_forces_are_its_side(book: Rulebook) -> None:
    # "its forces": the ministry's own, so its account of them is no charge against anyone.
    assert _checks("Russia's Defense Ministry said its forces had struck a base.", book) == []


def test_a_role_description_is_the_name_given_that_title(book: Rulebook) -> None:
    text = ("Sen. Mark Dillon said the governor had hidden the cost of Gov. Helen Price's plan. "
            "Price's spokesman, Aaron Cole, said the senator was playing politics.")
    assert _checks(text, book) == []  # the title comes after: no one named yet, so no one to list
    text = ("Gov. Helen Price unveiled a plan on Monday. Sen. Mark Dillon said the governor had hidden its cost. "
            "Price's spokesman, Aaron Cole, said the senator was playing politics.")
    assert _checks(text, book) == [("Helen Price", "replied")]


def test_the_charged_words_are_not_the_partys_answer(book: Rulebook) -> None:
    # "falsely claimed": the claim is what the charge is about; a deed told with a speech verb ("mocked") is the
    # teller's charge against its subject, not the subject's own words.
    text = "On Monday, Donald Trump falsely claimed that millions voted illegally."
    assert _checks(text, book) == [("Donald Trump", "not-sought")]
    text = "Donald Trump spoke on Monday. Donald Trump mocked a disabled reporter at a rally."
    assert _rows(text, book) == [("Donald Trump", "not-sought", "mocked", None)]


def test_a_description_no_name_resolves_is_not_listed_unheard(book: Rulebook) -> None:
    # "the company" with no company named before: whom to ask is not said; after one, it is that company.
    assert _checks("A report said the company had hidden test results.", book) == []
    text = "Andes Copper Corp said it obeys the law. Regulators said the company had hidden test results."
    assert _checks(text, book) == [("the company", "replied")]


def test_an_office_named_after_its_body_asks_for_the_body(book: Rulebook) -> None:
    text = "Regulators said Streamly Inc. hid the breach. A Streamly spokesman did not respond to our request."
    assert _checks(text, book) == [("Streamly Inc.", "declined-or-no-response")]


def test_headline_shorthand_names_no_party_of_its_own(book: Rulebook) -> None:
    # "Fintech founder misled investors": the headline's bare noun is the person the story names; its row stands.
    text = ("Fintech founder misled investors, regulators say\n\n"
            "Jordan Kessler lied to investors, the SEC said. A lawyer for Kessler did not return a message.\n")
    assert _checks(text, book) == [("Jordan Kessler", "declined-or-no-response")]


def test_a_subject_pronoun_is_the_person_named_before_not_a_place(book: Rulebook) -> None:
    # why: "He is accused of stealing" after the arrest paragraph charges Darren Wilkes; "Mill Lane" and "Station
    # Road" follow a preposition of place and are no one a "he" stands for.
    text = ("Darren Wilkes, of Mill Lane, was arrested after officers found him inside a chemist on Station Road. "
            "He is accused of stealing drugs from six shops.")
    assert _checks(text, book) == [("Darren Wilkes", "not-sought")]
    # why: a subject pronoun in a clause left open is still no charge.
    assert _checks("Darren Wilkes was arrested. Police asked whether he stole the drugs.", book) == []


def test_neither_the_party_nor_its_lawyer_could_be_reached_is_a_note(book: Rulebook) -> None:
    # why: "Neither X nor his lawyer could be reached" says a reply was sought from X.
    text = "Police said Tom Hale stole the funds. Neither Hale nor his lawyer could be reached for comment."
    assert _checks(text, book) == [("Tom Hale", "declined-or-no-response")]


def test_the_subject_of_a_relative_or_a_coordinated_clause_is_charged(book: Rulebook) -> None:
    # why: the auxiliary after a relative clause set off by commas has the relative's noun as subject.
    text = "Helen Marsh, 52, who founded the Bright Futures Trust in 2015, is accused of diverting funds."
    assert _checks(text, book) == [("Helen Marsh", "not-sought")]
    # why: a charge verb after "and" has the subject of the clause it joins, here the reported clause after "said".
    text = "Labour said the Home Office approved the deal and covered up the warnings."
    assert _checks(text, book) == [("the Home Office", "not-sought")]
    # why: "and" joining two subjects is not a verb's coordination: the deed is the second subject's.
    text = "Police searched the offices and Acme Corp covered up the leak."
    assert _checks(text, book) == [("Acme Corp", "not-sought")]


def test_the_agent_of_a_passive_charge_is_its_accuser(book: Rulebook) -> None:
    # why: "was accused by the federation of" is the federation's charge, not the article's.
    text = ("The Ghana Athletics Federation said on Monday that training had resumed. The Accra Sprint Club was "
            "accused by the federation of ignoring earlier warnings.")
    assert [(r[0], r[3]) for r in _rows(text, book)] == [("The Accra Sprint Club", "ghana-athletics-federation")]


def test_a_described_name_or_an_acronym_answers_for_the_party(book: Rulebook) -> None:
    # why: a speaker introduced with a descriptor ("Auto giant Vellmann AG") is the "Vellmann" a speaker accuses.
    text = ("Auto giant Vellmann AG admitted on Thursday that its software was faulty. Clean Air Now accused "
            "Vellmann of poisoning city air.")
    assert _checks(text, book) == [("Vellmann", "replied")]
    # why: the speaker "NLF" is the "Northern Liberation Front" the UN blames.
    text = ("The United Nations blamed the Northern Liberation Front for the attack. The NLF denied involvement "
            "and said government forces were responsible.")
    assert _checks(text, book) == [("the Northern Liberation Front", "replied")]


def test_a_pronoun_of_a_named_speaker_stands_for_that_speaker(book: Rulebook) -> None:
    # why: "It shows" after "the council has told us" is the council (or a misread report), never the councillor
    # accused in between: Harrow is not heard.
    text = ("For three years, the council has told us that the estate was safe. Councillor Jim Harrow covered up "
            "damp reports. It shows that the housing office ignored complaints.")
    assert ("Councillor Jim Harrow", "not-sought") in _checks(text, book)


def test_a_verdict_or_a_ban_charges_its_object_or_subject(book: Rulebook) -> None:
    # why: "a jury convicted X" states the crime as fact, as "X was convicted of" does; a doping ban does too.
    text = "A federal jury in Harrisburg convicted Gerald Pike on nine counts of wire fraud."
    assert _checks(text, book) == [("Gerald Pike", "not-sought")]
    text = "The Athletics Integrity Unit said Nigerian sprinter Blessing Okafor has been banned for four years."
    assert _checks(text, book) == [("Nigerian sprinter Blessing Okafor", "not-sought")]
    # why: "convicted felon" is a label, not the verdict's verb.
    assert _checks("Officers said the convicted felon left on Monday.", book) == []


def test_a_body_named_by_a_collective_noun_is_heard_through_a_member(book: Rulebook) -> None:
    # why: "ministers" are heard when a minister or secretary speaks; a shadow minister is no member.
    text = ("Labour said ministers had wasted public money. Health Secretary Matt Hancock said all rules had been "
            "followed.")
    assert _checks(text, book) == [("ministers", "replied")]
    text = ("Labour said ministers had wasted public money. Shadow health minister Fiona Blake said the rules were "
            "broken.")
    assert _checks(text, book) == [("ministers", "not-sought")]
    # why: in a headline a bare lower-case role ("accuses minister") is shorthand for the person the story names.
    assert _checks("Opposition accuses minister of misleading parliament\n\nThe vote is on Monday.\n", book) == []


def test_the_subject_before_an_apposition_or_a_participle_clause(book: Rulebook) -> None:
    # why: a finite verb after a name set off by commas has that name ("the treasurer, Graham Pell, concealed").
    text = "The commission published its ruling. Its treasurer, Graham Pell, knowingly concealed the spending."
    assert _checks(text, book) == [("Graham Pell", "not-sought")]
    # why: after "X, 52," the verb is X's.
    assert _checks("Police named Tom Hale on Monday. Hale, 52, stole the funds.", book) == [("Hale", "not-sought")]
    # why: a participle after a comma has the subject of the clause it follows.
    text = "Security forces fired tear gas at student protesters, killing three people, Amnesty International said."
    assert _checks(text, book) == [("Security forces", "not-sought")]
    assert _checks("The storm hit the coast, killing three people.", book) == []


def test_a_given_name_and_a_full_name_are_one_family(book: Rulebook) -> None:
    # why: "Dwight and Steven Hammond" share the surname: one party, heard when "the Hammonds" speak.
    text = ("Dwight and Steven Hammond were convicted of arson in 2012. The Hammonds said in a statement that they "
            "were innocent.")
    assert _checks(text, book) == [("Dwight and Steven Hammond", "replied")]
    # why: two bodies stay two parties.
    text = "Officials said Acme and Globex Corp covered up the leak."
    assert _checks(text, book) == [("Acme", "not-sought"), ("Globex Corp", "not-sought")]


def test_a_demonym_before_a_states_arms_names_the_state(book: Rulebook) -> None:
    # why: "a Russian missile strike on a market killed" charges Russia, heard through its Defence Ministry.
    text = ("Governor Oleh Syniehubov said a Russian missile strike on a crowded market killed 14 people. Russia's "
            "Defence Ministry said its forces had hit military targets.")
    assert _checks(text, book) == [("Russia", "replied")]
    # why: "a Russian man" is a person, no state; "armed men near the border town" are no one named.
    assert _checks("Officials said a Russian man stabbed two people.", book) == []
    assert _checks("The convoy was attacked by armed men near the border town of Ras Kamal, the UN said.", book) == []


def test_an_acronym_speaker_answers_before_punctuation(book: Rulebook) -> None:
    # why: "the Northern Liberation Front, a rebel group," is spelled out before a comma too.
    text = ("The UN blamed the Northern Liberation Front, a rebel group that controls the area. The NLF denied "
            "involvement.")
    assert _checks(text, book) == [("the Northern Liberation Front", "replied")]


def test_nominal_charges_and_their_possessors(book: Rulebook) -> None:
    # why: a plural possessive ("the trustees' negligence") names its possessor as "Clinton's" does.
    text = "“The trustees' negligence allowed this to happen,” a commission spokeswoman said."
    assert _checks(text, book) == [("The trustees", "not-sought")]
    # why: paying bribes, facing allegations and engaging in fraud are charges stated of their subject.
    assert _checks("Prosecutors said Acme Corp paid bribes to officials.", book) == [("Acme Corp", "not-sought")]
    text = "Acme Corp faces allegations of price fixing, the regulator said."
    assert _checks(text, book) == [("Acme Corp", "not-sought")]


def test_the_object_before_and_is_no_second_subject(book: Rulebook) -> None:
    # why: in "lied to the FBI and she lied", "the FBI" ends the first clause: it is not charged with lying.
    text = "Trump spoke on Friday. “Hillary Clinton lied to the FBI and she lied to the public,” Trump told a rally."
    assert [party for party, _ in _checks(text, book)] == ["Hillary Clinton"]


def test_an_outlet_that_asked_the_party_sought_its_reply(book: Rulebook) -> None:
    # why: "has contacted X for comment", "X has been approached for comment" say a reply was sought.
    for note in ("The Herald has contacted Acme for comment.", "Acme has been approached for comment.",
                 "The Herald sought comment from Acme on Monday."):
        text = f"Regulators said Acme Corp falsified records. {note}"
        assert _checks(text, book) == [("Acme Corp", "declined-or-no-response")], note


def test_a_plural_label_after_a_copula(book: Rulebook) -> None:
    # why: "X are crooks" takes no article; the label is said of the subject as in "X is a crook".
    assert _checks("“Acme Corp are crooks,” Jane Roe said.", book) == [("Acme Corp", "not-sought")]
    assert _checks("The problem is crooks, Jane Roe said.", book) == []


def test_an_epithet_is_no_part_of_the_name_and_a_time_word_may_be(book: Rulebook) -> None:
    # why: "Crooked Hillary" is Hillary with a charge before her name: one party with Hillary Clinton, who is heard.
    text = ("Hillary Clinton said she had made a mistake. “Crooked Hillary lied to the FBI,” Donald Trump told a "
            "rally.")
    assert _checks(text, book) == [("Hillary", "replied")]
    # why: "Now" is a time word but ends the name "Reform Now" after a charging verb.
    text = "The Electoral Commission fined the Reform Now campaign on Tuesday."
    assert _checks(text, book) == [("the Reform Now", "not-sought")]


def test_arrests_dismissals_and_being_caught_charge_their_subject(book: Rulebook) -> None:
    # why: a sanction or an investigation "over" a wrong, and "caught taking bribes", state the charge of the subject.
    for text in ("Tom Hale was detained over the theft.", "Tom Hale is under investigation over payments.",
                 "Tom Hale was sacked for gross misconduct.", "Tom Hale resigned after he was caught taking bribes."):
        assert _checks(text, book) == [("Tom Hale", "not-sought")], text
