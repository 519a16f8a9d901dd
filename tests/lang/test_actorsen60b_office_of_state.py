"""Actors named by an office and a state in the genitive or 'of' form, and agents linked to a state (actorsen60b,
issue 14). Sentences are our own; the states are outside the tuned sets' usual pairs.

- 'the defence minister of Chile', 'the Minister of Science and Technology of Chile': a state's office named with the
  state after 'of' and no holder's name is the one person `office_entity` makes of 'Chile's defence minister' (the
  office, the state, the office's sector); before, English read no office at all (lang/en/mentions.py `titles_of`).
- '칠레 정부의 국방장관은': a state's government noun in the genitive between the state and the title; before, the bare
  '정부의' read as the home state's and the office went to South Korea's holder (lang/ko/title_chains.py
  `government_owner`).
- 'accused police in Chad', 'the teachers of Jordan': an agent phrase linked to a guarded state name (a given name
  too) that the world-news clause reads as the state gives its sector (lang/en/state_phrases.py `world_mentions`).
- 'the union representatives of Belarus': an agent phrase of several words ending in an envoy noun before 'of' is
  read whole (LAB), not as the state's envoys (GOV) (lang/en/countries.py `phrase_start`).
- 'the attorney generals of Brazil': the plural of the postpositive 'general' closes the office's phrase too (GOV),
  not the rank 'generals' (MIL) (agents.yaml `postpositive_words_en`).
"""
from __future__ import annotations

import pytest

from readout.api import extract_text

DAY = "2026-03-12"


def office_mention(text: str, state: str):
    """The first mention of `text` whose entity is of `state`, or None."""
    found = extract_text(text, published=DAY).mentions
    return next((m for m in found if m.entity is not None and m.entity.country == state), None)


def side_sectors(text: str) -> set[tuple[str | None, str | None]]:
    """(state, sector) of every side of every event of `text`."""
    return {(x.country, x.sector) for e in extract_text(text, published=DAY).events
            for x in (*e.participants, *e.recipients)}


OFFICE_OF_STATE = [
    # English: 'the OFFICE of STATE', subject and object
    ("The defence minister of Chile criticized the government of Bolivia on Monday.", "CHL", "defense_minister"),
    ("The interior minister of Kenya accused Somalia of harbouring the raiders.", "KEN", "interior_minister"),
    ("Bolivia accused the foreign minister of Paraguay of lying on Monday.", "PRY", "foreign_minister"),
    ("The Minister of Science and Technology of Ghana criticized Togo on Monday.", "GHA", "science_minister"),
    ("The Deputy Minister of Health and Welfare of Laos criticized Vietnam on Monday.", "LAO", "vice_health_minister"),
    ("The army chief of staff of Niger criticized Mali on Monday.", "NER", None),
    ("The ambassador of Uruguay criticized Argentina on Monday.", "URY", "ambassador"),
    # Korean: the state's government noun in the genitive before the title
    ("칠레 정부의 국방장관은 볼리비아 정부를 비판했다.", "CHL", "defense_minister"),
    ("볼리비아 대통령은 파라과이 정부의 외교장관을 비난했다.", "PRY", "foreign_minister"),
    ("가나 정부의 내무장관은 토고를 비난했다.", "GHA", "interior_minister"),
    # Korean: the state itself in the genitive, and the plain chain (the forms English matches)
    ("칠레의 국방장관은 볼리비아 정부를 비판했다.", "CHL", "defense_minister"),
    ("케냐 내무장관은 소말리아를 비난했다.", "KEN", "interior_minister"),
]


@pytest.mark.parametrize("text,state,office", OFFICE_OF_STATE)
def test_office_of_a_state_is_that_states_holder(text, state, office):
    mention = office_mention(text, state)
    assert mention is not None, text
    assert office is None or mention.office_hint == office, (mention.office_hint, mention.entity)
    assert mention.entity.sector is not None


NOT_THE_STATES_OFFICE = [
    # the adjective names whose body the title heads, not the office's state
    ("The commander of the Peruvian navy criticized Chile on Monday.", "PER"),
    # the state is an owner of another's word
    ("The foreign minister of Chile's neighbour criticized Peru on Monday.", "CHL"),
    # a head of state by the state's word stands for the state's side, as 'Chile's president' does
    ("The President of Chile criticized Peru on Monday.", "CHL"),
    # the home government's bare '정부의' keeps reading as before: no other state before it
    ("정부의 국방장관은 볼리비아 정부를 비판했다.", "BOL"),
]


