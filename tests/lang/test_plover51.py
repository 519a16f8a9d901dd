"""plover51 (issue 15): PLOVER classes and coups still astray, one class each, in both languages where the class
exists, with negative rows:

- a coup verb in the passive whose subject is a title heading a name ("President X of Niger was deposed by army
  officers", "Prime Minister X of Thailand was toppled in a coup") reads the title as the leader ousted
  (lang/en/act_window.titled_name_object), as 'The president of Niger was deposed' did;
- 'overthrow' with a leader object is a coup as 'depose' and 'topple' are ("Rebels overthrew the government of
  Mali", "was overthrown by soldiers"; en additions);
- a coup's passive with an armed by-agent harms no people: its subject, the government ousted, receives it as GOV,
  not as civilians ("The government of Mali was toppled by rebels"; lang/en/act_agent_attackers.harmed_by_armed);
- a lower-case portfolio word before 'minister' heads no thing: "shot the defence minister" is the office, whose
  state the story gives, as "the minister of defence" was (lang/en/act_sides.portfolio_word);
- Korean: an office title heading the object ('국방장관을 납치했다', '총리를 암살했다') is the government's (GOV), not
  the civilians' default (lang/ko/act_organs.office_sector);
- a bare strike begun ("Dock workers began strikes at the ports", "Teachers started a strike") is the strikers' work
  stoppage, PROTEST strike, not the verb 'strikes' read as an attack; "began strikes on X" by a state stays a raid
  (en additions: begin/start + strike, lang/en/act_work_strikes);
- an irregular past right after 'and' ("rejected the plan and sent aid to X") is the subject's second verb, not a
  noun of the first verb's object phrase, which the first verb judged (lang/en/reading_acts.coordinated_past);
- a REJECT of the rejecter's own commitment ("reneged on its promise to hold elections") refuses what it promised
  and stands with no receiving side, as the manual's REJECT may (lang/en/act_rejected_objects.own_commitment);
- Korean '타격을 입히다' (inflict a blow) is a light verb's act as '타격을 가하다' is: a pledge of it is a THREATEN, not an
  AGREE (ko_acts cues light_verb).

Every sentence is our own (invented wording; real states). Published on Thursday 2026-03-12.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import check_class_row

PUB = "2026-03-12"

# (sentence, type, acting (country, sector) pairs, receiving pairs): acting None means no event of the type;
# receiving None is not judged
ROWS = {
    "a_titled_leader_ousted_in_the_passive_is_the_coup's_target": [
        ("President Ndayishimiye of Burundi was deposed by army officers.", "ASSAULT", {("BDI", "MIL")},
         {("BDI", "GOV")}),
        ("Prime Minister Mahamat of Chad was toppled in a coup.", "ASSAULT", {("TCD", "MIL")}, {("TCD", "GOV")}),
        ("Guinea's President Alpha Sow was ousted by mutinous troops.", "ASSAULT", {("GIN", "MIL")}, {("GIN", "GOV")}),
        ("부룬디의 은다이시미예 대통령이 군 장교들에 의해 축출됐다.", "ASSAULT", {("BDI", "MIL")}, {("BDI", "GOV")}),
        # negative rows: a titled leader ousted by lawmakers or in a vote is no coup
        ("President Boric of Chile was ousted by lawmakers.", "ASSAULT", None, None),
        ("Prime Minister Costa of Portugal was ousted in a vote.", "ASSAULT", None, None),
    ],
    "overthrow_of_a_government_is_a_coup_and_its_government_receives_it": [
        ("Rebels overthrew the government of Burkina Faso.", "ASSAULT", {("BFA", "REB")}, {("BFA", "GOV")}),
        ("The government of Burkina Faso was overthrown by soldiers.", "ASSAULT", {("BFA", "MIL")},
         {("BFA", "GOV")}),
        ("The government of Sudan was toppled by rebels.", "ASSAULT", {("SDN", "REB")}, {("SDN", "GOV")}),
        ("수단 정부가 반군에 의해 전복됐다.", "ASSAULT", {("SDN", "REB")}, {("SDN", "GOV")}),
        ("반군들이 부르키나파소 정부를 전복했다.", "ASSAULT", {("BFA", "REB")}, {("BFA", "GOV")}),
        # negative rows: voters overthrowing a government is no force; people killed by rebels are still the harmed
        ("Voters overthrew the government of Portugal.", "ASSAULT", None, None),
        ("Six villagers were killed by rebels in Sudan.", "ASSAULT", {("SDN", "REB")}, {("SDN", "CVL")}),
    ],
    "a_portfolio_before_minister_keeps_the_office": [
        ("Gunmen in Yemen shot the defence minister.", "ASSAULT", {("YEM", "UAF")}, {("YEM", "GOV")}),
        ("Rebels in Mozambique kidnapped the health minister.", "ASSAULT", {("MOZ", "REB")}, {("MOZ", "GOV")}),
        ("Protesters in Peru attacked the interior minister.", "ASSAULT", {("PER", "CVL")}, {("PER", "GOV")}),
        ("예멘 무장괴한들이 국방장관을 납치했다.", "ASSAULT", {("YEM", "UAF")}, {("YEM", "GOV")}),
        ("예멘 무장괴한들이 총리를 암살했다.", "ASSAULT", {("YEM", "UAF")}, {("YEM", "GOV")}),
        # negative rows: a named owner keeps the office; a lower-case word before a thing names no party; Korean
        # people and journalists keep their sectors
        ("예멘 무장괴한들이 주민들을 납치했다.", "ASSAULT", {("YEM", "UAF")}, {("YEM", "CVL")}),
        ("예멘 무장괴한들이 기자들을 납치했다.", "ASSAULT", {("YEM", "UAF")}, {("YEM", "JRN")}),
        ("Gunmen in Yemen shot Oman's defence minister.", "ASSAULT", {("YEM", "UAF")}, {("OMN", "GOV")}),
        ("Gunmen in Yemen shot at the oil depot.", "ASSAULT", {("YEM", "UAF")}, set()),
    ],
    "a_strike_begun_by_workers_is_their_stoppage": [
        ("Dock workers began strikes at the ports in Portugal.", "PROTEST", {("PRT", "LAB")}, None),
        ("Dock workers began strikes at the ports in Portugal.", "ASSAULT", None, None),
        ("Nurses in Kenya started a strike over pay.", "PROTEST", {("KEN", "MED")}, None),
        ("포르투갈 부두 노동자들이 항구에서 파업을 시작했다.", "PROTEST", {("PRT", "LAB")}, None),
        # negative rows: a state or its forces beginning strikes on a place raid it
        ("Russian forces started strikes on Kyiv.", "ASSAULT", {("RUS", "MIL")}, {("UKR", "GOV")}),
        ("Russian forces started strikes on Kyiv.", "PROTEST", None, None),
    ],
    "a_second_verb_after_and_keeps_its_subject": [
        ("Norway rejected the plan and sent aid to Sudan.", "AID", {("NOR", "GOV")}, {("SDN", "GOV")}),
        ("Norway rejected the plan and sent aid to Sudan.", "REJECT", {("NOR", "GOV")}, None),
        ("Japan welcomed the proposal and sent relief supplies to Nepal.", "AID", {("JPN", "GOV")}, {("NPL", "GOV")}),
        ("Canada criticized the decision and withdrew its ambassador from Mali.", "SANCTION", {("CAN", "GOV")},
         {("MLI", "GOV")}),
        ("노르웨이는 그 계획을 거부하고 수단에 원조를 보냈다.", "AID", {("NOR", "GOV")}, {("SDN", "GOV")}),
        # negative rows: two nouns after one determiner are one object ('the bombing and shelling of X'), no deed
        ("Norway condemned the bombing and shelling of Sudan.", "ACCUSE", {("NOR", "GOV")}, {("SDN", "GOV")}),
        ("Norway condemned the bombing and shelling of Sudan.", "ASSAULT", None, None),
    ],
    "an_own_commitment_reneged_on_is_a_rejection_standing_alone": [
        ("Zimbabwe reneged on its promise to hold elections.", "REJECT", {("ZWE", "GOV")}, set()),
        ("Zimbabwe reneged on its commitment.", "REJECT", {("ZWE", "GOV")}, set()),
        ("The president of Zimbabwe reneged on his pledge to the Zimbabwean people to hold a referendum.", "REJECT",
         {("ZWE", "GOV")}, {("ZWE", "CVL")}),
        ("Zimbabwe reneged on its commitment to Zambia.", "REJECT", {("ZWE", "GOV")}, {("ZMB", "GOV")}),
        ("짐바브웨는 선거를 치르겠다는 약속을 어겼다.", "REJECT", {("ZWE", "GOV")}, set()),
        # negative rows: a promise kept is no rejection; another's promise rejected answers its maker, not alone
        ("Zimbabwe kept its promise to hold elections.", "REJECT", None, None),
    ],
    "a_blow_inflicted_in_a_pledge_is_a_threat": [
        ("북한은 한국에 큰 타격을 입히겠다고 다짐했다.", "THREATEN", {("PRK", "GOV")}, {("KOR", "GOV")}),
        ("북한은 한국에 큰 타격을 입히겠다고 다짐했다.", "AGREE", None, None),
        ("이란은 이스라엘에 치명적인 타격을 입히겠다고 밝혔다.", "THREATEN", {("IRN", "GOV")}, {("ISR", "GOV")}),
        ("North Korea vowed to inflict a heavy blow on South Korea.", "THREATEN", {("PRK", "GOV")}, {("KOR", "GOV")}),
        # negative rows: damage inflicted by sanctions or a storm is no attack
        ("미국의 제재가 러시아 경제에 큰 타격을 입혔다.", "ASSAULT", None, None),
        ("태풍이 필리핀에 큰 피해를 입혔다.", "ASSAULT", None, None),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, receiving", class_rows(ROWS))
def test_plover51_classes(sentence, type_, acting, receiving):
    check_class_row(sentence, PUB, type_, acting, receiving, absent_statuses=("occurred",))
