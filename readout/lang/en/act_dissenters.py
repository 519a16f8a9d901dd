"""Dissenting members told in an absolute phrase (reject50): 'The bloc failed to agree on sanctions, with Austria and
Greece opposed', 'the council adopted the text, with two members objecting'.

The phrase 'with X (and Y) opposed' after a comma says why a body did or did not decide: X's stance inside the
body, no act of X toward anyone the sentence names (the manual's REJECT needs a proposal put by another side, and
the proposal is the body's own), and no receiving side of the body's act either: the members are not whom the
body refused. So the participle's own REJECT is dropped, and so is the body's negated agreement the split explains
('failed to agree', act_plover_reading.plover_reading's `negated_reading`); the phrase is marked as naming no recipient of
the sentence's other acts (`not_recipient_spans`). The participles are the cue `dissent_participles`.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PHRASE_REACH = 8  # words from 'with' to the participle ('with Austria, Greece and Cyprus opposed')


def dissenting_members(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """`hits` without the REJECT of an absolute dissent phrase and with the phrase barred as a recipient."""
    spans = [span for span in map(lambda k: dissent_phrase(toks, k, cues), range(len(toks))) if span]
    if not spans:
        return hits
    failed = [h.start for h in hits if h.data.get("negated_reading")]
    out = []
    for h in hits:
        if any(start <= h.start < end for start, end in spans) or h.data.get("negated_reading") \
                or h.data.get("modality") == "governed" and any(f < h.start for f in failed):
            continue  # 'with Austria and Greece opposed': their stance inside the bloc, no act; and the bloc's
            # 'failed to agree' its members' split, no refusal of anyone (nor the measure it governs, never taken)
        out.append(replace(h, data={**h.data, "not_recipient_spans": (*h.data.get("not_recipient_spans", ()),
                                                                       *spans)}))
    return out


def dissent_phrase(toks: list[Token], k: int, cues: Cues) -> tuple[int, int] | None:
    """The character span from 'with' to a dissent participle at its clause's end, when token k is ', with'."""
    if toks[k].low != "with" or k == 0 or toks[k - 1].low != ",":
        return None
    for j in range(k + 2, min(len(toks), k + PHRASE_REACH + 1)):
        if toks[j].low in cues.dissent_participles:
            after = j + 1
            if after == len(toks) or not toks[after].word:
                return toks[k].start, toks[j].end
            return None
        if not toks[j].word and toks[j].low != ",":
            return None
    return None
