"""A body's vote on a text that does an act (session 17, en20).

'Peru's parliament passed a resolution condemning Chile', 'the council adopted a motion demanding that X withdraw':
the resolution is how the body condemns or demands, so the participle is the body's act (ACCUSE, REQUEST ...) and
the vote itself is no AGREE: PLOVER's AGREE is an agreement between sides, and one body adopting its own text
agrees with no one. The clause reader gives the participle the voting body as its subject
(`name_role_anchors.enacting_verb`); here the AGREE the lexicon reads from 'adopted a resolution' is dropped when an act
participle follows the text noun (`voted_texts`). A resolution with no act of its own ('adopted a resolution on
fisheries') keeps the lexicon's reading.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def enacted_texts(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """`hits` without the AGREE of a vote whose text (a `voted_texts` noun as the vote's object) is followed at
    once by an act participle of another type ('adopted a resolution condemning X')."""
    starts = {h.data.get("token"): h for h in hits}
    out = []
    for h in hits:
        obj = h.data.get("object_token")
        end = h.data.get("end_token")
        if h.type == "AGREE" and obj is not None and end is not None and toks[end].low in cues.voted_texts:
            nxt = starts.get(end + 1)
            if nxt is not None and nxt.type != "AGREE" and toks[end + 1].low.endswith("ing"):
                continue  # the text's own act stands for the body; the vote agrees with no one
        out.append(h)
    return out
