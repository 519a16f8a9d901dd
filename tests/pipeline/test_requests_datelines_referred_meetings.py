"""Requests past abbreviations, dash datelines, meeting words referring back, short titles, anaphoric objects:
- an abbreviation's dots ('the U.N.', 'the U.S.') do not end the reach of 'called on X to' / 'asked X to':
  'called on the U.N. Security Council to act' is a request, not a visit;
- a wire dateline with a dash and no agency ('CANBERRA, Oct. 21 --') is a dateline, not the story's date;
- a meeting word that refers back ('During the talks', '회담에서') refers to the meeting of the same trip named
  by the same word, not to a courtesy call reported after it;
- a short title after a bare surname ('왕 부장에게') is the document's person, and no one where none was named;
- a past form after 'and' ('rejected the claim and warned X') is the subject's second act;
- an anaphoric object ('이를 규탄했다', 'condemned it') answers the act just reported;
- a place kiwi fuses with its particle ('캄팔라에서' as one proper noun) is the place and the particle, never a name;
- the genitive owner of a requested action ('캐나다 측의 지속적인 참여를 요청') is the one asked, over adnominal words.

Formerly tests/pipeline/test_lead13_classes.py; classes first read as "Classes found on the lead's held-out articles
(session 13), end to end on our own sentences, both languages" (docs/history.md)."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text
from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Kenya called on the U.N. Security Council to act on the crisis.",
    "Chile's president called upon the U.N. agencies to step up deliveries of aid.",
    "Peru called on the U.S. and the E.U. to lift the tariffs.",
])
def test_an_abbreviation_does_not_hide_the_requests_infinitive(text):
    kinds = [e.type for e in events(text)]
    assert "REQUEST" in kinds and "CONSULT" not in kinds


def test_a_visit_called_on_someone_is_still_a_meeting():
    found = events("Kenyan President William Ruto called on the U.S. Secretary of State Marco Rubio at his office.",
                   "2025-06-03")
    assert any(e.type == "CONSULT" for e in found)


@pytest.mark.parametrize("dateline", ["NAIROBI, March 12 -- ", "Nairobi, March 12, 2026 — ", "NAIROBI, 12 March 2026 - "])
def test_a_dateline_with_a_dash_and_no_agency_is_no_date_of_the_story(dateline):
    text = dateline + "Kenya's foreign minister met Ethiopia's foreign minister in Addis Ababa on Tuesday, officials said."
    assert [e.date for e in events(text) if e.type == "CONSULT"] == [dt.date(2026, 3, 10)]


@pytest.mark.parametrize("text, day", [
    ("Kenyan Foreign Minister Amina Wekesa held talks with Ugandan Foreign Minister Joseph Okello in Kampala on "
     "Tuesday. On Wednesday Wekesa paid a courtesy call on Ugandan President Daniel Mugisha. During the talks, "
     "Wekesa asked Uganda to reopen the border crossing.", 10),
    ("아미나 웨케사 케냐 외교장관은 10일 캄팔라에서 조지프 오켈로 우간다 외교장관과 회담을 했다. 웨케사 장관은 11일 "
     "대니얼 무기샤 우간다 대통령을 예방했다. 회담에서 웨케사 장관은 우간다에 국경 검문소 재개방을 요청했다.", 10),
])
def test_a_meeting_word_refers_to_the_meeting_it_names(text, day):
    assert [e.date for e in events(text) if e.type == "REQUEST"] == [dt.date(2026, 3, day)]


def test_a_recalled_meeting_of_the_same_word_is_not_the_one_referred_to():
    text = ("Kenyan Foreign Minister Amina Wekesa held talks with Ugandan Foreign Minister Joseph Okello on Tuesday. "
            "It followed talks between Wekesa and Ethiopian Foreign Minister Hana Tesfaye in February. In the talks, "
            "Wekesa asked Uganda to reopen the border crossing.")
    assert [e.date for e in events(text) if e.type == "REQUEST"] == [dt.date(2026, 3, 10)]


def test_a_short_title_after_a_surname_is_the_person_named_before():
    text = "왕이 중국 외교부장은 10일 조현 외교부 장관과 회담했다. 조 장관은 왕 부장에게 적절한 조치를 요구했다."
    assert sides(text, "REQUEST") == [(["KOR"], ["CHN"])]


@pytest.mark.parametrize("text", [
    "회사 측은 김 부장이 사표를 냈다고 밝혔다.",
    "최 부상은 이날 회의에 참석했다.",
])
def test_a_short_title_after_a_surname_names_no_one_the_story_did_not_name(text):
    article = extract_text(text, published="2026-03-12")
    assert [m.entity for m in article.mentions if m.span.label == "person"] == []


@pytest.mark.parametrize("text, kinds", [
    ("China rejected the claim and warned Manila to stop its provocations.", {"REJECT", "THREATEN"}),
    ("Egypt rejected the claim and accused Ethiopia of acting alone.", {"REJECT", "ACCUSE"}),
])
def test_a_past_form_after_and_is_the_subjects_second_act(text, kinds):
    assert kinds <= {e.type for e in events(text)}


def test_a_participle_describing_a_blocked_statement_is_still_no_act():
    text = "Hungary blocked a joint statement criticized by rights groups."
    assert "ACCUSE" not in {e.type for e in events(text)}


@pytest.mark.parametrize("text, judge", [
    ("북한은 10일 동해상으로 탄도미사일 2발을 발사했으며, 합동참모본부는 이를 강하게 규탄했다.", "KOR"),
    ("이란은 10일 중거리 미사일을 시험 발사했다. 이스라엘 외무부는 이를 강력히 규탄했다.", "ISR"),
    ("North Korea fired two missiles into the sea on Tuesday, and Japan strongly condemned it.", "JPN"),
    ("Iran test-fired a ballistic missile on Tuesday. Israel condemned this as a provocation.", "ISR"),
])
def test_an_anaphoric_object_answers_the_act_just_reported(text, judge):
    launcher = "PRK" if ("North Korea" in text or "북한" in text) else "IRN"
    assert ([judge], [launcher]) in sides(text, "ACCUSE")


@pytest.mark.parametrize("text, asked", [
    ("국방부는 캐나다 측의 지속적인 대북 제재 감시 활동 참여를 요청했다.", "CAN"),
    ("정부는 북한이 미사일을 발사한 것을 언급하며 호주 측의 적극적인 협력을 요청했다.", "AUS"),
    ("외교부는 일본 측의 성의 있는 호응을 촉구했다.", "JPN"),
])
def test_the_owner_of_a_requested_action_is_the_one_asked(text, asked):
    assert [r for _a, r in sides(text, "REQUEST")] == [[asked]]


@pytest.mark.parametrize("text, city, word", [
    ("케냐 외교장관은 10일 캄팔라에서 우간다 외교장관과 회담을 했다.", "Kampala", "캄팔라"),
    ("카자흐스탄 대통령은 10일 아스타나에서 키르기스스탄 대통령과 회담했다.", "Astana", "아스타나"),
])
def test_a_place_fused_with_its_particle_places_the_meeting_and_names_no_one(text, city, word):
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert [e.location and e.location.name for e in found] == [city]
    assert not any(word in name for e in found for p in e.participants for name in [p.name, *p.names])


def test_a_given_name_that_starts_like_a_city_stays_a_name():
    article = extract_text("다카이치 사나에 일본 총리는 10일 도쿄에서 조현 외교부 장관을 만났다.", published="2025-11-12")
    assert any(m.surface.startswith("다카이치 사나에") for m in article.mentions)


@pytest.mark.parametrize("text, kind, mode, target", [
    ("이스라엘군은 밤새 가자지구에 폭탄을 퍼부었다.", "ASSAULT", "aerial", "PSE"),
    ("러시아는 키이우에 미사일과 자폭 드론 수십 기를 퍼부었다.", "ASSAULT", "drone", "UKR"),
    ("이란 당국은 간첩 혐의로 프랑스인 교사 2명을 구속 기소했다.", "COERCE", "arrest", "FRA"),
])
def test_weapons_poured_and_a_held_indictment_are_material_acts(text, kind, mode, target):
    found = [e for e in events(text) if e.type == kind]
    assert [(e.mode, [r.country for r in e.recipients]) for e in found] == [(mode, [target])]


def test_a_drone_deployed_is_still_a_show_of_force():
    assert [e.type for e in events("중국군은 대만 주변 공역에 정찰 드론을 배치했다.")] == ["MOBILIZE"]


# Classes of the lead's second article batch (scored untouched first, then fixed by class):
# - a measure named without its author ('이번 결정을 [불법이라고] 비난') answers the act just reported, and a threat
#   naming no one ('보복 조치를 예고했다') is addressed to the other side of those acts;
# - a sanctions package approved or adopted ('제재안을 승인했다', '제재 결의안을 채택했다') is a sanction;
# - a subject before a relative clause whose verb has its object and whose head is a state ('A가 [B의 침공을 지원한]
#   C에 제재를') is the sentence's subject, also with a bracketed gloss ('유럽연합(EU)이');
# - a Korean city GeoNames writes with its suffix ('김해시') is found by the news's form ('김해');
# - a report's opening 'X said on Wednesday' is the story's day until a sentence states its own.
def test_a_measure_and_a_threat_answer_the_act_just_reported():
    text = "캐나다는 10일 니카라과에 추가 제재를 부과했다. 니카라과 외교부는 이번 결정을 내정간섭이라고 비난하며 보복 조치를 예고했다."
    assert sides(text, "SANCTION") == [(["CAN"], ["NIC"])]
    assert sides(text, "ACCUSE") == [(["NIC"], ["CAN"])]
    assert sides(text, "THREATEN") == [(["NIC"], ["CAN"])]


@pytest.mark.parametrize("text, actor, target", [
    ("유럽연합 이사회는 10일 미얀마 군부를 겨냥한 제재안을 승인했다.", "EUR", "MMR"),
    ("유엔 안보리는 남수단에 대한 제재 결의안을 채택했다.", "UNO", "SSD"),
])
def test_an_approved_sanctions_package_is_a_sanction(text, actor, target):
    assert sides(text, "SANCTION") == [([actor], [target])]


def test_a_rejected_sanctions_package_is_no_sanction():
    assert sides("유럽연합은 이란에 대한 제재안을 승인하지 않았다.", "SANCTION") == []


@pytest.mark.parametrize("text, actor, target", [
    ("유럽연합이 러시아의 침공을 지원한 벨라루스에 추가 제재를 단행했다.", "EUR", "BLR"),
    ("유럽연합(EU)이 러시아의 침공을 지원한 벨라루스에 추가 제재를 단행했다.", "EUR", "BLR"),
    ("미국이 북한에 무기를 공급한 러시아를 비난했다.", "USA", "RUS"),
])
def test_a_subject_before_a_subject_gap_relative_clause_acts(text, actor, target):
    kind = "ACCUSE" if "비난" in text else "SANCTION"
    assert sides(text, kind) == [([actor], [target])]


def test_a_subject_of_a_relative_clause_with_no_object_only_describes():
    """'[북한이 발사한] 미사일': the object is the gap, the subject the relative clause's own."""
    assert sides("일본은 북한이 발사한 미사일에 대해 항의했다.", "ACCUSE") == [(["JPN"], ["PRK"])]


