"""(kopar54, issue 15) A prison sentence is the conviction and the holding it orders (the manual: "court sentences
that include imprisonment will also receive a COERCE 'arrest' mode"), as English 'jailed X for N years' is
(lang/ko/act_prison_terms.py; English: tests/lang/en for act_jail_terms)."""
from __future__ import annotations

import pytest

from tests.event_sides import events

# sentence, whether an arrest is read beside the conviction, (acting, receiving) countries
ROWS = [
    ("벨라루스 법원은 리투아니아 기자에게 징역 8년을 선고했다.", True, ("BLR", "LTU")),
    ("이란 법원은 독일인 2명에게 실형을 선고했다.", True, ("IRN", "DEU")),
    ("러시아 법원은 미국 시민에게 징역형을 선고했다.", True, ("RUS", "USA")),
    ("베트남 법원은 중국인 밀수범에게 무기징역을 선고했다.", True, ("VNM", "CHN")),
    # a suspended term or a fine holds no one
    ("러시아 법원은 미국 시민에게 징역 2년에 집행유예 3년을 선고했다.", False, ("RUS", "USA")),
    ("이란 법원은 독일인에게 벌금형을 선고했다.", False, ("IRN", "DEU")),
]


@pytest.mark.parametrize("text,arrest,sides", ROWS)
def test_a_prison_sentence_also_holds(text, arrest, sides):
    found = events(text)
    convict = [e for e in found if (e.type, e.mode) == ("SANCTION", "convict")]
    assert convict, [(e.type, e.mode) for e in found]
    held = [e for e in found if (e.type, e.mode) == ("COERCE", "arrest")]
    assert bool(held) == arrest
    for e in convict + held:
        assert ({p.country for p in e.participants}, {r.country for r in e.recipients}) == ({sides[0]}, {sides[1]})
