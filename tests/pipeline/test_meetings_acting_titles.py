"""(consult18) An acting holder's title ('X, acting Chilean deputy defense minister', 'X 칠레 국방차관 대행이') names
the person as the title does: in English 'acting' or 'interim' may open an appositive title (lang/en/mentions.py);
in Korean a chain's qualifier after the title carries the particle for a name told after the meeting word ('회의는 A와
B 국방차관 대행이 공동 주재했다': lang/ko/particle_roles.particle_role)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text", [
    "Peruvian Defense Minister Lucia Moreno met Tomas Arce, acting Chilean defense minister, in Lima on Thursday.",
    "Peruvian Defense Minister Lucia Moreno met Tomas Arce, the interim Chilean defense minister, in Lima on Thursday.",
    "페루와 칠레는 9일 리마에서 국경위원회 2차 회의를 열었다. 회의는 루시아 모레노 페루 국방차관과 토마스 아르세 칠레 "
    "국방차관 대행이 공동 주재했다.",
    "페루와 칠레는 9일 리마에서 국경위원회 2차 회의를 열었다. 회의는 루시아 모레노 페루 국방차관과 토마스 아르세 칠레 "
    "국방부 정책차관보 직무대행이 공동 주재했다.",
])
def test_an_acting_holder_is_named_as_a_party(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == {"PER", "CHL"}
    assert all(p.kind == "person" for p in meeting.participants) and len(names(meeting)) == 2
