"""(entowns49, issues 13, 14) A place whose name is also a common English word ('Mobile police said', 'Reading the
statement', 'Nice weather', 'Sales rose'): a place only in a place frame, after a place preposition ('in Mobile'),
before a comma and a state ('Mobile, Alabama') or after 'the city of'; never as a bare capitalized word acting or
before a noun, which the readers of a city acting (towns.city_mentions), of a place before an agent noun
(place_agents.place_agent_mentions) and of a city modifying a meeting noun (places.meeting_modifier) read.

Why a data file and not a word list by hand: common_word_places.yaml is built from wordfreq's English frequencies and
SCOWL's lower-case words (scripts/data/build_common_word_places.py), over every name the city index and the town tables
hold, so a new town table or city size brings its own common words."""
from __future__ import annotations

from readout import budget
from readout.kb.loader import parse


@budget.table()
def common_word_places() -> frozenset[str]:
    """The place names that are also common English words (common_word_places.yaml)."""
    return frozenset(parse("common_word_places.yaml", "CommonWordPlacesFile").words)


def is_common_word_place(name: str) -> bool:
    """Whether the place name `name` (a one-word name) is also a common English word."""
    return name in common_word_places()
