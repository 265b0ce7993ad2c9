"""Cue, source and content finding on the constructions real news uses."""

from __future__ import annotations

import pytest

from provenance import annotate
from tests.core.attribution.found import found as _found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("“It is an insult,” Rep. Gwen Moore (D-Wis.) said Friday.", "said", "Rep. Gwen Moore"),
        ("“This is a disgusting day,” said Rep. G.K. Butterfield.", "said", "Rep. G.K. Butterfield"),
        ("Trump refused to pay an architect who said he was stiffed.", "said", "who"),
        ("Several cast members said Trump had been rude to them.", "said", "Several cast members"),
        ("Human rights groups warned that the reforms were incomplete.", "warned", "Human rights groups"),
        ("“It is small,” wrote Cameron Easley for Morning Consult.", "wrote", "Cameron Easley for Morning Consult"),
        ("Cruz has long said that he qualifies as a natural-born citizen.", "said", "Cruz"),
        ("A new poll shows that the race is tightening.", "shows", "A new poll"),
        ("Trump wants a wall on the southern border.", "wants", "Trump"),
        ("''If we go to war, we have rifles,'' Mr. Rubio said.", "said", "Mr. Rubio"),
        ("The latest Reuters/Ipsos poll showed Trump leading the field.", "showed", "The latest Reuters/Ipsos poll"),
        ("Exit polling shows that Clinton won every group.", "shows", "Exit polling"),
        ("Mr. Putin vehemently opposed the agreement.", "opposed", "Mr. Putin"),
        ("Trump is confident that he will win Florida.", "confident", "Trump"),
        ("Of the voters polled, 14 percent said they would switch.", "said", "14 percent"),
        ("The former secretary of state said the plan failed.", "said", "The former secretary of state"),
        ("Sen. Dianne Feinstein last week said Clinton was wrong.", "said", "Sen. Dianne Feinstein"),
        ("Sen. Dianne Feinstein (D-Calif.) last week said Clinton was wrong.", "said", "Sen. Dianne Feinstein"),
        ("Hillary Clinton on Tuesday said that the vote was unfair.", "said", "Hillary Clinton"),
        ("Kerry in 2015 said that 100,000 would be accepted.", "said", "Kerry"),
        ("The GOP front-runner said Clinton caused tremendous death.", "said", "The GOP front-runner"),
        ("A Clinton ally said the plan failed.", "said", "A Clinton ally"),
        ("She was leading, according to complete but unofficial returns.", "according to", "complete"),
        ("He left after, according to him, Mexico censured his show.", "according to", "him"),
        ("In a CNN poll released Monday, 50 percent backed Trump.", "In", "a CNN poll"),
        ("Clinton held a lead among black voters in a CNN national poll.", "in", "a CNN national poll"),
        ("“We raised $44 million,” Jeff Weaver, Sanders’ campaign manager, said.", "said", "Jeff Weaver"),
        ("Bernie Sanders, who on Tuesday endorsed Clinton, said he agrees.", "said", "Bernie Sanders"),
        ("Bush, Florida’s former governor, also attacked Donald Trump.", "attacked", "Bush"),
        ("Trump, the Republican candidate, has said there should be a ban.", "said", "Trump"),
    ],
)
def test_cue_and_source(text: str, cue: str, source: str) -> None:
    assert (cue, source) in [(c, s) for c, s, _ in _found(text)]


def test_passive_expectation_is_a_cue_without_a_source() -> None:
    doc = annotate("Clinton spoke on Monday. Trump is expected to win the primary.")
    expected = next(a for a in doc.attributions if a.cue is not None and a.cue.text == "is expected")
    assert expected.source is None and expected.speaker is None  # not inherited from Clinton
    assert expected.content is not None and expected.content.text == "to win the primary"


def test_opening_question_ends_at_the_comma() -> None:
    found = _found("Asked whether he would back Trump, Rubio said he would.")
    assert ("Asked", "", "whether he would back Trump") in found


def test_participle_after_a_preposition_takes_the_subject() -> None:
    found = _found("Justice Clarence Thomas broke his silence by asking questions from the bench.")
    assert ("asking", "Justice Clarence Thomas", "questions from the bench") in found


def test_relative_pronoun_speaker_is_the_antecedent() -> None:
    doc = annotate("Trump refused to pay an architect who said he was stiffed.")
    said = next(a for a in doc.attributions if a.cue is not None and a.cue.text == "said")
    speaker = doc.speaker(said.speaker)
    assert speaker is not None and speaker.name == "architect"


def test_coordinated_verb_shares_the_subject() -> None:
    found = _found("Merrill says Machado promised to keep campaigning and said she would stand up to the attacks.")
    assert [c for c, _, _ in found] == ["says", "promised", "said"]
    assert found[-1][2] == "she would stand up to the attacks"


