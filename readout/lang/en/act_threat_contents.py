"""(threat61) A bare verb joined by 'and' to the infinitive a threat governs is more of what is threatened: 'threatened
to cut ties and impose sanctions on X', 'vowed to expel its envoys and close the border'.

Why: English says 'to' once for coordinated infinitives, and the frame reader folds only the first ('cut ties') into
the threat (`complement`); read alone, 'impose sanctions on X' was a SANCTION told as done, a measure only threatened.
As `act_coordinated` does for requests, a verb in its base form right after 'and', its clause going back with no break
to the threat's 'to', is the threat's content: no act of its own, and where it names whom the measure would hit, the
threat is aimed there. 'threatened to cut ties and imposed sanctions' (past tense) keeps the sanction.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_coordinated import CLAUSE_BREAKS, COORDINATOR, INFINITIVE_MARK, SHARED_REACH
from readout.lang.en.act_tokens import Token


def threatened_contents(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits less each verb act coordinated with the infinitive a verbal THREATEN governs, that threat taking the
    dropped act's target spans when it has none of its own."""
    out, drop = list(hits), set()
    for n, threat in enumerate(hits):
        comp = threat.data.get("complement")
        if threat.type != "THREATEN" or threat.nominal or comp is None:
            continue
        mark = next((k for k, t in enumerate(toks) if t.start >= comp), len(toks)) - 1
        if mark < 0 or toks[mark].low != INFINITIVE_MARK:
            continue
        for m, h in enumerate(hits):
            if m not in drop and h.start > comp and joined_to(toks, h, mark):
                drop.add(m)
                own = out[n].data.get("target_spans") or ()
                spans = h.data.get("target_spans") or ()
                if spans and not own:
                    data = {k: v for k, v in out[n].data.items() if k != "unaddressed"}
                    out[n] = replace(out[n], data={**data, "target_spans": tuple(spans)})
    return [h for m, h in enumerate(out) if m not in drop]


def joined_to(toks: list[Token], h: ActHit, mark: int) -> bool:
    """Whether `h` is a stated verb in its base form right after 'and' whose clause goes back, with no break, to the
    'to' at token `mark`."""
    i = h.data.get("token", -1)
    if h.nominal or h.data.get("modality") or i < 2 or i <= mark or toks[i - 1].low != COORDINATOR \
            or toks[i].low != h.lemma.split()[0] or i - mark > SHARED_REACH:
        return False
    return not any(toks[k].low in CLAUSE_BREAKS for k in range(mark + 1, i - 1))
