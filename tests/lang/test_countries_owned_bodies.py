"""A state's own body named after the state's word, by a name holding a body's head noun: "Iran's Supreme
National Security Council", "Thailand's Constitutional Court", '이란의 최고국가안보회의는', '나이지리아
중앙은행은'; and an agent noun after 'X의' ('중국의 외교부는' is China's ministry, not the reader's own)."""
from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.en.countries import find_countries


def acting(text: str) -> list[tuple[str, str | None]]:
    events = extract_text(text, published=date(2024, 5, 22)).events
    return sorted({(p.country, p.sector) for e in events for p in e.participants if p.country})


@pytest.mark.parametrize("text, span, sector", [
    ("Iran's Supreme National Security Council condemned Norway.", "Iran's Supreme National Security Council", "GOV"),
    ("The Iranian Supreme National Security Council condemned Norway.", "Iranian Supreme National Security Council", "GOV"),
    ("Egypt's Supreme Council of the Armed Forces warned the protesters.", "Egypt's Supreme Council of the Armed Forces", "GOV"),
    ("Thailand's Constitutional Court dissolved the party.", "Thailand", "JUD"),  # an agent phrase: as before
    # a person after the body's name is not the body's
    ("Iran's Supreme National Security Council Secretary Ali Larijani said.", "Iran's Supreme National Security Council", "GOV"),
    ("Iran's Supreme Leader Ali Khamenei said.", "Iran", "GOV"),  # an agent noun, no body
])
def test_english_state_and_its_named_body(text, span, sector):
    first = find_countries(text, 0)[0]
    assert (text[first.start:first.end], first.sector) == (span, sector)


@pytest.mark.parametrize("text, expected", [
    ("Libya's High Council of State condemned Norway on Monday.", [("LBY", "GOV")]),
    ("Kenya's Independent Electoral Commission condemned Norway on Monday.", [("KEN", "GOV")]),
    ("이란의 최고국가안보회의는 노르웨이를 강하게 비난했다.", [("IRN", "GOV")]),
    ("나이지리아 중앙은행은 노르웨이를 강하게 비난했다.", [("NGA", "GOV")]),
    ("태국의 헌법재판소는 노르웨이를 강하게 비난했다.", [("THA", "JUD")]),
    ("수단 주권위원회는 노르웨이를 강하게 비난했다.", [("SDN", "GOV")]),
    ("몰도바의 의회는 노르웨이를 강하게 비난했다.", [("MDA", "LEG")]),
    ("케냐의 야당은 노르웨이를 강하게 비난했다.", [("KEN", "OPP")]),
    # 'X의' + a ministry word that is also the reader's own listed body: X's, never South Korea's
    ("이란의 국방부는 노르웨이를 강하게 비난했다.", [("IRN", "GOV")]),
    ("중국의 외교부는 노르웨이를 강하게 비난했다.", [("CHN", "GOV")]),
    # a bare ministry word stays the reader's own
    ("국방부는 노르웨이를 강하게 비난했다.", [("KOR", "MIL")]),
])
def test_state_body_acts_for_the_state(text, expected):
    assert acting(text) == expected
