"""Things that press, every party, measures not applied, lawmakers' boycotts (request59), sentences ours.

1. A measure, a price or a situation as the subject of a pressing or demanding verb ('[X의] 관세는 B 경제를 압박하고
   있다', 'the crisis demands a firm response from B') tells an effect or a need: no REQUEST, whatever the sentence
   before named (lang/ko/act_pressing_things, lang/en/act_thing_subjects; cues thing_subject_noun(s)). A state or a
   person as subject keeps its request; so does a complement clause's subject ('제재가 효과를 내도록 압박했다') and a
   participle with its agent ('the measures demanded by X').
2. An appeal to every party after an accord between states ('urged all parties to the agreement to ...', '모든
   당사자에게 협정 이행을 촉구') asks its signatories (pipeline/act_pairs.every_party), as after a clash.
3. A measure another side decided, said not to be applied ('X의 제재를 B에 적용하지 않겠다', '이를 적용하지 않겠다') is
   a REJECT of its maker, not of the measure's target (lang/ko/act_applied_measures; English 'will not apply the
   sanctions' since request57); a rule not applied and a measure applied refuse nothing.
4. A share of lawmakers ('의원 대다수는', 'dozens of lawmakers') acts for their state, and their boycott of a vote
   is a REJECT at home (the same state on both sides).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

OCC = "occurred"
DAY = date(2026, 2, 9)
VISIT_KO = "페루 대통령은 10일 라파스를 방문해 볼리비아 대통령과 만났다. "
VISIT_EN = "Peru's president visited La Paz on Monday and met Bolivia's president. "


def read(text: str):
    return extract_text(text, published=DAY).events


# 1. a thing as subject: no request (the visit before must not lend its parties)
@pytest.mark.parametrize("text", [
    VISIT_KO + "미국의 관세는 이미 칠레 경제를 압박하고 있다.",
    VISIT_KO + "유엔의 제재가 에리트레아 정권을 압박하고 있다.",
    VISIT_KO + "아프리카연합의 봉쇄 조치는 수단 정부를 압박하고 있다.",
    VISIT_KO + "이번 사태는 유럽연합의 단호한 대응을 요구하고 있다.",
    VISIT_EN + "The crisis demands a firm response from the European Union.",
    VISIT_EN + "The worsening situation demands restraint from Ecuador.",
])
def test_a_thing_as_subject_asks_nothing(text):
    assert_act(read(text), "REQUEST", set(), None, None)


# 1. guard: a state as subject, a complement's subject, an agent phrase
@pytest.mark.parametrize("text, actors, recipients", [
    ("미국은 제재로 이란을 압박했다.", {"USA"}, {"IRN"}),
    ("미국은 제재가 효과를 내도록 러시아를 압박했다.", {"USA"}, {"RUS"}),
    ("미국은 이란에 핵 협상에 복귀하라고 압박했다.", {"USA"}, {"IRN"}),
    ("The United States pressed Chile to lower its tariffs.", {"USA"}, {"CHL"}),
])
def test_a_side_as_subject_still_asks(text, actors, recipients):
    assert_act(read(text), "REQUEST", actors, recipients, OCC)


# 2. every party to an accord told
@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a border accord on Sunday. Nigeria urged all parties to implement it without delay.",
    "가나와 토고는 8일 국경 협정에 서명했다. 나이지리아 외교부는 모든 당사자에게 협정 이행을 촉구했다.",
])
def test_an_appeal_to_every_party_after_an_accord_asks_its_signatories(text):
    assert_act(read(text), "REQUEST", {"NGA"}, {"GHA", "TGO"}, OCC)


# 3. (Korean) a measure another side decided, said not to be applied: REJECT of its maker, not of its target
@pytest.mark.parametrize("text, actors, recipients", [
    ("말리 군정은 유엔의 제재를 수단에 적용하지 않겠다고 밝혔다.", {"MLI"}, {"UNO"}),
    ("말리와 부르키나파소 군정은 유럽연합의 제재가 불법이라며 이를 수단에 적용하지 않겠다고 밝혔다.", {"MLI", "BFA"}, {"EUR"}),
    ("유럽연합은 30일 수단에 제재를 부과했다. 말리 군정은 이를 적용하지 않겠다고 밝혔다.", {"MLI"}, {"EUR"}),
])
def test_a_measure_not_applied_refuses_its_maker(text, actors, recipients):
    assert_act(read(text), "REJECT", actors, recipients, OCC)


# 3. guard: a rule not applied, a measure applied
@pytest.mark.parametrize("text", [
    "말리 정부는 이 규정을 적용하지 않겠다고 밝혔다.",
    "말리 정부는 유엔의 제재를 적용했다.",
])
def test_no_measure_refused(text):
    assert_act(read(text), "REJECT", set(), None, None)


# 4. a share of lawmakers as subject ('의원 대다수는', '의원 대부분이', 'dozens of lawmakers'): the state acts, and a vote
# boycotted by lawmakers is their own chamber's, at home (ko agent_chains.agent_chain, cue member_share_nouns;
# pipeline/act_own_government.own_vote, VOTERS)
@pytest.mark.parametrize("text", [
    "칠레 여당 의원 대다수는 표결에 불참했다.",
    "칠레 상원은 9일 개헌안을 표결에 부쳤으나 야당 의원 대부분이 표결에 불참했다.",
    "칠레 여당 의원들은 표결에 불참했다.",
    "Dozens of Chilean lawmakers walked out of the chamber and boycotted the budget vote.",
])
def test_lawmakers_boycotting_a_vote_refuse_at_home(text):
    assert_act(read(text), "REJECT", {"CHL"}, {"CHL"}, OCC)


# 4. guard: a share of a land is no subject; lawmakers judging another state's vote aim at that state
@pytest.mark.parametrize("text, kind, actors, recipients, status", [
    ("칠레 대부분이 가뭄을 겪었다.", "REJECT", set(), None, None),
    ("칠레 의원들은 볼리비아 대선이 불법이라고 비판했다.", "ACCUSE", {"CHL"}, {"BOL"}, OCC),
])
def test_no_share_subject_nor_home_vote(text, kind, actors, recipients, status):
    assert_act(read(text), kind, actors, recipients, status)
