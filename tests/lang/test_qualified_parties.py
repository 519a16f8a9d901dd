"""A shared party name qualified as a state's opposition or ruling party ('accused the opposition Democratic Party',
'야당 민주당') in a sentence that names a third state is the party of the state whose side speaks before it, not the
name's default state (lang/en/qualified_parties.py; Korean '민주당' as a home bare body, lang/ko/home_words.py).
Our own sentences; negatives keep the default: no qualifier, no state before the party, the default state named."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events

QUALIFIED = {  # (text, the accuser's state, the default state no side may be)
    "en": [
        ("Thai Prime Minister Anong Srisuk on Monday accused the opposition Democratic Party of colluding with "
         "Cambodia.", "THA", "USA"),
        ("Kenya's president on Tuesday accused the opposition Democrats of taking money from Uganda.", "KEN", "USA"),
        ("Zambia's foreign minister on Friday accused the ruling Labour Party of smuggling copper into Angola.",
         "ZMB", "GBR"),
        ("The Nigerian government accused the main opposition Social Democratic Party of hiring mercenaries from "
         "Chad.", "NGA", "DEU"),
    ],
    "ko": [
        ("태국 총리는 9일 야당 민주당이 캄보디아와 결탁했다고 비난했다.", "THA", "KOR"),
        # actors62: a shared name the knowledge base reads bare as another state's party ('노동당': North Korea's)
        ("잠비아에서 여당 노동당은 10일 말라위를 비난했다.", "ZMB", "PRK"),
        ("케냐의 야당인 노동당은 10일 우간다가 선거에 개입했다고 비난했다.", "KEN", "PRK"),
        ("잠비아 제1야당 민주당은 10일 말라위를 비난했다.", "ZMB", "KOR"),
    ],
}


@pytest.mark.parametrize("text, accuser, default", class_rows(QUALIFIED))
def test_a_qualified_shared_party_is_the_speaking_states(text, accuser, default):
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert found and accuser in {p.country for p in found[0].participants}, \
        [(e.type, [p.country for p in e.participants]) for e in found]
    assert all(default not in {p.country for p in e.participants + e.recipients} for e in found), \
        [(e.type, [p.country for p in e.participants], [r.country for r in e.recipients]) for e in found]


@pytest.mark.parametrize("text", [
    # no qualifier: a bare name keeps its listed default where the story is placed nowhere else
    "Thai Prime Minister Anong Srisuk on Monday accused the Democratic Party of colluding with Cambodia.",
    # the default state named in the sentence: its own party
    "A Thai minister said the U.S. opposition Democrats had accused Cambodia of fraud.",
])
def test_an_unqualified_or_named_party_keeps_its_default(text):
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert any("USA" in {p.country for p in e.participants + e.recipients} for e in found), \
        [(e.type, [p.country for p in e.participants], [r.country for r in e.recipients]) for e in found]


def test_the_qualified_party_takes_the_state_before_it():
    """The rule itself: the first state named before the qualified name; none before, the default stays."""
    from readout.lang.en.countries import find_countries
    from readout.lang.en.qualified_parties import qualified_party_states
    from readout.lang.en.shared_parties import shared_party_default

    def party(text):
        found = qualified_party_states(text, 0, find_countries(text, 0), shared_party_default)
        return [c.codes for c in found if "Party" in text[c.start:c.end]]

    assert party("Ghana's president accused the opposition Democratic Party of lying.") == [["GHA"]]
    assert party("The opposition Democratic Party accused Ghana's president of lying.") == [["USA"]]
    assert party("Ghana's president praised the Democratic Party.") == [["USA"]]


@pytest.mark.parametrize("text, party_state", [
    # no qualifier: the bare name keeps the state the knowledge base reads it as
    ("잠비아에서 노동당은 10일 말라위를 비난했다.", "PRK"),
    # the state named with the party itself keeps its party
    ("북한 노동당은 10일 한국을 비난했다.", "PRK"),
    # a qualifier with no state before the party: the default stays
    ("여당 노동당은 10일 말라위를 비난했다.", "PRK"),
])
def test_korean_unqualified_or_unplaced_party_keeps_its_state(text, party_state):
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert any(party_state in {p.country for p in e.participants} for e in found), \
        [(e.type, [p.country for p in e.participants]) for e in found]
