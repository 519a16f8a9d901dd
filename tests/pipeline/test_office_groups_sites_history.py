"""Office groups with unknown holders, sites a strike landed near, rivals, history, undated lead acts:
- an office group naming a state whose holder the knowledge base does not know, beside states whose holders it
  knows ('spoke by phone with the foreign ministers of A and B', '인도와 B 외교장관과 통화했다'), gives that state a
  meeting of its own: a state is folded into a named meeting only when that meeting already has it;
- a state named only as the owner of a site a strike landed near ('struck a village near the Japanese embassy',
  '일본 대사관 인근 건물을 포격') is where it landed, not whom it hit (pipeline/act_recipient_readers.sites_nearby); a
  place so named ('near Tyre') is the territory struck;
- states named as the two sides of a conflict ('the two rivals', 'the warring neighbours', '두 앙숙') stand for
  the sides of the latest conflict act, not for the parties of the latest meeting (Language.adversary_references,
  pipeline/act_side_items.state_group_items);
- a material act its own clause dates by a day or month a year or more before the report ('fought a brief war in
  May 2025', told in late 2026) is history, as one dated by an earlier year alone is (pipeline/act_dates.history);
- a lead's act dated only by the report and the body's same act dated a few days before it are one act
  (pipeline/consolidate.told_undated);
- a Korean condemnation of a use or show of force named without its author ('이번 공습을 규탄했다', '이번 훈련을
  비난했다') aims at whoever struck or mobilized last: the force nouns are derived from the act lexicon's ASSAULT and
  MOBILIZE entries (lang/ko/act_table.force_nouns), not listed by hand;
- an unknown foreign name before a Korean title whose last word kiwi reads as a bare verb stem ('다르/VA', no
  ending: no Korean verb form) and whose first word it reads as a common noun is one person of the title's state;
  a date before the name ('11일') is no part of it (lang/ko/mentions: bare_stem, unknown_given_name, chain_before);
- English: a name with its title before it keeps it, and a title after its comma belongs to the next name
  ('Kenyan Foreign Minister X, Secretary of State Y'; lang/en/mentions.title_of_next); 'calls with' is a meeting
  word however the calls are qualified ('In separate calls with A and B, C ...');
- a country's name after a water body's noun and 'of' ('the Gulf of Finland', 'the Sea of Japan') is the feature's
  name, no state (countries.yaml not_after_en); a Korean year with its part ('2023년 말에도') dates history as
  the bare year does (ko lexicon past_year_re);
- a short name opening a sentence before an appositive ('Ruto, a longtime critic of X, used ...') is its subject,
  so the next sentence's 'He' is that person, not the meeting's states (lang/en/language.short_name_role);
- a city of a state glued before one of its listed agencies or the agency's local office ('포항해경', '여수해양경찰서',
  '대구경찰청') is that state's agency (lang/ko/organizations.local_offices, lexicon local_office_forms);
- English: the act of a relative clause on a name ('spoke with X, who urged Y to ...') is X's, not the meeting's
  parties' (lang/en/clauses.who_then_verb_re); a perfect one ('X, who has vowed ...') tells a trait, not news;
- English: 'to X' after a transfer ('the supply of arms to Russia') is where something goes, no place where anyone
  is, so it never places a visit's meetings (lang/en/places.py, lexicon transfer_goal_before_re).

Formerly tests/pipeline/test_lead16_classes.py; classes first read as "Classes found on the lead's held-out articles
(session 16), end to end on our own sentences, both languages" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


def meeting_parties(text: str, published: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text, published) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, published, expected", [
    ("Secretary of State Marco Rubio spoke by phone with the foreign ministers of India and Fiji on Monday.",
     "2026-05-20", [{"USA", "IND"}, {"USA", "FJI"}]),
    ("Japanese Prime Minister Sanae Takaichi spoke by phone with the leaders of China and Tonga on Friday.",
     "2026-02-14", [{"JPN", "CHN"}, {"JPN", "TON"}]),
    ("마코 루비오 미국 국무장관은 19일 인도와 피지 외교장관과 각각 통화했다.", "2026-05-20", [{"USA", "IND"}, {"USA", "FJI"}]),
])
def test_a_state_with_no_known_holder_in_an_office_group_keeps_its_own_meeting(text, published, expected):
    found = meeting_parties(text, published)
    assert all(parties in found for parties in expected), found


@pytest.mark.parametrize("text, published", [
    ("Marco Rubio met Wang Yi in Beijing on Monday, and U.S. and Chinese officials also held talks on trade.",
     "2026-05-20"),
    ("조현 외교부 장관은 19일 왕이 중국 외교부장과 회담했으며, 한중 양국 대표단도 협의를 가졌다.", "2026-05-20"),
])
def test_a_state_meeting_of_the_named_meetings_states_is_still_folded_into_it(text, published):
    found = meeting_parties(text, published)
    assert len(found) == 1, found


@pytest.mark.parametrize("text, actor, absent, present", [
    ("Sudanese paramilitary drones struck a market near the Egyptian embassy in Khartoum on Sunday.", "SDN", "EGY", None),
    ("Israeli jets struck a village near the Irish peacekeepers' base in southern Lebanon on Monday.", "ISR", "IRL", "LBN"),
    ("Russian missiles struck a hotel two kilometres from the Polish consulate on Friday.", "RUS", "POL", None),
    ("이스라엘군이 14일 레바논 남부의 아일랜드군 부대 주둔지 인근 마을을 공습했다.", "ISR", "IRL", "LBN"),
    ("러시아군이 키이우의 이집트 대사관 인근 시장을 드론으로 공습했다.", "RUS", "EGY", None),
])
def test_a_state_owning_a_site_a_strike_landed_near_is_not_hit(text, actor, absent, present):
    found = sides(text, "ASSAULT", "2026-06-20")
    assert found and all(absent not in r for _a, r in found), found
    assert any(actor in a for a, _r in found), found
    assert present is None or any(present in r for _a, r in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("Russian missiles struck the Polish consulate in Lviv on Friday.", "RUS", "POL"),
    ("Israeli jets struck near Tyre in southern Lebanon on Monday.", "ISR", "LBN"),
    ("이스라엘군이 레바논 남부 티레 인근을 공습했다.", "ISR", "LBN"),
    ("북한군이 한국 해병대 기지를 포격했다.", "PRK", "KOR"),
])
def test_a_strike_on_a_site_or_near_a_place_still_hits_its_state(text, actor, recipient):
    assert any(actor in a and recipient in r for a, r in sides(text, "ASSAULT", "2026-06-20"))


@pytest.mark.parametrize("text, published, actors", [
    ("Kenyan President William Ruto spoke with Eritrea's president by phone. Ethiopia accused Eritrea of shelling "
     "its border towns on Monday. The two old rivals agreed on Wednesday to a ceasefire.", "2026-03-06", {"ETH", "ERI"}),
    ("Armenia accused Azerbaijan of shelling its villages on Sunday. The warring neighbours agreed on Tuesday to "
     "a ceasefire.", "2026-03-06", {"ARM", "AZE"}),
    ("에티오피아는 2일 에리트레아가 국경 마을을 포격했다고 비난했다. 두 앙숙은 4일 휴전에 합의했다.", "2026-03-06", {"ETH", "ERI"}),
])
def test_the_two_rivals_are_the_sides_of_the_latest_conflict(text, published, actors):
    agreed = [set(a) for a, _r in sides(text, "AGREE", published)]
    assert actors in agreed, agreed


@pytest.mark.parametrize("text, published", [
    ("Ethiopia and Eritrea fought a brief border war in March 2024, before a truce.", "2026-03-06"),
    ("Peru's navy seized two Chilean fishing boats in June 2024, the ministry recalled.", "2026-03-06"),
])
def test_an_act_dated_a_year_or_more_before_the_report_is_history(text, published):
    assert not [e for e in events(text, published) if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text, published, kind", [
    ("Ethiopia and Eritrea fought a brief border clash on March 2, 2026.", "2026-03-06", "ASSAULT"),
    ("Peru's navy seized two Chilean fishing boats in January, the ministry said.", "2026-03-06", "COERCE"),
])
def test_an_act_of_the_reports_days_is_no_history(text, published, kind):
    assert [e for e in events(text, published) if e.type == kind]


@pytest.mark.parametrize("text", [
    "Peruvian drones struck Chilean border posts, raising tensions. Chile's army said Peru struck the posts on Monday night.",
    "페루가 칠레 국경 초소를 드론으로 타격하면서 긴장이 고조됐다. 칠레군은 페루가 9일 밤 국경 초소를 타격했다고 밝혔다.",
])
def test_a_leads_undated_act_is_the_bodys_dated_one(text):
    found = [e for e in events(text, "2026-11-11") if e.type == "ASSAULT"]
    assert len(found) == 1 and str(found[0].date) == "2026-11-09", [(e.date, e.trigger) for e in found]


def test_an_undated_act_is_not_one_dated_weeks_before():
    text = "Peruvian drones struck Chilean border posts. Peru also struck the posts on October 20, the army said."
    assert len([e for e in events(text, "2026-11-11") if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize("text, actor, recipient", [
    ("러시아군이 3일 우크라이나 남부 항구를 폭격했다. 튀르키예 외무부는 이번 폭격을 강력히 규탄했다.", "TUR", "RUS"),
    ("아제르바이잔군이 3일 아르메니아 국경 마을을 포격했다. 아르메니아 정부는 이번 포격을 규탄했다.", "ARM", "AZE"),
    ("Russian jets bombed a port in southern Ukraine on Tuesday. Turkey's foreign ministry condemned the bombing.",
     "TUR", "RUS"),
])
def test_a_condemned_use_of_force_named_without_its_author_aims_at_the_striker(text, actor, recipient):
    assert any(actor in a and recipient in r for a, r in sides(text, "ACCUSE", "2026-06-04"))


@pytest.mark.parametrize("text, name, country", [
    ("조현 외교부 장관은 11일 하미드 모르 수단 외교장관과 회담했다.", "하미드 모르", "SDN"),
    ("조현 외교부 장관은 11일 유세프 다르 요르단 외교장관과 통화했다.", "유세프 다르", "JOR"),
    ("조현 외교부 장관은 11일 유세프 다르 요르단 부총리 겸 외교장관과 통화했다.", "유세프 다르", "JOR"),
])
def test_an_unknown_name_kiwi_reads_as_a_noun_and_a_verb_stem_is_one_person(text, name, country):
    met = [p for e in events(text, "2026-11-12") if e.type == "CONSULT" for p in e.participants]
    assert any(p.name == name and p.country == country for p in met), [(p.name, p.country) for p in met]


def test_a_common_noun_before_a_known_name_and_its_ministry_is_no_name():
    met = [p.name for e in events("조현 장관은 11일 예시 문서 보기 마코 루비오 미국 국무장관과 통화했다.", "2026-11-12")
           for p in e.participants]
    assert "Marco Rubio" in met and not any("보기" in n for n in met), met


@pytest.mark.parametrize("text, pairs", [
    ("In a call with Kenyan Foreign Minister Musalia Mudavadi, Secretary of State Marco Rubio discussed Sudan.",
     [{"USA", "KEN"}]),
    ("In separate calls with Japanese Foreign Minister Toshimitsu Motegi and Kenyan Foreign Minister Musalia Mudavadi, "
     "Secretary of State Marco Rubio discussed shipping.", [{"USA", "JPN"}, {"USA", "KEN"}]),
])
def test_a_call_with_a_titled_name_before_another_titled_name(text, pairs):
    found = meeting_parties(text, "2026-05-20")
    assert all(p in found for p in pairs), found


def test_a_title_after_a_comma_still_names_the_name_before_it():
    people = {p.name: p.country for e in events("Nikol Pashinyan, Armenia's prime minister, met Ilham Aliyev in Abu "
                                                "Dhabi.", "2026-05-20") for p in e.participants}
    assert people.get("Nikol Pashinyan") == "ARM", people


@pytest.mark.parametrize("text, absent", [
    ("The Estonian navy detained a tanker in the Gulf of Finland on Monday.", "FIN"),
    ("Mexican marines seized a vessel in the Gulf of Honduras on Monday.", "HND"),
    ("Russian warships sailed through the Sea of Japan on Monday, officials in Seoul said.", "JPN"),
])
def test_a_country_in_a_water_bodys_name_is_no_state(text, absent):
    found = [(p.country, [r.country for r in e.recipients]) for e in events(text, "2026-01-20")
             for p in e.participants]
    assert not any(absent == a or absent in r for a, r in found), found


@pytest.mark.parametrize("text", ["칠레 해군은 2023년 말에도 페루 어선을 나포했다.", "페루 경찰은 2022년 초에 볼리비아 국적자들을 체포했다."])
def test_a_korean_year_with_its_part_is_history(text):
    assert not [e for e in events(text, "2026-01-21") if e.type == "COERCE"]


@pytest.mark.parametrize("text", [
    "NAIROBI (AP) - Kenya and Ghana agreed on Monday to expand trade, as visiting Ghanaian President John Mahama held "
    "talks with Kenyan President William Ruto. Mahama, a longtime advocate of African unity, praised the summit. "
    "He also urged Nigeria to reopen its border.",
])
def test_a_short_name_before_an_appositive_is_the_next_pronouns_antecedent(text):
    assert (["GHA"], ["NGA"]) in sides(text, "REQUEST", "2026-05-20")


@pytest.mark.parametrize("text, kind, recipient", [
    ("포항해경은 7일 일본 어선 1척을 나포했다.", "COERCE", "JPN"),
    ("여수해양경찰서는 8일 베트남 선원들을 석방했다.", "RETREAT", "VNM"),
    ("대구경찰청은 9일 필리핀 국적자 3명을 체포했다.", "COERCE", "PHL"),
])
def test_a_city_glued_before_a_states_agency_is_that_states_agency(text, kind, recipient):
    assert (["KOR"], [recipient]) in sides(text, kind, "2026-03-10")



@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Kenyan President William Ruto spoke on Monday with Ghanaian President John Mahama, who urged Togo to reopen "
     "the border.", "REQUEST", "GHA", "TGO"),
    ("Chilean Foreign Minister Alberto van Klaveren met EU foreign policy chief Kaja Kallas, who expressed the "
     "bloc's full support for Chile.", "SUPPORT", "EUR", "CHL"),
])
def test_a_relative_clauses_act_is_its_antecedents(text, kind, actor, recipient):
    assert ([actor], [recipient]) in sides(text, kind, "2026-01-20")


@pytest.mark.parametrize("text, city", [
    ("NAIROBI (AP) - Ghanaian President John Mahama held talks with Kenyan President William Ruto on Monday. Mahama "
     "used the visit to condemn the sale of weapons to Sudan.", "Nairobi"),
    ("Chinese President Xi Jinping flew to Moscow on Monday and met Vladimir Putin, days after new exports of chips "
     "to Iran were reported.", "Moscow"),
])
def test_a_transfers_goal_places_no_meeting(text, city):
    places = [e.location.name for e in events(text, "2026-10-28") if e.type == "CONSULT" and e.location]
    assert places and all(p == city for p in places), places
