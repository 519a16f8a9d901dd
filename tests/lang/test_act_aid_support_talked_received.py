"""Help and backing: as the topic of talks, as received, and the voice after a sentence connective (support59).

Classes found in the open batches art38a..art41a, tested on sentences we wrote (invented situations and people):
1. help or backing that talks are about ('held talks on food assistance', 'met for discussions about military support',
   '식량 지원 방안을 논의했다', '인도적 지원을 협의했다') is the meeting's topic, no AID given nor SUPPORT voiced (act_stances
   .talk_topics, act_nominals.discussed_topic); help sent or given stays AID (negatives).
2. backing a side says it received ('said it had received strong support from X') is X's SUPPORT of the side, not the
   receiver's of X (act_noun_agents.received_aid, as for aid received); Korean '페루로부터 지지를 받았다' reads so already.
3. a statement opening on a sentence connective ('Meanwhile, the X government said ...') is still a voice the next
   sentence's bare 'The government' goes on with (opening_voice_re).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 5, 6)


def read(text: str):
    return events_of(extract_text(text, published=DAY))


# 1. help or backing as the topic of talks
@pytest.mark.parametrize("text", [
    "Officials from Norway and Kenya held talks on food assistance for drought victims.",
    "Kenyan and Norwegian envoys met for discussions about military support for Somalia.",
    "The Malian and Nigerien defence chiefs held consultations on logistical support for border patrols.",
    "노르웨이 외교장관은 케냐 대통령과 만나 가뭄 피해 주민에 대한 식량 지원 방안을 논의했다.",
    "노르웨이와 케냐 양국 장관은 이날 회담에서 인도적 지원을 협의했다.",
])
def test_help_talked_over_is_no_aid(text):
    events = read(text)
    assert not [e for e in events if e.type in ("AID", "SUPPORT")], [(e.type, e.status) for e in events]


@pytest.mark.parametrize("text,actors,recipients", [
    ("Norway sent food assistance to Kenya on Monday after the floods.", {"NOR"}, {"KEN"}),
    ("After their talks, Norway delivered medical aid to Kenya.", {"NOR"}, {"KEN"}),
    ("노르웨이 정부는 21일 케냐에 식량과 의약품을 지원했다고 밝혔다.", {"NOR"}, {"KEN"}),
])
def test_help_given_stays_aid(text, actors, recipients):
    assert_act(read(text), "AID", actors, recipients, OCC)


# 2. backing received: the giver acts
@pytest.mark.parametrize("text,giver,receiver", [
    ("Chile said it had received strong support from Peru.", {"PER"}, {"CHL"}),
    ("Uruguay has received firm backing from Argentina for its bid.", {"ARG"}, {"URY"}),
    ("칠레 정부는 21일 페루로부터 강력한 지지를 받았다고 밝혔다.", {"PER"}, {"CHL"}),
])
def test_backing_received_is_the_givers(text, giver, receiver):
    events = read(text)
    assert_act(events, "SUPPORT", giver, receiver, OCC)
    assert not [e for e in events if e.type == "SUPPORT" and {p.country for p in e.participants} & receiver]


def test_backing_received_from_no_state_names_no_actor():
    events = read("Chile said on Monday that it had received support from regional governments.")
    assert not [e for e in events if e.type == "SUPPORT"], [(e.type, [p.country for p in e.participants]) for e in events]


# 3. the voice after a sentence connective
@pytest.mark.parametrize("opener", ["Meanwhile, the", "Separately, the", "The"])
def test_voice_after_connective_goes_on(opener):
    text = (f"{opener} Chilean government said it had received messages from governments across the region and from "
            "bodies including the Organization of American States, which had condemned the uprising. The government "
            "also protested remarks by Peruvian President Tomas Villca, who had called the vote a fraud.")
    assert_act(read(text), "ACCUSE", {"CHL"}, {"PER"}, OCC)


# 4. an accord signed as a witness: no party of it (act_witnesses, act_observers.witnessed_signings)
@pytest.mark.parametrize("text", [
    "Bolivia and Paraguay signed a peace accord on Monday. The presidents of Uruguay and Chile also signed the document "
    "as witnesses.",
    "Bolivia and Paraguay signed a peace accord on Monday, with Chile's president signing as a witness.",
    "볼리비아와 파라과이 정상은 25일 평화협정에 서명했다. 서명식에는 우루과이 대통령과 칠레 외교장관이 증인 자격으로 참석해 함께 서명했다.",
    "볼리비아와 파라과이 외교장관이 25일 협정에 서명했고 칠레 대통령이 입회인으로 서명했다.",
])
def test_witness_signs_no_accord(text):
    events = read(text)
    agrees = [e for e in events if e.type == "AGREE"]
    assert agrees and all({p.country for p in e.participants} <= {"BOL", "PRY"} for e in agrees), \
        [(e.type, [p.country for p in e.participants]) for e in agrees]


@pytest.mark.parametrize("text,parties", [
    ("Chile signed the treaty as a founding member on Monday, joining Peru.", {"CHL"}),
    ("칠레와 페루 외교장관은 25일 브라질 대통령이 지켜보는 가운데 협정에 서명했다.", {"CHL", "PER"}),
])
def test_party_signing_stays(text, parties):
    assert_act(read(text), "AGREE", parties, None, OCC)
