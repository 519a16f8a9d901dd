"""(coerce52) An arrest or a measure of force whose clause names no state ('Police arrested X', 'X was arrested by
police', '장군은 그날 밤 체포됐다') is done by the authorities of the story's state: the place the sentence names, else
the dateline's where it names the scene, else the state the story told (its paragraph's, the paragraph's before, the
lead's); not the parties of talks told before, and not the state of a correspondent's bureau the story never names
('(부에노스아이레스=연합뉴스) 페루에서 ...': pipeline/story_states.story_state, bureau_dateline). Our own sentences."""
from __future__ import annotations

import pytest

ROWS = [  # (text, the arrest's actors, its recipients)
    ("Regional leaders condemned Thursday's failed mutiny in Peru, in which troops led by General Tomas Villaverde "
     "surrounded the parliament building in Lima.\n\nThe OAS Permanent Council held an emergency session in Washington on "
     "Thursday evening.\n\nThe mutiny collapsed after the president named a new army commander. Villaverde was "
     "arrested by police on Thursday evening.", ["PER"], ["PER"]),
    ("Thousands of teachers marched through Accra on Monday against Ghana's new pay law.\n\nThe African Union "
     "called for dialogue.\n\nThe march ended peacefully. Authorities detained the union's spokesman Kofi Mensah "
     "late on Monday.", ["GHA"], ["GHA"]),
    ("(부에노스아이레스=연합뉴스) 페루에서 군 장성이 이끄는 병력이 의회에 진입하며 반란을 시도했으나 몇 시간 만에 "
     "무산됐다.\n\n대통령은 새 육군 지휘부를 임명했다.\n\n내무부 장관은 같은 날 밤 비야베르데 장군이 체포됐다고 밝혔다.",
     ["PER"], ["PER"]),
    ("(나이로비=연합뉴스) 말리 헌법재판소가 대통령의 총선 연기 결정이 위헌이라고 판결했다.\n\n"
     "다음 날인 12일에는 바마코에서 야권 지지자들과 경찰이 충돌했고, 야권 인사인 아마두 디알로 전 총리가 한때 연행됐다.",
     ["MLI"], ["MLI"]),
    ("세바요스 전 페루 대통령이 지난주 반란 시도가 대통령의 자작극이었다고 주장했다.\n\n지난 14일 비야베르데 장군이 "
     "이끄는 병력은 수도 리마의 광장을 장악했다. 그러나 병력은 몇 시간 만에 물러났고, 비야베르데 장군은 그날 밤 "
     "체포됐다.", ["PER"], ["PER"]),
    # a bureau dateline whose state the story names is the scene
    ("(방콕=연합뉴스) 태국 남부에서 폭탄 테러가 잇따랐다.\n\n경찰은 11일 용의자 2명을 체포했다.", ["THA"], ["THA"]),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_unnamed_authorities_are_the_story_state(extract, text, actors, recipients):
    events = extract(text).events
    found = [e for e in events if e.type == "COERCE"]
    assert found, [(e.type, [p.country for p in e.participants]) for e in events]
    assert ([p.country for p in found[-1].participants], [p.country for p in found[-1].recipients]) == \
        (actors, recipients)


NEGATIVES = [  # (text, a state that must not arrest)
    # a lone report: no story to take a state from
    ("A teacher from Lyon was arrested in Algeria on Friday.", "FRA"),
    # the body that met before is no arrester
    ("The European Union held emergency talks on the border crisis on Monday.\n\nA customs officer was detained "
     "by police later that day.", "EUR"),
    # the bureau's own state, never named, is no side ('(요하네스버그=연합뉴스)' covering Senegal)
    ("(요하네스버그=연합뉴스) 세네갈 헌법위원회가 대선 연기를 위헌이라고 판결했다.\n\n"
     "야권 인사인 아마두 디알로 전 총리가 한때 연행됐다.", "ZAF"),
]


@pytest.mark.parametrize("text, absent", NEGATIVES)
def test_no_default_from_talks_lone_reports_or_bureaus(extract, text, absent):
    for e in extract(text).events:
        if e.type == "COERCE":
            assert absent not in {p.country for p in e.participants}, text
