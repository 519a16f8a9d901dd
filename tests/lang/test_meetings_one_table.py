"""One meeting of all the counterparts a meeting word lists, both languages (meet56, lexicon
`visit_before_meeting_re` / `counterparts_together_re`, lang/base/meetings.py `meeting_at_one_table`): a visitor
who travelled to a place and held talks there with A and B sat at one table with both ('flew to X and held talks
with A and B', 'X를 방문해 A, B와 회동했다'), and so did counterparts the sentence goes on to name as the sides
of one exchange ('..., and the two sides agreed', '양국이 합의했다'), or named by one group word ('received both
ministers', '두 장관을 만났다'; pipeline/meeting_parties.py `one_group_word`). A host receiving visitors it lists, or a
list said to be met one by one, stays one meeting per counterpart. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2025, 4, 9)

ONE_TABLE = [  # (text, a name of each participant)
    ("Norwegian Prime Minister Jonas Berg flew to Tallinn on Monday and held talks with Estonian Prime Minister "
     "Kaja Tamm and Latvian Prime Minister Arturs Ozols.", ("Berg", "Tamm", "Ozols")),
    ("Chilean Foreign Minister Ana Rojas visited Asuncion on Monday, where she met Paraguayan President Santiago "
     "Pena and Bolivian Foreign Minister Celinda Sosa.", ("Rojas", "Pena", "Sosa")),
    ("Tanzanian President Amani Mollel met Malawian President Chisomo Banda and Mozambican President Tomas Langa "
     "in Dodoma on Monday, and the two sides agreed to reopen their border.", ("Mollel", "Banda", "Langa")),
    ("요나스 베르그 노르웨이 총리는 7일 탈린을 방문해 크리스텐 미칼 에스토니아 총리, 아르투르스 오졸스 라트비아 총리와 "
     "회동했다.", ("베르그", "미칼", "오졸스")),
    ("아마니 몰렐 탄자니아 대통령은 7일 도도마에서 치소모 반다 말라위 대통령, 토마스 랑가 모잠비크 "
     "대통령과 회담한 뒤 \"양국이 국경을 다시 열기로 합의했다\"고 밝혔다.", ("몰렐", "반다", "랑가")),
]
# one group word for the counterparts ('received both ministers', '두 장관을 만났다'): received together
RECEIVED = [
    ("Peruvian Foreign Minister Ana Torres and Ecuadorian Foreign Minister Diego Vega signed a border accord in "
     "Brasilia on Friday. Brazilian President Pablo Rojas received both ministers at the presidential palace later "
     "on Friday.", ("Rojas", "Torres", "Vega")),
    ("아나 토레스 페루 외교장관과 디에고 베가 에콰도르 외교장관은 7일 브라질리아에서 국경 협정에 서명했다. 파블로 로하스 "
     "브라질 대통령은 같은 날 오후 대통령궁에서 두 장관을 만났다.", ("로하스", "토레스", "베가")),
]
APART = [  # (text, the subject's name): one meeting per counterpart
    ("Norwegian Prime Minister Jonas Berg held separate talks with Estonian Prime Minister Kaja Tamm and Latvian "
     "Prime Minister Arturs Ozols in Oslo on Monday.", "Berg"),
    ("요나스 베르그 노르웨이 총리는 7일 오슬로에서 크리스텐 미칼 에스토니아 총리, 아르투르스 오졸스 라트비아 총리와 "
     "잇따라 회담했다.", "베르그"),
]


def consults(text: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]


def names(event) -> str:
    return " ".join(p.name for p in event.participants)


@pytest.mark.parametrize("text,people", ONE_TABLE)
def test_listed_counterparts_at_one_table(text, people):
    found = consults(text)
    assert len(found) == 1, [names(e) for e in found]
    assert all(p in names(found[0]) for p in people), names(found[0])


@pytest.mark.parametrize("text,people", RECEIVED)
def test_counterparts_of_one_group_word_at_one_table(text, people):
    assert any(all(p in names(e) for p in people) for e in consults(text)), [names(e) for e in consults(text)]


@pytest.mark.parametrize("text,subject", APART)
def test_listed_counterparts_met_apart(text, subject):
    found = consults(text)
    assert len(found) == 2 and all(subject in names(e) and len(e.participants) == 2 for e in found), \
        [names(e) for e in found]