@pytest.mark.parametrize(
    "text",
    [
        "The United States led the negotiations.",  # capital "States" is a name
        "Trump's tax plan would cut rates for the rich.",  # a noun after a possessive
        "Clinton used a private email server as secretary of state.",  # "email" modifies a noun
        "The militiamen were attacked by the coalition's aircraft.",  # a passive: not the speaker
        "The weather was fine on Thursday.",
        "It was a politically charged visit to the border.",  # an adverb in -ly is no speaker
        "The fast-evolving thinking of the party is new.",  # nor is a hyphenated adjective
        "Clinton campaigned in Iowa before the polls closed.",  # "in" is a cue only before a poll
    ],
)
def test_no_attribution(text: str) -> None:
    assert _found(text) == []


def test_title_case_headline_verb_counts() -> None:
    found = _found("Obama Says Museum Will Tell of Suffering\n\nThe museum opened on Saturday.")
    assert found[0][:2] == ("Says", "Obama")


def test_headline_colon_names_the_source() -> None:
    found = _found("Pence: Flowers Won't Be at Debate\n\nThe debate is on Monday.")
    assert found[0] == (": ", "Pence", "Flowers Won't Be at Debate")
    # A clause before the colon is a kicker, not a speaker.
    found = _found("Fix Is In: Clinton Camp Plans Convention Coup\n\nThe campaign met on Monday.")
    assert [source for _, source, _ in found] == ["Clinton Camp"]  # the camp plans; "Fix Is In" says nothing


def test_title_case_noun_form_is_not_a_cue() -> None:
    assert _found("US Attack Against Militias\n\nThe attack came at night.") == []


def test_role_then_name_in_commas_is_a_named_person() -> None:
    doc = annotate("The city's finance director, Marcia Banks, said the budget was balanced.")
    assert [(s.name, s.anonymous) for s in doc.speakers] == [("Marcia Banks", False)]
    assert not [f for f in doc.findings if f.category == "anonymous-source"]


def test_a_view_inside_reported_speech_is_part_of_it() -> None:
    found = _found("Clinton said she thinks America is strongest when people work together.")
    assert [c for c, _, _ in found] == ["said"]


def test_nested_speech_verbs_stay() -> None:
    found = _found("The senator said the minister told him the deal was off.")
    assert [c for c, _, _ in found] == ["said", "told"]


def test_according_to_reads_a_noun_phrase() -> None:
    found = _found("According to conservative talk radio host Rush Limbaugh, the move reeks of panic.")
    assert found[0][:2] == ("According to", "conservative talk radio host Rush Limbaugh")


def test_title_case_verb_before_a_period() -> None:
    found = _found("Trump Could Address Clean Energy, Lindsey Graham Says.\n\nThe senator spoke on Sunday.")
    assert found[0] == ("Says", "Lindsey Graham", "Trump Could Address Clean Energy")


def test_a_quantifier_alone_is_a_vague_source() -> None:
    doc = annotate("But some note that the plan has no funding.")
    assert [(s.name, s.anonymous) for s in doc.speakers] == [("some", True)]


def test_coordinated_verb_without_an_earlier_cue_takes_the_sentence_subject() -> None:
    found = _found("Cruz exhorted Republicans to vote their conscience and said he was standing on principle.")
    assert found == [("said", "Cruz", "he was standing on principle")]


def test_noun_form_followed_by_punctuation_is_a_noun() -> None:
    assert _found("In the wake of the New York Times report, Trump portrayed himself as shrewd.")[0][0] == "portrayed"


def test_a_sentence_opener_is_not_a_speaker() -> None:
    doc = annotate("Speaking to reporters on Friday, promising to win, the crowd cheered.")
    assert "Speaking" not in [s.name for s in doc.speakers]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“No deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in an interview.", "Rep. Jim Jordan"),
        ("“We will not stop,” Quina Jones, 25, said as she marched.", "Quina Jones"),
    ],
)
def test_name_before_an_appositive(text: str, source: str) -> None:
    assert _found(text)[0][:2] == ("said", source)


def test_a_paper_reports_at_the_end_of_its_sentence() -> None:
    found = _found("Bonuses were high, The Wall Street Journal reports.")
    assert found[0][:2] == ("reports", "The Wall Street Journal")


def test_a_passive_with_a_named_agent_credits_the_agent() -> None:
    found = _found("The registration issue was first reported by The Washington Post.")
    assert found == [("was first reported", "The Washington Post", "The registration issue")]


def test_said_at_the_head_of_a_sentence() -> None:
    found = _found("Said Ellis: “I don’t get the sense she is interested.”")
    assert found[0][:2] == ("Said", "Ellis")


