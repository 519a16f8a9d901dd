"""A measure a speaker rules out with a predicate, not a verb: 'B에 대한 제재 해제는 있을 수 없다고 밝혔다'.

Why: the measure's noun ('제재 해제', '협상 재개') read as a noun act stood as that act done (CONCEDE, CONSULT) by the
speaker, though the predicate it is the topic of ('있을 수 없다', '불가능하다': `ruled_out_predicate` in
ko_acts.yaml) says the speaker refuses it. PLOVER codes the refusal: REJECT by the speaker, aimed where the
measure was (the noun act's own target: 'B에 대한'). The English reader of the same class is lang/en/act_ruled_out.
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex


def ruled_out_measures(hits: list[ActHit], text: str, toks: list[tuple[str, str, int, int]],
                       lex: ActIndex) -> list[ActHit]:
    """The hits, each noun act whose governing predicate rules it out read as the speaker's REJECT of it."""
    tails = lex.cue("ruled_out_predicate")
    if not tails:
        return hits
    out = []
    for h in hits:
        g = h.data.get("governor")
        if h.nominal and not h.negated and isinstance(g, int) and 0 <= g < len(toks) \
                and h.data.get("particle") in lex.cue("ruled_out_particle") \
                and any(text.startswith(t, toks[g][2]) for t in tails):
            h = dataclasses.replace(h, type="REJECT", mode=None, contexts=(), data={**h.data, "ruled_out": h.type})
        out.append(h)
    return out
