"""(kohead46) A Korean headline states its meeting with the bare noun that ends it, where a sentence conjugates it
('칠레 외교장관, 페루 외교장관과 통화', 'A, B 방문…'): that noun is the headline's predicate, held
(lang/ko/meeting_moments.headline_predicate); the bare country word before a final visit noun is the host, its particle
dropped ('[페루] 방문', '[페루] 국빈 방문': lexicon ko `headline_visit_after_re`); the journey a visit sets off on
('페루 방문길', '페루 방문길에 올랐다') is the visit begun, as '방문하기 위해 출국했다' is read. English headlines conjugate
('Chilean foreign minister holds talks with Peruvian counterpart'). Negative rows: a meeting noun a comma closes (the
topic), one with a particle, one followed by a plan or a review. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

ROWS = [
    ("칠레 외교장관, 페루 외교장관과 통화", {"CHL", "PER"}, "phone"),
    ("[속보] 칠레 국방장관, 페루 국방장관과 회동", {"CHL", "PER"}, None),
    ("우루과이 대통령, 파라과이 방문", {"URY", "PRY"}, "visit"),
    ("[단독] 케냐 외교장관, 소말리아 공식 방문", {"KEN", "SOM"}, "visit"),
    ("케냐 대통령, 소말리아 방문…안보 협력 논의", {"KEN", "SOM"}, "visit"),
    ("몽골 대통령, 카자흐스탄 방문길", {"MNG", "KAZ"}, "visit"),
    ("몽골 대통령이 카자흐스탄 방문길에 올랐다.", {"MNG", "KAZ"}, "visit"),
    ("Chilean defense minister holds talks with Peruvian defense minister", {"CHL", "PER"}, None),
    # negative rows: the visit as a topic, an object, or a plan; no state before the office
    ("대통령 방문, 경제 효과는", set(), None),
    ("몽골 대통령 카자흐스탄 방문, 경제 효과는", set(), None),
    ("칠레 외교장관, 페루 외교장관과 회담 추진", set(), None),
    ("우루과이 대통령, 파라과이 방문 검토", set(), None),
    ("몽골 대통령은 카자흐스탄 방문을 앞두고 기자회견을 열었다.", set(), None),
]


@pytest.mark.parametrize("headline, parties, mode", ROWS)
def test_headline_meeting_nouns(headline, parties, mode):
    found = [e for e in events(headline) if e.type == "CONSULT" and e.status == "occurred"]
    if not parties:
        assert not found, [(e.mode, countries(e.participants)) for e in found]
        return
    assert found, [(e.type, e.status) for e in events(headline)]
    assert countries(found[0].participants) == parties and found[0].mode == mode, \
        (found[0].mode, countries(found[0].participants))
