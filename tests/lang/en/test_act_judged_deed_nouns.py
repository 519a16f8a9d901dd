"""Criticism of a deed named by a bare noun, and the deed's doer as the one criticised (critics49).

Classes: a reported clause whose subject is a deed noun and whose predicate judges it ('said the decision betrays
...', 'said the visit showed a lack of respect', 'said the planned visit amounted to "unacceptable pressure"'),
with a time or channel phrase before its 'that' ('said earlier this week that', 'wrote on X that') and a quoted
verb or complement; a naming verb with several quoted complements ('called the raid "an ... act" and "a flagrant
violation"'); feelings CAMEO 111 codes as disapproval said as the judge's state ('was alarmed by the raid', 'said it
was shocked by the killings'); the evaluative words CAMEO 111 gives (build_en_acts.cameo_judgements). The deed's doer
(act_recipients_told.answered_provocation, `deed_told`): a deed of the sentence just before, else the story's lead deed;
the people the judged deed was done to ('pressure on X', 'respect for X') are no recipient. Every sentence is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en.acts import find_acts
from tests.conftest import countries, events_of, need_shared

DAY = date(2025, 5, 6)


def accusations(sentence: str):
    return [h for h in find_acts(sentence) if h.type == "ACCUSE"]


@pytest.mark.parametrize("sentence, mode", [
    ("Chilean Foreign Minister Ana Lopez said the decision betrays the hopes of both peoples.", "disapprove"),
    ("Ana Lopez wrote on X that the move \"betrays\" the hopes of both peoples.", "disapprove"),
    ("The Vietnamese minister said the visit showed a lack of respect for the region.", "disapprove"),
    ("The president said earlier this week that the planned visit amounted to \"unacceptable pressure\" on Hanoi.",
     "disapprove"),
    ("The envoy said on Monday that the move was a provocation.", "disapprove"),
    ("The spokesman said the move was \"a betrayal\" of the constitution.", "disapprove"),
])
def test_a_judged_deed_noun_is_answered(sentence, mode):
    (hit,) = accusations(sentence)
    assert hit.mode == mode and hit.data.get("answers") and hit.data.get("deed_told")
    assert not hit.data.get("target_spans")


@pytest.mark.parametrize("sentence", [
    "UN Secretary-General Antonio Guterres was alarmed by the raid, his spokesperson said.",
    "The UN rights office said it was shocked by the killings and called for an inquiry.",
    "The African Union was deeply dismayed by the shelling of the camp.",
])
def test_a_feeling_of_disapproval_answers_the_deed(sentence):
    (hit,) = [h for h in accusations(sentence) if h.mode == "disapprove"]
    assert hit.data.get("answers") and hit.data.get("judged_kinds") == [("ASSAULT", None)]


@pytest.mark.parametrize("sentence", [
    "The minister said the report showed strong growth in exports.",  # no damning complement
    "The minister said the decision was welcome.",
    "The coach said the team showed a lot of spirit.",
])
def test_praise_and_plain_reports_accuse_no_one(sentence):
    assert accusations(sentence) == []


def test_the_decision_to_do_something_names_no_owner_in_its_infinitive():
    """'the decision to halt the EU process was "a betrayal"': the EU is what was halted, not whose decision it was."""
    sentence = "The spokesman said the decision to halt the EU process was \"a betrayal\" of the constitution."
    (hit,) = accusations(sentence)
    assert all("EU" not in sentence[a:b] for a, b in hit.data.get("target_spans", ()))


@pytest.mark.parametrize("text, actor, recipient", [
    ("Peru's government suspended talks with Chile on Monday. Chilean Foreign Minister Ana Lopez wrote on X that "
     "the move \"betrays\" the hopes of both peoples.", "CHL", "PER"),
    ("Peru's government suspended talks with Chile on Monday. Brazil's foreign minister said the decision was a "
     "mistake.", "BRA", "PER"),
    ("French Defence Minister Paul Girard will visit a military base in Chad on Friday.\n\nChadian Prime Minister Ali "
     "Haroun said earlier this week that the planned visit amounted to \"unacceptable pressure\" on Chad and "
     "Niger.", "TCD", "FRA"),
    ("Chinese Vice Premier Ding Xuexiang accused Vietnam on Friday of failing to protect its islands, as he made a "
     "short visit to a naval base in Laos.\n\nHours later, Laos's parties agreed on a coalition government. "
     "Laotian Prime Minister Khamla Vongsa said the visit showed a lack of respect for the Laotian people.",
     "LAO", "CHN"),
    ("Police in Bolivia stormed the Argentine embassy in La Paz on Friday. Chilean President Pablo Rojas called the "
     "raid \"an authoritarian act\" and \"a flagrant violation of international law\".", "CHL", "BOL"),
    ("Police in Kenya fired on protesters in Nairobi on Tuesday. The UN rights office said it was shocked by the "
     "killings.", "UNO", "KEN"),
])
def test_the_doer_of_the_judged_deed_is_accused(text, actor, recipient):
    found = [e for e in events_of(extract_text(text, published=DAY), "ACCUSE")
             if actor in countries(e.participants)]
    assert found and countries(found[0].recipients) == {recipient}


def test_cameo_111_gives_the_evaluative_words():
    """The build reads CAMEO 111's complements of naming and objects of voicing ('SLAM * (AS UNACCEPTABLE)', 'DISMISS *
    (AS FABRICATION)', 'CALL * ILLEGITIMATE', 'VOICE * DISMAY', 'EXPRESS * REVULSION'), not the objects of its
    verbs of attacking ('BLAST * PRESIDENT' names whom, not how)."""
    import sys

    from tests.conftest import ROOT
    sys.path.insert(0, str(ROOT / "scripts" / "data"))
    from build_en_acts import cameo_judgements
    from cameo_dict import read_dictionary

    source = need_shared("data", "open-event-data")
    _synsets, blocks = read_dictionary(source / "CAMEO.2.0.txt")
    spec = {"naming_verbs": ["SLAM", "DISMISS", "CALL"], "complement_verbs": ["CALL"],
            "voicing_verbs": ["VOICE", "EXPRESS"]}
    words = cameo_judgements(blocks, spec)
    assert {"unacceptable", "illegitimate"} <= set(words["accusing_adjectives"])
    assert "fabrication" in words["accusing_nouns"] and "president" not in words["accusing_nouns"]
    assert {"dismay", "revulsion"} <= set(words["feeling_objects"])
