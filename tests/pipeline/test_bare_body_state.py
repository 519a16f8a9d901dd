"""(actors60, issue 14) The bare body resolver (pipeline/bare_body_state): one row per rule in each language, the state
it gives a bare 'the government', 'the minister', 'police', 'the Treasury' ('정부는', '장관은', '경찰은', '재무부는') and
the reason stored on the acting entity (`Entity.reason`); rows where a guard stops every rule keep no reason.
(actors60b) Rows of the rules folded in since: the dateline's organ, a bare organ's antecedent and its story's state,
bare people under a desk; English forces abroad and a wire's home desk read as Korean reads them. Our own sentences."""
from __future__ import annotations

import pytest

from readout.pipeline.bare_body_state import (DATELINE, DESK, FALLBACK, FORCES_ABROAD, ORGAN_ANTECEDENT, ORGAN_DEED,
                                              ORGAN_STORY, PARAGRAPH, SCENE, VOICE, BodyEvidence, BodyState, resolve)
from tests.event_sides import events

ROWS = [  # (text, type, acting (country, sector), reason on it); acting None: no event of the type
    # the voice going on: a fallback name after another state's statement (FALLBACK_RULES)
    ("Ghana's foreign ministry condemned Togo on Monday. The Treasury froze the assets of two Togolese officials.",
     "SANCTION", ("GHA", "GOV"), VOICE),
    ("가나 외교부는 11일 토고를 규탄했다. 재무부는 토고 관리 두 명의 자산을 동결했다.", "SANCTION", ("GHA", "GOV"), VOICE),
    # the last deed's doer: an organ of one state acted, a bare office speaks next (LATE_RULES) ...
    ("Ghanaian police arrested twelve traders on Monday. The minister criticized Togo.", "ACCUSE", ("GHA", "GOV"),
     ORGAN_DEED),
    ("우간다 경찰은 11일 상인 12명을 체포했다. 장관은 스웨덴을 비난했다.", "ACCUSE", ("UGA", "GOV"), ORGAN_DEED),
    # ... and a fallback name read as such an office (FALLBACK_RULES' second rule)
    ("Ghanaian police arrested twelve traders on Monday. The Treasury criticized Togo.", "ACCUSE", ("GHA", "GOV"),
     ORGAN_DEED),
    ("가나 경찰은 11일 상인 12명을 체포했다. 재무부는 토고를 비난했다.", "ACCUSE", ("GHA", "GOV"), ORGAN_DEED),
    # the paragraph's state: a home body with no dateline (LATE_RULES); Korean news reads a bare '정부' as the home
    # desk's (the finders give it Korea), so no rule answers it there
    ("Bolivia's economy grew last year. The government rejected Chile's proposal on Monday.", "REJECT", ("BOL", "GOV"),
     PARAGRAPH),
    ("볼리비아 경제는 지난해 성장했다. 정부는 11일 칠레의 제안을 거부했다.", "REJECT", ("KOR", "GOV"), ""),
    # the scene told: a bare state force's statement (SCENE_RULES, inside the unnamed subject's chain)
    ("Protests spread across Ghana on Monday. Police condemned Togo for funding the rallies.", "ACCUSE",
     ("GHA", "COP"), SCENE),
    ("우간다 전역에서 월요일 시위가 확산됐다. 경찰은 스웨덴을 비난했다.", "ACCUSE", ("UGA", "COP"), SCENE),
    # forces abroad: a bare army after another state's forces acted, in a story filed abroad (HOME_RULES' first);
    # actors60b: an English dateline that is no wire's home desk files abroad too (lang/en/dateline_desks)
    ("(다카르=연합뉴스) 말리군은 11일 니제르 국경 초소를 공습했다. 군은 니제르 정부에 병력 철수를 요구했다.", "REQUEST",
     ("MLI", "MIL"), FORCES_ABROAD),
    ("DAKAR -- Malian troops shelled a Nigerien border post on Monday. The army urged Niger to withdraw its troops.",
     "REQUEST", ("MLI", "MIL"), FORCES_ABROAD),
    ("NAIROBI -- Ugandan troops raided a South Sudanese camp on Monday. The army demanded that South Sudan disarm the "
     "militia.", "REQUEST", ("UGA", "MIL"), FORCES_ABROAD),
    ("(나이로비=연합뉴스) 우간다군은 11일 남수단 캠프를 급습했다. 군은 남수단에 민병대 무장해제를 요구했다.", "REQUEST",
     ("UGA", "MIL"), FORCES_ABROAD),
    # the dateline's desk (HOME_RULES' last): the dateline's state; under the Korean home desk, force used on people
    # is the story's state's
    ("NAIROBI -- The foreign ministry criticized Sweden on Monday.", "ACCUSE", ("KEN", "GOV"), DESK),
    ("(서울=연합뉴스) 페루에서 반정부 시위가 이어졌다. 경찰은 시위대 20명을 체포했다.", "COERCE", ("PER", "COP"), DESK),
    # actors60b: a wire's home desk in English ('SEOUL (Yonhap) --', lang/en/dateline_desks) as in Korean: force on
    # people is the scene's state's, a bare government's statement the desk's own, a force's statement the scene's
    ("SEOUL (Yonhap) -- Riots spread across Ecuador on Monday. Police detained 30 rioters.", "COERCE",
     ("ECU", "COP"), DESK),
    ("(서울=연합뉴스) 에콰도르 전역에서 11일 폭동이 확산됐다. 경찰은 30명을 구금했다.", "COERCE", ("ECU", "COP"), DESK),
    ("TOKYO, May 3 (Kyodo) -- Riots spread across Bolivia on Monday. Police detained 30 rioters.", "COERCE",
     ("BOL", "COP"), DESK),
    ("SEOUL (Yonhap) -- Riots spread across Ecuador on Monday. The government criticized Colombia.", "ACCUSE",
     ("KOR", "GOV"), DESK),
    # koacts60 made a bare '정부' a dateline organ: under the home desk it is the desk's own by the dateline rule
    ("(서울=연합뉴스) 에콰도르 전역에서 11일 폭동이 확산됐다. 정부는 콜롬비아를 비난했다.", "ACCUSE", ("KOR", "GOV"), DATELINE),
    ("SEOUL (Yonhap) -- Riots spread across Ecuador on Monday. Police condemned Colombia for arming the rioters.",
     "ACCUSE", ("ECU", "COP"), SCENE),
    ("(서울=연합뉴스) 에콰도르 전역에서 11일 폭동이 확산됐다. 경찰은 콜롬비아를 비난했다.", "ACCUSE", ("ECU", "COP"), SCENE),
    # actors60b: a bare organ under a dateline abroad (DATELINE_RULES): Korean marks the organ subject; English reads
    # it as a home body, the dateline's desk
    ("(키토=연합뉴스) 외교부 대변인은 11일 콜롬비아를 비난했다.", "ACCUSE", ("ECU", "GOV"), DATELINE),
    ("QUITO (AP) -- The Foreign Ministry criticized Colombia on Monday.", "ACCUSE", ("ECU", "GOV"), DESK),
    # actors60b: a bare junta or army (LATE_RULES' first two): the state last named with an organ of its sector, else
    # the one state the story told; Korean reads both before (its antecedent and scene readers), no rule asked
    ("Ghana's military government expelled the Swedish ambassador on Monday.\n\nOn Tuesday the junta accused Norway "
     "of interfering in its affairs.", "ACCUSE", ("GHA", "GOV"), ORGAN_ANTECEDENT),
    ("가나 군정은 3일 스웨덴 외교관 2명을 추방했다.\n\n군정은 4일 노르웨이가 쿠데타를 모의했다고 비난했다.", "ACCUSE",
     ("GHA", "MIL"), ""),
    ("Gunfire was heard across Harare on Wednesday. On Thursday the military accused Norway of meddling.", "ACCUSE",
     ("ZWE", "MIL"), ORGAN_STORY),
    ("하라레 전역에서 11일 총성이 울렸다. 군부는 12일 노르웨이를 비난했다.", "ACCUSE", ("ZWE", "MIL"), ""),
    # the fallback name's own state, no state told before
    ("The Treasury sanctioned three Iranian shipping firms on Tuesday.", "SANCTION", ("USA", "GOV"), FALLBACK),
    ("재무부는 11일 이란 해운회사 세 곳을 제재했다.", "SANCTION", ("USA", "GOV"), FALLBACK),
    # a state named with the body: no rule asked, no reason
    ("Ghana's government rejected Chile's proposal on Monday.", "REJECT", ("GHA", "GOV"), ""),
    ("가나 정부는 11일 칠레의 제안을 거부했다.", "REJECT", ("GHA", "GOV"), ""),
    # guards: a dateline of another state stops the last deed's doer; a state's own name as the object stops the scene
    ("LIMA -- Ghanaian police arrested twelve traders on Monday. The minister criticized Togo.", "ACCUSE", None, ""),
    ("(리마=연합뉴스) 우간다 경찰은 11일 상인 12명을 체포했다. 장관은 스웨덴을 비난했다.", "ACCUSE", None, ""),
    ("Protests spread across Ghana on Monday. Police condemned Ghana.", "ACCUSE", None, ""),
    ("우간다 전역에서 월요일 시위가 확산됐다. 경찰은 우간다를 비난했다.", "ACCUSE", None, ""),
]


