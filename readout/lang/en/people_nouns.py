"""(enactor48) The plural people nouns of the agent table whose people are no part of a state: civilians and the
faithful ('villagers', 'worshippers', 'pilgrims', 'passengers', 'mourners'), from the Phoenix agents dictionary's
[~CVL] and [~REL] classes (kb/agents, agents_world.yaml) with readout's own entries ('shoppers', 'commuters'), less
the nouns of those classes that name places or things (agents.yaml `not_people_en`: 'villages', 'airliners'). The
object of an act of force headed by one is a people side of the place's state with the noun's sector: the object reader
(act_sides.domestic_target) reads an act of force with the lexicon's people nouns (`Cues.domestic_actors`) joined
with these (`force_cues`). Other acts keep the lexicon's list: a notice served on tenants threatens no people."""
from __future__ import annotations


from readout.kb.agents import not_people_en, phrases
from readout.lang.base import ActHit

PEOPLE_SECTORS = frozenset({"CVL", "REL"})  # PLOVER sectors of people no state body holds: civilians, the faithful
PLURAL_END = "s"  # a group of people: the plural only ('a worshipper' names one person, the lexicon's rules of one)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts of force, whose harmed people this list names


def civilian_plurals() -> frozenset[str]:
    """The one-word plural agent nouns of a people sector (`PEOPLE_SECTORS`), less those naming no people."""
    return frozenset(p for p, sector in phrases("en").items()
                     if sector in PEOPLE_SECTORS and " " not in p and p.endswith(PLURAL_END)) - not_people_en()


_EXTENDED: dict[int, tuple[object, object]] = {}  # id of a Cues -> (that Cues, its copy with the civilian nouns)


def force_cues(cues, hit: ActHit):
    """`cues` with the civilian plurals joined to its people nouns for an act of force (`FORCE_TYPES`); `cues` as it
    came for any other act. The copy is made once per Cues object."""
    if hit.type not in FORCE_TYPES:
        return cues
    kept = _EXTENDED.get(id(cues))
    if kept is None or kept[0] is not cues:
        kept = (cues, cues.replace(domestic_actors=cues.domestic_actors | civilian_plurals()))
        _EXTENDED[id(cues)] = kept
    return kept[1]
