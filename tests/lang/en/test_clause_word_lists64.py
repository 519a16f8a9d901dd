"""(debt64) The words of two English clause patterns live in the lexicon (en.yaml), not in a regex in code: the
adverbs between a relative 'who' and its own verb ('X, who later urged Y': the act is X's), and the measure nouns
and prepositions that make a name after them the one judged ('sanctions on two firms for supplying'). Each row
takes one word out of its list and shows the reading change on our own sentence."""
from __future__ import annotations

import pytest

from readout.kb.loader import lexicon
from readout.lang.base import Trigger
from readout.lang.en import clauses, name_role_cues


def trigger(text: str, word: str) -> Trigger:
    start = text.index(word)
    return Trigger(start, start + len(word), word)


def role(text: str, name: str, word: str) -> str:
    start = text.index(name)
    return clauses.name_role(text, start, start + len(name), trigger(text, word))


@pytest.fixture
def without(monkeypatch):
    """Take `word` out of the lexicon list `key` for one test, and rebuild the patterns made from it."""
    def take(key: str, word: str) -> None:
        monkeypatch.setitem(lexicon("en").raw, key, [w for w in lexicon("en")[key] if w != word])
        clauses.who_then_verb_re.cache_clear()
        name_role_cues.judged_object_preposition_re.cache_clear()
    yield take
    monkeypatch.undo()
    clauses.who_then_verb_re.cache_clear()
    name_role_cues.judged_object_preposition_re.cache_clear()


@pytest.mark.parametrize("text, adverb", [
    ("Peru spoke with Ruiz Ortega, who later urged Chile to reopen the border.", "later"),
    ("Peru spoke with Ruiz Ortega, who again urged Chile to reopen the border.", "again"),
])
def test_relative_clause_adverbs(text, adverb, without):
    assert role(text, "Ruiz Ortega", "urged") == "subject"
    without("relative_clause_adverbs", adverb)
    assert role(text, "Ruiz Ortega", "urged") != "subject"


def test_relative_clause_trait_is_no_subject():
    text = "Peru spoke with Ruiz Ortega, who has urged Chile to reopen the border."  # a perfect: a trait
    assert role(text, "Ruiz Ortega", "urged") != "subject"


@pytest.mark.parametrize("text, key, word", [
    ("Canada imposed sanctions on Freedonia for supplying drones to the rebels.", "judged_measure_nouns",
     "sanctions"),
    ("Canada imposed penalties on Freedonia for supplying drones to the rebels.", "judged_measure_nouns",
     "penalties"),
    ("Canada imposed tariffs against Freedonia for supplying drones to the rebels.",
     "judged_measure_prepositions", "against"),
])
def test_judged_measure_words(text, key, word, without):
    assert name_role_cues.judged_gerund_actor(text, trigger(text, "supplying")) is not None
    without(key, word)
    assert name_role_cues.judged_gerund_actor(text, trigger(text, "supplying")) is None


def test_place_before_judged_gerund_is_no_judged_side():
    text = "A tourist was detained in Freedonia for spying."  # a place, not the one judged
    assert name_role_cues.judged_gerund_actor(text, trigger(text, "spying")) is None
