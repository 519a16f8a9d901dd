"""(enattack50, issue 14) A capital an armed group of its own state attacks is that state's government: 'Syrian rebels
attacked Damascus' hit Syria's government (GOV).

Why: the receiving state of a domestic attack is told apart from the attackers by the sector of its words; a capital
named bare has none, so the recipient took the attackers' own sector (REB) and, being the same part of the same
state, was dropped: no recipient at all. A foreign attacker's strike on a capital ('Russian forces attacked Kyiv')
already gave the capital's state its government. The seat of government stands for it as PLOVER codes such attacks.
(enattack51) So does any town named bare as the attack's object ('Syrian rebels attacked Aleppo', 'shelled Kherson'):
an armed group attacking a town fights the state that holds it, and a foreign strike on the same town already read
as that state's government (GOV); the words name neither its people nor its forces, and the state is what is held.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token
from readout.kb.geo import capital_state
from readout.kb.geo import country_index, lookup_city
from readout.lang.en.towns import may_be_person, town_of

STRUCK_TYPES = frozenset({"ASSAULT"})
CAPITAL_SECTOR = "GOV"  # the seat of government stands for the government
NOUN_OBJECT_PREPOSITION = "on"  # enattack52: what an attack noun struck follows it so ('strikes on X')


def struck_capitals(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits, each attack whose first target phrase is a capital's bare name marked with the government as the
    receiving part (`domestic_sector`), unless a reader gave it one already; (enattack51) also a town's, and either
    marked `struck_town`: the pipeline reads the town's state from the places for its own state's attackers
    (act_own_government.people_own_state), a town being no state's word as a capital standing for it is."""
    return [replace(h, data={**h.data, "domestic_sector": CAPITAL_SECTOR, "struck_town": True})
            if h.type in STRUCK_TYPES and not h.negated and h.data.get("target_spans")
            and not h.data.get("domestic_sector") and right_after(toks, h) and names_capital(toks, h.data["target_spans"][0])
            else h for h in hits]


def right_after(toks: list[Token], hit: ActHit) -> bool:
    """Whether the first target phrase is the verb's own object, its first word right after the act word ('attacked
    [Damascus]'), not a place named further on ('struck a police station in [Kabul]': the station is hit).
    (enattack52) An attack noun's 'on' may stand between ('launched strikes on [Aleppo]', 'an attack on [Kidal]'):
    the noun's object is what it struck, as the verb's is."""
    start = hit.data["target_spans"][0][0]
    between = [t for t in toks if hit.end <= t.start < start and t.word]
    return not between or len(between) == 1 and between[0].low == NOUN_OBJECT_PREPOSITION and attack_noun(hit)


def attack_noun(hit: ActHit) -> bool:
    """Whether the act word ends on an attack noun: a nominal hit ('strikes on X'), or a verb with its noun object
    ('launched an attack on X', the lexicon pair's `object`)."""
    return hit.nominal or bool(hit.data.get("object"))


def names_capital(toks: list[Token], span: tuple[int, int]) -> bool:
    """Whether the words of the phrase at `span` are a capital's (enattack51: or a town's) name alone ('Damascus', 'the capital, Damascus' is
    not read: its apposition is another phrase)."""
    words = [t for t in toks if span[0] <= t.start and t.end <= span[1] and t.word]
    if not words or not all(t.raw[:1].isupper() for t in words):
        return False
    name = " ".join(t.raw for t in words)
    return capital_state(name) is not None or names_town(name)


def names_town(name: str) -> bool:
    """(enattack51) Whether `name` is a town of the city index or of the town table (towns_world.yaml, less the
    names a person of the world table opens or ends, `towns.may_be_person`), not a state's own name."""
    if name in country_index():
        return False
    return lookup_city(name) is not None or town_of(name) is not None and not may_be_person(name.split())
