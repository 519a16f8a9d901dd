"""acts60 (issue 13): a pronoun object of a verb of stopping ('froze it', 'suspended them') stands for the nearest
noun of aid, a tie, a deal, talks or assets before it, in its sentence or the one before, agreeing in number; the
verb's own entry then codes the stop (lang/en/pronoun_objects). Korean twins: '이를 동결했다' after the aid it stands
for. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, mode", [
    ("Finland pledged aid to Laos, but on Monday it suspended it.", "discontinue"),
    ("Finland pledged loans to Laos, but later froze them.", "discontinue"),
    ("Finland signed a trade agreement with Laos, but later suspended it.", "discontinue"),
    ("Finland signed a trade agreement with Laos in May. On Monday Finland suspended it.", "discontinue"),
    ("Finland holds Laotian assets worth millions. Finland froze them on Monday.", "discontinue"),
    ("Finland refused a request from Laos for loans, adding that it was withholding them until reforms were made.",
     "discontinue"),
    ("핀란드는 라오스에 대한 원조를 약속했지만 이후 이를 동결했다.", "discontinue"),
])
def test_a_pronoun_object_stops_what_it_stands_for(text, mode):
    found = [e for e in events(text) if e.type == "SANCTION"]
    assert found and found[0].mode == mode, [(e.type, e.mode) for e in events(text)]
    assert sides(text, "SANCTION")[0] == (["FIN"], ["LAO"])


@pytest.mark.parametrize("text", [
    "The army launched an offensive in the north of Laos. On Monday it halted it.",  # no noun of the class
    "Finland held talks with Laos in May. On Monday Finland halted it.",  # 'it' for no plural 'talks'
])
def test_no_antecedent_of_the_class_no_stop(text):
    assert not [e for e in events(text) if e.type == "SANCTION"], [(e.type, e.mode) for e in events(text)]


@pytest.mark.xfail(strict=True, reason="lang/ko: a '이를' object of a verb of stopping does not yet take its noun "
                                       "from the sentence before (find_acts' `before`, as lang/en/pronoun_objects)")
def test_korean_pronoun_of_the_sentence_before():
    text = "핀란드는 5월 라오스와 무역 협정을 체결했다. 핀란드는 월요일 이를 중단했다."
    assert [e for e in events(text) if e.type == "SANCTION"]
