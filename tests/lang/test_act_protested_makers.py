"""(relative71, issue 13) A protest against a thing that a part of the protesters' own state made, told by a
relative clause with that part as its subject, is aimed at that part at home: 'Uruguayan students protested against
the deal the government signed with Brazil' is a PROTEST at Uruguay's government (GOV), not at Brazil, the clause's
partner (lang/en/act_protested_makers; the condemnation twin reads so through act_sides.own_state_target; Korean
'[정부가 브라질과 맺은] 협정에 반대하는 시위': lang/ko/act_relative_partners.relative_maker). Negative
rows: a named state as the clause's subject receives it itself, a pronoun subject opens no clause. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of


def protest_targets(text: str) -> list[tuple[str, str | None]]:
    first = first_of(events(text), type="PROTEST")
    return [(r.country, r.sector) for r in first.recipients]


@pytest.mark.parametrize("text, target", [
    ("Uruguayan students protested against the deal the government signed with Brazil.", ("URY", "GOV")),
    ("Uruguayan students protested against the deal that the government signed last month.", ("URY", "GOV")),
    ("Uruguayan students protested against the port fees the ruling party approved in March.", ("URY", "PTY")),
    ("우루과이 학생들은 정부가 브라질과 맺은 협정에 반대하는 시위를 벌였다.", ("URY", "GOV")),
    ("우루과이 학생들은 정부가 브라질과 맺은 협정을 규탄하는 집회를 열었다.", ("URY", "GOV")),
    ("우루과이 학생들은 여당이 지난달 통과시킨 법안에 반대하는 시위를 벌였다.", ("URY", "PTY")),
])
def test_protest_at_the_domestic_maker_of_the_thing(text, target):
    assert protest_targets(text) == [target]


@pytest.mark.parametrize("text, target", [
    ("Uruguayan students protested against the deal Brazil signed with Paraguay.", "BRA"),  # a named state
    ("우루과이 학생들은 브라질 정부가 파라과이와 맺은 협정에 반대하는 시위를 벌였다.", "BRA"),  # a named state
])
def test_named_state_maker_receives_the_protest(text, target):
    assert [c for c, _ in protest_targets(text)] == [target]


def test_pronoun_subject_adds_no_domestic_maker():
    """'the deal it signed with Paraguay': 'it' opens no clause of its own; no home government is read from it."""
    text = "Uruguayan students protested against the deal it signed with Paraguay."
    assert ("URY", "GOV") not in protest_targets(text)


def test_korean_pronoun_subject_adds_no_domestic_maker():
    text = "우루과이 학생들은 그들이 파라과이와 맺은 협정에 반대하는 시위를 벌였다."
    assert ("URY", "GOV") not in protest_targets(text) and ("PRY", "GOV") not in protest_targets(text)


def test_korean_condemnation_of_the_deal_leaves_the_partner_out():
    """'[정부가 브라질과 맺은] 협정에 항의했다': the act's own 에 target holds the clause; Brazil is its partner."""
    text = "우루과이 학생들은 정부가 브라질과 맺은 협정에 항의했다."
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert found and [(r.country, r.sector) for r in found[0].recipients] == [("URY", "GOV")], events(text)
