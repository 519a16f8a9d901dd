"""(ennoun46, issue 15) A noun act whose announcing verb is negated ('did not announce the expulsion of X's
diplomats', 'has never ordered a halt of aid to X') or inside a plan that is denied ('denied plans for the expulsion
of') is not done: negated, no event (lang/en/act_unannounced, cues announcing_verbs, plan_denying_verbs, plan_nouns).
Korean reads '추방을 발표하지 않았다' and '추방 계획을 부인했다' with no sanction already. Negatives: the
announcement affirmed, 'not only announced', or a negation outside the verb's words. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

UNDONE = [  # no SANCTION at all
    "Norway did not announce the expulsion of two Moldovan envoys after the dispute.",
    "Canada has never ordered a halt of aid to Bolivia, its minister told reporters.",
    "Japan didn't announce fresh sanctions on Myanmar at the Thursday briefing.",
    "Austria denied plans for the expulsion of Serbian diplomats during the winter.",
    "Sweden denied any plans for new sanctions against Belarus on Friday.",
    "노르웨이는 분쟁 이후 몰도바 외교관 두 명의 추방을 발표하지 않았다.",
    "오스트리아는 겨울 동안 세르비아 외교관 추방 계획을 부인했다.",
]


@pytest.mark.parametrize("text", UNDONE)
def test_an_unannounced_or_denied_noun_act_is_not_done(extract, text):
    assert_act(events_of(extract(text)), "SANCTION", set(), None, None)


DONE = [  # (sentence, SANCTION actors, recipients): the announcement affirmed
    ("Norway announced the expulsion of two Moldovan envoys after the dispute.", {"NOR"}, {"MDA"}),
    ("Japan not only announced the expulsion of Burmese envoys but also shut its consulate.", {"JPN"}, {"MMR"}),
    ("Austria did not wait long and announced the expulsion of Serbian diplomats.", {"AUT"}, {"SRB"}),
    ("노르웨이는 분쟁 이후 몰도바 외교관 두 명의 추방을 발표했다.", {"NOR"}, {"MDA"}),
]


@pytest.mark.parametrize("text, actors, recipients", DONE)
def test_an_announced_noun_act_stays_done(extract, text, actors, recipients):
    assert_act(events_of(extract(text)), "SANCTION", actors, recipients, "occurred")
