"""(kofix47) 인도 is India and the handing over (범죄인 인도, extradition): the deed where it stands as one, the object
of its verbs ('인도를 연내 마칠', '인도를 요청했다') or right after the thing it hands over ('무기 인도'); India wherever
it stands as a party: with a party's particle, in a list of states, before 정부/총리/대통령, as the object of a
verb done to a state. lang/ko/deed_named_states.py, countries.yaml `deed_verbs`."""
import pytest

from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import split


def codes_of(text: str) -> set[str]:
    return {c for _span, toks in split(text, 0) for m in find_countries(text, 0, list(toks)) for c in m.codes}


DEED = [  # the handing over: no India
    "브라질 정부는 용의자 인도를 연내 마칠 계획이다.",
    "칠레는 범죄인 인도를 공식 요청했다.",
    "정부는 전투기 인도를 내년으로 미뤘다.",
    "법원은 신병 인도를 승인했다.",
    "인도를 마친 뒤 페루 정부는 성명을 냈다.",
    "양측은 포로 인도를 조속히 완료하기로 했다.",
    "터키는 망명객 인도를 거부했다.",
]

STATE = [  # India as a party
    "인도는 파키스탄을 비난했다.",
    "프랑스는 인도를 비난했다.",
    "파키스탄은 인도를 강하게 규탄했다.",
    "인도와 중국은 국경 문제에 합의했다.",
    "정부는 인도에 항의했다.",
    "네팔, 인도, 부탄 정상은 회담했다.",
    "현지 인도 대사관은 성명을 냈다.",
    "인도 정부는 무기 인도를 마쳤다.",
    "러시아는 인도를 방문해 무기 공급을 요청했다.",
    "영국은 인도 총리를 초청했다.",
    "그는 지난주 인도를 방문했다.",  # a time word before the name hands nothing over
    "당시 인도는 중립을 선언했다.",
    "최근 인도 경제가 빠르게 성장했다.",
    "다음주 인도 의회는 법안을 표결한다.",
]


@pytest.mark.parametrize("text", DEED)
def test_the_deed_names_no_state(text):
    assert "IND" not in codes_of(text)


@pytest.mark.parametrize("text", STATE)
def test_the_state_stays(text):
    assert "IND" in codes_of(text)

