"""(kosite48, issues 13, 14) The side an attack on a site or on a crowd of civilians names, as English reads them
(lang/en/act_fire_aims, lang/en/people_nouns): '무장괴한들이 케냐 경찰서를 공격했다' had no receiving side or the bare
state (GOV), and '순례자들을 공격했다' no side at all.

- A police site ('경찰서', '파출소': cue `police_site_noun`) attacked is the police (COP) of the state its words name,
  else of the attacker's own; a site of worship ('모스크', '성당': cue `worship_site_noun`) is the faithful's (REL).
  Military sites stay act_military_sites'; homes, markets and schools the settled reader's (civilians, CVL).
- A crowd named by a people noun of the agent table's civilian and faithful sectors (`PEOPLE_SECTORS`: the Korean
  names of the Phoenix classes [~CVL], [~REL] in agents.yaml agents_ko: '쇼핑객', '통근자', '신도', '순례자') is
  those people of the state its words name, else of the place's, with the noun's sector.

Why a module of its own: the object shapes of one type (ASSAULT) read apart from the force readers of
act_military_sites, which asks them last (`struck_force`)."""
from __future__ import annotations


from readout import budget
from readout.kb.agents import phrases
from readout.lang.ko.act_aimed_objects import aimed_people
from readout.lang.ko.act_candidate import Candidate, joined
from readout.lang.ko.act_people_objects import domestic_object
from readout.lang.ko.act_table import ActIndex, act_index
from readout.lang.ko.tags import NOUN_TAGS

SITE_CUES = (("police_site_noun", "COP"), ("worship_site_noun", "REL"),  # cue of the site nouns -> their people's
             ("crowd_site_noun", "CVL"), ("business_site_noun", "BUS"),  # sector (kotwins49: markets, shops, banks)
             ("state_site_noun", "GOV"))  # koacts58: '검문소를', '호송대를' no force word owns: the state's (GOV)
BORDER_FACING = frozenset({"state_site_noun"})  # cues whose site at a border ('국경 검문소') faces the other state
PEOPLE_SECTORS = frozenset({"CVL", "REL"})  # PLOVER sectors of people no state body holds: civilians, the faithful


def unspaced(words) -> frozenset[str]:
    return frozenset(w.replace(" ", "") for w in words)


def attacked_site(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """The character span of the attack's object and its people's sector when the object is a police site or a site
    of worship (`SITE_CUES`), else None."""
    for cue, sector in SITE_CUES:
        span = domestic_object(toks, cand, lex, unspaced(lex.cue(cue)))
        if span is not None and not (cue in BORDER_FACING and at_border(toks, span, lex)):
            return span, sector
    return None


def at_border(toks: list, span: tuple[int, int], lex: ActIndex) -> bool:
    """(koacts58) Whether a border word (cue border_noun: '국경') stands inside the site's run ('국경 검문소를'): a
    border post faces the story's other state (act_borders, ko.yaml's border rule), so the attacker's own state, which
    an unowned site otherwise takes, is no side of it; the object is left to the readers after this one."""
    border = unspaced(lex.cue("border_noun"))
    return any(t[0] in border for t in toks if span[0] <= t[2] < span[1])


@budget.table()
def civilian_nouns() -> dict[str, str]:
    """The agent table's Korean nouns of a people sector (`PEOPLE_SECTORS`) -> that sector, unspaced, less the sites
    the table also lists as a body ('교회': the church as a body, read by `attacked_site`)."""
    sites = unspaced(act_index().cue("worship_site_noun"))
    return {w.replace(" ", ""): s for w, s in phrases("ko").items() if s in PEOPLE_SECTORS and w not in sites}


def harmed_people(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """The character span of the attack's object and its sector when the object is a crowd the agent table names as
    civilians or the faithful (`civilian_nouns`: '통근자들을' CVL, '신도들을' REL), else None."""
    nouns = civilian_nouns()
    span = domestic_object(toks, cand, lex, frozenset(nouns))
    if span is None:
        return None
    inside = [k for k, t in enumerate(toks) if span[0] <= t[2] < span[1]]
    heads = [joined(toks, k, inside[-1]) for k in inside if joined(toks, k, inside[-1]) in nouns]
    return span, (nouns[heads[0]] if heads else "CVL")


def aimed_crowd(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """(kofix49) The character span and sector of a crowd of civilians or the faithful (`civilian_nouns`) an attack is
    aimed at in a dative or an aiming phrase before its own object ('통근자들에게 총격을 가했다' CVL, '순례자들을 향해
    총을 쐈다' REL), as `harmed_people` reads them as the object; else None."""
    nouns = civilian_nouns()
    span = aimed_people(toks, cand.first, lex, frozenset(nouns))
    if span is None:
        return None
    inside = [k for k, t in enumerate(toks) if span[0] <= t[2] < span[1]]
    heads = [joined(toks, k, inside[-1]) for k in inside if joined(toks, k, inside[-1]) in nouns]
    return span, (nouns[heads[0]] if heads else "CVL")


def site_sector(toks: list, span: tuple[int, int]) -> str | None:
    """The sector of the people of a site of worship the span ends in ('니제르의 모스크': REL), else None."""
    inside = [t for t in toks if span[0] <= t[2] < span[1] and t[1] in NOUN_TAGS]
    if inside and inside[-1][0] in unspaced(act_index().cue("worship_site_noun")):
        return "REL"
    return None
