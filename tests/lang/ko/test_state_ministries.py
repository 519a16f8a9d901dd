"""(kofix47) A ministry of any portfolio after a state's name is that state's ministry: '토고 보건부는', '오만 농업부를'
(agent_chains `ministry_sectors`, from offices.yaml's `ko_ministry` words), as the few ministries `body_heads_ko`
lists always were; the guarded names (수단, 오만, 토고 ...) stand as the state only before such an agent, so a ministry
no list named left the state unread. English reads 'Togo's health ministry' by its own pattern: the rows check both."""
import pytest

from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import split

from tests.conftest import countries

MINISTRIES = ["보건부", "교육부", "농업부", "노동부", "환경부", "통상부", "에너지부", "교통부"]
GUARDED = [("토고", "TGO"), ("오만", "OMN"), ("수단", "SDN"), ("통가", "TON"), ("몰타", "MLT"), ("차드", "TCD")]


def codes_of(text: str) -> set[str]:
    return {c for _span, toks in split(text, 0) for m in find_countries(text, 0, list(toks)) for c in m.codes}


@pytest.mark.parametrize("ministry", MINISTRIES)
@pytest.mark.parametrize("name, code", GUARDED)
def test_ministry_after_a_guarded_name(name, code, ministry):
    assert code in codes_of(f"그는 {name} {ministry}를 차례로 찾았다.")
    assert code in codes_of(f"{name} {ministry}는 성명을 냈다.")


@pytest.mark.parametrize("text, absent", [  # the ordinary word, not the state, before a ministry word
    ("그는 오만한 태도로 보건부를 비난했다.", "OMN"),
    ("교육부는 새 평가 수단을 마련했다.", "SDN"),
])
def test_ordinary_word_stays(text, absent):
    assert absent not in codes_of(text)


@pytest.mark.parametrize("text, actor, target", [
    ("케냐 외교부는 토고 보건부를 비난했다.", "KEN", "TGO"),
    ("오만 농업부는 예멘 정부를 비난했다.", "OMN", "YEM"),
    ("Kenya's foreign ministry criticized Togo's health ministry.", "KEN", "TGO"),
    ("The agriculture ministry of Oman criticized the Yemeni government.", "OMN", "YEM"),
])
def test_ministry_sides(extract, text, actor, target):
    events = [e for e in extract(text).events if e.type == "ACCUSE"]
    assert events and actor in countries(events[0].participants) and countries(events[0].recipients) == {target}
