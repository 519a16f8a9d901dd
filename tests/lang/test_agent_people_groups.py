"""Actors in both languages: an agent's leaders, representatives and organization are that agent (kofollow68b, issue 14).

'세네갈 정부는 말리 반군 지도자들과 만났다', 'Senegal's government met Malian rebel leaders': a leaders' or
representatives' noun after an agent phrase names the agent's own people and keeps its sector (ko: lexicon
`agent_people_nouns`, lang/ko/agent_chains.agent_chain, also after an owner in the genitive, '말리의 반군 지도자들과');
a group or organization noun after an armed agent ('말리 내 민병대 조직은') is its own body (`agent_group_nouns`).
Negatives: the same nouns after a state alone or its government name the state's leaders (GOV)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def parties(text: str, kind: str) -> set[tuple[str, str]]:
    return {(p.country, p.sector) for e in events(text) if e.type == kind for p in e.participants}


@pytest.mark.parametrize("text, kind, party", [
    ("세네갈 정부는 말리 반군 지도자들과 만났다.", "CONSULT", ("MLI", "REB")),
    ("세네갈 정부는 말리의 반군 지도자들과 만났다.", "CONSULT", ("MLI", "REB")),
    ("기니 정부는 3일 니제르의 반군 대표들과 회담했다.", "CONSULT", ("NER", "REB")),
    ("말리 내 민병대 조직은 세네갈을 비난했다.", "ACCUSE", ("MLI", "REB")),
    ("니제르 민병대 집단이 기니 정부를 비난했다.", "ACCUSE", ("NER", "REB")),
    ("Senegal's government met Malian rebel leaders on Monday.", "CONSULT", ("MLI", "REB")),
    ("Guinea's government held talks with leaders of Niger's rebels.", "CONSULT", ("NER", "REB")),
    # negatives: leaders of the state itself or of its government are the state's (GOV)
    ("세네갈 정부는 말리의 지도자들과 만났다.", "CONSULT", ("MLI", "GOV")),
    ("말리 정부 대표단은 세네갈 정부를 비난했다.", "ACCUSE", ("MLI", "GOV")),
    ("Senegal's government met Mali's leaders on Monday.", "CONSULT", ("MLI", "GOV")),
])
def test_agent_people_and_groups_keep_the_agent(text, kind, party):
    found = parties(text, kind)
    assert party in found, found
    other = "GOV" if party[1] != "GOV" else "REB"
    assert (party[0], other) not in found, found
