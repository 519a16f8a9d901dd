"""(actors66) An agent noun phrase linked to a state by 'in' or 'of' ('rebels in Mali', 'the teachers of Togo') is
that state acting or acted on through the agent, with the agent's sector, on either side of the verb
(lang/en/located_agents.py); not when a word before the agent makes it another's. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events


def parties(text: str) -> set[tuple[str, str]]:
    return {(p.country, p.sector) for e in events(text) for p in (*e.participants, *e.recipients)}


@pytest.mark.parametrize("text, party", class_rows({
    "object-in": [
        ("Peru condemned rebels in Mali on Tuesday.", ("MLI", "REB")),
        ("Chile accused police in Gabon of beating reporters.", ("GAB", "COP")),
        ("Norway praised trade unions in Bolivia for their restraint.", ("BOL", "LAB")),
    ],
    "object-of": [
        ("Peru accused the teachers of Togo of spreading rumours.", ("TGO", "EDU")),
        ("Chile criticized the opposition parties of Sudan on Friday.", ("SDN", "OPP")),
        ("Norway condemned the armed forces of Niger after the vote.", ("NER", "MIL")),
    ],
    "longer-than-owner-noun": [  # 'leaders of' alone reads the state's leaders; the whole phrase says whose
        ("Peru accused the opposition leaders of Gabon of lying.", ("GAB", "OPP")),
        ("Chile criticized the business leaders of Oman over the port deal.", ("OMN", "BUS")),
    ],
    "subject": [
        ("Police in Nepal accused Chile of harbouring a fugitive.", ("NPL", "COP")),
        ("The judges of Malawi criticized Peru over the extradition.", ("MWI", "JUD")),
        ("Students in Laos praised Norway for the scholarships.", ("LAO", "EDU")),
    ],
    "meeting": [
        ("Chile's interior minister met the police of Ghana in Santiago.", ("GHA", "COP")),
        ("Peru's foreign minister met the judges of Malawi in Lima on Monday.", ("MWI", "JUD")),
    ],
}))
def test_agent_linked_to_a_state_takes_its_sector(text: str, party: tuple[str, str]) -> None:
    assert party in parties(text)


@pytest.mark.parametrize("text, code, sector", class_rows({
    "another-state's": [
        ("Peru condemned Chadian troops in Mali on Tuesday.", "MLI", "MIL"),  # the troops are Chad's
        ("Peru condemned foreign troops in Mali on Tuesday.", "MLI", "MIL"),  # an outsider's word
        ("Peru condemned Reuters reporters in Mali on Tuesday.", "MLI", "JRN"),  # a name's people
    ],
    "owned": [
        ("France deployed its troops in Mali on Tuesday.", "MLI", "MIL"),  # its: the subject's troops
    ],
    "no-agent": [
        ("Peru condemned the violence in Mali on Tuesday.", "MLI", "CVL"),
        ("Peru condemned the collapse of Mali's talks.", "MLI", "CVL"),
    ],
}))
def test_no_sector_from_another_agent(text: str, code: str, sector: str) -> None:
    assert (code, sector) not in parties(text)


@pytest.mark.parametrize("text", [
    "Peru condemned the violence in Mali on Tuesday.",
    "Peru condemned the government of Mali on Tuesday.",
])
def test_state_itself_stays_the_government(text: str) -> None:
    assert ("MLI", "GOV") in parties(text)
