"""enactors70: the sector of a modified noun belongs only to that noun's mention, never to a co-participant. 'Senegal
met Malian rebels': the verb after 'Senegal' is no qualifier of the rebels (lang/en/agents.qualified_agent_after:
after one lower-case word, only an agent phrase right after it, not another country word's noun); 'Senegal and
Malian rebels signed': a name coordinated with another state's adjective is no modifier of the noun
(lang/en/name_conjuncts). Coordinated adjectives, a name that is also an adjective and a qualifier right before its
noun still share or keep the sector. Korean '세네갈은 말리 반군과 만났다' keeps the noun on its mention already.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of


def sectors(text: str, kind: str) -> dict[str, str]:
    first = first_of(events(text), type=kind)
    return {p.country: p.sector for p in [*first.participants, *first.recipients]}


@pytest.mark.parametrize("text, kind, expected", [
    # a verb between a state's name and another state's agent noun
    ("Senegal met Malian rebels in Dakar on Monday.", "CONSULT", {"SEN": "GOV", "MLI": "REB"}),
    ("Chad hosted Sudanese militia leaders in Ndjamena last week.", "CONSULT", {"TCD": "GOV", "SDN": "REB"}),
    ("Ghana hosted Togolese police chiefs in Accra on Friday.", "CONSULT", {"GHA": "GOV", "TGO": "COP"}),
    # a name coordinated with another state's adjective
    ("Senegal and Malian rebels signed a ceasefire on Monday.", "RETREAT", {"SEN": "GOV", "MLI": "REB"}),
    ("Senegal and Chadian soldiers attacked the camp at dawn.", "ASSAULT", {"SEN": "GOV", "TCD": "MIL"}),
    ("Niger and Malian rebels met in Niamey on Tuesday.", "CONSULT", {"NER": "GOV", "MLI": "REB"}),
    ("Senegal and Chadian soldiers met in Dakar on Monday.", "CONSULT", {"SEN": "GOV", "TCD": "MIL"}),
    ("세네갈은 말리 반군과 만났다.", "CONSULT", {"SEN": "GOV", "MLI": "REB"}),
    ("세네갈과 말리 반군이 휴전 협정에 서명했다.", "AGREE", {"SEN": "GOV", "MLI": "REB"}),
    # negatives: the noun's own mention, coordinated adjectives and a qualifier right before its noun keep it
    ("Senegalese and Malian rebels signed a ceasefire on Monday.", "RETREAT", {"SEN": "REB", "MLI": "REB"}),
    ("Indian and Pakistani officials met in Geneva on Monday.", "CONSULT", {"IND": "GOV", "PAK": "GOV"}),
    ("Senegalese and Chadian soldiers met in Dakar on Monday.", "CONSULT", {"SEN": "MIL", "TCD": "MIL"}),
    ("Senegalese, Chadian and Malian soldiers met in Dakar.", "CONSULT", {"SEN": "MIL", "TCD": "MIL", "MLI": "MIL"}),
    ("Chile's and Peru's judges met in Lima on Monday.", "CONSULT", {"CHL": "JUD", "PER": "JUD"}),
    ("The Malian transitional government met Senegalese rebels in Bamako.", "CONSULT", {"MLI": "GOV", "SEN": "REB"}),
    ("Ghana's generals met Togo in Lome on Monday.", "CONSULT", {"GHA": "MIL", "TGO": "GOV"}),
])
def test_modified_noun_sector_stays_on_its_mention(text, kind, expected):
    assert sectors(text, kind) == expected
