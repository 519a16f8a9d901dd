"""(meetset71) A meeting named only as the scene of its clause, with its partner ('At the summit with B, A's president
discussed trade', 'A 대통령은 B와의 정상회담에서 ... 논의했다'): the meeting took place, CONSULT between the clause's
subject and the partner, in both languages (Language.held_as_setting; pipeline/states.state_parties reads its parties
as a predicate's, states too). Our own sentences, with rows that must not fire: a meeting still ahead ('ahead of',
'앞두고'), one recalled as history ('since', '이후'), one whose own pair the word names ('between B and C', 'B와 C의'),
and a scene whose clause names the partner and an object but no subject side (docs/coding-choices.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[tuple[frozenset[str], str | None, str]]:
    return [(frozenset(p.country for p in e.participants), e.mode, e.status)
            for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, pair, mode", [
    ("At the summit with Uruguay, Paraguay's president discussed river trade.", {"PRY", "URY"}, None),
    ("At the summit with Uruguay on Monday, Paraguayan President Tomas Arrieta discussed river trade.",
     {"PRY", "URY"}, None),
    ("On the sidelines of talks with Uruguay, Paraguay's foreign minister said river trade would grow.",
     {"PRY", "URY"}, None),
    ("Paraguayan President Tomas Arrieta said at the summit with Uruguay that river trade would grow.",
     {"PRY", "URY"}, None),
    ("During a phone call with Uruguay's president, Paraguay's president discussed river trade.",
     {"PRY", "URY"}, "phone"),
    ("At Thursday's talks with Tanzania, Kenya's foreign minister raised the fishing quota.", {"KEN", "TZA"}, None),
    ("Kenya's foreign minister said the fishing quota would rise, speaking at the talks with Tanzania's foreign minister.",
     {"KEN", "TZA"}, None),
    ("파라과이 대통령은 우루과이와의 정상회담에서 하천 무역 협력을 논의했다.", {"PRY", "URY"}, None),
    ("우루과이와의 회담에서 파라과이 외교장관은 하천 무역이 늘 것이라고 말했다.", {"PRY", "URY"}, None),
    ("파라과이 외교장관은 우루과이 외교장관과의 회담에서 하천 무역을 논의했다.", {"PRY", "URY"}, None),
    ("우루과이와의 정상회담 자리에서 파라과이 대통령은 하천 무역 협력을 논의했다.", {"PRY", "URY"}, None),
    ("케냐 외교장관은 탄자니아와의 회담에서 어업 쿼터 문제를 제기했다.", {"KEN", "TZA"}, None),
])
def test_a_meeting_with_a_partner_as_the_scene_was_held(text, pair, mode):
    found = consults(text)
    assert (frozenset(pair), mode, "occurred") in found, events(text)


@pytest.mark.parametrize("text, pair", [
    ("At next week's summit with Uruguay, Paraguay will seek a river trade deal.", {"PRY", "URY"}),
    ("파라과이 대통령은 다음 주 우루과이와의 정상회담에서 하천 무역 협정을 추진할 예정이다.", {"PRY", "URY"}),
])
def test_a_scene_still_to_come_is_a_planned_meeting(text, pair):
    found = consults(text)
    assert found, events(text)
    assert all(status == "planned" for _pair, _mode, status in found), found
    assert frozenset(pair) in {p for p, _mode, _status in found}, found


@pytest.mark.parametrize("text", [
    "Paraguay's president will raise river trade at the summit with Uruguay.",
    "At the summit with Uruguay on Friday, Paraguay's president is expected to raise river trade.",
])
def test_a_scene_after_a_future_verb_is_no_meeting_held(text):
    assert all(status != "occurred" for _pair, _mode, status in consults(text)), events(text)


@pytest.mark.parametrize("text", [
    "Ahead of the summit with Uruguay, Paraguay's president discussed river trade.",
    "Since the summit with Uruguay last year, Paraguay has expanded river trade.",
    "At the summit between Uruguay and Bolivia, Paraguay said it wanted more river trade.",
    "At the summit with Uruguay, officials criticized Bolivia.",
    "Paraguay is in talks with Uruguay on a river trade deal.",
    "우루과이와의 정상회담을 앞두고 파라과이 대통령은 하천 무역 협력을 논의했다.",
    "지난해 우루과이와의 정상회담 이후 파라과이는 하천 무역을 확대했다.",
    "우루과이와 볼리비아의 정상회담에서 파라과이는 하천 무역 확대를 원한다고 말했다.",
    "우루과이와의 정상회담에서 관리들은 볼리비아를 비판했다.",
])
def test_no_meeting_held_with_the_partner_as_scene(text):
    found = consults(text)
    assert not [f for f in found if f[2] == "occurred" and "PRY" in f[0]], events(text)
    assert not [f for f in found if f[0] == frozenset({"URY", "BOL"})], events(text)


@pytest.mark.parametrize("text", [
    "우루과이는 파라과이와의 회담에서 볼리비아를 규탄했다.",  # (meetset71: was a no-meeting row of test_talks_taken_part_in)
    "At the talks with Paraguay, Uruguay condemned Bolivia.",
])
def test_the_scenes_object_is_no_party(text):
    found = consults(text)
    assert (frozenset({"URY", "PRY"}), None, "occurred") in found, events(text)
    assert not [f for f in found if "BOL" in f[0]], events(text)
