"""coup48: coups, joined sanctions, interceptions and ransomware, in both languages. Our own sentences.

- A seizure of power by force inside a state (CAMEO 180 overthrow -> PLOVER ASSAULT, pro_autocracy context): 'staged
  a coup', 'deposed the president', '쿠데타를 일으켰다', '쿠데타로 정권을 장악했다': the state's army acts, its own
  government receives. Negative rows: a coup bid foiled, a premier voted out, a capsized ferry.
- A sanction joined ('Canada joined the sanctions against X') is the joiner's SANCTION on the target; a refusal to
  join ('대러 제재 동참을 거부했다') is none.
- Munitions intercepted are air defence (lang/en/act_interceptions, lang/ko/act_interceptions): no ASSAULT by the
  interceptor in either language.
- A ransomware attack is the manual's COERCE cyber, as '랜섬웨어 공격' is in Korean, never an ASSAULT.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

COUPS = [
    # (text, actor, recipient: the acting army's own state)
    ("Malian soldiers ousted the president in a coup on Tuesday, state radio said.", "MLI", "MLI"),
    ("Malian soldiers deposed President Idrissa Kone late on Tuesday.", "MLI", "MLI"),
    ("Gabonese soldiers toppled the government of Gabon overnight.", "GAB", "GAB"),
    ("말리 군부가 19일 쿠데타를 일으켜 이드리사 코네 대통령을 축출했다.", "MLI", "MLI"),
    ("가봉 군부는 19일 새벽 쿠데타로 정권을 장악했다.", "GAB", "GAB"),
]


@pytest.mark.parametrize("text,actor,recipient", COUPS)
def test_a_coup_is_the_army_assaulting_its_own_government(text, actor, recipient):
    assert ([actor], [recipient]) in sides(text, "ASSAULT")


NOT_COUPS = [
    "A failed coup attempt was foiled in Mali on Tuesday, officials said.",
    "Malian lawmakers ousted the prime minister in a confidence vote on Tuesday.",
    "말리에서 19일 쿠데타 시도가 저지됐다고 당국이 밝혔다.",
    "가봉 해안에서 19일 여객선이 전복했다.",
]


@pytest.mark.parametrize("text", NOT_COUPS)
def test_a_foiled_bid_or_a_vote_is_no_coup(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]


JOINED = [
    ("Canada joined the sanctions against Russia on Thursday.", "CAN", "RUS"),
    ("Norway joined the European embargo against Belarus on Thursday.", "NOR", "BLR"),
    ("캐나다도 19일 대러 제재에 동참했다.", "CAN", "RUS"),
    ("노르웨이는 19일 벨라루스에 대한 제재에 합류했다.", "NOR", "BLR"),
]


@pytest.mark.parametrize("text,actor,recipient", JOINED)
def test_a_joined_sanction_is_the_joiner_s(text, actor, recipient):
    assert sides(text, "SANCTION") == [([actor], [recipient])]


NOT_JOINED = [
    "Canada refused to join the sanctions against Russia on Thursday.",
    "Norway has not joined the embargo against Belarus, its minister said.",
    "캐나다는 19일 대러 제재 동참을 거부했다.",
    "캐나다는 대러 제재에 동참하지 않기로 했다고 19일 밝혔다.",
    "미국은 19일 캐나다에 대러 제재에 동참해 달라고 요청했다.",
]


@pytest.mark.parametrize("text", NOT_JOINED)
def test_a_refusal_to_join_is_no_sanction(text):
    assert not [e for e in events(text) if e.type == "SANCTION"]


INTERCEPTIONS = [
    # (text, interceptor: never the actor of an ASSAULT)
    ("Israel intercepted two missiles launched from Yemen overnight.", "ISR"),
    ("Saudi air defences shot down a ballistic missile over Riyadh on Thursday.", "SAU"),
    ("이스라엘군은 19일 예멘에서 날아온 미사일 두 발을 요격했다.", "ISR"),
]


@pytest.mark.parametrize("text,interceptor", INTERCEPTIONS)
def test_an_interception_is_no_assault_by_the_interceptor(text, interceptor):
    assert not [s for s in sides(text, "ASSAULT") if interceptor in s[0]]


RANSOMWARE = [
    ("Russian hackers carried out a ransomware attack on hospitals in Estonia.", "RUS", "EST"),
    ("러시아 해커들이 19일 에스토니아 병원들에 랜섬웨어 공격을 감행했다.", "RUS", "EST"),
]


@pytest.mark.parametrize("text,actor,recipient", RANSOMWARE)
def test_a_ransomware_attack_is_coerce_cyber(text, actor, recipient):
    found = [e for e in events(text) if e.type in ("COERCE", "ASSAULT")]
    assert [(e.type, e.mode) for e in found] == [("COERCE", "cyber")]
    assert sides(text, "COERCE") == [([actor], [recipient])]