def test_an_outlet_whose_name_ends_in_a_verb_form() -> None:
    assert _found("The Washington Post reported that the plan failed.")[0][:2] == ("reported", "The Washington Post")


def test_a_verb_between_the_commas_closes_its_own_clause() -> None:
    # "criticized" makes "Trump, a businessman, criticized Clinton," a clause, so "said" has no subject there.
    found = _found("Trump, a businessman, criticized Clinton, said to be ahead in Ohio.")
    assert [c for c, _, _ in found] == ["criticized"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The New York Post reports that Trump lost the vote.", "New York Post", "outlet"),
        ("In the book she wrote, Clinton says it failed.", "Clinton", "person"),
        ("Schlafly’s Final Column: Why She Sees Trump\n\nThe column ran.", "Schlafly’s Final Column", "document"),
    ],
)
def test_speaker_kinds(text: str, name: str, kind: str) -> None:
    speakers = [(s.name, s.kind.value) for s in annotate(text).speakers]
    assert (name, kind) in speakers
    assert not any(n.startswith("book") for n, _ in speakers)  # "the book she wrote" names no speaker "book she"


def test_a_coordinated_cue_gets_its_own_content() -> None:
    found = _found("He congratulated her on her victory and praised her effort.")
    assert [(c, t) for c, _, t in found] == [("congratulated", "her on her victory"), ("praised", "her effort")]


def test_a_coordinated_noun_form_does_not_end_the_clause() -> None:
    # "and support": a form that is also a noun does not open a second cue, so the content runs on.
    found = _found("Trump said he wants lower taxes and support for veterans.")
    assert found[0][2] == "he wants lower taxes and support for veterans"


@pytest.mark.parametrize(
    "text",
    [
        "The Democratic race now moves to Western states this week.",
        "The delegate lead for Clinton continues to grow.",
        "The ad ran with additional reporting by Jim Finkle.",
    ],
)
def test_forms_that_are_mostly_other_words_are_not_cues(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Twenty-four percent said they were more likely to vote for him.", "Twenty-four percent"),
        ("Nearly half said they prefer someone with experience.", "Nearly half"),
        ("A majority said they want a change.", "A majority"),
    ],
)
def test_a_spelled_out_count_is_a_group_of_speakers(text: str, source: str) -> None:
    assert _found(text)[0][:2] == ("said", source)


@pytest.mark.parametrize(
    "text",
    ["Trump leads by nine percentage points in Ohio.", "It was a turning point in the race."],
)
def test_point_as_a_noun_is_no_cue(text: str) -> None:
    assert _found(text) == []


def test_point_out_is_a_verb_after_a_plain_noun() -> None:
    found = _found("Labor leaders point out that Trump could draw votes.")
    assert found[0][:2] == ("point out", "Labor leaders")


def test_a_time_word_before_the_determiner_is_not_part_of_the_source() -> None:
    doc = annotate("On Monday the White House said the plan failed.")
    assert [a.source.text for a in doc.attributions if a.source] == ["the White House"]


def test_a_quotation_closed_by_a_mistyped_mark_still_leads_to_its_cue() -> None:
    assert _found("“It's unusual,“ said Larry Noble, an attorney.")[0][:2] == ("said", "Larry Noble")
    assert _found('“We’re going to build a wall," he said. "It’s going to be built.”')[0][:2] == ("said", "he")


@pytest.mark.parametrize(
    "text",
    [
        "Carson appeared on Sunday interview shows amid the reports.",
        "Warren appeared with Rachel Maddow on Thursday.",
        "The front-runner found herself in a tight race in Iowa.",
        "Costa reported from Washington.",
        "Clinton maintains a wide lead over Sanders among black voters.",
        "Clinton won the primary in North Carolina, adding to her run of victories in the South.",
        "Dean Baker works at a liberal think tank in Washington.",
        "Sanders found a receptive audience in New Hampshire.",
        "Clinton holds a large lead in pledged delegates over Sanders.",
        "Officials are reviewing all of the visas issued in the past two years.",
    ],
)
def test_a_next_word_shows_a_sense_that_reports_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Sanders appeared to dismiss the email issue in October.", "appeared"),
        ("The inspector general found that Mills tasked a member of her staff.", "found"),
        ("The campaign has long maintained they were not marked classified.", "maintained"),
        ("The Times reported that the meeting was canceled.", "reported"),
        ("Trump added that the wall would be paid for by Mexico.", "added"),
        ("The State Department said it found no evidence that the document was sent.", "found"),
    ],
)
def test_the_reporting_sense_stays_a_cue(text: str, cue: str) -> None:
    assert cue in [c for c, _, _ in _found(text)]
