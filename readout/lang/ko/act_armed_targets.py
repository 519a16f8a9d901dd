"""A Korean act's target that is an armed side with no state word of its own: an armed group's noun alone ('반군을
규탄했다', '무장세력 측에'), or a government's bare forces at war ('정부군 진지를 공격했다'), each with its sector.
"""
from __future__ import annotations


from readout import budget
from readout.kb.agents import phrases
from readout.kb.loader import lexicon
from readout.sectors import ARMED_GROUP_SECTORS, ARMED_PEOPLE_SECTORS
from readout.lang.ko.act_people_objects import domestic_object
from readout.lang.ko.act_organs import people_sector
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex, act_index
from readout.lang.ko.agents import agent_words, sector_of
from readout.lang.ko.tags import NOUN_TAGS

SIDE_NOUNS = frozenset({"측"})  # '반군 측에': the group's side is the group
OBJECT_ARMED_SECTORS = ARMED_PEOPLE_SECTORS | {"CRM"}  # kocrowd46: armed people as a deed's object: rebels, gunmen
# (UAF), loyal militias (PRM) and gangs (CRM), as the Phoenix agents dictionary codes them ('갱단을 소탕했다' CRM)


def armed_target(toks: list, spans: list[tuple[int, int]],
                 sectors: frozenset[str] = ARMED_GROUP_SECTORS) -> tuple[tuple[int, int], str] | None:
    """The first target span when it is an armed group's noun alone, with no state of its own ('반군을 규탄했다',
    '무장세력 측에 ... 촉구했다') and its sector: the pipeline reads it as the group of that kind the story named acting
    last ('예멘 후티 반군이 ... 공격했다'), else as the actor's own (a domestic act)."""
    if not spans:
        return None
    lo, hi = spans[0]
    nouns = [t[0] for t in toks if lo <= t[2] < hi and t[1] in NOUN_TAGS]
    while nouns and nouns[-1] in SIDE_NOUNS:
        nouns.pop()
    if len(nouns) > 1 and nouns[-1] in held_site_nouns():
        nouns.pop()  # kofix49: '반군 거점을', '민병대 진지를': the place the group holds is the group's
    found = agent_words(nouns) if nouns else None
    if (found is None or found[0] != len(nouns)) and len(nouns) > 1:
        found = armed_morphemes(nouns, sectors)
    if found is None or found[0] != len(nouns) or found[1] not in sectors:
        return None
    return (lo, hi), found[1]


@budget.table()
def held_site_nouns() -> frozenset[str]:
    """(kofix49) The places an armed side holds (act lexicon cues force_unit_noun, held_site_noun), unspaced."""
    lex = act_index()
    return frozenset(w.replace(" ", "") for w in lex.cue("force_unit_noun") | lex.cue("held_site_noun"))


def armed_morphemes(nouns: list[str], sectors: frozenset[str] = ARMED_GROUP_SECTORS) -> tuple[int, str] | None:
    """(koforeign70) An armed group's noun kiwi cut into morphemes, read as the word ('무장대원' as 무장 + 대원), or a run
    of armed group's nouns each ('반군 전투원'): its sector, as `agent_words` gives it for the phrase written whole."""
    whole = sector_of("".join(nouns))
    if whole is not None:
        return len(nouns), whole
    found = {sector_of(n) for n in nouns}
    return (len(nouns), found.pop()) if len(found) == 1 and found <= sectors else None


def conflict_force_target(toks: list, spans: list[tuple[int, int]], lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """The first target span when it starts with a government's bare forces ('정부군 진지를 공격했다', '정부군을 습격';
    cue conflict_force_noun), with its sector MIL: the forces of the state at war there, which the pipeline reads as
    the actor's own state where the span names none (a rebel group fights its own government), never the writer's."""
    if not spans:
        return None
    lo, hi = spans[0]
    nouns = [t[0] for t in toks if lo <= t[2] < hi and t[1] in NOUN_TAGS]
    return ((lo, hi), "MIL") if nouns and nouns[0] in lex.cue("conflict_force_noun") else None


def named_force_target(toks: list, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], str] | None:
    """(kotargets68) The first target span when it is a name (a state's) and an armed side's noun after it, alone or
    before what it holds ('시리아 정부군을 공격했다', '시리아군 검문소를', '페루 반군 측에'), with the noun's sector:
    the pipeline gives it the state the span names, so a rebel group named as its state's ('자유시리아군은') keeps its
    own government's forces as the side it attacked, a domestic act, as English 'attacked Syrian government forces'."""
    if not spans:
        return None
    lo, hi = spans[0]
    inside = [t for t in toks if lo <= t[2] < hi and t[1] in NOUN_TAGS]
    nouns = [t[0] for t in inside]
    while nouns and nouns[-1] in SIDE_NOUNS:
        nouns.pop()
    if len(nouns) < 2 or inside[0][1] != "NNP":
        return None
    found = agent_words(nouns[1:])
    if found is None or found[1] not in ARMED_GROUP_SECTORS | {"MIL"}:
        return None
    return (lo, hi), found[1]


@budget.table()
def armed_group_nouns() -> frozenset[str]:
    """The Korean agent phrases of an armed group of no state ('반군', '민병대', '반군 세력'; the agent table's
    `OBJECT_ARMED_SECTORS`: '무장괴한', '갱단' too), written together as `domestic_object` joins an object's morphemes, alone or before a noun of
    the group's people ('반군 지도자', '반군 대원'; lexicon ko `agent_people_nouns`)."""
    armed = [form.replace(" ", "") for form, sector in phrases("ko").items() if sector in OBJECT_ARMED_SECTORS]
    people = lexicon("ko")["agent_people_nouns"]
    return frozenset(armed) | frozenset(a + p for a in armed for p in people)


def armed_object(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """(koarmed71) The object of a deed of force a state may use at home ('반군을 체포했다', '반군 3명을 사살했다', '반군
    지도자를') when it is an armed group's noun alone or before its people's, with its sector, as `armed_target` reads
    a target span: an armed group is its sector whatever the verb, not the actor's own people ('시위대를 체포했다' CVL),
    as English 'arrested rebels', 'arrested a rebel commander' (REB)."""
    span = domestic_object(toks, cand, lex, armed_group_nouns())
    if span is None:
        return None
    starts = [t[2] for t in toks if span[0] <= t[2] < span[1] and t[1] in NOUN_TAGS]
    found = next((found for at in starts if (found := armed_target(toks, [(at, span[1])], OBJECT_ARMED_SECTORS))),
                 None)  # past a time
    # word the run holds ('지난주 민병대원들을')
    sector = found[1] if found else people_sector(toks, span)
    return (span, sector) if sector in OBJECT_ARMED_SECTORS else None
