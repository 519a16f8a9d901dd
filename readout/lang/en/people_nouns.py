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
from readout.lang.en.agents import sector_of as agent_sector
from readout.sectors import CHARGED_PEOPLE_SECTORS, PARTY_SIDE_SECTORS, STATE_FORCE_SECTORS

PEOPLE_SECTORS = frozenset({"CVL", "REL"})  # PLOVER sectors of people no state body holds: civilians, the faithful
PLURAL_END = "s"  # a group of people: the plural only ('a worshipper' names one person, the lexicon's rules of one)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts of force, whose harmed people this list names


def civilian_plurals() -> frozenset[str]:
    """The one-word plural agent nouns of a people sector (`PEOPLE_SECTORS`), less those naming no people."""
    return frozenset(p for p, sector in phrases("en").items()
                     if sector in PEOPLE_SECTORS and " " not in p and p.endswith(PLURAL_END)) - not_people_en()


def harmed_singulars(plurals: frozenset[str]) -> frozenset[str]:
    """(enattack51) The singular of each plural people noun of unarmed people (`plurals`, the lexicon's own people
    nouns: 'farmers', 'fishermen', 'villagers'; no party, union or opposition, which are bodies) that the agent table
    knows with the plural's own sector ('farmer' AGR, 'villager' CVL): one person
    harmed by force is of the people the plural names ('A farmer was stabbed to death by X soldiers', 'shot a
    fisherman'), as 'a student' already was. Armed people and offices are left out (their singular is read by the
    rules of one: 'a soldier', 'the minister'), and so is a singular the table does not know or gives another sector."""
    out = set()
    for plural in plurals:
        sector = agent_sector(plural)
        if sector not in CHARGED_PEOPLE_SECTORS - PARTY_SIDE_SECTORS or " " in plural:
            continue
        for one in singular_forms(plural):
            if agent_sector(one) == sector:
                out.add(one)
    return frozenset(out)


def force_singulars(plurals: frozenset[str]) -> frozenset[str]:
    """(enattack52) The singular of each one-word plural people noun of a state's forces (`plurals`, the lexicon's own
    people nouns: 'soldiers' MIL, 'policemen' COP) that the agent table knows with the plural's sector ('soldier',
    'policeman'): one such person attacked by an armed group of no state is of that state's forces ('Malian rebels
    killed a soldier'), as the passive 'A soldier was killed by Malian rebels' reads its subject. Kept apart from
    `harmed_singulars`: a state's forces attacking one ('Turkish troops shot a soldier') name no state of his."""
    return frozenset(one for plural in plurals if " " not in plural and agent_sector(plural) in STATE_FORCE_SECTORS
                     for one in singular_forms(plural) if agent_sector(one) == agent_sector(plural))


_ARMED: dict[int, tuple[object, object]] = {}  # id of a Cues -> (that Cues, its copy with the forces' singulars)


def armed_doer_cues(cues):
    """`cues` with the singulars of the state's forces' people nouns (`force_singulars`) joined to its people nouns,
    for an attack whose subject is an armed group of no state; the copy is made once per Cues object."""
    kept = _ARMED.get(id(cues))
    if kept is None or kept[0] is not cues:
        kept = (cues, cues.replace(domestic_actors=cues.domestic_actors | force_singulars(cues.domestic_actors)))
        _ARMED[id(cues)] = kept
    return kept[1]


def singular_forms(plural: str) -> tuple[str, ...]:
    """The candidate singulars of an English plural noun: '-men' -> '-man', '-ies' -> '-y', '-s' dropped."""
    if plural.endswith("men"):
        return (plural[:-3] + "man",)
    if plural.endswith("ies"):
        return (plural[:-3] + "y",)
    return (plural[:-1],) if plural.endswith(PLURAL_END) and not plural.endswith("ss") else ()


_EXTENDED: dict[int, tuple[object, object]] = {}  # id of a Cues -> (that Cues, its copy with the civilian nouns)


def force_cues(cues, hit: ActHit):
    """`cues` with the civilian plurals, and (enattack51) the singulars of the unarmed people's plurals, joined to its
    people nouns for an act of force (`FORCE_TYPES`); `cues` as it came for any other act. The copy is made once per Cues object."""
    if hit.type not in FORCE_TYPES:
        return cues
    kept = _EXTENDED.get(id(cues))
    if kept is None or kept[0] is not cues:
        people = cues.domestic_actors | civilian_plurals() | harmed_singulars(cues.domestic_actors)  # enattack51
        kept = (cues, cues.replace(domestic_actors=people))

        _EXTENDED[id(cues)] = kept
    return kept[1]