@pytest.mark.parametrize("text, city", [
    ("한국 외교장관은 10일 경남 김해에서 베트남 외교장관과 회담했다.", "Kimhae"),
    ("한국 국방장관은 10일 경남 창원에서 폴란드 국방장관과 회담했다.", "Changwon"),
])
def test_a_korean_city_is_found_without_its_suffix(text, city):
    assert [e.location and e.location.name for e in events(text) if e.type == "CONSULT"] == [city]


def test_a_reports_opening_said_day_dates_what_it_reports_next():
    text = ("NAIROBI, March 12 (Reuters) - Kenya's army said on Wednesday that its troops had repelled an attack "
            "near the border.\n\nKenya's foreign ministry accused Somalia of sheltering the attackers.")
    assert [e.date for e in events(text, "2026-03-12") if e.type == "ACCUSE"] == [dt.date(2026, 3, 11)]


@pytest.mark.parametrize("text, kind", [
    ("북한은 10일 동해를 향해 탄도미사일 2발을 발사했다.", "MOBILIZE"),  # a named sea: no target
    ("중국군은 남중국해를 향해 미사일을 쐈다.", "MOBILIZE"),
    ("북한은 10일 일본을 향해 탄도미사일을 발사했다.", "ASSAULT"),  # a state aimed at: force used on it
])
def test_a_launch_toward_a_named_sea_is_a_show_of_force(text, kind):
    assert [e.type for e in events(text)] == [kind]


