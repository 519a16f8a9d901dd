"""A body's own meeting told with no speaker ('the U.N. Security Council met', '안보리는 ... 회의를 열었다') whose
debate is then told through envoys is a meeting among the envoys of two or more states who spoke at it
(unsc44; pipeline/meeting_sessions.body_session, seat_debates). A leader's deed told after it is no speech there."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 5, 14)
EN = ("The U.N. Security Council met on Tuesday after Bolivia fired a ballistic missile. The session was called by "
      "Chile. Chile's deputy ambassador Tomas Ibarra told the council that the launch was a threat to the region. "
      "Bolivia's ambassador Julia Paz dismissed the charge. Peru's U.N. ambassador Luis Vera urged restraint. "
      "Bolivian President Carlos Mesa later inspected the missile unit.")
KO = ("유엔 안전보장이사회는 13일 뉴욕 유엔본부에서 볼리비아의 탄도미사일 발사와 관련한 회의를 열었다. 토마스 이바라 주유엔 칠레 "
      "차석대사는 \"볼리비아의 발사는 지역의 위협\"이라고 비판했다. 마리아 로하스 주유엔 볼리비아대사는 \"정당한 자위권 행사\"라고 "
      "반박했다.")


@pytest.mark.parametrize("text, people", [
    (EN, {"Tomas Ibarra", "Julia Paz", "Luis Vera"}),
    (KO, {"토마스 이바라", "마리아 로하스"}),
])
def test_a_council_meeting_is_among_the_envoys_who_spoke(extract, text, people):
    meetings = [e for e in events_of(extract(text, published=DAY), "CONSULT") if e.status == "occurred"]
    assert any({p.name for p in e.participants} == people for e in meetings), \
        [[p.name for p in e.participants] for e in meetings]


def test_one_envoy_alone_leaves_the_body_meeting(extract):
    text = ("The U.N. Security Council met on Tuesday after Bolivia fired a ballistic missile. Chile's deputy ambassador "
            "Tomas Ibarra told the council that the launch was a threat to the region.")
    meetings = events_of(extract(text, published=DAY), "CONSULT")
    assert meetings and all({p.country for p in e.participants} == {"UNO"} for e in meetings)
