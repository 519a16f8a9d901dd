"""(debt64) More closed word lists of the English act readers moved from code into the versioned lexicon's cues
(scripts/data/en_acts_additions.yaml -> en_acts.yaml): the words that name no side as a reported clause's subject,
a quoted judgement's pronoun subjects, the prepositions before a modifying name, and the particles and reflexives
after a naming verb. Each row takes one word out of its list and shows the reading change on our own sentence."""
from __future__ import annotations


import pytest

from readout.lang.en.act_allegations import evidence_allegations
from readout.lang.en.act_antecedents import antecedent
from readout.lang.en.act_characterize import named_as
from readout.lang.en.act_judged import charged_support
from readout.lang.en.act_matcher import matcher
from readout.lang.en.act_quoted_verdicts import quoted_verdicts
from readout.lang.en.act_tokens import tokenize
from readout.lang.en.acts import find_acts


def without(cue: str, word: str):
    cues = matcher().cues
    return cues.replace(**{cue: getattr(cues, cue) - {word}})


def at(toks, word: str) -> int:
    return next(k for k, t in enumerate(toks) if t.low == word)


def allegations(text: str, cues) -> list[str]:
    hits = [h for h in find_acts(text) if h.type != "ACCUSE"]
    return [h.type for h in evidence_allegations(tokenize(text), hits, cues)]


@pytest.mark.parametrize("text, word", [
    ("Peru claimed that there were Chilean soldiers who attacked the border post.", "there"),
    ("Peru claimed that this attack on the border post was carried out by Chilean troops.", "this"),
])
def test_empty_subjects(text, word):
    assert allegations(text, matcher().cues) == []  # the clause's subject names no side
    assert allegations(text, without("empty_subjects", word)) == ["ACCUSE"]


def test_empty_subjects_negative():
    text = "Peru claimed that these Chilean troops attacked the border post."  # a side named: alleged
    assert allegations(text, matcher().cues) == ["ACCUSE"]


@pytest.mark.parametrize("text, fires", [
    ('"This is a reckless provocation," the Chilean foreign minister said.', False),  # the pronoun names no deed
    ('"The drills are a reckless provocation," the Chilean foreign minister said.', True),
])
def test_pronoun_subjects(text, fires):
    toks = tokenize(text)
    assert bool(quoted_verdicts(toks, [], matcher().cues)) is fires
    assert quoted_verdicts(toks, [], without("pronoun_subjects", "this"))


@pytest.mark.parametrize("text, span", [
    ("The war in Moldova, which destroyed two towns, ended.", None),  # Moldova modifies 'war'
    ("Moldova, which destroyed two towns, protested.", (0, 7)),
])
def test_modifying_prepositions(text, span):
    toks = tokenize(text)
    i = at(toks, "destroyed")
    assert antecedent(toks, i, matcher().cues) == span
    assert antecedent(toks, i, without("modifying_prepositions", "in")) is not None


@pytest.mark.parametrize("text", [
    "Peru called itself a victim of aggression.",  # the speaker names itself: no judged object
    "Peru called off the vote as a sham.",  # 'call off': another verb
])
def test_naming_other_senses(text):
    toks = tokenize(text)
    i = at(toks, "called")
    assert named_as(toks, i, matcher().cues) is None
    assert named_as(toks, i, without("naming_other_senses", toks[i + 1].low)) is not None


def test_naming_other_senses_negative():
    toks = tokenize("Peru called the vote a sham.")
    assert named_as(toks, at(toks, "called"), matcher().cues).type == "ACCUSE"


# (accuse66) 'criticized X for backing the rebels' left this table: a support after 'for' is the criticism's ground,
# dropped before this reader (lang/en/act_frames.WORDED_TYPES; tests/lang/en/test_act_condemned_grounds.py)
@pytest.mark.parametrize("text, word", [
    ("Kenya condemned the decision to support the rebels.", "to"),
])
def test_charged_phrase_openers(text, word):
    toks, hits = tokenize(text), find_acts(text)
    assert [h.type for h in charged_support(toks, hits, matcher().cues)] == ["ACCUSE", "SUPPORT"]
    assert [h.type for h in charged_support(toks, hits, without("charged_phrase_openers", word))] == ["ACCUSE"]


def test_charged_phrase_openers_negative():
    text = "Kenya condemned Ethiopia's backing of the rebels."  # the backing is the condemned object: no SUPPORT
    assert [h.type for h in find_acts(text)] == ["ACCUSE"]