def test_a_meeting_held_before_a_decision_is_no_agreement_to_meet():
    """'B와 회담하고 ... 공조해 나가기로 했다': the meeting word in the connective clause was held; the decision
    (a generic pledge) is the later clause's."""
    found = events("아나 소우자 브라질 외교장관은 10일 아르헨티나 외교장관과 회담하고 무역 문제에 대해 계속 공조해 "
                   "나가기로 했다.")
    agreements = [e for e in found if e.type == "AGREE"]
    assert [e.type for e in found if e.type == "CONSULT"] == ["CONSULT"]
    assert agreements and all(e.generic and e.trigger != "회담하" for e in agreements)


@pytest.mark.parametrize("text, kind, actor, target", [
    ("Turkey lifted its veto on Finland's membership after months of talks.", "CONCEDE", "TUR", "FIN"),
    ("Hungary withdrew its objection to Moldova's accession talks.", "CONCEDE", "HUN", "MDA"),
    ("Hungary vetoed Moldova's accession talks.", "REJECT", "HUN", "MDA"),
])
def test_a_veto_given_up_is_a_concession(text, kind, actor, target):
    assert (kind, [actor]) in [(e.type, [p.country for p in e.participants]) for e in events(text)]
    assert target in [r.country for e in events(text) if e.type == kind for r in e.recipients]


