"""plover50b (issue 15, second round): PLOVER classes of English sentences still astray, one class each, with negative
rows and the Korean twins (which read these classes already and must keep doing so):

- a pledge to deal blows said with force ("vowed to deliver crushing blows to X", "pledged to inflict heavy blows on
  X") is retaliation pledged, a THREATEN at X as "promised a crushing response to X" is, no AGREE: a verb of dealing
  (en_acts cues `dealing_verbs`) and a noun of blow (`blow_nouns`) after an adjective of force
  (lang/en/act_vowed_responses.dealt_blow). Blows with no adjective of force ('deliver strikes') stay as they were;
- a word right after an adjective of force ("deal painful strikes to X", "threatened crippling strikes against X") is
  the noun it qualifies, never the verb: the threatened strikes are no attack made nor labour strike staged
  (lang/en/act_window.after_forceful). A past form ('armed') may be the verb and is left alone;
- armed people following a state's titled figure ("Rebels loyal to Sudan's warlord", "Militias allied with Libya's
  strongman") are that state's armed group, not its government: the owner's possessive and title are skipped by the
  subject walk (lang/en/act_sides.followed_owner, the links of kb/agents.follower_links), so the people noun heads
  the subject. Unarmed people ('Farmers led by Peru's union boss') are read as before.
- a tenure word before a lower-case office ("the outgoing prime minister", "the caretaker prime minister") is one
  more filler of the object phrase, as 'former' and 'interim' were: the office is still the state's (en_acts cues
  `object_fillers`).

Every sentence is our own (invented wording; real states and bodies). Published on Thursday 2026-03-12.
"""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events, sector_sides

PUB = "2026-03-12"

# (sentence, type, actors, recipients): actors None means no event of the type; recipients None is not judged
ROWS = {
    "a_pledge_to_deal_blows_is_a_threat": [
        ("Hamas vowed to deliver crushing blows to Israel.", "THREATEN", {"PSE"}, {"ISR"}),
        ("Hamas vowed to deliver crushing blows to Israel.", "AGREE", None, None),
        ("The Taliban vowed to deliver a crushing blow to Pakistan.", "THREATEN", {"AFG"}, {"PAK"}),
        ("Iran promised to inflict harsh blows on the United States.", "THREATEN", {"IRN"}, {"USA"}),
        ("Hezbollah pledged to deal painful strikes to Israel.", "THREATEN", {"LBN"}, {"ISR"}),
        ("하마스는 이스라엘에 괴멸적인 타격을 가하겠다고 다짐했다.", "THREATEN", {"PSE"}, {"ISR"}),
        ("하마스는 이스라엘에 괴멸적인 타격을 가하겠다고 다짐했다.", "AGREE", None, None),
        # negative rows: a pledge to deliver goods stays a pledge; blows of no force named are no answer
        ("Canada vowed to deliver humanitarian aid to Haiti.", "AGREE", {"CAN"}, {"HTI"}),
        ("Canada vowed to deliver humanitarian aid to Haiti.", "THREATEN", None, None),
        ("캐나다는 아이티에 인도적 지원을 제공하겠다고 약속했다.", "THREATEN", None, None),
    ],
    "a_word_after_an_adjective_of_force_is_a_noun": [
        ("Hezbollah pledged to deal painful strikes to Israel.", "ASSAULT", None, None),
        ("Al-Shabaab threatened to deal devastating strikes against Kenya.", "THREATEN", {"SOM"}, {"KEN"}),
        ("Al-Shabaab threatened to deal devastating strikes against Kenya.", "PROTEST", None, None),
        ("Hamas threatened painful strikes on Israel.", "ASSAULT", None, None),
        ("Farmers in France threatened crippling strikes against the government.", "PROTEST", None, None),
        ("Farmers in France threatened crippling strikes against the government.", "THREATEN", {"FRA"}, {"FRA"}),
        ("알샤바브는 케냐에 파괴적인 공격을 가하겠다고 위협했다.", "THREATEN", {"SOM"}, {"KEN"}),
        ("알샤바브는 케냐에 파괴적인 공격을 가하겠다고 위협했다.", "ASSAULT", None, None),
        # negative rows: strikes made after an adjective of force stay attacks or labour strikes; a verb after a
        # determiner and a noun ('its military strikes') is read as before
        ("Israel carried out heavy strikes against Hamas.", "ASSAULT", {"ISR"}, {"PSE"}),
        ("Iran launched heavy strikes on Israel.", "ASSAULT", {"IRN"}, {"ISR"}),
        ("Workers in Chile staged crippling strikes against the government.", "PROTEST", {"CHL"}, {"CHL"}),
        ("Russia said its military strikes Ukrainian bases every night.", "ASSAULT", {"RUS"}, {"UKR"}),
        ("이스라엘은 하마스에 맹렬한 공습을 가했다.", "ASSAULT", {"ISR"}, {"PSE"}),
    ],
    "a_tenure_word_before_an_office_keeps_its_state": [
        ("Gunmen in Iraq tried to assassinate the outgoing prime minister.", "ASSAULT", {"IRQ"}, {"IRQ"}),
        ("Gunmen in Iraq tried to assassinate the caretaker prime minister.", "ASSAULT", {"IRQ"}, {"IRQ"}),
        ("Gunmen in Iraq killed the outgoing mayor of Basra.", "ASSAULT", {"IRQ"}, {"IRQ"}),
        ("이라크 무장괴한들이 퇴임하는 총리를 암살하려고 시도했다.", "ASSAULT", {"IRQ"}, {"IRQ"}),
        ("이라크 무장괴한들이 과도 총리를 암살하려고 시도했다.", "ASSAULT", {"IRQ"}, {"IRQ"}),
        # negative rows: a named owner still owns the office; a tenure word before a thing names no side
        ("Gunmen in Iraq tried to assassinate Jordan's outgoing prime minister.", "ASSAULT", {"IRQ"}, {"JOR"}),
        ("Gunmen in Iraq shot at the outgoing train to Basra.", "ASSAULT", {"IRQ"}, set()),
    ],
}


@pytest.mark.parametrize("sentence, type_, actors, recipients", class_rows(ROWS))
def test_plover50b_classes(sentence, type_, actors, recipients):
    assert_act(events(sentence, PUB), type_, actors or set(), recipients, None if actors is None else "occurred")


# (sentence, type, the acting (country, sector) pairs): the followers' armed sector, never the owner state's government
SECTOR_ROWS = {
    "armed_followers_of_a_state's_figure_are_its_armed_group": [
        ("Rebels loyal to Sudan's warlord killed two soldiers.", "ASSAULT", {("SDN", "REB")}),
        ("Militias loyal to Libya's strongman attacked a Turkish convoy.", "ASSAULT", {("LBY", "REB")}),
        ("Fighters allied with Somalia's clan elder attacked a police station.", "ASSAULT", {("SOM", "REB")}),
        ("리비아 실력자에게 충성하는 민병대가 터키 호송대를 공격했다.", "ASSAULT", {("LBY", "REB")}),
        # negative row: a state's forces following its own chief stay its military
        ("Troops loyal to Sudan's army chief killed two rebels.", "ASSAULT", {("SDN", "MIL")}),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting", class_rows(SECTOR_ROWS))
def test_plover50b_sectors(sentence, type_, acting):
    assert sector_sides(sentence, type_)[0] == acting
