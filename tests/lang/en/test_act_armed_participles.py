"""(enfollow66) The plain past of a transfer verb is the act ('Chile armed the rebels': the lexicon listed only 'arm,
arming'); the participle that is no predicate gives no one anything: 'armed with rifles', 'armed itself' (void
entries), and a participle after an adverb of degree before a noun, 'heavily armed troops', 'a fully funded
programme', and one opening the sentence, 'Armed police beat' (act_degree_participles). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("sentence, side", [
    ("Uruguay armed the Paraguayan rebels.", (["URY"], ["PRY"])),
    ("Uruguay secretly armed the Paraguayan rebels for years.", (["URY"], ["PRY"])),
    ("Ecuador is arming the Colombian rebels.", (["ECU"], ["COL"])),
    ("우루과이는 파라과이 반군을 무장시켰다.", (["URY"], ["PRY"])),
])
def test_arming_is_military_aid(sentence, side):
    assert sides(sentence, "AID") == [side]


@pytest.mark.parametrize("sentence", [
    "Gunmen armed with rifles attacked a Paraguayan border post.",
    "Uruguay armed itself against Paraguay.",
    "Uruguay deployed heavily armed troops near Paraguay.",
    "Ecuador launched a fully funded training programme in Colombia.",
    "Armed rebels attacked a Paraguayan town.",
    "Armed Paraguayan police beat protesters near the palace.",  # an opening participle: the beating stays
    "중무장한 파라과이 병력이 우루과이 국경 인근에 배치됐다.",
])
def test_no_arms_given(sentence):
    assert sides(sentence, "AID") == []


def test_an_opening_participle_leaves_the_verb_after_it():
    assert [e.type for e in events("Armed Paraguayan police beat protesters near the palace.")
            if e.type in ("AID", "ASSAULT")] == ["ASSAULT"]
