"""(request63) A stated lack of intent is a refusal, REJECT of the side that states it, in both languages: 'has no
intention of resigning', 'has no intention of meeting B' (intent_phrases 'intention of', cancelled_before_neg_re: the
meeting is called off, no CONSULT held), '사퇴할 의사가 없다', 'B의 제안을 수용할 의사가 없다' ('의사' after a future
adnominal is the intention, no doctors: lang/ko/meeting_roles.intention_head), 'B를 만날 의사가 없다', 'B를 만나지
않겠다' (REJECT meet: lang/ko/act_refused_meetings). Negatives: a question about a lack of intent, and another side's
lack of intent told as the content of a charge ('B가 ... 의사가 없다고 비난했다': lang/ko/act_charged_intents, 'accused B
of having no intention of ...'). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

REFUSALS = {
    "no intent to step down": [
        ("Bolivian Interior Minister Teodoro Quispe has no intention of resigning, his office said.", None),
        ("볼리비아 내무장관은 사퇴할 의사가 없다고 밝혔다.", None),
    ],
    "no intent to accept": [
        ("Bolivia has no intention of accepting Paraguay's proposal.", {"PRY"}),
        ("볼리비아 정부는 파라과이의 제안을 수용할 의사가 없다고 밝혔다.", {"PRY"}),
    ],
    "no intent to meet": [
        ("Bolivian President Teodoro Quispe has no intention of meeting Paraguayan President Elena Duarte.", {"PRY"}),
        ("볼리비아 대통령은 파라과이 대통령을 만날 의사가 없다고 밝혔다.", {"PRY"}),
        ("볼리비아 대통령은 파라과이 대통령과 회담하지 않겠다고 밝혔다.", {"PRY"}),
    ],
}


@pytest.mark.parametrize("text, recipients", class_rows(REFUSALS))
def test_stated_lack_of_intent_is_reject(text, recipients):
    first = first_of(events(text), type="REJECT")
    assert {p.country for p in first.participants} == {"BOL"}
    if recipients is not None:
        assert {r.country for r in first.recipients} == recipients
    assert not [e for e in events(text) if e.type == "CONSULT" and e.status == "occurred"]


NOT_REFUSALS = {
    "a question about a lack of intent": [
        "Reporters asked whether the Bolivian interior minister had no intention of resigning.",
        "기자들은 볼리비아 내무장관에게 사퇴할 의사가 없느냐고 물었다.",
    ],
    "another side's lack of intent as a charge": [
        "Bolivia accused Paraguay of having no intention of reopening the border.",
        "볼리비아는 파라과이가 국경을 다시 열 의사가 없다고 비난했다.",
        "볼리비아는 파라과이가 대화에 응할 의향이 없다며 파라과이를 규탄했다.",
    ],
    "a meeting merely not held": [
        "볼리비아 대통령은 파라과이 대통령을 만나지 않았다.",
    ],
    "talks withheld under a condition (a threat)": [
        "볼리비아 외교장관은 국경 봉쇄가 계속되면 파라과이와 무역 협상을 하지 않겠다고 경고했다.",
    ],
}


@pytest.mark.parametrize("text", class_rows(NOT_REFUSALS))
def test_no_refusal(text):
    assert not [e for e in events(text) if e.type == "REJECT"], [(e.type, [p.country for p in e.participants])
                                                                 for e in events(text)]
