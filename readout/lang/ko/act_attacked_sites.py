"""(kosite48, issues 13, 14) The side an attack on a site names, as English reads it (lang/en/act_fire_aims):
'무장괴한들이 케냐 경찰서를 공격했다' had no receiving side or the bare state (GOV).

- A police site ('경찰서', '파출소': cue `police_site_noun`) attacked is the police (COP) of the state its words name,
  else of the attacker's own; a site of worship ('모스크', '성당': cue `worship_site_noun`) is the faithful's (REL).
  Military sites stay act_military_sites'; homes, markets and schools the settled reader's (civilians, CVL).

Why a module of its own: the object shapes of one type (ASSAULT) read apart from the force readers of
act_military_sites, which asks them last (`struck_force`)."""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_context import domestic_object
from readout.lang.ko.act_table import ActIndex, act_index
from readout.lang.ko.tags import NOUN_TAGS

SITE_CUES = (("police_site_noun", "COP"), ("worship_site_noun", "REL"))  # cue of the site nouns -> their people's sector


def unspaced(words) -> frozenset[str]:
    return frozenset(w.replace(" ", "") for w in words)


def attacked_site(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """The character span of the attack's object and its people's sector when the object is a police site or a site
    of worship (`SITE_CUES`), else None."""
    for cue, sector in SITE_CUES:
        span = domestic_object(toks, cand, lex, unspaced(lex.cue(cue)))
        if span is not None:
            return span, sector
    return None


def site_sector(toks: list, span: tuple[int, int]) -> str | None:
    """The sector of the people of a site of worship the span ends in ('니제르의 모스크': REL), else None."""
    inside = [t for t in toks if span[0] <= t[2] < span[1] and t[1] in NOUN_TAGS]
    if inside and inside[-1][0] in unspaced(act_index().cue("worship_site_noun")):
        return "REL"
    return None
