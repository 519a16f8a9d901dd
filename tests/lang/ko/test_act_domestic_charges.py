"""A Korean indictment of a person named with no state (accuse56, cues domestic_charge_verb, charged_person_noun):
'검찰은 야당 대표를 뇌물 혐의로 기소했다' is the state's ACCUSE (allege) of one of its own, the object read past the
charge's adjunct; a person the words give a state ('B 외교관을') is that state's. Our own sentences."""
from __future__ import annotations

import pytest

from tests.lang.ko.act_rows import check

ROWS = [
    ("칠레 검찰은 지난주 야당 대표를 뇌물 수수 혐의로 기소했다.", [("ACCUSE", {"CHL"}, {"CHL"}, "occurred")]),
    ("몽골 검찰은 전직 총리를 횡령 혐의로 기소했다고 밝혔다.", [("ACCUSE", {"MNG"}, {"MNG"}, "occurred")]),
    # the person's state is named: that state receives it
    ("칠레 검찰은 지난주 페루 외교관을 간첩 혐의로 기소했다.", [("ACCUSE", {"CHL"}, {"PER"}, "occurred")]),
    # actors58: a former holder ('전 대통령', with or without the name before it): 전 is no count before the noun
    ("페루 검찰은 3일 카스티요 전 대통령을 부패 혐의로 기소했다.", [("ACCUSE", {"PER"}, {"PER"}, "occurred")]),
    ("케냐 법원은 3일 전 부통령을 부패 혐의로 기소했다.", [("ACCUSE", {"KEN"}, {"KEN"}, "occurred")]),
    ("인도군은 3일 파키스탄군 초소 두 곳을 공격했다.", [("ASSAULT", {"IND"}, {"PAK"}, "occurred")]),  # a count stays one
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_indictment_of_own_people(text, expected):
    check(text, expected)


BODY_ROWS = [  # actors58: a bare state body as an accusation's object is the actor's own state's, unless named
    ("볼리비아 야당은 3일 의회를 비난했다.", [("ACCUSE", {"BOL"}, {"BOL"}, "occurred")]),
    ("에콰도르 여당은 지난주 검찰을 강하게 비판했다.", [("ACCUSE", {"ECU"}, {"ECU"}, "occurred")]),
    ("볼리비아 야당은 3일 페루 의회를 비난했다.", [("ACCUSE", {"BOL"}, {"PER"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", BODY_ROWS)
def test_bare_state_body_accused(text, expected):
    check(text, expected)
