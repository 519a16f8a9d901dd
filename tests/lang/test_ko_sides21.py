"""Korean act sides (session 19 round 2, ko-acts21, classes found in the open batches art15a..art20b). Each row is a
sentence or two we wrote for the test (not a batch's, not the eval's), read through the whole pipeline: what it
states (type, acting states exactly, receiving states, status; status None: no such event)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, countries

PUB = date(2025, 3, 10)


def check(text: str, expected) -> None:
    found = extract_text(text, published=PUB).events
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)
        if status is not None:
            assert countries(next(e for e in found if e.type == type_).participants) == actors


# 4. A reaction after a ~자 clause: the subject right before the reaction verb acts, even across its own quoted words
# ('Y가 "납치"라며 반발했다': clauses.SentenceReader.own_quote); the ~자 clause's subject receives. A comma after ~자 only
# pauses (endings._sequence): the clause before it still happened first. A quote Y stands inside keeps Y to the quote.
SEQUENCE_REACTIONS = [
    ("캐나다가 인도 외교관 6명을 추방하자 인도가 \"부당한 조치\"라며 반발했다.",
     [("ACCUSE", {"IND"}, {"CAN"}, "occurred"), ("SANCTION", {"CAN"}, {"IND"}, "occurred")]),
    ("브라질 해군이 공해상에서 아르헨티나 어선을 나포하자 아르헨티나가 \"해적 행위\"라며 강하게 반발하고 나섰다.",
     [("ACCUSE", {"ARG"}, {"BRA"}, "occurred")]),
    ("칠레 경찰이 볼리비아 공무원을 체포하자 볼리비아가 \"납치\"라며 반발하고 국경 부대의 경계를 강화했다.",
     [("ACCUSE", {"BOL"}, {"CHL"}, "occurred"), ("COERCE", {"CHL"}, {"BOL"}, "occurred")]),
    ("미국이 쿠바 기업 10곳을 제재 명단에 올리자, 쿠바가 반발했다.",
     [("SANCTION", {"USA"}, {"CUB"}, "occurred"), ("ACCUSE", {"CUB"}, {"USA"}, "occurred")]),
    # negative: the subject inside the quote did the quoted deed; the speaker outside it reacts
    ("인도네시아는 \"말레이시아가 영해를 침범했다\"며 반발했다.", [("ACCUSE", {"IDN"}, {"MYS"}, "occurred")]),
    # negative: an exhortation with a comma after 하자 stays an exhortation, no act happened
    ("\"이제 대화하자, 우리가 먼저 양보하겠다\"고 말했다.", [("SANCTION", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", SEQUENCE_REACTIONS)
def test_reaction_after_a_sequence_clause(text, expected):
    check(text, expected)
