"""(enattack70) A military facility attacked is its armed forces', as English reads it (lang/en/act_military_sites.py):
'반군이 군 기지를 공격했다', '차드 군 초소를 공격했다' are done to the forces (sector MIL) of the state the object's words
name, else of the attacker's own (the pipeline's domestic
side); a state's forces attacking such a site attack the story's other state (pipeline/act_measure_counterparts). The
object is the verb's nearest argument marked 을/를 whose run ends in a military site (cue `military_site_noun`). Why a
module of its own: one object shape read for one type, apart from the people readers of act_context."""
from __future__ import annotations

from readout.sectors import STATE_FORCE_SECTORS
from readout.lang.ko.act_aimed_forces import aimed_force
from readout.lang.ko.act_attacked_sites import aimed_crowd, attacked_site, harmed_people
from readout.lang.ko.act_attacked_police import SECTOR as POLICE_SECTOR, attacked_police
from readout.lang.ko.act_attacked_soldiers import attacked_soldiers
from readout.lang.ko.act_candidate import Candidate, joined
from readout.lang.ko.act_people_objects import domestic_object
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of

SECTOR = "MIL"


def military_site(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the attack's object when it is a military site, else None: a site named with a force's
    word ('군 기지를'), or (koattack52) a site of the forces that needs none ('북한 초소를', cue
    `bare_military_site_noun`) where no other agent noun of the object owns it (`unowned_site`)."""
    site = domestic_object(toks, cand, lex, frozenset(w.replace(" ", "") for w in lex.cue("military_site_noun")))
    if site is None and (bare := domestic_object(toks, cand, lex, bare_site_nouns(lex))) and unowned_site(toks, bare):
        site = bare
    return site


def bare_site_nouns(lex: ActIndex) -> frozenset[str]:
    """(koattack52) The sites of the armed forces that need no force word (cue `bare_military_site_noun`), unspaced."""
    return frozenset(w.replace(" ", "") for w in lex.cue("bare_military_site_noun"))


def unowned_site(toks: list, span: tuple[int, int]) -> bool:
    """(koattack52) No morpheme of the object at character `span` before its site noun is an agent noun of a sector
    other than the forces' ('반군 기지를' is the group's, '경찰 초소를' the police's: their own readers'); a name or a
    place ('북한 사리원의 초소를') owns no sector."""
    inside = [t for t in toks if span[0] <= t[2] < span[1]]
    return all(sector_of(t[0]) in (None, SECTOR) for t in inside[:-1])


def force_unit(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """(actors71) The character span of the act's object and its sector when the object is a unit or post of a state's
    force named right before it ('경찰 순찰대를 공격했다': COP, '육군 초소를 습격했다': MIL, as English 'attacked a
    police patrol' reads its people noun): the object's run ends in a unit noun (cue `force_unit_noun`) whose noun
    before it is a force's (agents: `STATE_FORCE_SECTORS`). A unit no force word owns ('초소를 공격했다') is none."""
    units = lex.cue("force_unit_noun")
    span = domestic_object(toks, cand, lex, units)
    if span is None:
        return None
    inside = [k for k, t in enumerate(toks) if span[0] <= t[2] < span[1]]
    if not inside:
        return None
    end = inside[-1]
    head = next((k for k in inside if joined(toks, k, end) in units), None)
    if head is None or head - 1 not in inside:
        return None
    sector = sector_of(toks[head - 1][0])
    return (span, sector) if sector in STATE_FORCE_SECTORS else None


def struck_force(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str, bool] | None:
    """The part of a state's forces an attack's object names, as (span, sector, whether a military site): a military
    site (enattack70, '군 기지를'), a force's unit or post (actors71, '경찰 순찰대를'), or police officers (planned71,
    '경찰관들을'), then a police site or a site of worship (kosite48, act_attacked_sites: '경찰서를' COP, '모스크를' REL)
    or a crowd of civilians or the faithful ('순례자들을' REL), then soldiers (kohand48, '군인들을' MIL), tried in that
    order; one reader of them all for the act's hit, so each is asked once."""
    if site := military_site(toks, cand, lex):
        return site, SECTOR, True
    if unit := force_unit(toks, cand, lex):
        return unit[0], unit[1], False
    if police := attacked_police(toks, cand, lex):
        return police, POLICE_SECTOR, False
    if site := attacked_site(toks, cand, lex) or harmed_people(toks, cand, lex):  # kosite48: '경찰서를' COP, '모스크를'
        return site[0], site[1], False  # REL, '순례자들을' REL: the people of that site or noun
    if crowd := aimed_crowd(toks, cand, lex):  # kofix49: '통근자들에게 총격을 가했다': the crowd aimed at
        return crowd[0], crowd[1], False
    if soldiers := attacked_soldiers(toks, cand, lex):  # kohand48: '군인들을 공격했다': the forces of the place's state
        return soldiers, SECTOR, False
    if aimed := aimed_force(toks, cand, lex):  # kotwins49: '경찰관들에게 총격을 가했다': the police or soldiers aimed at
        return aimed[0], aimed[1], False
    return None
