"""(window72) A past participle describing a request's object ('demanded the release of two engineers abducted in X')
is a reduced relative: what it tells was done before by someone unnamed, no act of the requester. The head may be
the requested noun act ('the release of'), and a regular past form the CAMEO list keeps as a lemma of its own
('kidnapped') is a participle all the same. Korean reads the adnominal '납치된' so already. Negatives: a participle
that is a finite verb of the subject's own ('and kidnapped a Somali envoy'). Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2025, 5, 6)


def types_of(text: str) -> set[str]:
    return {e.type for e in extract_text(text, published=DAY).events}


@pytest.mark.parametrize("sentence, gone", [
    ("Tanzania demanded the release of three road engineers kidnapped in Mozambique last month.", "ASSAULT"),
    ("Tanzania demanded the release of three road engineers detained in Mozambique last month.", "COERCE"),
    ("탄자니아는 지난달 모잠비크에서 납치된 도로 기술자 3명의 석방을 요구했다.", "ASSAULT"),
])
def test_a_participle_describing_the_requested_people_is_no_act_of_the_requester(sentence, gone):
    found = types_of(sentence)
    assert "REQUEST" in found and gone not in found, found


@pytest.mark.parametrize("sentence", [
    "Tanzania demanded the release of three engineers and kidnapped a Mozambican envoy.",  # negative: a finite verb
    "Gunmen kidnapped three road engineers in Mozambique last month.",  # negative: the clause's own verb
])
def test_a_finite_kidnapping_stays_an_act(sentence):
    assert "ASSAULT" in types_of(sentence)