@pytest.mark.parametrize("text, kind, acting, reason", ROWS)
def test_bare_body_state_and_reason(text, kind, acting, reason):
    found = [e for e in events(text) if e.type == kind]
    if acting is None:
        assert not found, [[(p.country, p.reason) for p in e.participants] for e in found]
        return
    assert found, [(e.type, [p.country for p in e.participants]) for e in events(text)]
    assert [(p.country, p.sector, p.reason) for p in found[0].participants] == [(*acting, reason)]


def answers(state: list[str]):
    """A rule that always gives `state` (the order test's stand-in)."""
    return lambda ev: state


@pytest.mark.parametrize("rules, expected", [
    (((answers([]), "first"), (answers(["GHA"]), "second"), (answers(["UGA"]), "third")), BodyState(["GHA"], "second")),
    (((answers(["UGA"]), "first"), (answers(["GHA"]), "second")), BodyState(["UGA"], "first")),
    (((answers([]), "first"),), None),
])
def test_the_first_rule_with_a_state_answers(rules, expected):
    assert resolve(None, rules) == expected


def test_ask_keeps_the_answer_only_for_the_state_it_gave():
    ev = BodyEvidence(None, None, None, [], [], None, None, 1, [])
    assert ev.ask(((answers(["GHA"]), SCENE),)) == ["GHA"]
    assert ev.answer_for(["GHA"]) == BodyState(["GHA"], SCENE)
    assert ev.answer_for(["UGA"]) is None  # another reader of the chain answered
    assert ev.answer_for(None) is None
