"""A state's diplomat at an international body acts for the state (GOV), never for the body: the body's
name only says where the post is ("China's U.N. ambassador", '유엔 주재 러시아 대사'). Without a state
before it, a body's own envoy stays the body's ('the UN envoy for Yemen', '유엔 대사')."""
from datetime import date

import pytest

from readout.api import extract_text


def acting(text: str) -> list[tuple[str, str | None]]:
    events = extract_text(text, published=date(2024, 5, 22)).events
    return sorted({(p.country, p.sector) for e in events for p in e.participants if p.country})


DIPLOMATS = [
    # English: a diplomat at a body is the state
    ("Vietnam's U.N. ambassador condemned Norway on Monday.", [("VNM", "GOV")]),
    ("Brazil's UN envoy condemned Norway on Tuesday.", [("BRA", "GOV")]),
    ("The U.S. ambassador to the United Nations condemned Norway on Monday.", [("USA", "GOV")]),
    ("Japan's permanent representative to the UN condemned Norway on Monday.", [("JPN", "GOV")]),
    ("Kenya's ambassador to the UN accused Norway of violating the agreement.", [("KEN", "GOV")]),
    ("The ambassador of Mexico to the United Nations criticized Norway on Friday.", [("MEX", "GOV")]),
    ("Germany's EU ambassador accused Norway of violating the agreement.", [("DEU", "GOV")]),
    ("The Palestinian observer to the UN condemned Israel on Monday.", [("PSE", "GOV")]),
    ("Russia's deputy UN ambassador condemned Norway on Monday.", [("RUS", "GOV")]),
    # the body's own: no state before it
    ("The UN envoy for Yemen condemned Norway on Monday.", [("UNO", "IGO")]),  # the body's official: IGO (actors16)
    ("The UN condemned Norway on Monday.", [("UNO", "IGO")]),
    # Korean: a diplomat at a body is the state
    ("주유엔 베트남대사는 노르웨이를 강하게 비난했다.", [("VNM", "GOV")]),
    ("유엔 주재 러시아 대사는 노르웨이를 강하게 비난했다.", [("RUS", "GOV")]),
    ("유엔 브라질 대사는 노르웨이를 강하게 비난했다.", [("BRA", "GOV")]),
    ("중국의 유엔 대사는 노르웨이를 강하게 비난했다.", [("CHN", "GOV")]),
    ("멕시코 유엔대사가 노르웨이를 강하게 비난했다.", [("MEX", "GOV")]),
    ("일본의 유엔 상임대표는 노르웨이를 강하게 비난했다.", [("JPN", "GOV")]),
    # the body's own: no state before it
    ("유엔은 노르웨이를 강하게 비난했다.", [("UNO", "IGO")]),
    ("유엔 사무총장은 노르웨이를 강하게 비난했다.", [("UNO", "IGO")]),
]


@pytest.mark.parametrize("text, expected", DIPLOMATS)
def test_a_diplomat_at_a_body_is_the_state_and_the_bodys_own_the_body(text, expected):
    assert acting(text) == expected

