"""Pronouns inside the sentence, body nouns referring back, signed documents, agentless arrests, amounts given:
- a subject pronoun inside the sentence ('A held talks with B, during which he asked ...') stands for the
  sentence's subject before it, not for the nearer counterpart the meeting clause named.

Formerly tests/pipeline/test_lead15_classes.py; classes first read as "Classes found on the lead's held-out articles
(session 15), end to end on our own sentences, both languages" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, typ, actor, recipient", [
    ("Chilean Foreign Minister Alberto van Klaveren held talks with Wang Yi in Lima, during which he urged "
     "Argentina to reopen the border crossing.", "REQUEST", "CHL", "ARG"),
    ("Penny Wong met Wang Yi on Tuesday, and she asked Japan to share its data on the vessel.",
     "REQUEST", "AUS", "JPN"),
    ("Marco Rubio spoke with Sergey Lavrov by phone, during which he warned Iran against any new strike.",
     "THREATEN", "USA", "IRN"),
    ("조현 장관은 왕이 부장과 회담했으며, 이 자리에서 그는 일본에 협력을 요청했다.", "REQUEST", "KOR", "JPN"),
])
def test_a_pronoun_inside_the_sentence_is_its_subject_not_the_counterpart(text, typ, actor, recipient):
    assert ([actor], [recipient]) in sides(text, typ)


@pytest.mark.parametrize("text, typ, actor, recipient", [
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. Speaking after "
     "the talks, Ethiopian Foreign Minister Gedion Timothewos thanked Kenya for its support. He urged Eritrea to withdraw its troops from the border.",
     "REQUEST", "ETH", "ERI"),
    ("Peruvian President Jose Jeri met Chilean President Gabriel Boric in Lima. In a joint statement, Chilean "
     "Foreign Minister Alberto van Klaveren praised the new trade deal. He also asked Bolivia to reopen the road.", "REQUEST", "CHL", "BOL"),
])
def test_a_name_after_a_fronted_phrase_is_the_subject_the_next_pronoun_refers_to(text, typ, actor, recipient):
    assert ([actor], [recipient]) in sides(text, typ)


@pytest.mark.parametrize("text, typ, actor, recipient", [
    ("The European Union adopted new sanctions on Belarus on Monday. The bloc also imposed sanctions on three "
     "Iranian firms.", "SANCTION", "EUR", "IRN"),
    ("NATO leaders met in The Hague. Later, the alliance urged Serbia to pull its troops back from the border.",
     "REQUEST", "IGO", "SRB"),
    ("The United Nations condemned the coup in Niger. The world body also called on Niger's junta to free the "
     "president.", "REQUEST", "UNO", "NER"),
])
def test_a_definite_body_noun_refers_back_to_the_body_named_before(text, typ, actor, recipient):
    found = sides(text, typ)
    assert any(actor in a and (recipient is None or recipient in r) for a, r in found)


@pytest.mark.parametrize("text", [
    "South Korea and the United States held drills on Monday. The alliance said it would respond to any provocation.",
    "The bloc of opposition parties urged the government to resign.",
])
def test_a_body_noun_with_nothing_to_refer_to_names_no_body(text):
    assert not any("IGO" in a or "EUR" in a for kind in ("REQUEST", "THREATEN") for a, _r in sides(text, kind))


@pytest.mark.parametrize("text, actors", [
    ("Kazakhstan and Uzbekistan signed a plan of joint border patrols on Friday.", {"KAZ", "UZB"}),
    ("Chile and Peru signed a roadmap for cooperation on lithium on Monday.", {"CHL", "PER"}),
    ("Kenya and Tanzania signed three documents on trade and energy.", {"KEN", "TZA"}),
    ("카자흐스탄과 우즈베키스탄은 공동 국경 순찰 계획에 서명했다.", {"KAZ", "UZB"}),
    ("칠레와 페루는 리튬 협력 로드맵에 서명했다.", {"CHL", "PER"}),
])
def test_signing_any_document_is_an_agreement(text, actors):
    assert any(set(a) == actors for a, _r in sides(text, "AGREE"))


@pytest.mark.parametrize("text, actor, recipient", [
    ("Two Iranian diplomats were arrested in Moscow on Monday.", "RUS", "IRN"),
    ("Three Thai fishermen were detained in Myanmar last week.", "MMR", "THA"),
    ("이란 외교관 2명이 모스크바에서 체포됐다.", "RUS", "IRN"),
    ("태국 어민 3명이 지난주 미얀마에서 억류됐다.", "MMR", "THA"),
])
def test_an_agentless_arrest_is_done_by_the_state_where_it_happened(text, actor, recipient):
    assert ([actor], [recipient]) in sides(text, "COERCE")


@pytest.mark.parametrize("text, kind", [
    ("Two Iranian diplomats were arrested.", "COERCE"),
    ("이란 외교관 2명이 체포됐다.", "COERCE"),
    ("Iran was criticized for its drone sales to Russia.", "ACCUSE"),
    ("Peru was condemned over the border closure.", "ACCUSE"),
    ("The European Union imposed sanctions on Chinese firms accused of supplying Russia with drones.", "ACCUSE"),
])
def test_who_suffered_an_act_with_no_one_named_is_not_its_actor(text, kind):
    assert sides(text, kind) == []


def test_a_passive_with_its_agent_keeps_the_agent():
    assert (["UKR"], ["IRN"]) in sides("Iran was accused by Ukraine of supplying drones to Russia.", "ACCUSE")
    assert (["RUS"], ["IRN"]) in sides("Two Iranian diplomats were arrested by Russian police.", "COERCE")


@pytest.mark.parametrize("text, kinds", [
    ("The Kenyan minister called on President Lee at the presidential office on Monday.", {"CONSULT"}),
    ("Kenya called on Uganda for restraint.", {"REQUEST"}),
    ("Kenya called on Uganda not to close the border.", {"REQUEST"}),
    ("케냐 외교장관은 이날 대통령실에서 이재명 대통령을 예방했다.", {"CONSULT"}),
    ("케냐는 우간다에 자제를 촉구했다.", {"REQUEST"}),
])
def test_a_call_on_someone_that_asks_nothing_is_a_visit(text, kinds):
    assert {e.type for e in events(text, "2026-04-07")} == kinds


@pytest.mark.parametrize("text, actor, recipient", [
    ("South Korea has provided US$5 million in humanitarian assistance to Sudan.", "KOR", "SDN"),
    ("Australia gave A$3 million in aid to Fiji on Monday.", "AUS", "FJI"),
    ("한국 정부는 수단에 500만 달러 규모의 인도적 지원을 제공했다.", "KOR", "SDN"),
])
def test_an_amount_with_its_currency_letters_is_what_was_given(text, actor, recipient):
    assert ([actor], [recipient]) in sides(text, "AID")


@pytest.mark.parametrize("text", [
    "Sudan was given 5,000 tons of food aid.",
    "수단에 식량 5천t이 지원됐다.",
])
def test_help_given_with_no_giver_named_is_no_ones_act(text):
    assert sides(text, "AID") == []


@pytest.mark.parametrize("text, actors", [
    ("Kazakh Foreign Minister Murat Nurtleu rejected the proposal on Monday. Uzbek Foreign Minister Bakhtiyor Saidov "
     "had asked Astana to reopen the crossing. The two ministers agreed to set up a joint commission.",
     {"KAZ", "UZB"}),
    ("카자흐스탄의 무라트 누르틀레우 외무장관은 20일 그 제안을 거부했다. 우즈베키스탄의 박티요르 사이도프 외무장관은 국경 개방을 요청했다. "
     "두 장관은 공동위원회를 설치하기로 합의했다.", {"KAZ", "UZB"}),
])
def test_a_counted_group_stands_for_the_last_subjects_named_apart(text, actors):
    assert any(set(a) == actors for a, _r in sides(text, "AGREE"))


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed on Tuesday to set up a consultation body on fisheries.",
    "칠레와 페루는 20일 어업 협의체를 출범시키기로 합의했다.",
])
def test_a_consultative_body_is_no_meeting(text):
    assert all(e.status != "planned" or e.type != "CONSULT" for e in events(text)) and \
        not any(e.type == "CONSULT" and e.trigger and e.trigger.startswith(("consultation", "협의")) for e in events(text))


def test_an_active_verb_whose_object_the_noun_before_is_still_accuses():
    text = "The Treasury Department imposed sanctions on four companies it accused of running North Korean networks."
    assert (["USA"], ["PRK"]) in sides(text, "ACCUSE")


@pytest.mark.parametrize("text, typ, actor, recipient", [
    ('칠레 외교부는 "페루는 국경 검문소를 즉각 다시 열어야 한다"고 촉구했다.', "REQUEST", "CHL", "PER"),
    ('케냐 외교부 대변인은 "우간다는 잘못된 조치를 즉각 철회해야 한다"고 요구했다.', "REQUEST", "KEN", "UGA"),
    ('칠레 대통령은 "국경 문제에 대해 볼리비아 측이 성의 있는 조치를 취해 주기를 바란다"고 요청했다.', "REQUEST", "CHL", "BOL"),
    ('이란은 "이스라엘은 대가를 치르게 될 것"이라고 경고했다.', "THREATEN", "IRN", "ISR"),
    ("Chile's foreign ministry urged Peru to reopen the border crossing at once.", "REQUEST", "CHL", "PER"),
])
def test_a_direct_quote_names_who_is_asked_by_its_subject(text, typ, actor, recipient):
    assert ([actor], [recipient]) in sides(text, typ)


def test_what_a_quoted_demand_asks_is_no_act_of_its_own():
    text = '케냐 외교부 대변인은 "우간다는 잘못된 조치를 즉각 철회해야 한다"고 요구했다.'
    assert {e.type for e in events(text)} == {"REQUEST"}


@pytest.mark.parametrize("text, actor, recipient", [
    ("러시아가 13일 하르키우에 미사일 공격을 가했다. 우크라이나 외무장관은 서방에 방공망 지원을 호소했다. 키이우시 당국은 정전 피해를 "
     "집계했다. 전문가들은 추가 공격을 우려했다. 칼라스 EU 외교안보 고위대표는 이번 공격을 규탄했다.", "EUR", "RUS"),
    ("Russia launched a missile attack on Kharkiv on Monday. Ukraine's foreign minister appealed for air defence. "
     "City officials counted the damage. Experts feared more strikes. The European Union later condemned the attack.",
     "EUR", "RUS"),
])
def test_condemning_the_attack_judges_whoever_struck_last_in_the_story(text, actor, recipient):
    assert ([actor], [recipient]) in sides(text, "ACCUSE", "2026-10-14")


@pytest.mark.parametrize("text, typ, actors, recipient", [
    ("The draft was written by Chile, Peru and Colombia and backed by Canada. Ahead of the vote, the three Andean "
     "nations urged Bolivia to reopen the road.", "REQUEST", {"CHL", "PER", "COL"}, "BOL"),
    ("Kenya and Uganda began joint drills on Monday. The two neighbours warned Somalia against any incursion.",
     "THREATEN", {"KEN", "UGA"}, "SOM"),
    ("칠레와 페루는 20일 공동 성명을 냈다. 양국은 볼리비아에 도로를 다시 열라고 촉구했다.", "REQUEST", {"CHL", "PER"}, "BOL"),
])
def test_a_counted_state_group_with_its_adjective_is_the_states_named_before(text, typ, actors, recipient):
    assert any(set(a) == actors and recipient in r for a, r in sides(text, typ))


@pytest.mark.parametrize("text", [
    "The U.N. nuclear watchdog on Thursday passed a resolution demanding that Iran restore access.",
    "국제원자력기구(IAEA)는 이란에 사찰을 허용하라고 요구했다.",
])
def test_the_un_nuclear_watchdog_is_the_iaea(text):
    assert (["IGO"], ["IRN"]) in sides(text, "REQUEST")


@pytest.mark.parametrize("text, typ, actors, recipient", [
    ("유럽연합(EU)은 이란에 사찰을 허용하라고 요구했다.", "REQUEST", {"EUR"}, "IRN"),
    ("아세안(ASEAN)은 미얀마에 폭력을 중단하라고 촉구했다.", "REQUEST", {"IGO"}, "MMR"),
    ("아랍에미리트(UAE)와 한국은 투자 협정에 서명했다.", "AGREE", {"ARE", "KOR"}, None),
])
def test_a_particle_after_a_bracketed_abbreviation_is_the_names_own(text, typ, actors, recipient):
    assert any(set(a) == actors and (recipient is None or recipient in r) for a, r in sides(text, typ))


@pytest.mark.parametrize("text, typ, actor, recipient", [
    ("외교부는 11일 주한러시아대사관 공사참사관을 청사로 불러 유감을 표했다.", "ACCUSE", "KOR", "RUS"),
    ("주한칠레대사관은 성명을 내고 페루의 국경 폐쇄를 비판했다.", "ACCUSE", "CHL", "PER"),
    ("South Korea's foreign ministry summoned a counsellor of the Russian embassy to express regret.", "ACCUSE", "KOR",
     "RUS"),
])
def test_a_mission_written_with_its_hosts_prefix_is_its_own_states(text, typ, actor, recipient):
    assert ([actor], [recipient]) in sides(text, typ, "2026-07-15")


def test_the_forces_stationed_in_a_country_keep_their_reading():
    assert (["USA"], []) in sides("주한미군은 훈련을 시작했다.", "MOBILIZE")


@pytest.mark.parametrize("text", [
    "DUBAI, United Arab Emirates (AP) — Iran's navy seized a Panamanian-flagged tanker near the strait on Tuesday.",
    "NAIROBI, Kenya (AP) — Somali forces seized a Yemeni fishing boat on Monday.",
])
def test_a_dateline_with_a_country_after_its_city_is_no_party(text):
    assert all("ARE" not in a and "KEN" not in a for a, _r in sides(text, "COERCE")) and sides(text, "COERCE")


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("칠레 외교장관은 6일 페루 외교장관과 회담하고 재발 방지를 요청했다.", "REQUEST", "CHL", "PER"),
    ("Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian Foreign Minister Hugo de Zela on Thursday "
     "and asked for measures to prevent a recurrence.", "REQUEST", "CHL", "PER"),
])
def test_a_request_at_a_meeting_that_names_no_one_asks_the_one_met(text, kind, actor, recipient):
    assert ([actor], [recipient]) in sides(text, kind, "2026-08-07")


def test_a_call_for_efforts_at_a_meeting_asks_no_one_in_particular():
    text = ("Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian Foreign Minister Hugo de Zela on "
            "Thursday and called for continued efforts.")
    assert (["CHL"], ["PER"]) not in sides(text, "REQUEST", "2026-08-07")


@pytest.mark.parametrize("text, kind", [
    ("Kenya and Uganda fought a border war from 1978 to 1979 before signing a peace deal in 1980.", "ASSAULT"),
    ("Kenya and Uganda signed a border treaty in 2019.", "AGREE"),
    ("이란은 2021년에도 한국 유조선을 나포했다.", "COERCE"),
    ("케냐와 우간다는 2019년에 국경 조약에 서명했다.", "AGREE"),
    # a statement or pact dated by a month more than `history_days` before the report is history too
    ("In May 2024, Kenya and Uganda signed a border treaty.", "AGREE"),
    ("Kenya vetoed a draft resolution drafted by Uganda in May 2024.", "REJECT"),
    ("케냐와 우간다는 2024년 5월 국경 조약에 서명했다.", "AGREE"),
    # the time of a named war: a year range before it, a 'when' clause after it, Korean '전쟁 당시/때'
    ("Kenya sent troops to Uganda during the 1978-79 Uganda-Tanzania War.", "MOBILIZE"),
    ("Their ties go back to the Uganda-Tanzania War, when Kenya sent troops to Uganda.", "MOBILIZE"),
    ("케냐는 우간다-탄자니아 전쟁 당시 우간다에 병력을 파병했다.", "MOBILIZE"),
])
def test_an_act_dated_by_an_earlier_year_alone_is_history(text, kind):
    assert sides(text, kind, "2026-07-08") == []


@pytest.mark.parametrize("text, kind", [
    ("Kenya and Uganda signed a border treaty in March 2026.", "AGREE"),  # within a year of the report
    ("케냐와 우간다는 2026년 3월 국경 조약에 서명했다.", "AGREE"),
    ("Kenya sent troops to Uganda on Monday, its first deployment since the Uganda-Tanzania War.", "MOBILIZE"),
    ("Kenya offered to hand over to Uganda two men suspected by police of bombing a bus station in 1998.", "AGREE"),
    ("케냐와 우간다는 2018년 합의에 따라 국경 조약에 서명했다.", "AGREE"),
])
def test_a_month_date_or_a_year_of_what_the_clause_tells_keeps_the_act(text, kind):
    assert sides(text, kind, "2026-07-08")


@pytest.mark.parametrize("text, people", [
    ("Chilean Foreign Minister Alberto van Klaveren held talks with South African Minister of International Relations "
     "and Cooperation Ronald Lamola in Santiago on Tuesday.", {"Alberto van Klaveren", "Ronald Lamola"}),
    ("조현 외교부 장관은 로널드 라몰라 남아프리카공화국 국제관계협력부 장관과 회담했다.", {"Cho Hyun", "Ronald Lamola"}),
])
def test_a_counterpart_with_a_long_title_is_the_meetings_party(text, people):
    assert any({p.name for p in e.participants} == people for e in events(text, "2026-09-29") if e.type == "CONSULT")


@pytest.mark.parametrize("text, actor, recipient", [
    ("칠레 외교장관은 볼리비아 문제에 대한 페루의 건설적 역할을 요청했다.", "CHL", "PER"),
    ("칠레 외교장관은 국경 문제에 관한 페루의 협조를 요청했다.", "CHL", "PER"),
    ("칠레 외교장관은 볼리비아에 대해 국경 개방을 촉구했다.", "CHL", "BOL"),
])
def test_a_topic_phrase_on_a_noun_is_no_addressee(text, actor, recipient):
    assert ([actor], [recipient]) in sides(text, "REQUEST")
