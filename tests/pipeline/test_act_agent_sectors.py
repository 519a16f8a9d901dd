"""(ensubj46) An agent the act's own words name (a relative clause's subject: 'the tariffs [the government imposed
on X]', 'the tariffs [Lima imposed on X]') acts with its own words' sector, or as its state: never with the sector
of the sentence's subject, who only judges the act ('Peruvian farmers condemned ...': AGR is the judges'). Korean
'[정부가 칠레에 부과한] 관세를 농민들은 규탄했다' reads the government as well."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides

AGENT_SECTORS = [
    ("Ecuadorian fishermen denounced the tariffs the government imposed on Chile.", ("ECU", "GOV")),
    ("Ecuadorian fishermen denounced the tariffs Quito imposed on Chile.", ("ECU", "GOV")),
    ("Ecuadorian truckers denounced the tariffs the Ecuadorian navy imposed on Peru.", ("ECU", "MIL")),
    ("에콰도르 어민들은 정부가 칠레에 부과한 관세를 규탄했다.", ("ECU", "GOV")),
]


@pytest.mark.parametrize("text, actor", AGENT_SECTORS)
def test_an_agent_named_in_the_acts_own_clause_acts_with_its_own_sector(text, actor):
    acting, receiving = sector_sides(text, "SANCTION")
    assert acting == {actor}, (acting, receiving)


# negative rows: the judging verb keeps its subject's sector, and a subject that does the act itself keeps its own
JUDGES = [
    ("Ecuadorian fishermen denounced the tariffs the government imposed on Chile.", "ACCUSE", ("ECU", "AGR")),
    ("Ecuadorian fishermen blockaded the port of Guayaquil.", "PROTEST", ("ECU", "AGR")),
]


@pytest.mark.parametrize("text, kind, actor", JUDGES)
def test_the_sentence_subject_keeps_its_sector_on_its_own_acts(text, kind, actor):
    acting, receiving = sector_sides(text, kind)
    assert actor in acting, (acting, receiving)
