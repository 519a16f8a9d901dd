"""(enkidnap46) A website, computers or a network hacked or breached, in both languages: 'hacked the website of X',
'breached X's computer network', Korean 'X 웹사이트를 해킹했다' are the manual's COERCE cyber ("hacking, security
breaches, website attacks"), aimed at the owner. English had taken 'hacked the website' for a website published (the
informational objects a verb may publish) and CAMEO's modeless 'hack' + website row for the act; hackers named by their
state are criminals (CRM) in both languages. Negative rows: a shop broken into, a website launched or a ceasefire
breached are no cyber act. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sector_sides, sides

HACKS = [
    # (text, actor, recipient)
    ("Iranian hackers hacked the website of Ghana's finance ministry on Sunday.", "IRN", "GHA"),
    ("Iran hacked the website of the Ghanaian finance ministry on Sunday.", "IRN", "GHA"),
    ("Russian hackers breached the computer network of Ghana's electoral commission.", "RUS", "GHA"),
    ("이란 해커들이 일요일 가나 재무부 웹사이트를 해킹했다.", "IRN", "GHA"),
]


@pytest.mark.parametrize("text,actor,recipient", HACKS)
def test_a_website_or_network_hacked_is_a_cyber_act(text, actor, recipient):
    assert [e.mode for e in events(text) if e.type == "COERCE"] == ["cyber"]
    assert sides(text, "COERCE") == [([actor], [recipient])]


@pytest.mark.parametrize("text", [
    "Iranian hackers hacked the website of Ghana's finance ministry on Sunday.",
    "이란 해커들이 일요일 가나 재무부 웹사이트를 해킹했다.",
])
def test_hackers_named_by_their_state_are_criminals(text):
    acting, _ = sector_sides(text, "COERCE")
    assert acting == {("IRN", "CRM")}


NOT_CYBER = [
    "Burglars broke into a jewellery shop in Accra on Sunday.",
    "Ghana's finance ministry launched a new website on Sunday.",
    "Togolese troops breached the ceasefire near the Ghanaian border on Sunday.",
    "절도범들이 일요일 아크라의 보석 가게에 침입했다.",
]


@pytest.mark.parametrize("text", NOT_CYBER)
def test_no_computers_attacked_is_no_cyber_act(text):
    assert not [e for e in events(text) if e.type == "COERCE" and e.mode == "cyber"]


# (kotwin46) a website or computers attacked: the manual's "website attacks", COERCE cyber in both languages; a
# communications network or a base attacked may be bombed and stays ASSAULT
ATTACKED_COMPUTERS = [
    ("Iranian hackers attacked the website of Ghana's foreign ministry on Sunday.", "IRN", "GHA"),
    ("Iranian hackers attacked the servers of Ghana's central bank on Sunday.", "IRN", "GHA"),
    ("이란 해커들이 일요일 가나 외교부 웹사이트를 공격했다.", "IRN", "GHA"),
    ("이란 해커들이 지난주 가나 중앙은행 서버를 공격했다.", "IRN", "GHA"),
    ("이란은 일요일 가나 외교부 전산망을 마비시켰다.", "IRN", "GHA"),
]


@pytest.mark.parametrize("text,actor,recipient", ATTACKED_COMPUTERS)
def test_a_website_or_computers_attacked_is_a_cyber_act(text, actor, recipient):
    assert [(e.type, e.mode) for e in events(text) if e.type in ("COERCE", "ASSAULT")] == [("COERCE", "cyber")]
    assert sides(text, "COERCE") == [([actor], [recipient])]


@pytest.mark.parametrize("text", [
    "Togolese troops attacked the communications network of Ghana on Sunday.",
    "토고군은 일요일 가나 통신망을 공격했다.",
    "토고군은 일요일 가나 국경 초소를 공격했다.",
])
def test_networks_or_posts_attacked_by_troops_stay_force(text):
    found = [(e.type, e.mode) for e in events(text) if e.type in ("COERCE", "ASSAULT")]
    assert found and all(t == "ASSAULT" for t, _ in found), found
