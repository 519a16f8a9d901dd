"""A passive act's named agent does it, its subject suffers it (actors61): 'X가 경찰에 체포됐다', 'X were arrested by
police' is the police (COP) -> the arrested (their own sector: the opposition OPP, protesters CVL), not government ->
police (lang/ko/act_passive_agents.py, lang/en/act_passive_agents.py: `agent_sector`; pipeline/act_build.
passive_sectors). Our own sentences; negatives: no agent named keeps the state's government, another state's
authorities stay a state acting on foreigners."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ROWS = {  # (text, the state, the acting sector, the receiving sector)
    "police_passive": [
        ("가나 아크라에서 시위대 30명이 경찰에 체포됐다.", "GHA", "COP", "CVL"),
        ("(서울=연합뉴스) 볼리비아 라파스에서 시위를 이끈 야당 대표가 9일 볼리비아 경찰에 체포됐다.", "BOL", "COP", "OPP"),
        ("가나 아크라에서 야당 대표가 9일 군에 체포됐다.", "GHA", "MIL", "OPP"),
        ("Thirty protesters were arrested by police in Accra on Monday.", "GHA", "COP", "CVL"),
        ("The opposition leader was arrested by Bolivian riot police in La Paz on Tuesday.", "BOL", "COP", "OPP"),
    ],
    "no_agent_negative": [  # no agent named: the state's government holds them
        ("가나 아크라에서 야당 대표가 9일 체포됐다.", "GHA", "GOV", None),
        ("The opposition leader was arrested in Accra on Monday.", "GHA", "GOV", None),
    ],
}


@pytest.mark.parametrize("text, state, acting, receiving", class_rows(ROWS))
def test_a_passive_agent_acts_on_the_subject(text, state, acting, receiving):
    e = first_of(events(text), type="COERCE")
    assert [(p.country, p.sector) for p in e.participants] == [(state, acting)], \
        ([(p.country, p.sector) for p in e.participants], [(p.country, p.sector) for p in e.recipients])
    if receiving:
        assert [(p.country, p.sector) for p in e.recipients] == [(state, receiving)]


@pytest.mark.parametrize("text", [
    "이란 테헤란에서 프랑스인 2명이 이란 당국에 체포됐다.",
    "Two French nationals were arrested by Iranian authorities in Tehran.",
])
def test_foreigners_held_by_another_state_stay_two_states(text):
    found = [e for e in events(text) if e.type == "COERCE"]
    assert found and [p.country for p in found[0].participants] == ["IRN"]
    assert [p.country for p in found[0].recipients] == ["FRA"]


@pytest.mark.parametrize("text, sector", [
    ("경찰", "COP"), ("볼리비아 경찰", "COP"), ("연방경찰", "COP"), ("군", "MIL"), ("러시아", None),
])
def test_ko_agent_sector(text, sector):
    from readout.lang.ko.act_passive_agents import agent_sector
    from readout.lang.ko.sentences import split

    toks = [(f, t, span.start + s, n) for span, tokens in split(text + "에 체포됐다.", 0) for f, t, s, n in tokens]
    assert agent_sector(toks, (0, len(text))) == sector


@pytest.mark.parametrize("text, sector", [
    ("by police", "COP"), ("by the Bolivian riot police", "COP"), ("by soldiers", "MIL"), ("by Bolivia", None),
    ("by the end of the day", None),
])
def test_en_agent_sector(text, sector):
    from readout.lang.en.act_passive_agents import agent_sector
    from readout.lang.en.act_tokens import tokenize

    toks = tokenize(text)
    assert agent_sector(toks, toks[1].start) == sector
