"""(kotwins48) Korean twins of English classes fixed this session:
1. plain people handed to a state ('남성 2명을 B에 인도했다', '여성 3명을 B 당국에 넘겼다'): COOPERATE legal A->B, as
   English 'handed the two men over to X' (lexicon group handed_person_noun; lang/ko/act_handed_people); the same
   people led to a place ('병원으로 인도했다'), handed to their own prosecutors, or not handed over state no transfer.
Every rule has rows that must not fire. Sentences and people are our own."""
import pytest

from tests.conftest import assert_act, events_of

# 1. plain people handed over to a state ----------------------------------------------------------------------------

HANDED_PEOPLE = [  # (sentence, actor, recipient)
    ("콜롬비아는 남성 2명을 볼리비아에 인도했다.", "COL", "BOL"),
    ("콜롬비아 정부는 여성 3명을 볼리비아 당국에 넘겼다.", "COL", "BOL"),
    ("칠레는 남성 2명을 볼리비아에 넘겨줬다.", "CHL", "BOL"),
    ("칠레 당국은 여성 한 명을 페루 정부에 인도했다.", "CHL", "PER"),
]


@pytest.mark.parametrize("text,actor,recipient", HANDED_PEOPLE)
def test_plain_people_handed_to_a_state_are_a_legal_transfer(extract, text, actor, recipient):
    assert_act(events_of(extract(text)), "COOPERATE", {actor}, {recipient}, "occurred")


NOT_HANDED_PEOPLE = [  # led to a place, handed to one's own courts, or not handed over: no transfer
    "칠레 경찰은 남성 2명을 병원으로 인도했다.",
    "칠레 경찰은 부상한 여성을 안전한 곳으로 인도했다.",
    "칠레는 남성 2명을 재판에 넘겼다.",
    "칠레는 남성 2명을 볼리비아에 인도하지 않았다.",
    "칠레는 남성 2명이 볼리비아에 입국했다고 밝혔다.",
]


@pytest.mark.parametrize("text", NOT_HANDED_PEOPLE)
def test_plain_people_not_handed_to_a_state_are_no_transfer(extract, text):
    assert_act(events_of(extract(text)), "COOPERATE", set(), None, None)

