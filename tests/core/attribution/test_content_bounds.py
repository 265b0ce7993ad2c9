"""Where a cue's content ends when the sentence goes on to another speaker, and participles and colons."""

from __future__ import annotations

from provenance import annotate
from tests.core.attribution.found import found as _found


def test_content_ends_before_a_joined_clause_with_its_own_speaker() -> None:
    found = _found("He admits that conservatives have a point, but ultimately Prager thinks their logic is flawed.")
    assert ("admits", "He", "conservatives have a point") in found
    assert ("thinks", "Prager", "their logic is flawed") in found


def test_a_semicolon_clause_with_a_new_speaker_ends_the_content() -> None:
    found = _found("Clinton said the deal was good; Trump believes it is a disaster.")
    assert ("said", "Clinton", "the deal was good") in found
    assert ("believes", "Trump", "it is a disaster") in found


def test_a_belief_inside_reported_speech_without_a_clause_join_stays_inside() -> None:
    found = _found("Clinton said she thinks America is strongest when united.")
    assert [c for c, _, _ in found] == ["said"]
    assert found[0][2] == "she thinks America is strongest when united"


def test_a_long_phrase_after_the_join_is_not_read_as_a_new_clause() -> None:
    # Many words between "and" and the later subject: no clean clause start, the content is left whole.
    found = _found("Smith said the plan failed, and after a long and bitter fight in the house Jones thinks so too.")
    said = next(content for cue, _, content in found if cue == "said")
    assert said.endswith("Jones thinks so too")


def test_a_participle_after_a_comma_inside_a_closing_quotation_mark() -> None:
    found = _found("Pence blamed the media for the claim that Obama “founded ISIS,” saying they were nitpicking.")
    assert ("saying", "", "they were nitpicking") in found


def test_a_fronted_participle_clause_is_spoken_by_the_main_clause_subject() -> None:
    found = _found("Noting that the media was hostile, Schlafly put her finger on the problem.")
    assert ("Noting", "Schlafly", "the media was hostile") in found
    found = _found("Responding to Trump's remarks, Clinton wrote a long post.")
    assert ("Responding", "Clinton", "to Trump's remarks") in found


def test_a_fronted_participle_needs_a_named_main_clause_subject() -> None:
    # "the" opens no name: nothing the lexicon can read as a speaker follows the comma.
    assert [c for c, _, _ in _found("Citing the attack, the rally was canceled.")] == []


def test_a_progressive_after_an_appositive_is_a_finite_cue() -> None:
    found = _found("Ted Cruz, who won Oklahoma and Texas, is calling for his rivals to drop out.")
    assert ("calling", "Ted Cruz", "for his rivals to drop out") in found


def test_a_bare_participle_after_an_appositive_stays_a_participle() -> None:
    # No auxiliary: "speaking" is the appositive's own participle, not the sentence's finite cue.
    assert _found("Marco Rubio, speaking at a rally in Iowa.") == []


def test_a_colon_cue_closing_its_paragraph_takes_the_next_paragraph() -> None:
    text = 'Dr. Ward stated:\n\n"The department has lost its way."\n\nThe suit was filed Monday.'
    doc = annotate(text)
    assert [(a.cue.text if a.cue else "", a.content.text if a.content else "") for a in doc.attributions] == [
        ("stated", "The department has lost its way.")
    ]  # one attribution: the quote-only paragraph is no continuation as well
    found = _found("Hewitt writes:\n\nThe movie mentions neither Obama nor Clinton.")
    assert ("writes", "Hewitt", "The movie mentions neither Obama nor Clinton.") in found


def test_a_colon_cue_with_nothing_after_it_has_no_content() -> None:
    assert [c for c, _, _ in _found("The crowd chanted. Dr. Ward stated:")] == []


def test_a_comma_inside_unpaired_quotation_marks_ends_the_clause_before_the_cue() -> None:
    found = _found("What would he reboot?\n\n'''College Bowl,''' he replied.")
    assert ("replied", "he", "College Bowl") in found


def test_a_document_verb_before_a_complement_clause_is_a_cue_whatever_its_subject() -> None:
    found = _found("Photos showed that mourners crouched over the bodies.")
    assert ("showed", "Photos", "mourners crouched over the bodies") in found


def test_a_document_verb_with_an_object_and_no_document_subject_is_no_cue() -> None:
    assert _found("Clinton showed her record to the crowd.") == []


def test_a_participle_after_a_main_clause_opened_by_an_adverbial_takes_its_subject() -> None:
    found = _found("On Tuesday, Sanders went further, endorsing eight state candidates.")
    assert ("endorsing", "Sanders", "eight state candidates") in found
    found = _found("Later in the day, she escalated her attacks, criticizing him for his votes.")
    assert ("criticizing", "she", "him for his votes") in found


def test_a_participle_with_no_readable_subject_before_it_is_no_cue() -> None:
    assert _found("In the end, the result was close, leaving everyone waiting.") == []


def test_in_and_upon_lead_into_a_participle_cue() -> None:
    found = _found("Clinton was wrong in saying that the law had failed.")
    assert ("saying", "Clinton", "the law had failed") in found
    found = _found("Silverman drew boos upon saying that Clinton had listened.")
    assert ("saying", "Silverman", "Clinton had listened") in found


def test_a_cue_in_a_fronted_subordinate_clause_ends_at_the_main_clause() -> None:
    found = _found("While she says she will not vote for Mr. Trump, she applauds his message on trade.")
    assert ("says", "she", "she will not vote for Mr. Trump") in found
    assert ("applauds", "she", "his message on trade") in found


def test_a_cue_in_a_relative_clause_ends_before_the_main_verb() -> None:
    found = _found("Sanders, who had said he would debate the front-runner, criticized Clinton on two fronts.")
    assert ("said", "who", "he would debate the front-runner") in found
    assert ("criticized", "Sanders", "Clinton on two fronts") in found


def test_a_bare_comma_in_reported_speech_without_a_fronted_clause_does_not_cut() -> None:
    found = _found("Smith said the plan failed, Jones thinks.")
    said = next(content for cue, _, content in found if cue == "said")
    assert said.startswith("the plan failed")
