"""A use of force each side wages on the other, in both languages (clash49: pipeline/act_reciprocal.py,
lang/base fought_both_ways; lexicon `reciprocal_force_lemmas`, `reciprocal_force_re`):
- an exchange of fire, a clash, a skirmish, a firefight, fighting between two states ('A and B exchanged fire',
  'A clashed with B', 'a gunbattle between A and B troops', 'A와 B가 교전을 벌였다', '포격전을 주고받았다', '총격전'):
  both sides are its actors AND its recipients (each is the other's target);
- such a fight whose sentence names fewer than two sides ('The clashes began on Sunday.', 'a soldier of A died in an
  exchange of fire', '교전은 ... 시작됐다') takes the two warring states the story told before, only when they are
  unambiguous (the last sentence naming states names exactly two, or a fight of two states was told);
- forces sent to strike ('sent warplanes to bomb X', '전투기를 보내 X를 폭격했다') report the strike, one-sided, and no
  aid to X (lang/en/act_purposes.forces_sent_to_strike, lang/ko/act_clashes.forces_sent_to_strike);
- a third state never leaks in: a go-between ('talks hosted by X', 'X의 중재로') is no side; the sides of a fight
  named by a word for them ('양국은') are the two of the fight told before; a fight in a relative clause on a joined
  pair ('[무력 충돌을 벌인] A와 B가 ... 합의했다') is both of the pair's (lang/ko/act_relatives._head_agent);
- a one-sided attack stays one-sided, a fight of one state's own parts stays domestic, a clash of views is no force;
- the merged record keeps a party a report has on both sides of a fight (records.fought_both_ways)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.records import compose_event


def sides(text: str, kind: str = "ASSAULT") -> list[tuple[set[str], set[str]]]:
    """(actors, recipients) of every event of `kind` extracted from `text`."""
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published="2026-05-14").events if e.type == kind]


@pytest.mark.parametrize("text, pair", [
    ("Uzbek and Kyrgyz border guards exchanged fire near the enclave on Monday.", {"UZB", "KGZ"}),
    ("Sudan and Chad traded artillery fire across the frontier on Tuesday.", {"SDN", "TCD"}),
    ("Kenyan troops clashed with Somali forces near the border on Monday.", {"KEN", "SOM"}),
    ("A gunbattle between Bolivian and Paraguayan soldiers left three dead on Sunday.", {"BOL", "PRY"}),
    ("Two soldiers died in a short exchange of fire between Uzbek and Tajik guards on Monday.", {"UZB", "TJK"}),
    ("Heavy fighting broke out between Serbian and Kosovar police units on Tuesday.", {"SRB", "XKX"}),
    ("우즈베키스탄과 키르기스스탄 국경수비대가 11일 국경에서 교전을 벌였다.", {"UZB", "KGZ"}),
    ("수단군과 차드군이 12일 국경 지대에서 포격전을 주고받았다.", {"SDN", "TCD"}),
    ("케냐군은 11일 소말리아군과 교전했다.", {"KEN", "SOM"}),
    ("볼리비아와 파라과이 군이 10일 총격전을 벌였다.", {"BOL", "PRY"}),
])
def test_a_fight_each_side_wages_has_both_on_both_sides(text, pair):
    assert (pair, pair) in sides(text), sides(text)


@pytest.mark.parametrize("text, pair", [
    ("Sudan and Chad agreed to a truce on Wednesday. The clashes began on Sunday near the oasis.", {"SDN", "TCD"}),
    ("Uzbekistan and Kyrgyzstan signed a ceasefire on Wednesday. An Uzbek soldier was killed in a short exchange of "
     "fire on Monday.", {"UZB", "KGZ"}),
    ("수단과 차드가 13일 휴전에 합의했다. 교전은 지난 10일 오아시스 인근에서 시작됐다.", {"SDN", "TCD"}),
    ("우즈베키스탄과 키르기스스탄이 13일 휴전에 합의했다. 지난 11일 국경 총격전으로 우즈베키스탄 군인 1명이 숨졌다.",
     {"UZB", "KGZ"}),
])
def test_a_sideless_fight_takes_the_two_warring_states_told_before(text, pair):
    assert (pair, pair) in sides(text), sides(text)


@pytest.mark.parametrize("text, pair", [
    # a fight told in the relative clause on a joined pair, under an accord as the main act: both of the pair
    ("닷새째 국경에서 무력 충돌을 이어온 수단과 차드가 이집트의 중재로 휴전에 합의했다.", {"SDN", "TCD"}),
    ("지난달 국경에서 교전을 벌인 우즈베키스탄과 키르기스스탄이 감시단을 받아들이기로 합의했다.", {"UZB", "KGZ"}),
    # a go-between of the fight's end is no side
    ("Five days of clashes between Sudan and Chad killed 40 people before a truce was agreed at talks hosted by "
     "Egypt's president.", {"SDN", "TCD"}),
    # (force59: a fight's end, '교전은 ... 멈췄다', is no fight at all: lang/ko/act_halted.ended_fights)
    ("수단과 차드가 휴전에 합의했다. 교전은 28일 이집트의 중재로 열린 양국 정상 회담 직전까지 이어졌다.",
     {"SDN", "TCD"}),
    # 'the two countries' of a fight are the two of the fight told before, not the guests named since
    ("수단군과 차드군이 국경에서 충돌했다. 이날 회담에는 미국 대사와 중국 대사도 참석했다. 양국은 지난 10일 이후 "
     "곳곳에서 포격전을 벌여 왔다.", {"SDN", "TCD"}),
    ("수단군과 차드군이 국경에서 충돌했다. 이날 회담에는 미국 대사와 중국 대사도 참석했다. 양국은 지난 10일 차드 "
     "동부의 오아시스 인근에서 교전이 시작된 뒤 곳곳에서 포격전을 벌여 왔다.", {"SDN", "TCD"}),
])
def test_no_third_state_is_a_side_of_the_fight(text, pair):
    found = sides(text)
    assert (pair, pair) in found, found
    assert all(actors <= pair and recipients <= pair for actors, recipients in found), found


@pytest.mark.parametrize("text", [
    # the last sentence naming states names three: which two fought is not told
    "Sudan, Chad and Egypt held talks on Wednesday. The clashes began on Sunday near the oasis.",
    "수단, 차드, 이집트가 13일 회담했다. 교전은 지난 10일 오아시스 인근에서 시작됐다.",
])
def test_a_sideless_fight_after_three_states_takes_no_pair(text):
    assert all(len(actors) < 3 for actors, _ in sides(text)), sides(text)
    assert not any(actors == {"SDN", "TCD"} for actors, _ in sides(text)), sides(text)


@pytest.mark.parametrize("text, actor, target", [
    ("Kenya sent warplanes to bomb Somali positions on Monday.", "KEN", "SOM"),
    ("Sudanese artillery shelled Chadian villages on Tuesday.", "SDN", "TCD"),
    ("케냐군은 11일 소말리아 군사시설을 폭격했다.", "KEN", "SOM"),
    ("케냐군은 11일 전투기를 보내 소말리아 군사시설을 폭격했다.", "KEN", "SOM"),
])
def test_a_one_sided_attack_stays_one_sided(text, actor, target):
    assert ({actor}, {target}) in sides(text), sides(text)


@pytest.mark.parametrize("text", [
    "Kenya sent warplanes to bomb Somali positions on Monday.",
    "케냐군은 11일 전투기를 보내 소말리아 군사시설을 폭격했다.",
])
def test_forces_sent_to_strike_are_no_aid_to_the_side_struck(text):
    assert sides(text, "AID") == [], sides(text, "AID")


@pytest.mark.parametrize("text, kind, actor, target", [
    ("Rwanda sent troops to help Mozambique.", "AID", "RWA", "MOZ"),  # forces sent to help: military aid, as before
    ("케냐는 소말리아에 무기를 보냈다.", "AID", "KEN", "SOM"),
])
def test_forces_sent_to_help_stay_aid(text, kind, actor, target):
    assert ({actor}, {target}) in sides(text, kind), sides(text, kind)


@pytest.mark.parametrize("text", [
    "Kenyan police clashed with protesters in Nairobi on Monday.",
    "케냐 경찰이 11일 나이로비에서 시위대와 충돌했다.",
])
def test_a_clash_of_one_states_own_parts_stays_domestic(text):
    assert all(len({c for c in actors} | {c for c in recipients}) == 1 for actors, recipients in sides(text)), \
        sides(text)


def report(doc: str, actors: list[str], recipients: list[str]) -> dict:
    def ref(code: str) -> dict:
        return {"kind": "country", "id": f"cty_{code.lower()}", "name": code, "names": [], "country": code}
    return {"type": "ASSAULT", "mode": None, "status": "occurred", "date": "2026-05-10", "date_precision": "day",
            "date_basis": "text", "location": None, "actors": [ref(c) for c in actors],
            "recipients": [ref(c) for c in recipients], "contexts": [], "topics": [],
            "sources": [{"doc": doc, "start": 0, "end": 1}]}


def test_the_merged_record_of_a_fight_keeps_both_sides():
    merged = compose_event("ev_x", [report("a", ["SDN", "TCD"], ["SDN", "TCD"]), report("b", ["SDN"], ["TCD"])])
    assert [e["country"] for e in merged["recipients"]] == ["SDN", "TCD"]


def test_a_side_one_report_has_act_and_another_receive_is_still_named_once():
    merged = compose_event("ev_x", [report("a", ["SDN"], ["TCD"]), report("b", ["TCD"], ["SDN"])])
    assert [e["country"] for e in merged["recipients"]] == []
