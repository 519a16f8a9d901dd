"""(request62) A request to the state's people at home: '정부는 국민들에게 B 대사관 앞 시위에 참여하지 말 것을 촉구했다',
'시민들에게 침착하게 대응해 달라고 당부했다'.

Why: a request addressed (에게) to a people noun of `home_people_noun` whose noun run names no state asks it of the
speaker's own people, a domestic REQUEST (recipient the actor's own state, sector CVL); the state named in what they
are asked ('B 대사관 앞 시위에') is what the request is about, not the one asked. The addressee is marked as the act's
`domestic_target` and `asked_people` (pipeline/act_recipients_own_side.asked_own_people). A request to another state's
people ('B 국민들에게': a state's name in the run) is read as before, and nationals abroad are act_advisories'.
English marks the same object (lang/en/act_context.with_domestic_targets).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_advisories import ADDRESSEE_PARTICLES, own_addressee
from readout.lang.ko.act_table import ActIndex

SECTOR = "CVL"


def asked_home_people(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each verbal request addressed to the speaker's own people marked (see module doc)."""
    out = []
    for h in hits:
        start = own_addressee(toks, h.data["first"], lex, "home_people_noun") \
            if h.type == "REQUEST" and not h.nominal and "first" in h.data else None
        if start is None:
            out.append(h)
            continue
        end = next(k for k in range(start, h.data["first"]) if toks[k][1] == "JKB" and toks[k][0] in ADDRESSEE_PARTICLES)
        span = (toks[start][2], toks[end - 1][2] + toks[end - 1][3])
        out.append(replace(h, data={**h.data, "domestic_target": span, "domestic_sector": SECTOR, "asked_people": True}))
    return out
