"""(relative71, issue 13) A protest against a thing a part of the protesters' state made is aimed at that part:
'Peruvian farmers protested against the pact [the government signed with Chile]' — the relative clause's own subject
(a people or institution noun: the government, the ruling party, the police) made the pact, and the protest is
addressed to it at home (`domestic_target`, its sector), as a condemnation of the same pact is (the claim a people
group makes on its own state, act_sides.own_state_target); the partner named in the clause is the clause's
(`act_relative_partners`). A named state as the clause's subject ('the pact Chile signed with Bolivia') is read by
the target phrase itself. Korean tells the same with the adnominal clause before the noun ('[정부가 칠레와 맺은]
협정에 항의하는 시위'), whose subject the clause reader already takes.

Read by shape (`act_relative_partners.relative_clause`): the protest's target slot, a determiner and the head noun, an
optional 'that'/'which', a determiner subject and its past verb. A pronoun subject, no clause, or a subject naming
no people or institution adds nothing."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.en.act_relative_partners import DETERMINERS, HEAD_REACH, irregular_pasts, relative_clause, words
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_matcher import matcher
from readout.lang.en.act_people_phrases import people_span

PROTEST = "PROTEST"


def protested_maker(hit: ActHit, toks: list[Token]) -> ActHit:
    """The hit with the relative clause's institution subject as its `domestic_target` when the hit is a protest (or
    a people group's act) aimed at a thing that clause describes; the hit as it came otherwise."""
    if hit.nominal or hit.negated or hit.data.get("passive") or "domestic_target" in hit.data \
            or "end_token" not in hit.data or not (hit.type == PROTEST or hit.data.get("people_subject")):
        return hit

    j = hit.data["end_token"] + 1
    if j < len(toks) and toks[j].low in hit.target:
        j += 1  # 'protested against the pact ...'
    if j >= len(toks) or toks[j].low not in DETERMINERS:
        return hit
    n = words(toks, j + 1, HEAD_REACH, irregular_pasts())
    found = relative_clause(toks, n, irregular_pasts()) if n > j + 1 else None
    if found is None or toks[found[0]].low not in DETERMINERS:
        return hit
    first, last, _ = found
    maker = people_span(toks, first, matcher().cues)
    if maker is None or maker[1] > toks[last - 1].end:
        return hit
    return dataclasses.replace(hit, data={**hit.data, "domestic_target": maker[:2], "domestic_sector": maker[2],
                                          "protested_maker": True})
