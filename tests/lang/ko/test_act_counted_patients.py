"""(konoun46) A verbal noun announced with its object before it, counted or in the genitive, reads the verb's pair for
that object, with sentences of our own.

'예비군 2만 명의 소집을 선언했다' is what '예비군 2만 명을 소집했다' says, announced: MOBILIZE troops; '이주민 2천여 명의
추방을 발표했다' COERCE deport, as '이주민 2천여 명을 추방했다' (the @deportee_noun pair: the manual codes individual deportations COERCE, envoys' SANCTION expel), and as English 'announced the
deportation of two thousand migrants'. The object's state receives the act. Negative rows: an act only said to be
possible, a call-up of a sports team, another state's expulsion judged, an expulsion opposed, an announcement denied.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, type, mode, actors, recipients)
    ("가나는 5일 나이지리아 이주민 2천여 명의 추방을 발표했다.", "COERCE", "deport", {"GHA"}, {"NGA"}),
    ("노르웨이는 2일 스웨덴 난민의 추방을 발표했다.", "COERCE", "deport", {"NOR"}, {"SWE"}),
    ("핀란드 정부는 3일 라트비아 기자들의 추방을 선언했다.", "COERCE", "deport", {"FIN"}, {"LVA"}),  # manual: individuals
    ("세르비아는 5일 예비군 2만 명의 소집을 선언했다.", "MOBILIZE", "troops", {"SRB"}, set()),
    ("세르비아는 5일 예비군 2만 명 소집을 발표했다.", "MOBILIZE", "troops", {"SRB"}, set()),
    ("가나는 6일 토고 외교관 2명의 추방을 공표했다.", "SANCTION", "expel", {"GHA"}, {"TGO"}),  # 공표하다 announces
    ("폴란드는 5일 우크라이나에 전차 12대 인도를 발표했다.", "AID", "military", {"POL"}, {"UKR"}),  # 대: the unit, not 對
    ("Ghana announced the deportation of two thousand Nigerian migrants.", "COERCE", "deport", {"GHA"}, {"NGA"}),
    ("Serbia announced the call-up of twenty thousand reservists.", "MOBILIZE", "troops", {"SRB"}, set()),
]


@pytest.mark.parametrize("sentence, kind, mode, actors, recipients", ROWS)
def test_counted_object_of_announced_noun(sentence, kind, mode, actors, recipients):
    first = first_of(events(sentence), type=kind)
    assert (first.mode, first.status) == (mode, "occurred")
    assert countries(first.participants) == actors and countries(first.recipients) == recipients


NEGATIVES = [  # (sentence, the state that must do no COERCE, SANCTION or MOBILIZE)
    ("가나는 5일 나이지리아 이주민 2천여 명의 추방 가능성을 밝혔다.", "GHA"),  # only possible
    ("세르비아 축구협회는 5일 대표 선수 23명 소집을 발표했다.", "SRB"),  # a team called up
    ("토고는 5일 가나의 이주민 300명 추방을 비판했다.", "TGO"),  # Ghana's expulsion, judged
    ("가나는 5일 나이지리아 이주민 2천여 명의 추방을 반대한다고 밝혔다.", "GHA"),  # opposed
    ("세르비아는 5일 예비군 2만 명의 소집을 발표하지 않았다.", "SRB"),  # nothing announced
    ("가나는 6일 토고의 미사일 발사를 공표했다.", "GHA"),  # Togo's launch, made known
    ("Togo criticized Ghana's deportation of three hundred migrants.", "TGO"),
]


@pytest.mark.parametrize("sentence, state", NEGATIVES)
def test_no_counted_act_of_the_speaker(sentence, state):
    found = [e for e in events(sentence) if e.type in ("COERCE", "SANCTION", "MOBILIZE")
             and state in countries(e.participants)]
    assert not found, [(e.type, e.mode) for e in found]
