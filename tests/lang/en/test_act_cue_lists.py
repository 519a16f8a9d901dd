"""(debt63) The closed word lists the English act readers consult are cues of the versioned lexicon
(`en_acts.yaml`, built from scripts/data/en_acts_additions.yaml), not sets spelt in code: a reader changes with its
list. Each row takes a word out of one list and shows the reader stops firing on our own sentence."""
from __future__ import annotations


import pytest

from readout.lang.act_lexicon import load_act_lexicon
from readout.lang.en.act_addressees import phrase_after
from readout.lang.en.act_characterize import after_time_phrase, stop
from readout.lang.en.act_conceded_charges import told_before
from readout.lang.en.act_matcher import matcher
from readout.lang.en.act_people_subjects import date_lead, reported_people_subject
from readout.lang.en.act_tokens import tokenize
from readout.lang.en.act_war_eras import same_clause


def without(cue: str, word: str):
    cues = matcher().cues
    return cues.replace(**{cue: getattr(cues, cue) - {word}})


def at(toks, word: str) -> int:
    return next(k for k, t in enumerate(toks) if t.low == word)


@pytest.mark.parametrize("text, opener", [
    ("In spite of the charges, Malta and Tunisia signed a fishing accord.", "in spite of"),
    ("Notwithstanding these accusations, Malta and Tunisia met in Valletta.", "notwithstanding"),
])
def test_concessive_openers(text, opener):
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.low in ("charges", "accusations"))
    assert told_before(toks, i, matcher().cues)
    assert not told_before(toks, i, without("concessive_openers", opener))


@pytest.mark.parametrize("text, word, fires", [
    ("Despite the charges, Malta and Tunisia met.", "the", True),
    ("Despite some charges, Malta and Tunisia met.", "some", False),  # no definite determiner: maybe new charges
])
def test_told_determiners(text, word, fires):
    toks = tokenize(text)
    assert told_before(toks, at(toks, "charges"), matcher().cues) is fires
    assert not told_before(toks, at(toks, "charges"), without("told_determiners", word))


def test_day_phrase_openers():
    toks = tokenize("Farmers on Monday blocked the roads.")
    assert date_lead(toks, 1, matcher().cues)
    assert not date_lead(toks, 1, without("day_phrase_openers", "on"))
    assert not date_lead(tokenize("Farmers on tractors blocked the roads."), 1, matcher().cues)  # no day word after


@pytest.mark.parametrize("text, cue, word", [
    ("Striking dock workers said on Friday they would block the port.", "reporter_pronouns", "they"),
    ("Striking dock workers said on Friday they would block the port.", "report_gap_words", "friday"),
    ("Striking dock workers said that they would block the port.", "report_gap_words", "that"),
])
def test_reported_people_subject(text, cue, word):
    toks = tokenize(text)
    i = at(toks, "block")
    assert reported_people_subject(toks, i, matcher().cues) is not None
    assert reported_people_subject(toks, i, without(cue, word)) is None


def test_relative_opener_bounds_a_war_era():
    toks = tokenize("Oslo thanked Canada, which sent nurses during the Korean War.")
    span = (at(toks, "during"), at(toks, "war"))
    assert not same_clause(toks, at(toks, "thanked"), span, matcher().cues)
    assert same_clause(toks, at(toks, "sent"), span, matcher().cues)  # the inner deed is the war's


def test_supported_phrase_stops():
    text = "Norway stood with its Nordic allies against the pressure."
    toks = tokenize(text)
    end = toks[at(toks, "with")].end
    span = phrase_after(toks, end, matcher().cues)
    assert text[span[0]:span[1]] == "its Nordic allies"
    span = phrase_after(toks, end, without("supported_phrase_stops", "against"))
    assert text[span[0]:span[1]] == "its Nordic allies against"


def test_characterized_complement_stops():
    toks = tokenize("called the drill a provocation and warned")
    n = at(toks, "and")
    assert stop(toks, n, matcher().cues)
    assert not stop(toks, n, without("characterized_complement_stops", "and"))


@pytest.mark.parametrize("cue, word", [("reporting_time_words", "on"), ("reporting_channel_words", "statement")])
def test_reporting_time_and_channel(cue, word):
    toks = tokenize("Oslo said in a statement on Sunday that Malta had broken the accord.")
    first = at(toks, "said") + 1
    assert after_time_phrase(toks, first, matcher().cues) == at(toks, "that")
    assert after_time_phrase(toks, first, without(cue, word)) == first


def test_joining_verbs_are_one_table_for_two_readers():
    """'joined', 'participated': one list (`gathering_joining_verbs`) read by both the attendance reader and the
    people's-protest reader; 'took' only by the latter ('took to the streets' is no gathering gone to), 'attended' and
    'addressed' only by the former (an official at a rally is no protester)."""
    cues, lex = matcher().cues, load_act_lexicon("en")
    shared = lex.cue("gathering_joining_verbs")
    assert {"joined", "participated"} <= shared
    assert shared <= cues.rally_attendance_verbs and shared <= cues.protest_joining_verbs
    assert "took" in cues.protest_joining_verbs and "took" not in cues.rally_attendance_verbs
    assert {"attended", "addressed"} <= cues.rally_attendance_verbs - cues.protest_joining_verbs
