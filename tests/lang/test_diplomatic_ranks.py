"""The ranks of a diplomatic mission (unsc44; offices.yaml `deputy_ambassador`, `charge_d_affaires`,
`minister_counsellor`, after the Vienna Convention's classes and the U.N. missions' lists): a named deputy, alternate,
chargé or counsellor of a state acts for that state, like its ambassador ('Chile's deputy ambassador X', 'X, Chilean
deputy U.N. envoy', '주유엔 칠레 차석대사 X'); the U.N. Secretariat's own ranks ('Assistant Secretary-General X',
'유엔 사무차장보 X') act for the U.N."""
from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2025, 5, 12)


def speaker(text: str, name: str) -> tuple[str | None, str | None]:
    """The state and office of the person `name` read in `text`."""
    article = extract_text(text, published=DAY)
    found = [(m.entity.country, m.entity.office) for m in article.mentions
             if m.entity is not None and m.entity.name == name]
    assert found, [(m.surface, m.title) for m in article.mentions]
    return found[0]


def accusers(text: str) -> set[str]:
    return {p.country for e in extract_text(text, published=DAY).events if e.type == "ACCUSE" for p in e.participants}


@pytest.mark.parametrize("text, state, office", [
    ("Chile's deputy ambassador Tomas Ibarra criticized the Bolivian blockade on Monday.", "CHL", "Deputy Ambassador"),
    ("Chilean deputy U.N. envoy Tomas Ibarra criticized the Bolivian blockade on Monday.", "CHL", "Deputy Ambassador"),
    ("Tomas Ibarra, Chile's deputy permanent representative to the U.N., criticized the Bolivian blockade.", "CHL",
     "Deputy Ambassador"),
    ("Chile's alternate representative Tomas Ibarra criticized the Bolivian blockade on Monday.", "CHL",
     "Deputy Ambassador"),
    ("Chile's Permanent Representative Tomas Ibarra criticized the Bolivian blockade on Monday.", "CHL", "Ambassador"),
    ("Chilean charge d'affaires Tomas Ibarra criticized the Bolivian blockade on Monday.", "CHL", "Chargé d'Affaires"),
    ("Chilean Minister-Counsellor Tomas Ibarra criticized the Bolivian blockade on Monday.", "CHL", "Minister-Counsellor"),
    ("Assistant Secretary-General Lena Ortmann criticized the Bolivian blockade on Monday.", "UNO", "UN Official"),
    ("Lena Ortmann, the U.N. assistant secretary-general for Europe, criticized the Bolivian blockade.", "UNO",
     "UN Official"),
    # Korean
    ("토마스 이바라 주유엔 칠레 차석대사는 12일 볼리비아의 봉쇄를 비판했다.", "CHL", "Deputy Ambassador"),
    ("주유엔 칠레 차석대사인 토마스 이바라는 12일 볼리비아의 봉쇄를 비판했다.", "CHL", "Deputy Ambassador"),
    ("토마스 이바라 주볼리비아 칠레 대리대사는 12일 볼리비아의 봉쇄를 비판했다.", "CHL", "Chargé d'Affaires"),
    ("토마스 이바라 주유엔 칠레 공사참사관은 12일 볼리비아의 봉쇄를 비판했다.", "CHL", "Minister-Counsellor"),
    ("레나 오르트만 유엔 사무차장보는 12일 볼리비아의 봉쇄를 비판했다.", "UNO", "UN Official"),
])
def test_a_mission_rank_gives_the_sending_state(text, state, office):
    name = next(n for n in ("Tomas Ibarra", "Lena Ortmann", "토마스 이바라", "레나 오르트만") if n in text)
    assert speaker(text, name) == (state, office)
    assert state in accusers(text)