def test_a_veto_kept_is_no_concession():
    assert "CONCEDE" not in [e.type for e in events("Turkey did not lift its veto on Finland's membership.")]


@pytest.mark.parametrize("text, kinds", [
    ("Chile and Peru agreed to expand joint naval patrols along their maritime border.", ["AGREE"]),
    ("Japan and the Philippines agreed to hold joint drills and to share intelligence.", ["AGREE"]),
    ("Egypt agreed to host the talks and urged Israel to halt its strikes.", ["AGREE", "REQUEST"]),
])
def test_what_was_agreed_is_no_act_besides_the_agreement(text, kinds):
    assert sorted(e.type for e in events(text)) == kinds


@pytest.mark.parametrize("text, recipients", [
    ("Kenya condemned an Ethiopian strike on a market near the border and called on the U.N. to investigate.", []),
    ("Kenya condemned an Ethiopian strike on Somalia and called on the U.N. to investigate.", ["SOM"]),
])
def test_an_act_nouns_party_stops_at_a_coordinated_verb(text, recipients):
    """The U.N. in the second verb's clause is the request's addressee, never the struck side."""
    assert [[r.country for r in e.recipients] for e in events(text) if e.type == "ASSAULT"] == [recipients]


@pytest.mark.parametrize("text, actors, recipients", [
    ("Chile's Foreign Minister Alberto van Klaveren highlighted the coming ASEAN summit in Vientiane and reiterated "
     "the invitation to President Xi Jinping.", ["CHL"], ["CHN"]),
    ("Japan criticized China at the G20 foreign ministers' meeting in Johannesburg.", ["JPN"], ["CHN"]),
    ("G20 외교장관회의에서 일본은 중국을 비판했다.", ["JPN"], ["CHN"]),
])
def test_a_body_in_a_gatherings_name_is_no_party(text, actors, recipients):
    found = [e for e in events(text) if e.type in ("REQUEST", "ACCUSE")]
    assert [([p.country for p in e.participants], [r.country for r in e.recipients]) for e in found] \
        == [(actors, recipients)]


@pytest.mark.parametrize("text, actor", [
    ("The UN General Assembly condemned the annexation of the region by Russia.", "UNO"),
    ("유엔 안보리는 북한의 미사일 발사를 규탄했다.", "UNO"),
])
def test_a_body_that_acts_is_still_a_party(text, actor):
    assert actor in [p.country for e in events(text) if e.type == "ACCUSE" for p in e.participants]


def test_a_first_verbs_party_stops_at_a_coordinated_verb():
    """'praised the summit and renewed the invitation to X': X is the invitation's, the praise is aimed at no state."""
    text = "Chile's foreign minister praised the coming ASEAN summit in Vientiane and renewed the invitation to Xi Jinping."
    assert [[r.country for r in e.recipients] for e in events(text) if e.type == "SUPPORT"] in ([], [[]])


@pytest.mark.parametrize("text, target", [
    ("북한은 대만 출신 이주민들을 추방했다.", "TWN"),
    ("태국 정부는 미얀마 출신 노동자들을 추방했다.", "MMR"),
])
def test_a_people_phrase_that_runs_into_the_act_noun_is_its_target(text, target):
    """'[대만 출신 이주민들]을 추방': the people phrase ends in the act's own pair noun; its state receives the act."""
    assert [r.country for e in events(text) if e.type == "COERCE" for r in e.recipients] == [target]


@pytest.mark.parametrize("text", [
    "Egypt rejected Ethiopia's proposal and accused Sudan of acting alone.",
    "Egypt rejected the Ethiopian proposal and accused Sudan of acting alone.",
    "Egypt welcomed the Ethiopian peace plan and urged Sudan to join the talks.",
])
def test_a_name_in_the_first_verbs_object_is_not_the_second_verbs_subject(text):
    second = [e for e in events(text) if e.type in ("ACCUSE", "REQUEST")]
    assert [[p.country for p in e.participants] for e in second] == [["EGY"]]


@pytest.mark.parametrize("text", [
    "Chile's foreign minister renewed his request for Peru's president to attend the ASEAN forum.",
    "칠레 외교장관은 페루 대통령이 아세안 회의에 참석하도록 요청했다.",
])
def test_a_body_to_be_attended_is_not_the_one_asked(text):
    assert all(r.country not in ("IGO", "UNO") for e in events(text) for r in e.recipients)
