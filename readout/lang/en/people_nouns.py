"""(enactor48) The plural people nouns of the agent table whose people are no part of a state: civilians and the
faithful ('villagers', 'worshippers', 'pilgrims', 'passengers', 'mourners'), from the Phoenix agents dictionary's
[~CVL] and [~REL] classes (kb/agents, agents_world.yaml) with readout's own entries ('shoppers', 'commuters'). An act's
object headed by one is a people side of the place's state with the noun's sector (act_sides.people_span reads
`Cues.domestic_actors`, the lexicon's list joined with these), as the lexicon's hand-kept words already were."""
from __future__ import annotations

from readout.kb.agents import phrases

PEOPLE_SECTORS = frozenset({"CVL", "REL"})  # PLOVER sectors of people no state body holds: civilians, the faithful
PLURAL_END = "s"  # a group of people: the plural only ('a worshipper' names one person, the lexicon's rules of one)


def civilian_plurals() -> frozenset[str]:
    """The one-word plural agent nouns of a people sector (`PEOPLE_SECTORS`)."""
    return frozenset(p for p, sector in phrases("en").items()
                     if sector in PEOPLE_SECTORS and " " not in p and p.endswith(PLURAL_END))