@pytest.mark.parametrize("text,state", NOT_THE_STATES_OFFICE)
def test_no_office_holder_of_the_state(text, state):
    mention = office_mention(text, state)
    assert mention is None or mention.office_hint is None or mention.entity.reason != "title only", mention


KOREAN_STATE_LOST = [
    # before: the office went to the home state's holder, and the event to South Korea
    ("칠레 정부의 외교장관은 볼리비아 정부를 비판했다.", ("CHL", "GOV")),
    ("볼리비아 대통령은 파라과이 정부의 국방장관을 비난했다.", ("PRY", "GOV")),
]


@pytest.mark.parametrize("text,side", KOREAN_STATE_LOST)
def test_genitive_government_keeps_the_state(text, side):
    sides = side_sectors(text)
    assert side in sides and ("KOR", "GOV") not in sides, sides


LOCATED_AGENTS = [
    # English: an agent phrase linked to a guarded state name in a world-news clause
    ("Bolivia's foreign minister accused police in Chad of lying on Monday.", ("TCD", "COP")),
    ("Bolivia's foreign minister accused the teachers of Jordan of lying on Monday.", ("JOR", "EDU")),
    ("Bolivia's foreign minister accused merchants in Georgia of lying on Monday.", ("GEO", "BUS")),
    ("Armenia condemned rebels in Chad on Monday.", ("TCD", "REB")),
    # English: an agent phrase of several words ending in an envoy noun before 'of'
    ("The union representatives of Belarus criticized the government of Bolivia on Monday.", ("BLR", "LAB")),
    ("Bolivia's foreign minister met the military representatives of Fiji in La Paz.", ("FJI", "MIL")),
    # the same agents in Korean: the state word before the agent noun
    ("볼리비아 외교장관은 차드 경찰을 비난했다.", ("TCD", "COP")),
    ("볼리비아 외교장관은 요르단 교사들을 비난했다.", ("JOR", "EDU")),
    ("벨라루스 노조는 볼리비아 정부를 비판했다.", ("BLR", "LAB")),
]


@pytest.mark.parametrize("text,side", LOCATED_AGENTS)
def test_agent_linked_to_a_state_keeps_its_sector(text, side):
    assert side in side_sectors(text), side_sectors(text)


STATE_ONLY = [
    # a bare guarded name, no agent: the state's government, as before
    ("Armenia accused Georgia of lying on Monday.", ("GEO", "GOV")),
    # envoys of a state are the state's (GOV), as before
    ("The representatives of Senegal criticized Bolivia on Monday.", ("SEN", "GOV")),
]


@pytest.mark.parametrize("text,side", STATE_ONLY)
def test_state_without_agent_stays_government(text, side):
    assert side in side_sectors(text), side_sectors(text)


PLURAL_GENERAL_OFFICES = [
    # English: the plural of an office ending in the postpositive 'general' is the office's sector, not the rank's
    ("The attorney generals of Brazil criticized the government of Bolivia on Monday.", ("BRA", "GOV")),
    ("Solicitor generals in Ecuador criticized the government of Bolivia on Monday.", ("ECU", "GOV")),
    ("The inspector generals of Nepal criticized India on Monday.", ("NPL", "GOV")),
    ("The attorneys general of Brazil criticized Bolivia on Monday.", ("BRA", "GOV")),
    # the rank itself stays military
    ("The generals of Brazil criticized Bolivia on Monday.", ("BRA", "MIL")),
    ("Bolivia arrested the generals on Tuesday.", ("BOL", "MIL")),
    # Korean: the office words are their own ('법무장관', '검찰총장'); the rank '장성' is military
    ("브라질 법무장관들은 볼리비아 정부를 비판했다.", ("BRA", "GOV")),
    ("네팔 검찰총장은 인도 정부를 비판했다.", ("NPL", "JUD")),
    ("브라질 장성들은 볼리비아 정부를 비판했다.", ("BRA", "MIL")),
]


@pytest.mark.parametrize("text,side", PLURAL_GENERAL_OFFICES)
def test_plural_general_office_is_the_offices(text, side):
    assert side in side_sectors(text), side_sectors(text)
