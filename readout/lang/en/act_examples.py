"""An act named as an example of what a request asks: 'urged X to take concrete steps, including easing sanctions' (fp23).

Why: 'including' and 'such as' list instances of the noun before them; when that noun is what a request asks for
('urged X to take steps', 'demanded concrete measures'), the instances are asked too: X has eased nothing. The
finder marks an act after a bare 'to' as governed (`modality` "infinitive", which `language.find_acts` drops as the
content of the act that governs it), but a gerund after 'including' has no 'to' of its own, and read alone it was a
done act of X (RETREAT, CONCEDE) that no one reported and analysts never code; the request is the event.

Only back to the request over no clause break: 'X urged calm, but Y took steps including easing sanctions' and
'..., which included easing sanctions' are acts of their own.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_modes import content_mode
from readout.lang.en.act_tokens import Token

EXAMPLE_MARKERS = (("including",), ("such", "as"))  # the words that open a list of instances of the noun before
CLAUSE_BREAKS = frozenset({";", ":", ".", "that", "which", "who", "but", "while", "whereas", "because", "after",
                           "before", "said", "says"})
EXAMPLE_REACH = 14  # words from the marker back to the request verb ('urged X to take concrete and verifiable steps,')


def asked_examples(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits with an act right after an example marker marked "infinitive" where a request verb governs the
    clause the marker's list belongs to; the request takes the mode of what it asks, where it has none."""
    governors = {h.data.get("token", -1): n for n, h in enumerate(hits) if h.type == "REQUEST" and not h.nominal}
    if not governors:
        return hits
    out = list(hits)
    for n, h in enumerate(hits):
        g = None if h.type == "REQUEST" or h.data.get("modality") else exemplifies_request(toks, h, governors)
        if g is None:
            continue
        out[n] = replace(h, data={**h.data, "modality": "infinitive", "asked_example": True})
        request = out[governors[g]]
        mode = None if request.mode or request.negated else content_mode(h, request.type)
        if mode:  # 'urged X to take steps, including easing sanctions': a request to yield, as 'to ease' is
            out[governors[g]] = replace(request, mode=mode)
    return out


def exemplifies_request(toks: list[Token], h: ActHit, governors: dict[int, int]) -> int | None:
    """The token of the request verb (`governors`: their token positions) whose clause, with no break, a list
    opened by 'including' or 'such as' right before `h` belongs to; None when there is none."""
    i = h.data.get("token", -1)
    start = None
    for marker in EXAMPLE_MARKERS:
        k = i - len(marker)
        if k >= 0 and tuple(t.low for t in toks[k:i]) == marker:
            start = k
    if start is None:
        return None
    for k in range(start - 1, max(-1, start - 1 - EXAMPLE_REACH), -1):
        if k in governors:
            return k
        if toks[k].low in CLAUSE_BREAKS:
            return None
    return None
