"""(enacts55, issue 15) Acts of force and control the news states plainly that the English reader missed or mis-moded:
a beating with no tool named ('police beat students': ASSAULT beat), a killing told with its result after the victim
('hacked two men to death': ASSAULT primitive; act_window.resultative), a crowd's missiles thrown by hand ('rioters
hurled petrol bombs': PROTEST riot; act_riots.thrown_missile), a curfew ordered ('ordered a curfew': COERCE curfew) and
a utility supply cut ('cut water supplies to X': COERCE withhold), and a refusal noun of an offer ('its rejection of
B's offer of talks': REJECT meet; act_modes.refused_proposal). Korean reads each class already ('구타했다',
'흉기로 살해했다', '돌을 던졌다', '통행금지령을 발령했다', '전력 공급을 차단했다'): its rows keep the two languages
agreeing. Each class has a row where the words do not make the act. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events
from tests.plover_rows import NEG, OCC, check_row, sweep_rows

ROWS = sweep_rows({  # (sentence, type, acting states among the parties, receiving states or None, mode, status)
    "beating": [
        ("Kenyan police beat students in Nairobi.", "ASSAULT", {"KEN"}, None, "beat", OCC),
        ("Soldiers in Kampala beat three opposition supporters.", "ASSAULT", {"UGA"}, None, "beat", OCC),
        ("케냐 경찰이 나이로비에서 학생들을 폭행했다.", "ASSAULT", {"KEN"}, None, "beat", OCC),
        ("The sprinter beat the odds in Rome.", "ASSAULT", set(), None, None, NEG),
    ],
    "resultative killing": [
        ("Rebels hacked two Ugandan soldiers to death near Gulu.", "ASSAULT", {"UGA"}, None, "primitive", OCC),
        ("Villagers were hacked to death by gunmen in Mali.", "ASSAULT", {"MLI"}, None, "primitive", OCC),
        ("Militiamen beat two Congolese traders to death.", "ASSAULT", {"COD"}, None, "beat", OCC),
        ("우간다 반군이 굴루 인근에서 군인 2명을 흉기로 살해했다.", "ASSAULT", {"UGA"}, None, "primitive", OCC),
        ("Hackers hacked the ministry's website in Lima.", "ASSAULT", set(), None, None, NEG),
    ],
    "crowd missiles": [
        ("Youths threw stones at police in Belfast.", "PROTEST", {"GBR"}, None, "riot", OCC),
        ("Chilean protesters hurled petrol bombs at riot police in Valparaiso.", "PROTEST", {"CHL"}, None, "riot", OCC),
        ("칠레 시위대가 산티아고에서 경찰에 돌을 던졌다.", "PROTEST", {"CHL"}, None, "riot", OCC),
        ("Israeli troops threw stun grenades at Palestinian villagers.", "PROTEST", set(), None, None, NEG),
    ],
    "ordered curfew": [
        ("Sri Lanka's government ordered a curfew in Colombo.", "COERCE", {"LKA"}, None, "curfew", OCC),
        ("Thai police ordered a curfew in Pattani.", "COERCE", {"THA"}, None, "curfew", OCC),
        ("스리랑카 정부는 콜롬보에 통행금지령을 발령했다.", "COERCE", {"LKA"}, None, "curfew", OCC),
        ("The mayor ordered a review of the curfew rules.", "COERCE", set(), None, None, NEG),
    ],
    "utility cut": [
        ("Israel cut electricity supplies to Gaza.", "COERCE", {"ISR"}, None, "withhold", OCC),
        ("Russia announced a cutoff of water supplies to the Crimean towns.", "COERCE", {"RUS"}, None, "withhold", OCC),
        ("이스라엘은 가자지구에 대한 전력 공급을 차단했다.", "COERCE", {"ISR"}, None, "withhold", OCC),
        ("The cutting of the ribbon opened the bridge.", "COERCE", set(), None, None, NEG),
    ],
    "refusal noun of an offer": [  # the mode is what the refused offer holds, as the verb 'rejected B's offer of'
        ("Armenia confirmed its rejection of Azerbaijan's offer of peace talks.", "REJECT", {"ARM"}, {"AZE"}, "meet",
         OCC),
        ("Ghana announced its rejection of Togo's offer of a summit.", "REJECT", {"GHA"}, {"TGO"}, "meet", OCC),
        ("아르메니아는 아제르바이잔의 평화회담 제안에 대한 거부 입장을 밝혔다.", "REJECT", {"ARM"}, {"AZE"}, "meet", OCC),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, mode, status", ROWS)
def test_stated_force_modes(text, kind, actors, recipients, mode, status):
    check_row(text, kind, actors, recipients, mode, status)


@pytest.mark.parametrize("text", [
    "Peru announced its rejection of Chile's offer.",  # an offer of no content named: no mode
    "Peru announced its rejection of Chile's offer on Monday, and talks resumed.",  # talks past the clause
])
def test_refusal_noun_without_content(text):
    found = [e for e in events(text) if e.type == "REJECT"]
    assert found and found[0].mode is None, [(e.type, e.mode) for e in events(text)]
